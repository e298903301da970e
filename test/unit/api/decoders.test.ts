import { DecodeError, decodeDataSourceList, decodeIntegrationList, readErrorBody } from '../../../src/api/decoders';
import { productDataSources } from '../../../src/testing/fixtures';

describe('decoders', () => {
  it('says where a value is wrong and how', () => {
    const dataSources = [...productDataSources, { ...productDataSources[0], status: 'Success' }];
    expect(() => decodeDataSourceList({ dataSources })).toThrow(
      new DecodeError('dataSources[3].status is not one of success, syncing, needs_reauthorization, error'),
    );
    expect(() =>
      decodeDataSourceList({
        dataSources: [{ ...productDataSources[0], lastConnectionStartedAt: '2026-02-30T00:00:00Z' }],
      }),
    ).toThrow('dataSources[0].lastConnectionStartedAt is not a date that exists');
    expect(() => decodeIntegrationList({ integrations: [{ id: 'a', name: 'A', category: 'saas' }] })).toThrow(
      'integrations[0].enabled is missing',
    );
    expect(() =>
      decodeDataSourceList({ dataSources: [{ ...productDataSources[0], statusReason: 'revoked' }] }),
    ).toThrow('dataSources[0].statusReason is not one of access_revoked, refresh_refused, sync_failed');
    expect(() => decodeDataSourceList({ dataSources: [], total: -1 })).toThrow('total is not a count');
    expect(() => decodeDataSourceList({ dataSources: [], total: 2.5 })).toThrow('total is not a count');
    expect(() => decodeDataSourceList({ dataSources: [], nextCursor: '' })).toThrow(
      'nextCursor is shorter than 1 characters',
    );
    expect(() => decodeIntegrationList(null)).toThrow('the body is not an object');
    expect(() => decodeIntegrationList({ integrations: [], isAdmin: true })).toThrow(
      'isAdmin is not a documented field',
    );
  });

  it('returns a copy that shares nothing with the body it read', () => {
    const body = { dataSources: [{ ...productDataSources[0] }] };
    const decoded = decodeDataSourceList(body);
    expect(decoded).toEqual({ ...body, nextCursor: null, total: 1 });
    expect(decoded.dataSources).not.toBe(body.dataSources);
    expect(decoded.dataSources[0]).not.toBe(body.dataSources[0]);
  });

  it('reads a page as it is, and a list from before paging as its one and last page', () => {
    const page = { dataSources: [{ ...productDataSources[0], statusReason: null }], nextCursor: 'next', total: 40 };
    expect(decodeDataSourceList(page)).toEqual(page);
    expect(decodeDataSourceList({ dataSources: productDataSources })).toEqual({
      dataSources: productDataSources,
      nextCursor: null,
      total: productDataSources.length,
    });
    expect(decodeDataSourceList({ dataSources: [], nextCursor: null, total: 0 })).toEqual({
      dataSources: [],
      nextCursor: null,
      total: 0,
    });
  });

  it('refuses an own __proto__ field instead of copying it, and pollutes no prototype', () => {
    const body = JSON.parse(
      '{"integrations":[{"id":"a","name":"A","category":"saas","enabled":true,"__proto__":{"polluted":true}}]}',
    );
    expect(() => decodeIntegrationList(body)).toThrow('integrations[0].__proto__ is not a documented field');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readErrorBody', () => {
  it('reads the code and message of a contract error body', () => {
    expect(readErrorBody('{"error":{"code":"state_used","message":"Already completed."}}')).toEqual({
      code: 'state_used',
      message: 'Already completed.',
    });
  });

  it.each([
    ['an HTML page from a proxy', '<!doctype html><h1>502 Bad Gateway</h1>'],
    ['an empty body', ''],
    ['a truncated body', '{"error":{"code":"state_u'],
    ['JSON null', 'null'],
    ['a JSON string', '"state_used"'],
    ['an array', '[{"error":{"code":"x"}}]'],
    ['a code at the top level', '{"code":"state_used","message":"m"}'],
    ['an error that is a string', '{"error":"state_used"}'],
  ])('yields nothing, without throwing, from %s', (_, text) => {
    expect(readErrorBody(text)).toEqual({ code: undefined, message: undefined });
  });

  it('keeps only what is a string of the documented length', () => {
    expect(readErrorBody('{"error":{"code":42,"message":{"html":"<b>"}}}')).toEqual({
      code: undefined,
      message: undefined,
    });
    expect(readErrorBody('{"error":{"code":"","message":"m"}}')).toEqual({ code: undefined, message: 'm' });
    expect(readErrorBody(JSON.stringify({ error: { code: 'x'.repeat(101) } }))).toEqual({
      code: undefined,
      message: undefined,
    });
    expect(readErrorBody(JSON.stringify({ error: { code: 'x'.repeat(100) } })).code).toBe('x'.repeat(100));
  });
});
