import { Hono } from 'hono';
import { ApiError, logRefusal } from '../operations/ApiError';
import type { Authenticate } from '../operations/Caller';
import { completeAuthorization } from '../operations/completeAuthorization';
import { deleteDataSource } from '../operations/deleteDataSource';
import { listDataSources } from '../operations/listDataSources';
import { listIntegrations } from '../operations/listIntegrations';
import type { BackendContext, OperationHandler } from '../operations/OperationHandler';
import { startAuthorization } from '../operations/startAuthorization';
import { startReauthorization } from '../operations/startReauthorization';
import { contractOperations, type ContractOperation, type OperationId } from './contractOperations';
import { jsonResponse } from './jsonResponse';
import { readValidJsonBody } from './readJsonBody';

// A mapped type over openapi.json's operation ids: an operation without a handler does not compile.
const handlers: { [Id in OperationId]: OperationHandler } = {
  listIntegrations,
  listDataSources,
  startAuthorization,
  startReauthorization,
  completeAuthorization,
  deleteDataSource,
};

/**
 * One route per operation of openapi.json. Each asks the host who is calling before anything
 * else (401 for nobody, 403 for anyone but an administrator), then checks the path parameters
 * and the body against the document's schemas (400), then runs the operation. A refusal answers
 * its code's fixed message (errorMessages); what caused it goes to the backend's log.
 */
export function contractRoutes({
  authenticate,
  context,
}: {
  authenticate: Authenticate;
  context: Promise<BackendContext>;
}): Hono {
  const routes = new Hono();
  const serve = (operation: ContractOperation) =>
    routes.on(operation.method, operation.routePath, async (c) => {
      const caller = await authenticate(c.req.raw);
      if (!caller) throw new ApiError(401, 'unauthenticated');
      if (caller.role !== 'admin') throw new ApiError(403, 'forbidden');
      const backend = await context;
      try {
        // The router decodes the segments; one that is not valid percent-encoding stays as sent,
        // and no Id schema takes a `%`.
        const params: Record<string, string> = {};
        for (const { name, validate } of operation.parameters) {
          const value = c.req.param(name) ?? '';
          if (!validate(value)) throw new ApiError(400, 'invalid_request', `The path's ${name} is not a valid id.`);
          params[name] = value;
        }
        const body = operation.validateBody ? await readValidJsonBody(c.req.raw, operation.validateBody) : undefined;
        const query = new URL(c.req.url).searchParams;
        const result = await handlers[operation.operationId]({ caller, params, query, body, backend });
        return result === undefined
          ? new Response(null, { status: operation.successStatus })
          : jsonResponse(operation.successStatus, result);
      } catch (error) {
        // The answer carries only the code's fixed message; why it was refused goes to the log.
        logRefusal(backend.log, error);
        throw error;
      }
    });
  contractOperations.forEach(serve);
  return routes;
}
