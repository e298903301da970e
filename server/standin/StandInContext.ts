import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SingleUseTokens } from '../singleUseTokens';

/** An authorize request waiting for the user's decision; the pages carry only its opaque id. */
export interface PendingRequest {
  redirectUri: string;
  state: string | undefined;
  scope: 'read_only' | 'read_write';
}

/** What an authorization code stands for until the platform exchanges it. */
export interface IssuedCode {
  stripeUserId: string;
  scope: string;
}

/** The stand-in's configuration and memory, shared by its routes. */
export interface StandInContext {
  clientId: string;
  secretKey: string;
  platformName: string;
  redirectUris: readonly string[];
  /** The id of the demo account, the one that signs in. */
  stripeUserId: string;
  pendingRequests: SingleUseTokens<PendingRequest>;
  codes: SingleUseTokens<IssuedCode>;
  /** The accounts connected to the platform, by stripe_user_id: a token exchange connects, deauthorize disconnects. */
  connectedAccounts: Set<string>;
}

export type StandInRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: StandInContext,
) => Promise<void> | void;
