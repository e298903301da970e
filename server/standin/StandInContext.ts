import type { Context } from 'hono';
import type { ExpiringRecords } from './expiringRecords';
import type { PerClientTokens } from './perClientTokens';
import type { SingleUseTokens } from './singleUseTokens';

/**
 * Which flow a request or code belongs to: Connect OAuth (`read_only`, `read_write`) or a Stripe
 * App's install link (`stripe_apps`, the scope Stripe gives an app's tokens).
 */
export type GrantScope = 'read_only' | 'read_write' | 'stripe_apps';

/** An authorize request waiting for the user's decision; the pages carry only its opaque id. */
export interface PendingRequest {
  redirectUri: string;
  state: string | undefined;
  scope: GrantScope;
}

/** What an authorization code, or a refresh token, stands for. */
export interface IssuedCode {
  stripeUserId: string;
  scope: string;
}

/** A Stripe account the demo user may pick on the install page. */
export interface StandInAccount {
  id: string;
  name: string;
}

/** Where the stand-in sends events (the backend's webhook endpoint), and the secret it signs them with. */
export interface WebhookEndpoint {
  /** Unknown until the backend listens; events are not sent before. */
  url: string | undefined;
  secret: string;
}

/** The stand-in's configuration and memory, shared by its routes. */
export interface StandInContext {
  clientId: string;
  secretKey: string;
  platformName: string;
  redirectUris: readonly string[];
  /** The id of the demo account, the one that signs in (Connect) and the first offered (apps). */
  stripeUserId: string;
  /** The accounts the install page offers. */
  accounts: readonly StandInAccount[];
  /** Kept per client, so that one client opening the authorize page in a loop ends only its own. */
  pendingRequests: PerClientTokens<PendingRequest>;
  codes: SingleUseTokens<IssuedCode>;
  /** Refresh tokens, spent by each refresh: a new one comes with every answer (rotation). */
  refreshTokens: SingleUseTokens<IssuedCode>;
  /** Access tokens, each valid for an hour (the apps flow's; Connect's do not expire). */
  accessTokens: ExpiringRecords<IssuedCode>;
  /** The accounts connected to the platform, by stripe_user_id: a token exchange connects, deauthorize disconnects. */
  connectedAccounts: Set<string>;
  webhook: WebhookEndpoint;
  /** What the installs page's form tokens are derived with (formToken.ts); this instance's own, random. */
  formTokenSecret: Buffer;
  now: () => Date;
}

/** A route's handler: the request's Hono context, the stand-in's, and its answer. */
export type StandInRoute = (c: Context, context: StandInContext) => Response | Promise<Response>;
