import document from '../../../src/api/openapi.json';
import {
  decodeAuthorizationResult,
  decodeAuthorizationStart,
  decodeDataSourceList,
  decodeIntegrationList,
} from '../../../src/api/decoders';
import { productDataSources } from '../../../src/testing/fixtures';
import { schemaProblems, type SchemaName } from '../../support/openapi';

/**
 * The decoders must accept exactly what openapi.json accepts. For each schema a 2xx answer
 * uses, hand-picked samples, the length limits read from the document, and mutations of
 * every valid sample are judged by ajv and by the decoder, and the verdicts must agree.
 */

const decoders = {
  Integration: (value: unknown) => decodeIntegrationList({ integrations: [value] }).integrations[0],
  IntegrationList: decodeIntegrationList,
  DataSource: (value: unknown) => decodeDataSourceList({ dataSources: [value] }).dataSources[0],
  DataSourceList: decodeDataSourceList,
  AuthorizationStart: decodeAuthorizationStart,
  AuthorizationResult: decodeAuthorizationResult,
} satisfies Partial<Record<SchemaName, (value: unknown) => unknown>>;

type DecodedSchema = keyof typeof decoders;

const integration = { id: 'stripe', name: 'Stripe', category: 'saas', enabled: true };
const [dataSource] = productDataSources;
const neverSynced = {
  ...dataSource,
  id: 'ds_new',
  status: 'syncing',
  lastConnectionStartedAt: null,
  lastConnectionDurationSeconds: null,
};
const authorizationStart = {
  authorizationUrl:
    'https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_1&scope=read_only&state=abc',
  state: 'Zm9vYmFyYmF6cXV4cXV1eHF1dXpxdXV6cXV1eg',
  expiresAt: '2026-11-26T03:25:00Z',
};

/** A JSON text parsed, for values only JSON can make: an own `__proto__` field, `1e400`. */
const json = (text: string): unknown => JSON.parse(text);

const valid: Record<DecodedSchema, unknown[]> = {
  Integration: [
    integration,
    { id: 'adobe-analytics', name: 'Adobe Analytics', category: 'saas', enabled: false },
    { id: 'mysql', name: 'MySQL', category: 'database', enabled: true },
    { id: 'file-upload', name: 'File Upload', category: 'file', enabled: true },
    { id: 'x', name: '<script>alert(1)</script>', category: 'saas', enabled: true },
    { id: 'A_z-09', name: '\u202Eepyts\u202C 🙂', category: 'file', enabled: false },
  ],
  IntegrationList: [
    { integrations: [] },
    { integrations: [integration, { ...integration, id: 'mysql', category: 'database' }] },
  ],
  DataSource: [
    dataSource,
    neverSynced,
    { ...dataSource, connection: '', lastConnectionDurationSeconds: 0 },
    { ...dataSource, status: 'needs_reauthorization', lastConnectionDurationSeconds: 0.25 },
    { ...dataSource, status: 'error', lastConnectionStartedAt: '2024-02-29T23:59:59+05:30' },
    { ...dataSource, lastConnectionStartedAt: '2026-11-26T03:15:00.123456789-08:00' },
    { ...dataSource, lastConnectionStartedAt: '2000-02-29T00:00:00Z' },
    { ...dataSource, statusReason: null },
    { ...dataSource, status: 'needs_reauthorization', statusReason: 'access_revoked' },
    { ...dataSource, status: 'needs_reauthorization', statusReason: 'refresh_refused' },
    { ...dataSource, status: 'error', statusReason: 'sync_failed' },
  ],
  DataSourceList: [
    // A backend from before paging: only the list.
    { dataSources: [] },
    { dataSources: [dataSource, neverSynced] },
    // A page, the last one or one with more after it.
    { dataSources: [], nextCursor: null, total: 0 },
    { dataSources: [dataSource], nextCursor: 'eyJsYXN0Ijp7fX0=', total: 120 },
    { dataSources: [dataSource, neverSynced], nextCursor: null, total: 2 },
    { dataSources: [dataSource], nextCursor: 'c'.repeat(4096), total: 9007199254740991 },
    { dataSources: [{ ...dataSource, status: 'error', statusReason: 'sync_failed' }], nextCursor: 'x', total: 1 },
    // Either field alone.
    { dataSources: [dataSource], nextCursor: 'next' },
    { dataSources: [dataSource], nextCursor: null },
    { dataSources: [dataSource], total: 1 },
    { dataSources: [], total: 0 },
  ],
  AuthorizationStart: [
    authorizationStart,
    { ...authorizationStart, authorizationUrl: 'http://127.0.0.1:4010/oauth/authorize?state=x%20y' },
    { ...authorizationStart, authorizationUrl: 'http://[::1]:4010/oauth/authorize' },
    { ...authorizationStart, state: 'a'.repeat(22) },
  ],
  AuthorizationResult: [{ dataSource }, { dataSource: neverSynced }],
};

const invalid: Record<DecodedSchema, unknown[]> = {
  Integration: [
    { ...integration, category: 'SaaS' },
    { ...integration, enabled: 'true' },
    { ...integration, id: 'a/b' },
    { ...integration, id: '..' },
    { ...integration, id: 'stripe ' },
    { ...integration, name: '' },
    json('{"id":"stripe","name":"Stripe","category":"saas","enabled":true,"__proto__":{"admin":true}}'),
  ],
  IntegrationList: [
    null,
    [],
    'integrations',
    { integrations: {} },
    { integrations: [null] },
    { integrations: [integration], more: true },
  ],
  DataSource: [
    { ...dataSource, status: 'Success' },
    { ...dataSource, status: 'deleted' },
    { ...dataSource, lastConnectionDurationSeconds: -1 },
    { ...dataSource, lastConnectionDurationSeconds: '754' },
    json(JSON.stringify(dataSource).replace(`:${dataSource.lastConnectionDurationSeconds}`, ':1e400')),
    { ...dataSource, lastConnectionStartedAt: '2016-12-31T23:59:60Z' },
    { ...dataSource, lastConnectionStartedAt: '2026-02-29T00:00:00Z' },
    { ...dataSource, lastConnectionStartedAt: '2026-04-31T00:00:00Z' },
    { ...dataSource, lastConnectionStartedAt: '2026-11-26T24:00:00Z' },
    { ...dataSource, lastConnectionStartedAt: '2026-11-26 03:15:00Z' },
    { ...dataSource, lastConnectionStartedAt: '2026-11-26t03:15:00z' },
    { ...dataSource, lastConnectionStartedAt: '2026-11-26T03:15:00+0530' },
    { ...dataSource, lastConnectionStartedAt: '2026-11-26T03:15:00' },
    { ...dataSource, lastConnectionStartedAt: '2026-11-26T03:15:00+24:00' },
    { ...dataSource, lastConnectionStartedAt: 'Thu, 26 Nov 2026 03:15:00 GMT' },
    { ...dataSource, lastConnectionStartedAt: 1795662900000 },
    { ...dataSource, statusReason: 'revoked' },
    { ...dataSource, statusReason: 'Access_revoked' },
    { ...dataSource, statusReason: '' },
    { ...dataSource, statusReason: false },
    { ...dataSource, statusReason: ['sync_failed'] },
  ],
  DataSourceList: [
    { dataSources: [dataSource, { ...dataSource, status: 'Success' }] },
    { data_sources: [] },
    { nextCursor: null, total: 0 },
    { dataSources: [], total: -1 },
    { dataSources: [], total: 1.5 },
    { dataSources: [], total: '3' },
    { dataSources: [], total: null },
    json('{"dataSources":[],"total":1e400}'),
    { dataSources: [], nextCursor: '' },
    { dataSources: [], nextCursor: 'c'.repeat(4097) },
    { dataSources: [], nextCursor: 42 },
    { dataSources: [], nextCursor: null, total: 0, previousCursor: null },
    { dataSources: [{ ...dataSource, statusReason: 'unknown' }], nextCursor: null, total: 1 },
  ],
  AuthorizationStart: [
    { ...authorizationStart, authorizationUrl: '/oauth/authorize' },
    { ...authorizationStart, authorizationUrl: 'connect.stripe.com/oauth/authorize' },
    { ...authorizationStart, authorizationUrl: 'https://connect.stripe.com/oauth authorize' },
    { ...authorizationStart, authorizationUrl: 'https:\\\\evil.test' },
    { ...authorizationStart, authorizationUrl: 'https://example.com/%zz' },
    { ...authorizationStart, state: 'a'.repeat(21) },
    { ...authorizationStart, expiresAt: 'tomorrow' },
  ],
  AuthorizationResult: [{ dataSource: null }, { dataSource: [dataSource] }, { dataSource, dataSources: [] }, {}],
};

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
};

function resolve(schema: JsonSchema): JsonSchema {
  const name = schema.$ref?.split('/').pop();
  return name ? resolve(document.components.schemas[name as SchemaName] as JsonSchema) : schema;
}

/** For each string field with length limits in the document: values just inside and just outside them. */
function lengthLimitSamples(name: DecodedSchema, sample: Record<string, unknown>): unknown[] {
  const properties = resolve(document.components.schemas[name] as JsonSchema).properties ?? {};
  return Object.entries(properties).flatMap(([key, property]) => {
    const { type, minLength = 0, maxLength } = resolve(property);
    // `['string', 'null']` (a nullable string such as nextCursor) has the same limits.
    if (!(Array.isArray(type) ? type : [type]).includes('string')) return [];
    const lengths = [minLength, minLength - 1, ...(maxLength === undefined ? [] : [maxLength, maxLength + 1])].filter(
      (length) => length >= 0,
    );
    // An emoji is one character to JSON Schema but two UTF-16 units to JavaScript.
    return lengths.flatMap((length) => [
      { ...sample, [key]: 'a'.repeat(length) },
      { ...sample, [key]: '😀'.repeat(length) },
    ]);
  });
}

const replacements: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  0.5,
  '',
  'x',
  [],
  {},
  '2026-11-26T03:15:00Z',
  'https://example.com/',
];

/** Every value that differs from `value` at one place: a field gone, one more, or any value swapped for another. */
function mutations(value: unknown): unknown[] {
  const swapped = replacements.filter((replacement) => replacement !== value);
  if (Array.isArray(value)) {
    return [
      ...swapped,
      [],
      [...value, value[0]],
      ...value.flatMap((item, index) => mutations(item).map((mutated) => value.with(index, mutated))),
    ];
  }
  if (typeof value !== 'object' || value === null) return swapped;
  const entries = Object.entries(value);
  return [
    ...swapped,
    { ...value, unexpected: 1 },
    ...entries.map(([key]) => Object.fromEntries(entries.filter(([other]) => other !== key))),
    ...entries.flatMap(([key, field]) => mutations(field).map((mutated) => ({ ...value, [key]: mutated }))),
  ];
}

function decoderAccepts(name: DecodedSchema, value: unknown): boolean {
  try {
    decoders[name](value);
    return true;
  } catch {
    return false;
  }
}

const schemaNames = Object.keys(decoders) as DecodedSchema[];

/**
 * What a valid sample decodes to: itself, except that a list without the paging fields (from a
 * backend that predates paging) is the one and last page, of all its sources.
 */
function decoded(name: DecodedSchema, sample: unknown): unknown {
  if (name !== 'DataSourceList') return sample;
  const list = sample as { dataSources: unknown[] };
  return { nextCursor: null, total: list.dataSources.length, ...list };
}

it('has a decoder for every schema a successful answer of openapi.json carries', () => {
  const answered = Object.values(document.paths).flatMap((item) =>
    Object.values(item).flatMap((operation) =>
      Object.entries(
        operation.responses as Record<string, { content?: { 'application/json': { schema: { $ref: string } } } }>,
      )
        .filter(([status, response]) => status.startsWith('2') && response.content)
        .map(([, response]) => response.content?.['application/json'].schema.$ref.split('/').pop()),
    ),
  );
  expect(answered.length).toBeGreaterThan(0);
  for (const name of answered) expect(schemaNames).toContain(name);
});

describe('DataSourceList from a backend that predates paging', () => {
  it('reads a list without nextCursor or total as the last page, its length the total', () => {
    expect(decodeDataSourceList({ dataSources: [dataSource, neverSynced] })).toStrictEqual({
      dataSources: [dataSource, neverSynced],
      nextCursor: null,
      total: 2,
    });
    expect(decodeDataSourceList({ dataSources: [dataSource], nextCursor: 'more' })).toStrictEqual({
      dataSources: [dataSource],
      nextCursor: 'more',
      total: 1,
    });
    expect(decodeDataSourceList({ dataSources: [dataSource], total: 7 })).toStrictEqual({
      dataSources: [dataSource],
      nextCursor: null,
      total: 7,
    });
  });

  it('keeps an absent statusReason absent, and a null one null', () => {
    const [absent, present] = decodeDataSourceList({
      dataSources: [dataSource, { ...dataSource, statusReason: null }],
    }).dataSources;
    expect(absent).not.toHaveProperty('statusReason');
    expect(present).toHaveProperty('statusReason', null);
  });
});

describe.each(schemaNames)('%s', (name) => {
  it('the samples mean what they say: ajv accepts the valid ones and refuses the invalid ones', () => {
    for (const sample of valid[name]) expect(schemaProblems(name, sample)).toEqual([]);
    for (const sample of invalid[name]) expect(schemaProblems(name, sample), JSON.stringify(sample)).not.toEqual([]);
  });

  it('decodes every valid sample to an equal value', () => {
    for (const sample of valid[name]) expect(decoders[name](sample)).toStrictEqual(decoded(name, sample));
  });

  it('agrees with ajv on every sample, length limit and mutation', () => {
    const samples = [
      ...valid[name],
      ...invalid[name],
      ...valid[name].flatMap((sample) =>
        typeof sample === 'object' && sample !== null
          ? lengthLimitSamples(name, sample as Record<string, unknown>)
          : [],
      ),
      ...valid[name].flatMap(mutations),
    ];
    const disagreements = samples
      .map((sample) => ({
        sample,
        ajv: schemaProblems(name, sample).length === 0,
        decoder: decoderAccepts(name, sample),
      }))
      .filter(({ ajv, decoder }) => ajv !== decoder);
    expect(samples.length).toBeGreaterThan(40);
    expect(disagreements).toEqual([]);
  });
});
