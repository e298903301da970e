import { dataSourceQueryString } from '../../../src/api/dataSourceQueryString';

describe('dataSourceQueryString', () => {
  it('is empty for an empty query, so the backend applies its defaults', () => {
    expect(dataSourceQueryString({})).toBe('');
    expect(dataSourceQueryString({ status: [] })).toBe('');
  });

  it.each([
    [{ limit: 50 }, '?limit=50'],
    [{ cursor: 'eyJsYXN0Ijp7fX0' }, '?cursor=eyJsYXN0Ijp7fX0'],
    [{ sort: 'name' }, '?sort=name'],
    [{ sort: 'lastConnectionStarted' }, '?sort=lastConnectionStarted'],
    [{ order: 'asc' }, '?order=asc'],
    [{ order: 'desc' }, '?order=desc'],
    [{ q: 'mysql' }, '?q=mysql'],
    [{ status: ['error'] }, '?status=error'],
  ] as const)('sends %j as %s', (query, expected) => {
    expect(dataSourceQueryString(query)).toBe(expected);
  });

  it('repeats status for each status asked, as openapi.json’s explode says', () => {
    const text = dataSourceQueryString({ status: ['needs_reauthorization', 'error'] });
    expect(text).toBe('?status=needs_reauthorization&status=error');
    expect(new URLSearchParams(text).getAll('status')).toEqual(['needs_reauthorization', 'error']);
  });

  it('sends every field together, each once', () => {
    const text = dataSourceQueryString({
      limit: 25,
      cursor: 'abc',
      sort: 'lastConnectionStarted',
      order: 'desc',
      q: 'shop',
      status: ['success', 'syncing'],
    });
    expect(text.startsWith('?')).toBe(true);
    const search = new URLSearchParams(text);
    expect([...search]).toEqual(
      expect.arrayContaining([
        ['limit', '25'],
        ['cursor', 'abc'],
        ['sort', 'lastConnectionStarted'],
        ['order', 'desc'],
        ['q', 'shop'],
        ['status', 'success'],
        ['status', 'syncing'],
      ]),
    );
    expect([...search]).toHaveLength(7);
  });

  it('leaves undefined fields out', () => {
    expect(
      dataSourceQueryString({
        limit: undefined,
        cursor: undefined,
        sort: undefined,
        order: undefined,
        q: undefined,
        status: undefined,
      }),
    ).toBe('');
    expect(dataSourceQueryString({ limit: 10, cursor: undefined, q: undefined })).toBe('?limit=10');
  });

  it('encodes the characters a query string cannot hold as they are', () => {
    const q = 'Café & co/?+#=%';
    const text = dataSourceQueryString({ cursor: 'a+b/c==', q });
    expect(text).toBe('?cursor=a%2Bb%2Fc%3D%3D&q=Caf%C3%A9+%26+co%2F%3F%2B%23%3D%25');
    const search = new URLSearchParams(text);
    expect(search.get('q')).toBe(q);
    expect(search.get('cursor')).toBe('a+b/c==');
  });
});
