import type { ConnectionsApi } from '../../src/api/ConnectionsApi';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import type { DataSource, DataSourceQuery } from '../../src/api/types';
import { assertMatchesSchema } from '../support/openapi';

/** An implementation of `ConnectionsApi` holding exactly `seed`, and its cleanup. */
export interface PagingHarness {
  api: ConnectionsApi;
  close(): Promise<void>;
}

function source(id: string, name: string, changes: Partial<DataSource> = {}): DataSource {
  return {
    id,
    name,
    integrationId: 'mysql',
    connection: `${id}.db.example`,
    status: 'success',
    lastConnectionStartedAt: null,
    lastConnectionDurationSeconds: null,
    ...changes,
  };
}

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00Z`;

/** Names that tell a byte order from a reader's order: case, accents, numbers, a tie. */
const seed: DataSource[] = [
  source('ds_zulu', 'Zulu', { lastConnectionStartedAt: at(5) }),
  source('ds_alpha', 'alpha', { lastConnectionStartedAt: at(1), status: 'error' }),
  source('ds_beta', 'Beta', { status: 'needs_reauthorization', statusReason: 'refresh_refused' }),
  source('ds_ebano', 'Ébano', { lastConnectionStartedAt: at(9) }),
  source('ds_delta', 'delta', { lastConnectionStartedAt: at(3), status: 'syncing' }),
  source('ds_store10', 'Store 10', { lastConnectionStartedAt: at(7) }),
  source('ds_store2', 'Store 2', { lastConnectionStartedAt: at(2) }),
  source('ds_store1', 'store 1', { status: 'needs_reauthorization' }),
  source('ds_lisboa', 'Café Lisboa', { lastConnectionStartedAt: at(8) }),
  source('ds_porto', 'cafe porto', { lastConnectionStartedAt: at(4), status: 'error' }),
  source('ds_twin_b', 'Twin', { lastConnectionStartedAt: at(6) }),
  source('ds_twin_a', 'Twin', { connection: 'warehouse.porto.example' }),
];

const byName = [
  'ds_alpha',
  'ds_beta',
  'ds_lisboa',
  'ds_porto',
  'ds_delta',
  'ds_ebano',
  'ds_store1',
  'ds_store2',
  'ds_store10',
  'ds_twin_a',
  'ds_twin_b',
  'ds_zulu',
];

const ids = (sources: readonly DataSource[]) => sources.map((each) => each.id);

/**
 * Names a reader's collation and a byte order disagree on, where two implementations drift apart
 * unless both sort by the same key; and a name whose every character JSON escapes, the longest a
 * cursor can get.
 */
const unusualSeed: DataSource[] = [
  source('ds_pub', 'Pub'),
  source('ds_olstue', 'Ølstue'),
  source('ds_plus', 'A+B'),
  source('ds_minus', 'A-B'),
  source('ds_x1', 'x1'),
  source('ds_xcolon', 'x:'),
  source('ds_escaped', '"\\'.repeat(250)),
];

/** By their keys' bytes: '"' first, "+" before "-", digits before ":", and "ø" (no accent to drop) after "x". */
const unusualByName = ['ds_escaped', 'ds_plus', 'ds_minus', 'ds_pub', 'ds_x1', 'ds_xcolon', 'ds_olstue'];

async function expectRefused(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConnectionsApiError);
  expect(error).toMatchObject({ kind: 'bad_request', status: 400, code });
}

/**
 * Paging, sorting and filtering of `listDataSources`, as `GET /data-sources` defines them:
 * every implementation must order and cut the same seed the same way.
 */
export function describeDataSourcePagingContract(
  name: string,
  setup: (seed: readonly DataSource[]) => Promise<PagingHarness>,
): void {
  describe(`ConnectionsApi paging contract: ${name}`, () => {
    let harness: PagingHarness;
    let api: ConnectionsApi;

    beforeEach(async () => {
      harness = await setup(seed);
      api = harness.api;
    });

    afterEach(async () => {
      await harness.close();
    });

    /** Every page of `query`, followed cursor by cursor. */
    async function allPages(query: DataSourceQuery) {
      const pages = [await api.listDataSources(query)];
      for (let cursor = pages[0]?.nextCursor; cursor; cursor = pages.at(-1)?.nextCursor) {
        pages.push(await api.listDataSources({ ...query, cursor }));
      }
      return pages;
    }

    it('walks the whole list a page at a time: no source twice, none skipped, the total on every page', async () => {
      const pages = await allPages({ limit: 5 });
      for (const page of pages) assertMatchesSchema('DataSourceList', page);
      expect(pages.map((page) => page.dataSources.length)).toEqual([5, 5, 2]);
      expect(pages.map((page) => page.total)).toEqual([12, 12, 12]);
      expect(pages.at(-1)?.nextCursor).toBeNull();
      expect(pages.flatMap((page) => ids(page.dataSources))).toEqual(byName);
    });

    it('sorts names as a reader does (case and accents aside, numbers by value, ties by id in the same direction), both ways', async () => {
      expect(ids((await api.listDataSources({ sort: 'name' })).dataSources)).toEqual(byName);
      // Descending reverses everything, the tie between the two Twins included.
      const descending = ids((await api.listDataSources({ sort: 'name', order: 'desc' })).dataSources);
      expect(descending).toEqual([...byName].reverse());
    });

    it('sorts by the last connection started, newest first by default, never-started sources last both ways', async () => {
      const newest = ids((await api.listDataSources({ sort: 'lastConnectionStarted' })).dataSources);
      expect(newest).toEqual([
        'ds_ebano',
        'ds_lisboa',
        'ds_store10',
        'ds_twin_b',
        'ds_zulu',
        'ds_porto',
        'ds_delta',
        'ds_store2',
        'ds_alpha',
        'ds_twin_a',
        'ds_store1',
        'ds_beta',
      ]);
      const oldest = ids(
        (await api.listDataSources({ sort: 'lastConnectionStarted', order: 'asc', limit: 12 })).dataSources,
      );
      expect(oldest).toEqual([...newest.slice(0, 9).reverse(), 'ds_beta', 'ds_store1', 'ds_twin_a']);
      // Ties (here the never-started) break by id in the sort's direction, as a keyset on (key, id) does.
    });

    it('finds text in the name or the connection, case and accents aside, with the total of the matches', async () => {
      const cafe = await api.listDataSources({ q: 'CAFE', limit: 1 });
      expect(ids(cafe.dataSources)).toEqual(['ds_lisboa']);
      expect(cafe.total).toBe(2);
      const porto = await api.listDataSources({ q: 'porto' });
      expect(ids(porto.dataSources)).toEqual(['ds_porto', 'ds_twin_a']);
    });

    it('keeps the sources in the statuses asked for, and pages within them', async () => {
      const pages = await allPages({ status: ['needs_reauthorization', 'error'], limit: 3 });
      expect(pages.flatMap((page) => ids(page.dataSources))).toEqual(['ds_alpha', 'ds_beta', 'ds_porto', 'ds_store1']);
      expect(pages[0]?.total).toBe(4);
      expect(pages[0]?.dataSources[1]).toMatchObject({ statusReason: 'refresh_refused' });
    });

    it('neither repeats nor skips a source when one is deleted between two pages', async () => {
      const first = await api.listDataSources({ limit: 4 });
      await api.deleteDataSource({ dataSourceId: 'ds_porto' });
      await api.deleteDataSource({ dataSourceId: 'ds_ebano' });
      const rest = await allPages({ limit: 4, cursor: first.nextCursor ?? '' });
      const seen = [...ids(first.dataSources), ...rest.flatMap((page) => ids(page.dataSources))];
      expect(seen).toEqual(byName.filter((id) => id !== 'ds_ebano'));
      expect(rest[0]?.total).toBe(10);
    });

    it('refuses a made-up cursor, and a cursor asked with another sort or filter, with invalid_cursor', async () => {
      await expectRefused(api.listDataSources({ limit: 2, cursor: 'bm90LWEtY3Vyc29y' }), 'invalid_cursor');
      const { nextCursor } = await api.listDataSources({ limit: 2 });
      const cursor = nextCursor ?? '';
      await expectRefused(api.listDataSources({ limit: 2, cursor, order: 'desc' }), 'invalid_cursor');
      await expectRefused(api.listDataSources({ limit: 2, cursor, q: 'store' }), 'invalid_cursor');
      await expectRefused(api.listDataSources({ limit: 2, cursor, status: ['error'] }), 'invalid_cursor');
    });

    it('orders names a collation and a byte order disagree on alike, a page at a time, with cursors it takes back', async () => {
      await harness.close();
      harness = await setup(unusualSeed);
      api = harness.api;
      for (const order of ['asc', 'desc'] as const) {
        const pages = await allPages({ limit: 1, order });
        for (const page of pages) assertMatchesSchema('DataSourceList', page);
        const expected = order === 'asc' ? unusualByName : [...unusualByName].reverse();
        expect(pages.flatMap((page) => ids(page.dataSources))).toEqual(expected);
      }
    });

    it('refuses a page size outside 1–200 and a search longer than 200 characters with invalid_request', async () => {
      await expectRefused(api.listDataSources({ limit: 0 }), 'invalid_request');
      await expectRefused(api.listDataSources({ limit: 201 }), 'invalid_request');
      await expectRefused(api.listDataSources({ limit: 2.5 }), 'invalid_request');
      await expectRefused(api.listDataSources({ q: 'x'.repeat(201) }), 'invalid_request');
      expect((await api.listDataSources({ limit: 200 })).dataSources).toHaveLength(12);
    });
  });
}
