import type { ConnectionsApi, ConnectionsApiErrorKind } from 'connections-widget';

/** A `ConnectionsApi` call, its arguments without the request options (an AbortSignal cannot be posted). */
export interface BackendCall {
  id: number;
  method: keyof ConnectionsApi;
  args: unknown[];
}

/** What the page posts to the backend worker: build the backend over `count` sources, a call, or a call's cancellation. */
export type BackendRequest = { count: number } | BackendCall | { cancel: number };

/** An error as it crosses to the page: a `ConnectionsApiError`'s fields, which structured cloning would drop. */
export interface PostedError {
  name: string;
  message: string;
  kind?: ConnectionsApiErrorKind;
  status?: number;
  code?: string;
}

/** What the backend worker posts back: ready for calls, or a call's answer. */
export type BackendAnswer = { ready: true } | { id: number; value: unknown } | { id: number; error: PostedError };
