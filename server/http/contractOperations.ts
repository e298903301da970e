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
  /** The same path as the router writes it, e.g. `/data-sources/:dataSourceId`. */
  routePath: string;
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

/** Where the API lives on the server's origin by default (`/api/v1`), as the document's server says. */
export const apiBasePath = openapi.servers[0]?.url ?? '/api/v1';

const httpMethods = ['get', 'put', 'post', 'patch', 'delete'] as const;

function resolveParameter(reference: string): DocumentParameter {
  const name = reference.replace('#/components/parameters/', '');
  const parameter = (openapi.components.parameters as Record<string, DocumentParameter | undefined>)[name];
  if (!parameter) throw new Error(`openapi.json has no parameter at ${reference}.`);
  return parameter;
}

/** `{name}` becomes the router's `:name`; the document's paths have no other special characters. */
function toRoutePath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
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
    routePath: toRoutePath(path),
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

/** Every operation of openapi.json, from which the server's routes are made. */
export const contractOperations: readonly ContractOperation[] = Object.entries(
  openapi.paths as unknown as Record<string, Partial<Record<(typeof httpMethods)[number], DocumentOperation>>>,
).flatMap(([path, item]) =>
  httpMethods.flatMap((method) => {
    const operation = item[method];
    return operation ? [toOperation(path, method, operation)] : [];
  }),
);
