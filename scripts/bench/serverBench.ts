/**
 * The server half's bench: one account with 100,000 data sources, on PGlite (a temporary folder)
 * and on PostgreSQL (a throwaway server, or DATABASE_URL's), each query shape of `GET /data-sources`
 * timed through the mounted handler beside the same statements straight on the database, their
 * plans, and 50 concurrent clients over real HTTP. Part of `npm run bench`; alone, `npm run bench --
 * --server` or `tsx scripts/bench/serverBench.ts`, with `--quick` (10,000 sources, fewer samples)
 * and `--database=pglite` or `--database=postgres` for one of the two.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnectionsServer } from '../../server/http/createConnectionsServer.ts';
import type { StripeConnection } from '../../server/stripe/StripeConnection.ts';
import { outputDir, repo } from './benchPageConfig.ts';
import { openPgliteBench, openPostgresBench, type BenchDatabase } from './server/benchDatabases.ts';
import { measureLoad, type LoadResult } from './server/measureLoad.ts';
import { listPath, measureShape, type ShapeResult } from './server/measureShapes.ts';
import { queryShapes } from './server/queryShapes.ts';
import { recordingStorage } from './server/recordingStorage.ts';
import { benchAccountId, benchDataSources, benchSearches, seedSources } from './server/seedSources.ts';
import { measureTrigram, type TrigramResult } from './server/measureTrigram.ts';
import { loadReport, plansReport, shapesReport, trigramReport } from './server/serverReport.ts';

export interface ServerBenchOptions {
  quick: boolean;
  /** Which databases; both unless one is named. */
  databases: ('pglite' | 'postgres')[];
}

interface DatabaseResult {
  name: string;
  description: string;
  seed?: { rows: number; statements: number; seconds: number; analyzeSeconds: number };
  shapes: ShapeResult[];
  load?: LoadResult;
  trigram?: TrigramResult;
  error?: string;
}

/** Never called: the bench asks for no authorization. Any connection does. */
const stripe: StripeConnection = {
  mode: 'connect',
  authorizeUrl: 'https://connect.stripe.com/oauth/authorize',
  tokenUrl: 'https://connect.stripe.com/oauth/token',
  deauthorizeUrl: 'https://connect.stripe.com/oauth/deauthorize',
  clientId: 'ca_bench',
  secretKey: 'sk_bench',
};

const seconds = (from: number) => (performance.now() - from) / 1000;

function plan(quick: boolean) {
  return quick
    ? { rows: 10_000, samples: 10, warmUp: 2, load: { clients: 50, warmUpMs: 1_000, durationMs: 3_000 } }
    : { rows: 100_000, samples: 40, warmUp: 5, load: { clients: 50, warmUpMs: 2_000, durationMs: 10_000 } };
}

async function benchOn(database: BenchDatabase, quick: boolean): Promise<DatabaseResult> {
  const { rows, samples, warmUp, load } = plan(quick);
  const result: DatabaseResult = { name: database.name, description: database.description, shapes: [] };
  const recording = recordingStorage(database.storage);
  const server = createConnectionsServer({
    stripe,
    authenticate: () => ({ accountId: benchAccountId, userId: 'user_bench_admin', role: 'admin' }),
    redirectUris: ['http://127.0.0.1/connections/callback'],
    storage: recording.storage,
    log: (message) => console.warn(`bench: ${database.name} server: ${message}`),
  });
  try {
    await server.ready;
    const { db, schema } = database.storage;
    const seedStart = performance.now();
    const { statements } = await seedSources(database.storage, benchAccountId, benchDataSources(rows));
    const seeded = seconds(seedStart);
    // What autovacuum does soon after a bulk insert on PostgreSQL; PGlite has no autovacuum.
    const analyzeStart = performance.now();
    await db.exec(`VACUUM ANALYZE ${schema}.data_sources`);
    result.seed = { rows, statements, seconds: seeded, analyzeSeconds: seconds(analyzeStart) };
    console.log(
      `  seeded ${rows.toLocaleString('en')} sources in ${seeded.toFixed(1)} s (${statements} INSERT … unnest statements), ` +
        `VACUUM ANALYZE ${result.seed.analyzeSeconds.toFixed(1)} s`,
    );
    for (const shape of queryShapes(rows)) {
      try {
        result.shapes.push(await measureShape(server, recording, db, shape, { samples, warmUp, rows }));
      } catch (error) {
        result.shapes.push({
          label: shape.label,
          path: '',
          rows: 0,
          total: 0,
          handlerMs: [],
          floorMs: [],
          statementMs: [],
          statements: [],
          plans: [],
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    console.log(shapesReport(result.shapes));
    const first = `${listPath}?limit=100&sort=name&order=asc`;
    try {
      result.load = await measureLoad(server, first, { ...load, maxRequests: 1_000_000 });
    } catch (error) {
      result.load = {
        path: first,
        clients: load.clients,
        latencies: [],
        completed: 0,
        failures: {},
        windowMs: load.durationMs,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    try {
      result.trigram = await measureTrigram(database.storage, result.shapes, { samples, warmUp });
    } catch (error) {
      result.trigram = { skipped: `FAILED: ${error instanceof Error ? error.message : String(error)}`, shapes: [] };
    }
  } finally {
    await server.close();
  }
  return result;
}

/** Runs the server bench and prints its report; answers what it measured. */
export async function runServerBench({ quick, databases }: ServerBenchOptions): Promise<DatabaseResult[]> {
  const started = performance.now();
  const { rows, load } = plan(quick);
  const results: DatabaseResult[] = [];
  console.log(
    `bench (server): one account with ${rows.toLocaleString('en')} data sources; each request through the mounted\n` +
      '  handler (server.fetch(new Request(…)), to the body read), and beside it the statements that request ran\n' +
      '  (the count, then the page) timed straight on the database one after the other: the floor. p50 and p95\n' +
      `  in ms (nearest rank). Searches: q=${benchSearches.few} matches one city in forty, q=${benchSearches.many} three names in five.\n` +
      `  load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores.\n`,
  );
  const openers = { pglite: openPgliteBench, postgres: openPostgresBench };
  for (const kind of databases) {
    let database: BenchDatabase;
    try {
      database = await openers[kind]();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(`${kind}: not measured: ${message}\n`);
      results.push({ name: kind, description: '', shapes: [], error: message });
      continue;
    }
    console.log(`${database.name}: ${database.description}`);
    try {
      results.push(await benchOn(database, quick));
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(`${database.name} FAILED: ${message}`);
      results.push({ name: database.name, description: database.description, shapes: [], error: message });
    } finally {
      await database.dispose();
    }
    console.log('');
  }

  const loaded = results.filter((result) => result.load !== undefined);
  if (loaded.length > 0) {
    const requestPath = loaded[0]?.load?.path ?? '';
    console.log(
      `${load.clients} concurrent clients over HTTP (server/http/listen.ts on 127.0.0.1, keep-alive, the clients in a\n` +
        `  child process), GET ${requestPath}, ${load.durationMs / 1000} s after ${load.warmUpMs / 1000} s of warm-up:`,
    );
    for (const result of loaded) if (result.load) console.log(loadReport(result.name, result.load));
  }

  const trigrams = results.filter((result) => result.trigram !== undefined);
  if (trigrams.length > 0) {
    console.log(
      '\nThe searches with pg_trgm, which the schema does not have (it needs CREATE EXTENSION, and PGlite loading it):\n' +
        "  the store's statements beside the same with the search as search_text LIKE '%…%' (same rows), straight on\n" +
        '  the database, with a trigram index the bench makes and drops:',
    );
    for (const result of trigrams) if (result.trigram) console.log(trigramReport(result.name, result.trigram));
  }

  const plans = results
    .filter((result) => result.shapes.length > 0)
    .map((result) =>
      [
        plansReport(result.name, result.shapes),
        result.trigram ? plansReport(`${result.name}, LIKE with the trigram index`, result.trigram.shapes) : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    )
    .join('\n\n');
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of each statement of each query shape:\n\n${plans}`);

  const file = path.join(outputDir, quick ? 'server-results-quick.json' : 'server-results.json');
  await mkdir(outputDir, { recursive: true });
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), quick, results }, null, 2)}\n`);
  console.log(
    `\nbench (server): results in ${path.relative(repo, file)}; took ${seconds(started).toFixed(0)} s; ` +
      `load average ${loadavg()[0]?.toFixed(1)} at the end`,
  );
  return results;
}

/** `--database=pglite` or `--database=postgres`: that one only. */
export function serverBenchOptions(argv: readonly string[]): ServerBenchOptions {
  const named = argv.find((arg) => arg.startsWith('--database='))?.slice('--database='.length);
  if (named !== undefined && named !== 'pglite' && named !== 'postgres') {
    throw new Error(`--database must be pglite or postgres, not ${named}`);
  }
  return { quick: argv.includes('--quick'), databases: named ? [named] : ['pglite', 'postgres'] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runServerBench(serverBenchOptions(process.argv));
}
