import { randomToken } from '../common/randomToken';
import type { ExpiringRecordsOptions } from './expiringRecords';
import { createSingleUseTokens, type SingleUseTokens, type TokenCheck } from './singleUseTokens';

/**
 * Single-use tokens kept per client (clientOf.ts): a client issuing in a loop pushes out only its
 * own oldest, never another's. Checking a token needs no client: the user may go on from another
 * address than the one that opened the request.
 */
export interface PerClientTokens<T> {
  issue(client: string, value: T): { token: string; expiresAt: Date };
  /** Checks a token without using it up. */
  peek(token: string): TokenCheck<T>;
  /** Checks a token and uses it up, whatever the outcome. */
  consume(token: string): TokenCheck<T>;
}

export interface PerClientTokensOptions extends Omit<ExpiringRecordsOptions, 'prefix'> {
  /**
   * How many clients are kept; past it the one that issued least recently goes, with its tokens.
   * With `maxRecords` (each client's), this bounds the memory.
   */
  maxClients: number;
}

interface Share<T> {
  id: string;
  tokens: SingleUseTokens<T>;
}

export function createPerClientTokens<T>({ maxClients, ...options }: PerClientTokensOptions): PerClientTokens<T> {
  // By client; a Map iterates in insertion order and a client is re-inserted at each issue, so
  // the first is the least recent.
  const shares = new Map<string, Share<T>>();
  // Every token starts with its share's random id and a dot (base64url has none), which says
  // where to look it up without an index of every token to keep bounded too.
  const byId = new Map<string, SingleUseTokens<T>>();

  function shareOf(client: string): Share<T> {
    let share = shares.get(client);
    if (share) shares.delete(client);
    else {
      for (const [oldest, { id }] of shares) {
        if (shares.size < maxClients) break;
        shares.delete(oldest);
        byId.delete(id);
      }
      const id = `${randomToken(9)}.`;
      share = { id, tokens: createSingleUseTokens<T>({ ...options, prefix: id }) };
      byId.set(id, share.tokens);
    }
    shares.set(client, share);
    return share;
  }

  const tokensOf = (token: string) => byId.get(token.slice(0, token.indexOf('.') + 1));

  return {
    issue: (client, value) => shareOf(client).tokens.issue(value),
    peek: (token) => tokensOf(token)?.peek(token) ?? { kind: 'unknown' },
    consume: (token) => tokensOf(token)?.consume(token) ?? { kind: 'unknown' },
  };
}
