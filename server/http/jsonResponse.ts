import type { KnownErrorCode } from '../../src/api/contractLists';

/** A JSON answer; the middleware adds the headers every answer carries (no-store, nosniff, …). */
export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  const response = new Response(JSON.stringify(body), { status, headers });
  response.headers.set('Content-Type', 'application/json; charset=utf-8');
  return response;
}

/** The contract's error body, `{ error: { code, message } }`. */
export function errorResponse(status: number, code: KnownErrorCode, message: string): Response {
  return jsonResponse(status, { error: { code, message } });
}
