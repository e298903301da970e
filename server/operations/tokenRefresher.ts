import type { BackendContext } from './OperationHandler';
import { UnreadableGrantError, type GrantKey } from '../store/grantStore';

/** How long before its expiry an access token is renewed: a sweep every minute finds it in time. */
export const refreshMarginMs = 5 * 60 * 1000;

/**
 * How many grants sealed under an older key one sweep seals again: after a rotation (or the
 * upgrade to key ids) a large database moves over in a few sweeps rather than all at once.
 */
export const resealsPerSweep = 500;

/** Keeps every grant's access token valid, refreshing it before it expires. */
export interface TokenRefresher {
  /**
   * A valid access token for the source's grant (refreshed first when it expires within the
   * margin), or undefined when the source has no usable grant: what a sync asks before it calls
   * Stripe.
   */
  accessToken(key: GrantKey): Promise<string | undefined>;
  /**
   * Refreshes every grant that expires within the margin, then seals again under the newest
   * token key every grant sealed under an older one; a timer runs it every minute.
   */
  refreshDue(): Promise<void>;
}

/**
 * In `apps` mode the refresh token rotates: each refresh spends it, and a second refresh with the
 * same one is refused (and would cost the source its access). So one refresh at a time per grant,
 * at two levels:
 * - the grant's lock in the database (`grants.withLock`), which every backend over that database
 *   takes, whatever process it runs in: the refresh reads the grant anew inside it, so one that
 *   waited for another sees the token that one stored, not due any more, and just answers it;
 * - the refreshes under way in this backend, by grant: a caller arriving while one runs waits for
 *   it and gets its token, rather than queueing for the lock to read the grant again.
 * The second saves work; only the first keeps two backends from spending the same refresh token.
 * One grant serves one source, and a account has one source per Stripe account, so this is one
 * refresh at a time per account.
 *
 * A grant no token key opens (its key was taken out of the ring, or the row was altered) can never
 * be used again: its source is marked needs_reauthorization for `token_unreadable`, the grant is
 * dropped and that is logged, once, under the grant's lock (so by one backend only, and the
 * next sweep finds nothing left to report).
 */
export function createTokenRefresher(backend: BackendContext): TokenRefresher {
  const underWay = new Map<string, Promise<string | undefined>>();

  async function markNeedsReauthorization(
    key: GrantKey,
    statusReason: 'refresh_refused' | 'token_unreadable',
    logLine: string,
  ): Promise<undefined> {
    const { grants, dataSources } = backend.store;
    const source = await dataSources.get(key.accountId, key.dataSourceId);
    if (source) {
      await dataSources.update(key.accountId, { ...source, status: 'needs_reauthorization', statusReason });
    }
    await grants.delete(key);
    backend.log(logLine);
    return undefined;
  }

  /** `read` on the grant, or, when no token key opens it, the source marked and the grant dropped. */
  async function whenReadable<T>(key: GrantKey, read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof UnreadableGrantError)) throw error;
      return markNeedsReauthorization(
        key,
        'token_unreadable',
        `${error.message} ${key.dataSourceId} needs re-authorization: its grant is dropped.`,
      );
    }
  }

  async function refresh(key: GrantKey): Promise<string | undefined> {
    const { grants } = backend.store;
    const grant = await whenReadable(key, () => grants.get(key));
    if (!grant) return undefined;
    const due = grant.expiresAt !== null && grant.expiresAt.getTime() - refreshMarginMs <= backend.now().getTime();
    if (!due) return grant.accessToken;

    const answer = await backend.stripe.refresh(grant.refreshToken);
    if (answer.kind === 'granted') {
      // Stored before anyone uses it: the refresh token just spent is worthless from now on.
      await grants.save(key, answer.grant);
      return answer.grant.accessToken;
    }
    if (answer.kind === 'failed') {
      // Stripe could not be asked: the refresh token is still good, the next sweep tries again.
      backend.log(`Could not refresh the access of ${key.dataSourceId}. ${answer.reason}`);
      return undefined;
    }
    return markNeedsReauthorization(
      key,
      'refresh_refused',
      `Stripe refused to refresh the access of ${key.dataSourceId}: ${answer.description}`,
    );
  }

  function accessToken(key: GrantKey): Promise<string | undefined> {
    const id = `${key.accountId}/${key.dataSourceId}`;
    const running = underWay.get(id);
    if (running) return running;
    const started = backend.store.grants.withLock(key, () => refresh(key)).finally(() => underWay.delete(id));
    underWay.set(id, started);
    return started;
  }

  return {
    accessToken,
    async refreshDue() {
      const { grants } = backend.store;
      const due = await grants.expiringBefore(new Date(backend.now().getTime() + refreshMarginMs));
      await Promise.all(due.map((key) => accessToken(key)));
      // After the refreshes, which seal what they store under the newest key anyway.
      const older = await grants.sealedUnderOlderKeys(resealsPerSweep);
      const resealed = await Promise.all(
        older.map((key) => grants.withLock(key, () => whenReadable(key, () => grants.reseal(key)))),
      );
      const count = resealed.filter(Boolean).length;
      if (count > 0) {
        backend.log(`Sealed the Stripe tokens of ${count} data source(s) again under the newest token key.`);
      }
    },
  };
}
