import type { DataSource } from 'connections-widget';

const cities = ['Lisbon', 'Porto', 'Québec', 'Zürich', 'São Paulo', 'Kraków', 'Albuquerque', 'Oslo', 'Quito', 'Osaka'];
const integrations = ['mysql', 'stripe', 'google-analytics', 'postgresql', 'zendesk', 'file-upload'];
const statuses: DataSource['status'][] = [
  'success',
  'success',
  'success',
  'success',
  'syncing',
  'needs_reauthorization',
  'error',
];
const now = Date.parse('2026-11-26T06:00:00Z');

/** A small seeded generator (mulberry32), so every run and both tables get the same rows. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function connectionOf(integrationId: string, index: number): string {
  const id = String(index).padStart(5, '0');
  if (integrationId === 'stripe') return `acct_1Bench${id}`;
  if (integrationId === 'google-analytics') return `UA-${id}-1`;
  if (integrationId === 'file-upload') return `store-${id}.csv`;
  return `db-${id}.example.com:5432/store`;
}

/**
 * `count` sources named "Store 0042 – Lisbon", with mixed integrations and statuses, one in twenty
 * never started; listed newest (highest number) first, so that the first sort click, by name
 * ascending, changes the first row too. The filter types "q": neither first row (Store 0000 –
 * Lisbon by name, Store …99 – Osaka as listed) has one, three cities in ten do.
 */
export function generateDataSources(count: number): DataSource[] {
  const random = seeded(count);
  return Array.from({ length: count }, (_, index) => {
    const integrationId = integrations[index % integrations.length] ?? 'mysql';
    const neverStarted = index % 20 === 19;
    const status = neverStarted ? 'syncing' : (statuses[Math.floor(random() * statuses.length)] ?? 'success');
    const startedAt = now - Math.floor(random() * 30 * 24 * 3600 * 1000);
    return {
      id: `ds_bench_${index}`,
      name: `Store ${String(index).padStart(4, '0')} – ${cities[index % cities.length]}`,
      integrationId,
      connection: connectionOf(integrationId, index),
      status,
      lastConnectionStartedAt: neverStarted ? null : new Date(startedAt).toISOString(),
      lastConnectionDurationSeconds: neverStarted || status === 'syncing' ? null : Math.floor(random() * 3600),
    };
  }).reverse();
}

/** The clock both tables count "3 hours ago" from. */
export const benchNow = () => new Date(now);
