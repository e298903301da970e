import type { ConnectionsApi, RequestOptions } from './ConnectionsApi';
import { ConnectionsApiError, type ConnectionsApiErrorKind } from './ConnectionsApiError';
import { dataSourceQueryString } from './dataSourceQueryString';
import { decodeAnswer } from './decodeAnswer';
import {
  decodeAuthorizationResult,
  decodeAuthorizationStart,
  decodeDataSourceList,
  decodeIntegrationList,
  readErrorBody,
} from './decoders';

export interface HttpConnectionsApiOptions {
  /**
   * Where the contract's paths live: `/api/v1` on the page's own origin, or an absolute URL
   * such as `https://api.example.com/api/v1`. A trailing slash is ignored.
   */
  baseUrl: string;
  /**
   * The `fetch` to send requests with, e.g. one that adds tracing.
   * @default the global `fetch`
   */
  fetch?: typeof fetch;
  /**
   * Headers for every request, such as a CSRF token. A function is called before each request,
   * so a token that changes is always current.
   */
  headers?: HeadersInit | (() => HeadersInit);
  /**
   * Whether the session cookie goes with each request; a backend on another origin needs `'include'`.
   * @default 'same-origin'
   */
  credentials?: RequestCredentials;
  /**
   * How long a request may take, reading the answer included, before it fails with kind `timeout`.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * The largest answer the client reads, in bytes. A bigger one is not held in memory: reading
   * stops there, and the call fails with kind `invalid_response` (an error status keeps its own
   * kind). The contract's largest answer, a long list of data sources, stays far below it.
   * @default 4194304 (4 MiB)
   */
  maxAnswerBytes?: number;
}

type Method = 'GET' | 'POST' | 'DELETE';

interface Answer {
  label: string;
  status: number;
  text: string;
}

/** What came back, `text` undefined when the body was larger than the client reads. */
type Exchanged = Omit<Answer, 'text'> & { text: string | undefined };

const kindByStatus: Partial<Record<number, ConnectionsApiErrorKind>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'bad_request',
  429: 'rate_limited',
};

function kindOfStatus(status: number): ConnectionsApiErrorKind {
  if (status >= 500) return 'server';
  return kindByStatus[status] ?? (status >= 400 ? 'bad_request' : 'invalid_response');
}

/** An id as one path segment; `.` and `..` are refused, since the URL parser would resolve them to another endpoint. */
function segment(id: string): string {
  if (id === '' || id === '.' || id === '..') {
    throw new ConnectionsApiError('bad_request', `"${id}" is not an id.`, { code: 'invalid_request' });
  }
  return encodeURIComponent(id);
}

/** Settles as soon as `signal` aborts, even with a `fetch` that ignores its signal. */
function unlessAborted<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });
}

/**
 * The body as text, or undefined as soon as it is longer than `limit` bytes: the rest is never
 * read, so a runaway answer costs at most `limit` bytes of memory.
 */
async function readText(response: Response, limit: number): Promise<string | undefined> {
  if (Number(response.headers.get('Content-Length')) > limit) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  // No stream: an empty body (204), or a host's fetch polyfill that has none to offer.
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

function decode<T>(answer: Answer, decodeBody: (body: unknown) => T): T {
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch (error) {
    throw new ConnectionsApiError(
      'invalid_response',
      `${answer.label} answered ${answer.status} with a body that is not JSON.`,
      {
        status: answer.status,
        cause: error,
      },
    );
  }
  return decodeAnswer(decodeBody, body, `${answer.label} answered ${answer.status}`, answer.status);
}

/**
 * A `ConnectionsApi` that speaks the REST contract of openapi.json over `fetch`. Every answer
 * is checked against the contract, and every failure (no answer, an error status, an answer
 * of the wrong shape) rejects with a `ConnectionsApiError`.
 */
export function createHttpConnectionsApi(options: HttpConnectionsApiOptions): ConnectionsApi {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const credentials = options.credentials ?? 'same-origin';
  const timeoutMs = options.timeoutMs ?? 15000;
  const maxAnswerBytes = options.maxAnswerBytes ?? 4 * 1024 * 1024;

  async function exchange(
    method: Method,
    path: string,
    signal: AbortSignal | undefined,
    body?: object,
  ): Promise<Exchanged> {
    // The query string stays out of messages: it may hold what the admin typed in a search box.
    const label = `${method} ${path.replace(/\?.*/, '')}`;
    if (signal?.aborted) throw new ConnectionsApiError('aborted', `${label} was aborted.`);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const abort = () => controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      return await unlessAborted(
        controller.signal,
        (async () => {
          const headers = new Headers(typeof options.headers === 'function' ? options.headers() : options.headers);
          headers.set('Accept', 'application/json');
          if (body) headers.set('Content-Type', 'application/json');
          // Looked up per call, so a fetch the host installs or patches later is used.
          const send = options.fetch ?? globalThis.fetch;
          const response = await send(`${baseUrl}${path}`, {
            method,
            headers,
            credentials,
            body: body && JSON.stringify(body),
            signal: controller.signal,
          });
          return { label, status: response.status, text: await readText(response, maxAnswerBytes) };
        })(),
      );
    } catch (error) {
      if (signal?.aborted) throw new ConnectionsApiError('aborted', `${label} was aborted.`, { cause: error });
      if (timedOut)
        throw new ConnectionsApiError('timeout', `${label} got no answer within ${timeoutMs} ms.`, { cause: error });
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConnectionsApiError('network', `${label} got no answer: ${reason}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  }

  async function request(
    method: Method,
    path: string,
    requestOptions: RequestOptions | undefined,
    body?: object,
  ): Promise<Answer> {
    const { text, ...exchanged } = await exchange(method, path, requestOptions?.signal, body);
    const succeeded = exchanged.status >= 200 && exchanged.status <= 299;
    if (text === undefined && succeeded) {
      throw new ConnectionsApiError(
        'invalid_response',
        `${exchanged.label} answered ${exchanged.status} with a body larger than ${maxAnswerBytes} bytes.`,
        { status: exchanged.status },
      );
    }
    // An error status says enough without its body, when the body is too large to read.
    const answer = { ...exchanged, text: text ?? '' };
    if (succeeded) return answer;
    const { code, message } = readErrorBody(answer.text);
    throw new ConnectionsApiError(
      kindOfStatus(answer.status),
      `${answer.label} answered ${answer.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : '.'}`,
      { status: answer.status, code },
    );
  }

  return {
    async listIntegrations(requestOptions) {
      const answer = await request('GET', '/integrations', requestOptions);
      return decode(answer, decodeIntegrationList).integrations;
    },

    async listDataSources(query = {}, requestOptions) {
      const answer = await request('GET', `/data-sources${dataSourceQueryString(query)}`, requestOptions);
      return decode(answer, decodeDataSourceList);
    },

    async startAuthorization({ integrationId, redirectUri }, requestOptions) {
      const path = `/integrations/${segment(integrationId)}/authorizations`;
      return decode(await request('POST', path, requestOptions, { redirectUri }), decodeAuthorizationStart);
    },

    async startReauthorization({ dataSourceId, redirectUri }, requestOptions) {
      const path = `/data-sources/${segment(dataSourceId)}/reauthorizations`;
      return decode(await request('POST', path, requestOptions, { redirectUri }), decodeAuthorizationStart);
    },

    async completeAuthorization(completion, requestOptions) {
      // Only the documented fields, whatever else the caller's object carries.
      const body =
        'error' in completion
          ? { state: completion.state, error: completion.error, errorDescription: completion.errorDescription }
          : { state: completion.state, code: completion.code };
      const answer = await request('POST', '/authorizations/complete', requestOptions, body);
      return decode(answer, decodeAuthorizationResult).dataSource;
    },

    async deleteDataSource({ dataSourceId }, requestOptions) {
      await request('DELETE', `/data-sources/${segment(dataSourceId)}`, requestOptions);
    },
  };
}
