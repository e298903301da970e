import { percentile, summarize } from '../percentiles.ts';
import type { LoadResult } from './measureLoad.ts';
import type { ShapeResult } from './measureShapes.ts';
import type { TrigramResult } from './measureTrigram.ts';

const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(1));
const count = (value: number) => value.toLocaleString('en');

type Columns = readonly (readonly [heading: string, width: number])[];

/** A table's lines: the headings, then each row, the first column to the left, the rest to the right. */
function table(columns: Columns, rows: readonly (readonly string[])[]): string[] {
  return [columns.map(([heading]) => heading), ...rows].map((cells) =>
    cells
      .map((cell, index) => {
        const width = columns[index]?.[1] ?? 0;
        return index === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join(''),
  );
}

const shapeColumns: Columns = [
  ['', 34],
  ['rows', 5],
  ['total', 9],
  ['handler p50', 13],
  ['p95', 7],
  ['db floor p50', 14],
  ['p95', 7],
  ['count p50', 11],
  ['page p50', 10],
  ['handler−floor', 15],
];

/**
 * One database's table: each query shape through the handler and straight on the database, p50
 * and p95 in ms; "count" and "page" are the store's two statements alone (the total, then the rows).
 */
export function shapesReport(results: readonly ShapeResult[]): string {
  const samples = results[0]?.handlerMs.length ?? 0;
  const rows = results.map((result) => {
    if (result.error !== undefined) return [result.label, 'FAILED, see below'];
    const handler = summarize(result.handlerMs);
    const floor = summarize(result.floorMs);
    const [countMs = [], pageMs = []] = result.statementMs;
    return [
      result.label,
      String(result.rows),
      count(result.total),
      ms(handler.p50),
      ms(handler.p95),
      ms(floor.p50),
      ms(floor.p95),
      ms(percentile(countMs, 50)),
      ms(percentile(pageMs, 50)),
      ms(handler.p50 - floor.p50),
    ];
  });
  const failures = results.flatMap((result) =>
    result.error === undefined ? [] : [`  ${result.label} FAILED: ${result.error}`],
  );
  return [
    `GET /api/v1/data-sources (limit=100), one request at a time, ${samples} samples each after a warm-up; ms:`,
    ...table(shapeColumns, rows),
    ...failures,
  ].join('\n');
}

export function loadReport(name: string, result: LoadResult): string {
  if (result.error !== undefined) return `  ${name.padEnd(12)}FAILED: ${result.error}`;
  const perSecond = (result.completed / result.windowMs) * 1000;
  const failures = Object.entries(result.failures);
  return (
    `  ${name.padEnd(12)}${perSecond.toFixed(0).padStart(6)} requests/s   latency p50 ${ms(percentile(result.latencies, 50))}` +
    `  p95 ${ms(percentile(result.latencies, 95))}  p99 ${ms(percentile(result.latencies, 99))} ms` +
    `   (${count(result.completed)} answered; failures: ${
      failures.length === 0 ? 'none' : failures.map(([why, times]) => `${times}× ${why}`).join(', ')
    })`
  );
}

/**
 * Every statement's plan, shape by shape; a statement that several shapes ran alike (the count of
 * the same filters) once, under the first, naming the others.
 */
export function plansReport(
  name: string,
  results: readonly Pick<ShapeResult, 'label' | 'statements' | 'plans'>[],
): string {
  const seen = new Map<string, { labels: string[]; part: string; text: string[] }>();
  for (const result of results) {
    result.statements.forEach((statement, index) => {
      const key = JSON.stringify([statement.sql, statement.params]);
      const known = seen.get(key);
      if (known) {
        known.labels.push(result.label);
        return;
      }
      seen.set(key, {
        labels: [result.label],
        part: index === 0 ? 'the count' : 'the page',
        text: [
          `   ${statement.sql.replace(/\s+/g, ' ')}`,
          `   params: ${JSON.stringify(statement.params)}`,
          result.plans[index] ?? '(not explained)',
        ],
      });
    });
  }
  return [...seen.values()]
    .map(({ labels, part, text }) => {
      const [first, ...also] = labels;
      const heading = `── ${name} · ${first} · ${part}${also.length > 0 ? ` (the same statement also for: ${also.join('; ')})` : ''}`;
      return [heading, ...text].join('\n');
    })
    .join('\n\n');
}

const trigramColumns: Columns = [
  ['', 34],
  ['today p50', 10],
  ['p95', 7],
  ['LIKE+trgm p50', 16],
  ['p95', 7],
  ['count p50', 11],
  ['page p50', 10],
];

/** What a trigram index and LIKE would do for each search (measureTrigram.ts), or why it was not measured. */
export function trigramReport(name: string, result: TrigramResult): string {
  if (result.skipped !== undefined) return `  ${name}: not measured: ${result.skipped}`;
  const rows = result.shapes.map((shape) => {
    const today = summarize(shape.strposMs);
    const like = summarize(shape.likeMs);
    const [countMs = [], pageMs = []] = shape.likeStatementMs;
    const p50 = (samples: readonly number[]) => ms(percentile(samples, 50));
    return [shape.label, ms(today.p50), ms(today.p95), ms(like.p50), ms(like.p95), p50(countMs), p50(pageMs)];
  });
  return [
    `  ${name}: GIN (search_text gin_trgm_ops), built in ${result.buildSeconds?.toFixed(1)} s, ` +
      `${((result.indexBytes ?? 0) / 1e6).toFixed(1)} MB; floor of each search, ms:`,
    ...table(trigramColumns, rows),
  ].join('\n');
}
