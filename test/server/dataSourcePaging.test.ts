import type { DataSource } from '../../src/api/types';
import type { BackendClient } from './support/backendClient';
import { setUpServersWithAdmin } from './support/testServers';

/** A source of the seed, named and started as the case needs. */
function source(
  id: string,
  name: string,
  startedAt: string | null,
  status: DataSource['status'] = 'success',
): DataSource {
  return {
    id,
    name,
    integrationId: 'mysql',
    connection: `db-${id}.example.com`,
    status,
    lastConnectionStartedAt: startedAt,
    lastConnectionDurationSeconds: startedAt === null ? null : 60,
  };
}

const seed = [
  source('ds_10', 'Store 10', '2026-11-20T10:00:00.000Z'),
  source('ds_2', 'store 2', '2026-11-21T10:00:00.000Z', 'error'),
  source('ds_cafe', 'Café Lisboa', null),
  source('ds_cafe_b', 'cafe lisboa', '2026-11-19T10:00:00.000Z'),
  source('ds_alpha', 'Alpha', '2026-11-22T10:00:00.000Z', 'syncing'),
  source('ds_never', 'Zulu', null, 'needs_reauthorization'),
];

const env = setUpServersWithAdmin({ seedDataSources: seed });

interface Page {
  dataSources: DataSource[];
  nextCursor: string | null;
  total: number;
}

async function get(client: BackendClient, query: string): Promise<{ status: number; body: unknown }> {
  return client.request('GET', `/data-sources${query}`);
}

async function page(query: string): Promise<Page> {
  const answer = await get(env.admin, query);
  expect(answer.status).toBe(200);
  return answer.body as Page;
}

/** Every page of `query`, following nextCursor, as ids. */
async function allPages(query: URLSearchParams): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const search = new URLSearchParams(query);
    if (cursor !== null) search.set('cursor', cursor);
    const answer = await page(`?${search}`);
    pages.push(answer.dataSources.map(({ id }) => id));
    cursor = answer.nextCursor;
  } while (cursor !== null && pages.length < 10);
  return pages;
}

it('answers every source without limit, by name (case and accents aside, numbers by value, ties by id), with total', async () => {
  const answer = await page('');
  expect(answer.dataSources.map(({ id }) => id)).toEqual([
    'ds_alpha',
    'ds_cafe',
    'ds_cafe_b',
    'ds_2',
    'ds_10',
    'ds_never',
  ]);
  expect(answer).toMatchObject({ nextCursor: null, total: 6 });
});

it('pages by name both ways without repeating or skipping a source', async () => {
  expect(await allPages(new URLSearchParams({ limit: '4' }))).toEqual([
    ['ds_alpha', 'ds_cafe', 'ds_cafe_b', 'ds_2'],
    ['ds_10', 'ds_never'],
  ]);
  expect(await allPages(new URLSearchParams({ limit: '2', order: 'desc' }))).toEqual([
    ['ds_never', 'ds_10'],
    ['ds_2', 'ds_cafe_b'],
    ['ds_cafe', 'ds_alpha'],
  ]);
});

it('pages by start time, newest first by default, never-started last both ways', async () => {
  const newestFirst = await allPages(new URLSearchParams({ sort: 'lastConnectionStarted', limit: '2' }));
  expect(newestFirst.flat()).toEqual(['ds_alpha', 'ds_2', 'ds_10', 'ds_cafe_b', 'ds_never', 'ds_cafe']);
  const oldestFirst = await allPages(new URLSearchParams({ sort: 'lastConnectionStarted', order: 'asc', limit: '3' }));
  expect(oldestFirst.flat()).toEqual(['ds_cafe_b', 'ds_10', 'ds_2', 'ds_alpha', 'ds_cafe', 'ds_never']);
});

it('filters by text in the name or connection, ignoring case and accents, and by status; total counts the matches', async () => {
  expect((await page('?q=CAFÉ')).dataSources.map(({ id }) => id)).toEqual(['ds_cafe', 'ds_cafe_b']);
  expect((await page('?q=db-ds_1')).dataSources.map(({ id }) => id)).toEqual(['ds_10']);
  const filtered = await page('?status=error&status=syncing&limit=1');
  expect(filtered.dataSources.map(({ id }) => id)).toEqual(['ds_alpha']);
  expect(filtered.total).toBe(2);
  expect((await page("?q=%25'%20OR%201%3D1--")).total).toBe(0);
});

it('does not skip or repeat when a source is deleted between two pages', async () => {
  const first = await page('?limit=2');
  await env.admin.request('DELETE', '/data-sources/ds_cafe');
  const second = await page(`?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
  expect(second.dataSources.map(({ id }) => id)).toEqual(['ds_cafe_b', 'ds_2']);
});

describe('refuses a cursor it did not make for this query with 400 invalid_cursor', () => {
  it.each([
    ['another sort', '&sort=lastConnectionStarted'],
    ['another order', '&order=desc'],
    ['another search', '&q=store'],
    ['another status filter', '&status=success'],
  ])('used with %s', async (_case, change) => {
    const { nextCursor } = await page('?limit=2');
    const answer = await get(env.admin, `?limit=2&cursor=${encodeURIComponent(nextCursor ?? '')}${change}`);
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'invalid_cursor' } } });
  });

  it.each([
    ['made up', 'bm90IGEgY3Vyc29y'],
    ['with its position edited', 'edited'],
  ])('%s', async (_case, made) => {
    const { nextCursor } = await page('?limit=2');
    const [, mac] = (nextCursor ?? '').split('.');
    const forged =
      made === 'edited'
        ? `${Buffer.from(JSON.stringify(['ds_10', 'store 002010'])).toString('base64url')}.${mac}`
        : made;
    const answer = await get(env.admin, `?limit=2&cursor=${encodeURIComponent(forged)}`);
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'invalid_cursor' } } });
  });
});

it.each([
  ['limit 0', '?limit=0'],
  ['limit 201', '?limit=201'],
  ['a fractional limit', '?limit=1.5'],
  ['a limit that is no number', '?limit=ten'],
  ['an unknown sort', '?sort=status'],
  ['an unknown order', '?order=up'],
  ['an empty search', '?q='],
  ['a search of 201 characters', `?q=${'a'.repeat(201)}`],
  ['an unknown status', '?status=done'],
  ['five statuses', '?status=error&status=error&status=error&status=error&status=error'],
  ['a repeated limit', '?limit=1&limit=2'],
  ['an unknown parameter', '?page=2'],
  ['a cursor over 4096 characters', `?cursor=${'a'.repeat(4097)}`],
])('refuses %s with 400 invalid_request', async (_case, query) => {
  const answer = await get(env.admin, query);
  expect(answer).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
});
