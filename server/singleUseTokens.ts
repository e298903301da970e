import { randomToken } from './randomToken';

export type TokenCheck<T> =
  | { kind: 'valid'; value: T }
  | { kind: 'unknown' }
  | { kind: 'used'; value: T }
  | { kind: 'expired'; value: T };

/**
 * Unguessable, expiring, single-use tokens each standing for a value: the backend's OAuth `state`,
 * the stand-in's authorization codes and its pending consent requests.
 */
export interface SingleUseTokens<T> {
  issue(value: T): { token: string; expiresAt: Date };
  /** Checks a token without using it up. */
  peek(token: string): TokenCheck<T>;
  /** Checks a token and uses it up, whatever the outcome: a second attempt is always `used`. */
  consume(token: string): TokenCheck<T>;
}

export interface SingleUseTokensOptions {
  lifetimeMs: number;
  now: () => Date;
  /** What every token starts with, as Stripe's `ac_` codes do. @default '' */
  prefix?: string;
}

interface TokenRecord<T> {
  value: T;
  expiresAt: number;
  used: boolean;
}

export function createSingleUseTokens<T>({ lifetimeMs, now, prefix = '' }: SingleUseTokensOptions): SingleUseTokens<T> {
  const records = new Map<string, TokenRecord<T>>();

  // Used and expired records are kept one more lifetime so that a replay is told `used` or
  // `expired` (saying what happened) rather than `unknown`; after that they go.
  function prune(at: number) {
    for (const [token, record] of records) {
      if (record.expiresAt + lifetimeMs <= at) records.delete(token);
    }
  }

  function check(token: string): TokenCheck<T> {
    const record = records.get(token);
    if (!record) return { kind: 'unknown' };
    if (record.used) return { kind: 'used', value: record.value };
    if (record.expiresAt <= now().getTime()) return { kind: 'expired', value: record.value };
    return { kind: 'valid', value: record.value };
  }

  return {
    issue(value) {
      const issuedAt = now().getTime();
      prune(issuedAt);
      // 32 bytes: twice the 128 bits RFC 6749 §10.10 asks of a value an attacker must not guess.
      const token = `${prefix}${randomToken(32)}`;
      const expiresAt = issuedAt + lifetimeMs;
      records.set(token, { value, expiresAt, used: false });
      return { token, expiresAt: new Date(expiresAt) };
    },

    peek: check,

    consume(token) {
      const result = check(token);
      const record = records.get(token);
      if (record) record.used = true;
      return result;
    },
  };
}
