import { createSingleUseTokens, type SingleUseTokens } from '../singleUseTokens';

/** How long a started authorization may be completed. */
const authorizationLifetimeMs = 10 * 60 * 1000;

/** What a `state` was issued for. */
export interface AuthorizationTarget {
  integrationId: string;
  /** The source a re-authorization updates; undefined when a new source is being connected. */
  dataSourceId: string | undefined;
  /**
   * Where the authorization sends the browser back. Stripe's token endpoint does not ask for it;
   * a provider following RFC 6749 §4.1.3 strictly would, with the code.
   */
  redirectUri: string;
}

/**
 * One session's OAuth `state` values: unguessable, single use, expiring after ten minutes. Each
 * session has its own, which is what binds a state to the session that started it: another
 * session's state is simply unknown here.
 */
export type AuthorizationStates = SingleUseTokens<AuthorizationTarget>;

export function createAuthorizationStates(now: () => Date): AuthorizationStates {
  return createSingleUseTokens({ lifetimeMs: authorizationLifetimeMs, now });
}
