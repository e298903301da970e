import type { DataSource, Integration } from '../../src/api/types';
import type { PageCursors } from './pageCursor';
import type { Caller } from './Caller';
import type { Store } from '../store/Store';
import type { StripeClient } from '../stripe/stripeClient';

/** What every operation may use beyond the request: the backend's configuration, store and clock. */
export interface BackendContext {
  stripe: StripeClient;
  /** The redirect URIs registered with Stripe; any other is refused, compared exactly. */
  redirectUris: ReadonlySet<string>;
  integrations: readonly Integration[];
  /** Every account's data: a Stripe account's connection is shared by all the sources that read it. */
  store: Store;
  cursors: PageCursors;
  /**
   * The code exchanges under way in this process, by authorization key: a repeat of a completion
   * waits for the same outcome instead of sending the code to Stripe again.
   */
  exchanges: Map<string, { codeHash: string; outcome: Promise<DataSource> }>;
  now: () => Date;
  /** Where problems nobody is waiting for (a failed revocation) are reported. */
  log: (message: string) => void;
}

export interface OperationContext {
  /** Who is asking, as the host's `authenticate` said; operations only run for an administrator. */
  caller: Caller;
  /** The path parameters, decoded and valid against their schema. */
  params: Record<string, string>;
  /** The query string's parameters, for the operation to check (only the list takes any). */
  query: URLSearchParams;
  /** The request body, valid against the operation's schema (undefined when it takes none). */
  body: unknown;
  backend: BackendContext;
}

/** Runs one operation of openapi.json: answers its success body, or throws an `ApiError`. */
export type OperationHandler = (context: OperationContext) => Promise<object | undefined> | object | undefined;
