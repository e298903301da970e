import type { ValidateFunction } from 'ajv/dist/2020.js';
import openapi from '../../src/api/openapi.json' with { type: 'json' };
import type { operations } from '../../src/api/schema.gen';
import { contractSchema } from './contractSchemas';

export type OperationId = keyof operations;

/** One operation of openapi.json, ready to route: the backend's routing table is read from the document. */
export interface ContractOperation {
  operationId: OperationId;
  method: string;
  /** The path template under the server URL, e.g. `/data-sources/{dataSourceId}`. */
  path: string;
  matcher: RegExp;
  parameters: { name: string; validate: ValidateFunction }[];
  /** The request body's validator, when the operation takes a body. */
  validateBody: ValidateFunction | undefined;
  /** The documented success status (201 for a start, 204 for a delete, …). */
  successStatus: number;
}

interface DocumentParameter {
  name: string;
  in: string;
  schema: { $ref: string };
}

interface DocumentOperation {
  operationId: OperationId;
  /** Path parameters are references to components; query parameters are written inline. */
  parameters?: ({ $ref: string } | { name: string; in: 'query' })[];
  requestBody?: { content: Record<string, { schema: { $ref: string } } | undefined> };
  responses: Record<string, unknown>;
}

/** Where the API lives on the backend's origin (`/api/v1`), as the document's server says. */
export const apiBasePath = openapi.servers[0]?.url ?? '/api/v1';

const httpMethods = ['get', 'put', 'post', 'patch', 'delete'] as const;

function resolveParameter(reference: string): DocumentParameter {
  const name = reference.replace('#/components/parameters/', '');
  const parameter = (openapi.components.parameters as Record<string, DocumentParameter | undefined>)[name];
  if (!parameter) throw new Error(`openapi.json has no parameter at ${reference}.`);
  return parameter;
}

function toMatcher(template: string): RegExp {
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`);
}

function toOperation(path: string, method: string, operation: DocumentOperation): ContractOperation {
  const bodySchema = operation.requestBody?.content['application/json']?.schema.$ref;
  const successStatus = Object.keys(operation.responses)
    .map(Number)
    .find((status) => status >= 200 && status < 300);
  if (successStatus === undefined) throw new Error(`${operation.operationId} documents no success response.`);
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    matcher: toMatcher(path),
    parameters: (operation.parameters ?? []).flatMap((reference) => {
      if (!('$ref' in reference)) return [];
      const { $ref } = reference;
      const parameter = resolveParameter($ref);
      return [{ name: parameter.name, validate: contractSchema(parameter.schema.$ref) }];
    }),
    validateBody: bodySchema === undefined ? undefined : contractSchema(bodySchema),
    successStatus,
  };
}

/** Every operation of openapi.json. */
const contractOperations: readonly ContractOperation[] = Object.entries(
  openapi.paths as unknown as Record<string, Partial<Record<(typeof httpMethods)[number], DocumentOperation>>>,
).flatMap(([path, item]) =>
  httpMethods.flatMap((method) => {
    const operation = item[method];
    return operation ? [toOperation(path, method, operation)] : [];
  }),
);

/** The operation answering `method` on `path` (relative to the API base), with its raw path segments. */
export function matchOperation(
  method: string,
  path: string,
): { operation: ContractOperation; segments: string[] } | undefined {
  for (const operation of contractOperations) {
    if (operation.method !== method) continue;
    const match = operation.matcher.exec(path);
    if (match) return { operation, segments: match.slice(1) };
  }
  return undefined;
}
