import { dataSourceStatusReasons, dataSourceStatuses, integrationCategories } from './contractLists';
import type { AuthorizationStart, DataSource, DataSourcePage, Integration } from './types';

/**
 * Run-time guards for the response bodies of openapi.json, hand-written to stay within the
 * widget's size budget. Each accepts exactly what the document's schema accepts (a test holds
 * them to it with ajv) and returns a fresh copy holding only the documented fields.
 */

/** A body that does not match openapi.json; the message says where and how. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

type Decoder<T> = ((value: unknown, path: string) => T) & {
  /** Set on a field that may be missing from its object (not in the schema's `required`). */
  optional?: true;
};

function fail(path: string, problem: string): never {
  throw new DecodeError(`${path || 'the body'} ${problem}`);
}

function property(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface StringRules {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
}

/** JSON Schema counts a string's length in code points, not UTF-16 units. */
function lengthOf(value: string): number {
  return [...value].length;
}

// The factories are marked free of side effects, so that a bundle which never decodes (a host
// importing only ConnectionSuccessBanner) drops the decoders they build at module level.
/* @__NO_SIDE_EFFECTS__ */
function string({ minLength = 0, maxLength = Infinity, pattern }: StringRules): Decoder<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'is not a string');
    const length = lengthOf(value);
    if (length < minLength) fail(path, `is shorter than ${minLength} characters`);
    if (length > maxLength) fail(path, `is longer than ${maxLength} characters`);
    if (pattern && !pattern.test(value)) fail(path, `does not match ${pattern.source}`);
    return value;
  };
}

/* @__NO_SIDE_EFFECTS__ */
function enumOf<T extends string>(values: readonly T[]): Decoder<T> {
  return (value, path) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      fail(path, `is not one of ${values.join(', ')}`);
    }
    return value as T;
  };
}

const boolean: Decoder<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'is not a boolean');
  return value;
};

function nonNegativeNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'is not a number');
  if (value < 0) fail(path, 'is negative');
  return value;
}

/* @__NO_SIDE_EFFECTS__ */
function nullable<T>(decode: Decoder<T>): Decoder<T | null> {
  return (value, path) => (value === null ? null : decode(value, path));
}

/* @__NO_SIDE_EFFECTS__ */
function array<T>(decodeItem: Decoder<T>): Decoder<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'is not an array');
    return value.map((item, index) => decodeItem(item, `${path}[${index}]`));
  };
}

/** A field that may be missing; a missing one stays missing in the copy. */
/* @__NO_SIDE_EFFECTS__ */
function optional<T>(decode: Decoder<T>): Decoder<T | undefined> {
  return Object.assign((value: unknown, path: string) => decode(value, path), { optional: true as const });
}

/** An object with exactly these fields (`additionalProperties: false`), all required unless `optional`. */
/* @__NO_SIDE_EFFECTS__ */
function object<T>(fields: { [K in keyof T]: Decoder<T[K]> }): Decoder<T> {
  return (value, path) => {
    if (!isRecord(value)) fail(path, 'is not an object');
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(fields, key)) fail(property(path, key), 'is not a documented field');
    }
    const result: Partial<T> = {};
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      if (Object.hasOwn(value, key)) result[key] = fields[key](value[key], property(path, key));
      else if (!fields[key].optional) fail(property(path, key), 'is missing');
    }
    return result as T;
  };
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const timestampPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):[0-5]\d(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * openapi.json's `Timestamp`: its pattern, plus the ranges of RFC 3339 that its
 * `format: date-time` adds (a real day of that month, hours to 23, minutes to 59).
 */
const timestamp: Decoder<string> = (value, path) => {
  const parts = typeof value === 'string' ? timestampPattern.exec(value) : null;
  if (!parts) fail(path, 'is not a date-time like 2026-11-26T03:15:00Z');
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, offsetHour = 0, offsetMinute = 0] = parts
    .slice(1)
    .map((part) => Number(part ?? 0));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = month === 2 && leap ? 29 : (daysInMonth[month - 1] ?? 0);
  if (day < 1 || day > lastDay || hour > 23 || minute > 59 || offsetHour > 23 || offsetMinute > 59) {
    fail(path, 'is not a date that exists');
  }
  return parts[0];
};

/**
 * `format: uri`: an absolute URI of RFC 3986's characters, and one the browser's own URL
 * parser reads, since that is what will navigate to it.
 */
const absoluteUri: Decoder<string> = (value, path) => {
  const characters = /^[a-z][a-z0-9+.-]*:(?:[\w\-.~!$&'()*+,;=:@/?#[\]]|%[0-9a-f]{2})*$/i;
  if (typeof value !== 'string' || !characters.test(value)) fail(path, 'is not an absolute URI');
  try {
    new URL(value);
  } catch {
    fail(path, 'is not a URL the browser can read');
  }
  return value;
};

const id = string({ minLength: 1, maxLength: 128, pattern: /^[A-Za-z0-9_-]+$/ });

const integrationCategory = enumOf(integrationCategories);

const dataSourceStatus = enumOf(dataSourceStatuses);

const dataSourceStatusReason = enumOf(dataSourceStatusReasons);

function count(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) fail(path, 'is not a count');
  return value as number;
}

const integration = object<Integration>({
  id,
  name: string({ minLength: 1, maxLength: 200 }),
  category: integrationCategory,
  enabled: boolean,
});

const dataSource = object<DataSource>({
  id,
  name: string({ minLength: 1, maxLength: 500 }),
  integrationId: id,
  connection: string({ maxLength: 500 }),
  status: dataSourceStatus,
  lastConnectionStartedAt: nullable(timestamp),
  lastConnectionDurationSeconds: nullable(nonNegativeNumber),
  statusReason: optional(nullable(dataSourceStatusReason)),
});

/* @__NO_SIDE_EFFECTS__ */
function root<T>(decode: Decoder<T>): (value: unknown) => T {
  return (value) => decode(value, '');
}

/** `IntegrationList`: the body of `GET /integrations`. */
export const decodeIntegrationList = root(
  object<{ integrations: Integration[] }>({ integrations: array(integration) }),
);

const dataSourceList = root(
  object<{ dataSources: DataSource[]; nextCursor?: string | null; total?: number }>({
    dataSources: array(dataSource),
    nextCursor: optional(nullable(string({ minLength: 1, maxLength: 4096 }))),
    total: optional(count),
  }),
);

/**
 * `DataSourceList`: the body of `GET /data-sources`, as a page. A backend from before paging
 * answers only `dataSources`, which is then every source: the last page, and all of the total.
 */
export function decodeDataSourceList(value: unknown): DataSourcePage {
  const { dataSources, nextCursor = null, total = dataSources.length } = dataSourceList(value);
  return { dataSources, nextCursor, total };
}

/** `AuthorizationStart`: the body of both `POST …/authorizations` and `POST …/reauthorizations`. */
export const decodeAuthorizationStart = root(
  object<AuthorizationStart>({
    authorizationUrl: absoluteUri,
    state: string({ minLength: 22, maxLength: 512 }),
    expiresAt: timestamp,
  }),
);

/** `AuthorizationResult`: the body of `POST /authorizations/complete`. */
export const decodeAuthorizationResult = root(object<{ dataSource: DataSource }>({ dataSource }));

/**
 * The `code` and `message` of an error body (`ErrorBody`), read defensively: whatever the
 * answer was (HTML from a proxy, a truncated body, another shape), this never throws, and
 * yields only strings.
 */
export function readErrorBody(text: string): { code: string | undefined; message: string | undefined } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { code: undefined, message: undefined };
  }
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error)) return { code: undefined, message: undefined };
  const { code, message } = error;
  return {
    code: typeof code === 'string' && code !== '' && lengthOf(code) <= 100 ? code : undefined,
    message: typeof message === 'string' ? message : undefined,
  };
}
