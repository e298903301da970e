import type { DataSource } from '../../../src/api/types.ts';
import type { Storage } from '../../../server/storage/openStorage.ts';
import { dataSourceValues } from '../../../server/store/dataSourceRow.ts';
import { ensureAccount } from '../../../server/store/ensureAccount.ts';
import { seeded } from '../page/generateDataSources.ts';

/** The one account the server bench seeds and asks as. */
export const benchAccountId = 'acct_bench';

const cities = [
  'Lisbon', 'Porto', 'Québec', 'Zürich', 'São Paulo', 'Kraków', 'Albuquerque', 'Oslo', 'Quito', 'Osaka',
  'Berlin', 'Madrid', 'Dublin', 'Nairobi', 'Lagos', 'Cairo', 'Tunis', 'Lima', 'Bogotá', 'Santiago',
  'Montréal', 'Toronto', 'Denver', 'Austin', 'Boston', 'Seattle', 'Chicago', 'Miami', 'Atlanta', 'Phoenix',
  'Sydney', 'Perth', 'Auckland', 'Manila', 'Hanoi', 'Seoul', 'Taipei', 'Mumbai', 'Dhaka', 'Ankara',
]; // prettier-ignore
/** "Store" in three names of five: the search that matches many. */
const kinds = ['Store', 'Store', 'Store', 'Warehouse', 'Outlet'];
const integrations = ['mysql', 'stripe', 'google-analytics', 'postgresql', 'zendesk', 'file-upload'];
const now = Date.parse('2026-11-26T06:00:00Z');
const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * What the bench searches for, filters by and how often each matches: one city in forty, so a few
 * per cent of the rows; "store" is in three names in five.
 */
export const benchSearches = { few: 'porto', many: 'store' } as const;

function connectionOf(integrationId: string, serial: string): string {
  if (integrationId === 'stripe') return `acct_1Bench${serial}`;
  if (integrationId === 'google-analytics') return `UA-${serial}-1`;
  if (integrationId === 'file-upload') return `upload-${serial}.csv`;
  if (integrationId === 'zendesk') return `support-${serial}.zendesk.com`;
  return `db-${serial}.example.com/sales`;
}

function statusOf(draw: number): DataSource['status'] {
  if (draw < 0.04) return 'error';
  if (draw < 0.09) return 'needs_reauthorization';
  if (draw < 0.12) return 'syncing';
  return 'success';
}

/**
 * `count` sources as one busy account might have them: names like "Store 4711 – Porto" (forty
 * cities, four kinds), ids as random as the server's (`ds_` and 16 base64url characters, so id
 * order is not insertion order), statuses mostly success with 4% error, one in twenty never
 * started, the rest started at random over the last 30 days. The same rows every run.
 */
export function benchDataSources(count: number): DataSource[] {
  const random = seeded(20_261_126);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const id = `ds_${Array.from({ length: 16 }, () => pick([...idAlphabet])).join('')}`;
    const integrationId = pick(integrations);
    const neverStarted = random() < 0.05;
    const status = neverStarted ? 'syncing' : statusOf(random());
    const startedAt = now - Math.floor(random() * 30 * 24 * 3600 * 1000);
    const serial = String(index + 1).padStart(6, '0');
    return {
      id,
      name: `${pick(kinds)} ${index + 1} – ${pick(cities)}`,
      integrationId,
      connection: connectionOf(integrationId, serial),
      status,
      lastConnectionStartedAt: neverStarted ? null : new Date(startedAt).toISOString(),
      lastConnectionDurationSeconds: neverStarted || status === 'syncing' ? null : Math.floor(random() * 3600),
    };
  });
}

/** The table's columns after the account, in the order of `dataSourceValues`, with their SQL types. */
const columns: [name: string, type: string][] = [
  ['id', 'text'],
  ['name', 'text'],
  ['name_key', 'text'],
  ['search_text', 'text'],
  ['integration_id', 'text'],
  ['connection', 'text'],
  ['status', 'text'],
  ['status_reason', 'text'],
  ['last_started_at', 'timestamptz'],
  ['last_duration_seconds', 'double precision'],
];

/**
 * Writes `sources` into the account as the store would (the sort key and search text from
 * `dataSourceValues`), `batch` rows per statement: one INSERT … SELECT FROM unnest(…) of one array
 * per column, so 100,000 rows are ten statements, not 100,000 round trips.
 */
export async function seedSources(
  { db, schema }: Storage,
  accountId: string,
  sources: readonly DataSource[],
  batch = 10_000,
): Promise<{ statements: number }> {
  await ensureAccount(db, schema, accountId);
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], index) => `$${index + 2}::${type}[]`).join(', ');
  const sql = `INSERT INTO ${schema}.data_sources (account_id, ${names}) SELECT $1, * FROM unnest(${arrays})`;
  let statements = 0;
  for (let start = 0; start < sources.length; start += batch) {
    const rows = sources.slice(start, start + batch).map(dataSourceValues);
    await db.query(sql, [accountId, ...columns.map((_, column) => rows.map((row) => row[column]))]);
    statements += 1;
  }
  return { statements };
}
