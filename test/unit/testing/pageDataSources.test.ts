import { ConnectionsApiError } from '../../../src/api/ConnectionsApiError';
import type { DataSource } from '../../../src/api/types';
import { pageDataSources } from '../../../src/testing/pageDataSources';

const source = (id: string, name: string, startedAt: string | null, extra: Partial<DataSource> = {}): DataSource => ({
  id,
  name,
  integrationId: 'mysql',
  connection: `${id}.example.com`,
  status: 'success',
  lastConnectionStartedAt: startedAt,
  lastConnectionDurationSeconds: startedAt === null ? null : 10,
  ...extra,
});

const sources: DataSource[] = [
  source('ds_b', 'Shop 10', '2026-11-26T03:00:00Z'),
  source('ds_a', 'shop 9', '2026-11-26T05:00:00Z', { status: 'error' }),
  source('ds_c', 'Café', null, { status: 'syncing' }),
  source('ds_d', 'Bravo', '2026-11-26T04:00:00Z', { status: 'needs_reauthorization' }),
  source('ds_e', 'bravo', '2026-11-26T04:00:00Z'),
];

const ids = (page: { dataSources: DataSource[] }) => page.dataSources.map(({ id }) => id);

function refusal(run: () => unknown): ConnectionsApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectionsApiError);
    return error as ConnectionsApiError;
  }
  throw new Error('It did not refuse.');
}

describe('pageDataSources', () => {
  it('answers every source, by name, as one last page for an empty query', () => {
    const page = pageDataSources(sources, {});
    // Case and accents aside, numbers by value, ties by id.
    expect(ids(page)).toEqual(['ds_d', 'ds_e', 'ds_c', 'ds_a', 'ds_b']);
    expect(page).toMatchObject({ nextCursor: null, total: 5 });
  });

  it('sorts by start time, newest first by default, never-started sources last in both orders', () => {
    expect(ids(pageDataSources(sources, { sort: 'lastConnectionStarted' }))).toEqual([
      'ds_a',
      'ds_e',
      'ds_d',
      'ds_b',
      'ds_c',
    ]);
    expect(ids(pageDataSources(sources, { sort: 'lastConnectionStarted', order: 'asc' }))).toEqual([
      'ds_b',
      'ds_d',
      'ds_e',
      'ds_a',
      'ds_c',
    ]);
    expect(ids(pageDataSources(sources, { order: 'desc' }))).toEqual(['ds_b', 'ds_a', 'ds_c', 'ds_e', 'ds_d']);
  });

  it('filters by text, ignoring case and accents, and by status', () => {
    expect(ids(pageDataSources(sources, { q: 'CAFE' }))).toEqual(['ds_c']);
    expect(ids(pageDataSources(sources, { q: 'ds_a.example' }))).toEqual(['ds_a']);
    const filtered = pageDataSources(sources, { status: ['error', 'syncing'] });
    expect(ids(filtered)).toEqual(['ds_c', 'ds_a']);
    expect(filtered.total).toBe(2);
  });

  it('pages with a cursor, each source once, the total over all pages', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = pageDataSources(sources, { limit: 2, sort: 'lastConnectionStarted', cursor });
      expect(page.total).toBe(5);
      seen.push(...ids(page));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(seen).toEqual(ids(pageDataSources(sources, { sort: 'lastConnectionStarted' })));
  });

  it('neither repeats nor skips a source when one is deleted between pages', () => {
    const first = pageDataSources(sources, { limit: 2 });
    expect(ids(first)).toEqual(['ds_d', 'ds_e']);
    const rest = sources.filter(({ id }) => id !== 'ds_e');
    const second = pageDataSources(rest, { limit: 2, cursor: first.nextCursor ?? '' });
    expect(ids(second)).toEqual(['ds_c', 'ds_a']);
    expect(second.total).toBe(4);
  });

  it('refuses a cursor of another query, or one it did not make', () => {
    const { nextCursor } = pageDataSources(sources, { limit: 1 });
    expect(
      refusal(() => pageDataSources(sources, { limit: 1, cursor: nextCursor ?? '', order: 'desc' })),
    ).toMatchObject({ kind: 'bad_request', status: 400, code: 'invalid_cursor' });
    expect(refusal(() => pageDataSources(sources, { cursor: 'not a cursor' }))).toMatchObject({
      code: 'invalid_cursor',
    });
  });

  it.each([
    [{ limit: 0 }],
    [{ limit: 201 }],
    [{ limit: 1.5 }],
    [{ q: '' }],
    [{ sort: 'id' as never }],
    [{ order: 'up' as never }],
    [{ status: ['deleted' as never] }],
  ])('refuses the query %j with invalid_request', (query) => {
    expect(refusal(() => pageDataSources(sources, query))).toMatchObject({ code: 'invalid_request' });
  });
});
