import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import document from '../../src/api/openapi.json';
import type { components } from '../../src/api/schema.gen';

/**
 * openapi.json as ajv sees it: the whole document is added as one schema, so that
 * `$ref: '#/components/schemas/X'` resolves inside it; its OpenAPI-only top-level fields are
 * declared as keywords so that strict mode accepts them (and still refuses anything unknown
 * inside a schema).
 */
const documentId = 'https://connections-widget.test/openapi.json';
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
for (const keyword of ['openapi', 'info', 'servers', 'paths', 'components']) ajv.addKeyword(keyword);
ajv.addSchema({ ...document, $id: documentId });

export type SchemaName = keyof components['schemas'];

const validators = new Map<string, ValidateFunction>();

/** The validator of the schema at `pointer` (a JSON pointer into openapi.json). */
function validatorAt(pointer: string): ValidateFunction {
  let validate = validators.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `${documentId}#${pointer}` });
    validators.set(pointer, validate);
  }
  return validate;
}

function problems(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword}`);
}

/** What is wrong with `value` as a `name` of openapi.json; empty when it matches. */
export function schemaProblems(name: SchemaName, value: unknown): string[] {
  return problems(validatorAt(`/components/schemas/${name}`), value);
}

/** Throws, saying what is wrong, unless `value` matches the schema `name` of openapi.json. */
export function assertMatchesSchema(name: SchemaName, value: unknown): void {
  const found = schemaProblems(name, value);
  if (found.length > 0)
    throw new Error(`Not a valid ${name}:\n  ${found.join('\n  ')}\n${JSON.stringify(value, null, 2)}`);
}

interface Operation {
  requestBody?: unknown;
  responses: Record<string, { $ref?: string } | undefined>;
}

const basePath = document.servers[0]?.url ?? '';

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The value at a JSON pointer of openapi.json. */
function at(pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (node, segment) =>
        (node as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')],
      document,
    );
}

/** The operation of openapi.json for `method` on a URL path under the server's base path, and its pointer. */
function findOperation(
  method: string,
  pathname: string,
  mountedAt: string,
): { pointer: string; operation: Operation } | undefined {
  if (!pathname.startsWith(`${mountedAt}/`)) return undefined;
  const rest = pathname.slice(mountedAt.length);
  for (const template of Object.keys(document.paths)) {
    const pointer = `/paths/${escapePointer(template)}/${method.toLowerCase()}`;
    const operation = at(pointer) as Operation | undefined;
    if (operation && new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(rest))
      return { pointer, operation };
  }
  return undefined;
}

function parseJson(text: string): { json: unknown } | undefined {
  try {
    return { json: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** What is wrong with a JSON text as the schema at `pointer`. */
function jsonProblems(pointer: string, text: string): string[] {
  const parsed = parseJson(text);
  return parsed ? problems(validatorAt(pointer), parsed.json) : ['is not JSON'];
}

async function requestProblems(
  request: Request,
  { pointer, operation }: { pointer: string; operation: Operation },
): Promise<string[]> {
  const text = await request.text();
  if (operation.requestBody) return jsonProblems(`${pointer}/requestBody/content/application~1json/schema`, text);
  return text === '' ? [] : ['is there, but the operation takes none'];
}

async function responseProblems(
  response: Response,
  { pointer, operation }: { pointer: string; operation: Operation },
): Promise<string[]> {
  const documented = operation.responses[String(response.status)];
  if (!documented) return ['has a status the operation does not document'];
  const responsePointer = documented.$ref?.slice(1) ?? `${pointer}/responses/${response.status}`;
  const schemaPointer = `${responsePointer}/content/application~1json/schema`;
  if (at(schemaPointer) === undefined) return [];
  const text = await response.clone().text();
  const contentType = response.headers.get('content-type') ?? 'no content type';
  if (!contentType.startsWith('application/json')) return [`is ${contentType}, not application/json`];
  return jsonProblems(schemaPointer, text);
}

/** A `fetch` that checks every exchange against openapi.json; see `createValidatingFetch`. */
export type ValidatingFetch = typeof fetch & {
  /** Every mismatch seen so far, one line each. */
  readonly mismatches: readonly string[];
};

/**
 * Wraps `innerFetch` so that each exchange is checked against openapi.json: the operation is
 * found by method and path template, the JSON request body is validated against its
 * `requestBody` schema, and the answer's status and JSON body against that status's schema.
 * A mismatch is recorded in `mismatches` and thrown, so the call fails with it as the cause.
 * `mountedAt` is the path the API answers under: the document's server URL, or where a host
 * mounted the server.
 */
export function createValidatingFetch(innerFetch: typeof fetch, mountedAt = basePath): ValidatingFetch {
  const mismatches: string[] = [];
  async function validatingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const response = await innerFetch(request.clone());
    const { pathname } = new URL(request.url);
    const operation = findOperation(request.method, pathname, mountedAt);
    const found = operation
      ? [
          ...(await requestProblems(request, operation)).map((problem) => `the request body ${problem}`),
          ...(await responseProblems(response, operation)).map((problem) => `the answer ${response.status} ${problem}`),
        ]
      : ['is no operation of openapi.json'];
    if (found.length > 0) {
      const lines = found.map((problem) => `${request.method} ${pathname}: ${problem}`);
      mismatches.push(...lines);
      throw new Error(`The exchange does not match openapi.json:\n  ${lines.join('\n  ')}`);
    }
    return response;
  }
  return Object.assign(validatingFetch, { mismatches });
}
