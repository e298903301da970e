import type { ConnectionsApi } from '../../../src/api/ConnectionsApi';
import { createHttpConnectionsApi } from '../../../src/api/createHttpConnectionsApi';
import type { Role } from '../../../src/context/Role';
import { createValidatingFetch } from '../../support/openapi';
import { createCookieFetch, type CookieFetch } from './cookieFetch';

export interface RawAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or undefined when there is none. */
  body: unknown;
  text: string;
}

export interface RawRequest {
  /** Sent as JSON with `Content-Type: application/json`. */
  json?: unknown;
  /** Sent as is, with `contentType`. */
  text?: string;
  contentType?: string;
}

/** One browser's view of the backend: its cookie jar, raw requests, and the package's HTTP client. */
export interface BackendClient {
  fetch: CookieFetch;
  /** Every answer this client received, as text, for checks across a whole flow. */
  received: string[];
  /** A request to `path` under `/api/v1`, its answer read. */
  request(method: string, path: string, body?: RawRequest): Promise<RawAnswer>;
  /** Signs in (or changes role) through the demo's session endpoint. */
  signIn(role: Role): Promise<RawAnswer>;
  /** `createHttpConnectionsApi` over this client, every exchange checked against openapi.json. */
  api: ConnectionsApi;
}

export function createBackendClient(backendUrl: string): BackendClient {
  const cookieFetch = createCookieFetch();
  const received: string[] = [];

  const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await cookieFetch(input, init);
    received.push(`${[...response.headers].join('\n')}\n\n${await response.clone().text()}`);
    return response;
  };

  async function request(method: string, path: string, body: RawRequest = {}): Promise<RawAnswer> {
    const headers = new Headers();
    let payload: string | undefined = body.text;
    if (body.json !== undefined) payload = JSON.stringify(body.json);
    const contentType = body.contentType ?? (body.json !== undefined ? 'application/json' : undefined);
    if (contentType) headers.set('Content-Type', contentType);
    const response = await recordingFetch(`${backendUrl}/api/v1${path}`, { method, headers, body: payload });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
  }

  return {
    fetch: cookieFetch,
    received,
    request,
    signIn: (role) => request('POST', '/session', { json: { role } }),
    api: createHttpConnectionsApi({ baseUrl: `${backendUrl}/api/v1`, fetch: createValidatingFetch(recordingFetch) }),
  };
}

/** A client already signed in as `role`. */
export async function signedInClient(backendUrl: string, role: Role = 'admin'): Promise<BackendClient> {
  const client = createBackendClient(backendUrl);
  const answer = await client.signIn(role);
  if (answer.status !== 204) throw new Error(`Signing in as ${role} answered ${answer.status}: ${answer.text}`);
  return client;
}
