import type { Storage } from '../../../server/storage/openStorage.ts';
import { explain, timeStatements, type ShapeResult } from './measureShapes.ts';
import type { Statement } from './recordingStorage.ts';

/** A search's statements as LIKE, timed with a trigram index the bench made and dropped. */
export interface TrigramShape {
  label: string;
  /** The store's statements as they are (strpos), the floor's samples. */
  strposMs: number[];
  /** The same, the search as `search_text LIKE '%…%'`: the count, then the page, one after the other. */
  likeMs: number[];
  likeStatementMs: number[][];
  /** The statements as LIKE, and EXPLAIN (ANALYZE, BUFFERS) of each. */
  statements: Statement[];
  plans: string[];
}

export interface TrigramResult {
  /** Why it was not measured. */
  skipped?: string;
  buildSeconds?: number;
  indexBytes?: number;
  shapes: TrigramShape[];
}

const strpos = /strpos\(search_text, \$(\d+)\) > 0/;

/** `text` as a LIKE pattern matching itself anywhere (LIKE's escape character is `\`). */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The statement with its search as LIKE, which a trigram index serves (strpos it cannot). */
function asLike({ sql, params }: Statement): Statement {
  const match = strpos.exec(sql);
  if (!match) return { sql, params };
  const index = Number(match[1]) - 1;
  return {
    sql: sql.replace(strpos, `search_text LIKE $${index + 1}`),
    params: params.map((value, at) => (at === index ? containing(String(value)) : value)),
  };
}

/**
 * What pg_trgm would do for the searches, where the database has it (Debian's postgresql does;
 * PGlite only when created with its contrib extension, which openStorage does not do): a GIN
 * trigram index on search_text, made here and dropped after, and each search shape's statements
 * with the search as LIKE, timed straight on the database beside the statements as they are.
 */
export async function measureTrigram(
  { db, schema }: Storage,
  shapes: readonly ShapeResult[],
  { samples, warmUp }: { samples: number; warmUp: number },
): Promise<TrigramResult> {
  const [available] = await db.query<{ installed: string | null }>(
    `SELECT installed_version AS installed FROM pg_available_extensions WHERE name = 'pg_trgm'`,
  );
  if (!available) return { skipped: 'pg_trgm is not available in this database', shapes: [] };
  const searches = shapes.filter((shape) => shape.statements.some(({ sql }) => strpos.test(sql)));
  const index = `${schema}.bench_search_trigrams`;
  const start = performance.now();
  if (available.installed === null) await db.exec('CREATE EXTENSION pg_trgm');
  try {
    await db.exec(`CREATE INDEX bench_search_trigrams ON ${schema}.data_sources USING gin (search_text gin_trgm_ops)`);
    await db.exec(`ANALYZE ${schema}.data_sources`);
    const buildSeconds = (performance.now() - start) / 1000;
    const [size] = await db.query<{ bytes: string }>(`SELECT pg_relation_size('${index}') AS bytes`);
    const result: TrigramResult = { buildSeconds, indexBytes: Number(size?.bytes ?? 0), shapes: [] };
    for (const shape of searches) {
      const like = shape.statements.map(asLike);
      for (const [at, statement] of like.entries()) {
        const original = shape.statements[at];
        const [same, rewritten] = [
          await db.query(original?.sql ?? '', original?.params),
          await db.query(statement.sql, statement.params),
        ];
        if (JSON.stringify(same) !== JSON.stringify(rewritten))
          throw new Error(`${shape.label}: LIKE answers other rows than strpos`);
      }
      const measured: TrigramShape = {
        label: shape.label,
        strposMs: [],
        likeMs: [],
        likeStatementMs: like.map(() => []),
        statements: like,
        plans: [],
      };
      for (let sample = 0; sample < warmUp + samples; sample += 1) {
        const today = await timeStatements(db, shape.statements);
        const withTrigrams = await timeStatements(db, like);
        if (sample < warmUp) continue;
        measured.strposMs.push(today.totalMs);
        measured.likeMs.push(withTrigrams.totalMs);
        withTrigrams.eachMs.forEach((ms, statement) => measured.likeStatementMs[statement]?.push(ms));
      }
      for (const statement of like) measured.plans.push(await explain(db, statement));
      result.shapes.push(measured);
    }
    return result;
  } finally {
    await db.exec(`DROP INDEX IF EXISTS ${index}`);
    if (available.installed === null) await db.exec('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
