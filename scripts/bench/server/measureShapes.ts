import type { ConnectionsServer } from '../../../server/http/createConnectionsServer.ts';
import type { SqlDatabase } from '../../../server/storage/SqlDatabase.ts';
import type { QueryShape } from './queryShapes.ts';
import type { RecordingStorage, Statement } from './recordingStorage.ts';

export interface ShapeResult {
  label: string;
  /** The request, as the path and query the server was sent. */
  path: string;
  rows: number;
  total: number;
  /** `server.fetch` to the body read, each sample. */
  handlerMs: number[];
  /** The statements the request ran, replayed straight on the database one after the other. */
  floorMs: number[];
  /** Each statement alone, in the order the store sent them (the count, then the page). */
  statementMs: number[][];
  statements: Statement[];
  /** EXPLAIN (ANALYZE, BUFFERS) of each statement. */
  plans: string[];
  error?: string;
}

interface Page {
  dataSources: unknown[];
  nextCursor: string | null;
  total: number;
}

const origin = 'http://connections.bench';
export const listPath = '/api/v1/data-sources';

async function getPage(server: ConnectionsServer, search: URLSearchParams): Promise<Page> {
  const response = await server.fetch(new Request(`${origin}${listPath}?${search}`));
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${listPath}?${search} answered ${response.status}: ${text}`);
  return JSON.parse(text) as Page;
}

/** The query string of `shape`'s page: for a later page, the cursor reached by paging there. */
async function searchOf(server: ConnectionsServer, shape: QueryShape, deepRows: number): Promise<URLSearchParams> {
  const search = new URLSearchParams(shape.query);
  if (shape.page === 'first') return search;
  const walk = new URLSearchParams(search);
  if (shape.page === 'deep') walk.set('limit', '200');
  let passed = 0;
  let cursor: string | null = null;
  do {
    if (cursor !== null) walk.set('cursor', cursor);
    const page = await getPage(server, walk);
    passed += page.dataSources.length;
    cursor = page.nextCursor;
  } while (shape.page === 'deep' && passed < deepRows && cursor !== null);
  if (cursor === null) throw new Error(`${shape.label}: no page after ${passed} sources`);
  search.set('cursor', cursor);
  return search;
}

export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The statements run one after the other: how long all took, and each. */
export async function timeStatements(
  db: SqlDatabase,
  statements: readonly Statement[],
): Promise<{ totalMs: number; eachMs: number[] }> {
  const eachMs: number[] = [];
  const totalMs = await timed(async () => {
    for (const { sql, params } of statements) eachMs.push(await timed(() => db.query(sql, params)));
  });
  return { totalMs, eachMs };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statement, as text. */
export async function explain(db: SqlDatabase, { sql, params }: Statement): Promise<string> {
  const rows = await db.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  return rows.map((row) => Object.values(row)[0]).join('\n');
}

/**
 * Times `shape` through the mounted handler and, alternately, the same statements straight on the
 * database (`db`, the storage's own, unrecorded), after `warmUp` of each; then explains them. A
 * deep page is half way through `rows`.
 */
export async function measureShape(
  server: ConnectionsServer,
  recording: RecordingStorage,
  db: SqlDatabase,
  shape: QueryShape,
  { samples, warmUp, rows }: { samples: number; warmUp: number; rows: number },
): Promise<ShapeResult> {
  const search = await searchOf(server, shape, rows / 2);
  let page: Page | undefined;
  const statements = await recording.record(async () => {
    page = await getPage(server, search);
  });
  const result: ShapeResult = {
    label: shape.label,
    path: `${listPath}?${search}`.replace(/cursor=[^&]+/, 'cursor=…'),
    rows: page?.dataSources.length ?? 0,
    total: page?.total ?? 0,
    handlerMs: [],
    floorMs: [],
    statementMs: statements.map(() => []),
    statements,
    plans: [],
  };
  for (let index = 0; index < warmUp + samples; index += 1) {
    const handler = await timed(() => getPage(server, search));
    const floor = await timeStatements(db, statements);
    if (index < warmUp) continue;
    result.handlerMs.push(handler);
    result.floorMs.push(floor.totalMs);
    floor.eachMs.forEach((ms, statement) => result.statementMs[statement]?.push(ms));
  }
  for (const statement of statements) result.plans.push(await explain(db, statement));
  return result;
}
