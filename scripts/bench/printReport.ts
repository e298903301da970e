import type { SizePlan } from './benchPlan';
import type { HeapResult } from './measureHeap';
import type { TableResult } from './measureTable';
import type { InteractionSample } from './page/benchWindow';
import { summarize } from './percentiles';

/** One frame at 60 Hz: the issue's target for a 10,000-source p95. */
export const frameBudgetMs = 16.7;
/** The issue's target for heap growth after 100 cycles: 1 MB. */
export const heapBudgetBytes = 1_000_000;

const unavailable = 'filter: not available in this build';
const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(1));

function cell(samples: readonly number[], missing = 0): string {
  const { p50, p95 } = summarize(samples);
  const never = missing > 0 ? ` (${missing} never)` : '';
  return `${ms(p50).padStart(8)} ${ms(p95).padStart(8)}${never}`;
}

/** Which clock measured the samples: Event Timing for all, some (k/n), or none (raf). */
function sources(samples: readonly InteractionSample[]): string {
  const reported = samples.filter((sample) => sample.nextFrameSource === 'event-timing').length;
  if (reported === 0) return 'raf';
  return reported === samples.length ? 'ET' : `ET ${reported}/${samples.length}, raf`;
}

const labels = [
  'mount → first row painted',
  'sort → next frame',
  'sort → rows on screen',
  'filter → next frame',
  'filter → rows on screen',
  'scroll → next frame',
  'scroll → rows on screen',
  'scroll → frame work',
];

/** The cells of one interaction's two lines (next frame, rows on screen), each with its clock. */
function interactionCells(samples: readonly InteractionSample[] | null): [string, string][] {
  if (!samples)
    return [
      [unavailable, ''],
      [unavailable, ''],
    ];
  const shown = samples.flatMap((sample) => (sample.onScreenMs === null ? [] : [sample.onScreenMs]));
  return [
    [cell(samples.map((sample) => sample.nextFrameMs)), sources(samples)],
    [cell(shown, samples.length - shown.length), ''],
  ];
}

/** The main thread's work for each scroll step (from its scroll event, see scrollFrameWork.ts). */
function frameWork(samples: readonly InteractionSample[]): number[] {
  return samples.flatMap((sample) => (sample.frameWorkMs === null ? [] : [sample.frameWorkMs]));
}

/** One column of the table, in the order of `labels`. */
function cellsOf(result: TableResult): [string, string][] {
  if (result.error !== undefined) return labels.map((_, index) => [index === 0 ? 'FAILED, see below' : '', '']);
  const work = frameWork(result.scroll);
  return [
    [cell(result.mountMs), 'raf'],
    ...interactionCells(result.sort),
    ...interactionCells(result.filter),
    ...interactionCells(result.scroll),
    [cell(work, result.scroll.length - work.length), 'raf'],
  ];
}

/** The table for one size: widget and plain side by side, p50 and p95 in ms. */
export function sizeReport(plan: SizePlan, widget: TableResult, plain: TableResult): string {
  const left = cellsOf(widget);
  const right = cellsOf(plain);
  const title =
    `${plan.count.toLocaleString('en')} sources: mount ×${plan.mounts}, sort ×${plan.sorts}, ` +
    `filter ×${plan.filters} (type "q", then Backspace, alternately), scroll ×${plan.scrolls}`;
  const head = `${''.padEnd(28)}${'widget (DataSourcesTable)'.padEnd(40)}plain React table`;
  const units = `${''.padEnd(28)}${'p50 ms   p95 ms  clock'.padStart(22).padEnd(40)}${'p50 ms   p95 ms  clock'.padStart(22)}`;
  const lines = labels.map((label, index) => {
    const [widgetCell = '', widgetClock = ''] = left[index] ?? [];
    const [plainCell = '', plainClock = ''] = right[index] ?? [];
    return `${label.padEnd(28)}${`${widgetCell}  ${widgetClock}`.padEnd(40)}${plainCell}  ${plainClock}`;
  });
  const scrolled = `scrolled element: widget: ${widget.scroller || '—'}${
    widget.scroller === 'the page' ? ' (.cw-table-scroll does not scroll in this build)' : ''
  }; plain: ${plain.scroller || '—'}`;
  const failures = [widget, plain].flatMap((result) =>
    result.error === undefined
      ? []
      : [`${result.kind} FAILED at ${plan.count.toLocaleString('en')} sources: ${result.error}`],
  );
  return [title, head, units, ...lines, scrolled, ...failures].join('\n');
}

function verdict(value: number, budget: number): string {
  return value < budget ? 'pass' : 'MISS';
}

/**
 * Each 10,000-source p95 of input → next frame against one frame (16.7 ms); a scroll also by its
 * frame work, since its wheel → next frame has a floor that no table can go below.
 */
export function targetReport(results: readonly TableResult[], clickFloor: readonly InteractionSample[]): string {
  const clicks = summarize(clickFloor.map((sample) => sample.nextFrameMs));
  const floorLine =
    `  A click on a button that only toggles one attribute through React state: p50 ${ms(clicks.p50)}, ` +
    `p95 ${ms(clicks.p95)} ms to the next frame (${sources(clickFloor)}), the floor of a sort's click here.`;
  const large = results.filter((result) => result.count === 10_000);
  if (large.length === 0) return `targets at 10,000 sources: not measured (--quick)\n${floorLine}`;
  const lines = large.map((result) => {
    if (result.error !== undefined) return `  ${result.kind.padEnd(7)}FAILED: ${result.error}`;
    const parts = (['sort', 'filter', 'scroll'] as const).map((name) => {
      const samples = result[name];
      if (!samples) return `${name}: not available in this build`;
      const { p95 } = summarize(samples.map((sample) => sample.nextFrameMs));
      const shown = summarize(samples.flatMap((sample) => (sample.onScreenMs === null ? [] : [sample.onScreenMs])));
      return `${name} ${ms(p95)} ms ${verdict(p95, frameBudgetMs)} (on screen ${ms(shown.p95)} ms)`;
    });
    const work = summarize(frameWork(result.scroll)).p95;
    parts.push(`scroll frame work ${ms(work)} ms ${verdict(work, frameBudgetMs)}`);
    return `  ${result.kind.padEnd(7)}${parts.join(' · ')}`;
  });
  const plain = large.find((result) => result.kind === 'plain' && result.error === undefined);
  const floor = summarize(plain ? plain.scroll.map((sample) => sample.nextFrameMs) : []);
  return [
    `targets at 10,000 sources, p95 of input → next frame < ${frameBudgetMs} ms, and of a scroll's frame work:`,
    ...lines,
    `  A scroll's wheel → next frame cannot beat about two frames here: the compositor applies the wheel and the\n` +
      `  main thread sees the moved offset a frame later. The plain table, which does no work on scroll, shows that\n` +
      `  floor on this machine (p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)} ms). Frame work is the main thread's\n` +
      `  work for the step, from its scroll event to its rows painted, the waits for frames left out.`,
    floorLine,
  ].join('\n');
}

const kB = (bytes: number) => `${bytes >= 0 ? '+' : ''}${(bytes / 1000).toFixed(1)} kB`;

export function heapReport(results: readonly HeapResult[]): string {
  const first = results[0];
  if (!first) return '';
  const lines = results.map(({ kind, cycles, growthBytes, beforeBytes, halfwayBytes, afterBytes, error }) =>
    error !== undefined
      ? `  ${kind.padEnd(7)}FAILED: ${error}`
      : `  ${kind.padEnd(7)}${kB(growthBytes)}` +
        (cycles === 100 ? ` ${verdict(growthBytes, heapBudgetBytes)}` : '') +
        ` (${(beforeBytes / 1e6).toFixed(2)} → ${(afterBytes / 1e6).toFixed(2)} MB; ` +
        `first half ${kB(halfwayBytes - beforeBytes)}, second half ${kB(afterBytes - halfwayBytes)})`,
  );
  return [
    `heap growth over ${first.cycles} mount/unmount cycles at ${first.count.toLocaleString('en')} sources, target < 1 MB after 100 ` +
      `(after ${first.warmUpCycles} warm-up cycles; HeapProfiler.collectGarbage, then Runtime.getHeapUsage):`,
    ...lines,
  ].join('\n');
}
