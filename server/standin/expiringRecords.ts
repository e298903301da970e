import { randomToken } from '../common/randomToken';

/** A kept record: its value (which its owner may change in place) and whether its lifetime is over. */
export interface FoundRecord<T> {
  value: T;
  expired: boolean;
}

/**
 * Values each stored under an unguessable token, living `lifetimeMs`, in memory: the stand-in's
 * codes, tokens and pending consent requests (the backend keeps its `state`s in its database).
 */
export interface ExpiringRecords<T> {
  issue(value: T): { token: string; expiresAt: Date };
  /** The record of `token`, expired or not, or undefined once it is dropped. */
  find(token: string): FoundRecord<T> | undefined;
}

export interface ExpiringRecordsOptions {
  lifetimeMs: number;
  now: () => Date;
  /**
   * How many records are kept at most; past it the oldest goes, so that a client issuing in a
   * loop cannot grow the memory without bound.
   */
  maxRecords: number;
  /** What every token starts with, as Stripe's `ac_` codes do. @default '' */
  prefix?: string;
}

interface StoredRecord<T> {
  value: T;
  expiresAt: number;
}

export function createExpiringRecords<T>({
  lifetimeMs,
  now,
  maxRecords,
  prefix = '',
}: ExpiringRecordsOptions): ExpiringRecords<T> {
  // A Map iterates in insertion order, and every record lives as long: the first key is the oldest.
  const records = new Map<string, StoredRecord<T>>();

  return {
    issue(value) {
      const issuedAt = now().getTime();
      // An expired record is kept one more lifetime, so that a late attempt is told what
      // happened (expired, used) rather than "unknown"; after that it goes.
      for (const [token, record] of records) {
        if (record.expiresAt + lifetimeMs > issuedAt && records.size < maxRecords) break;
        records.delete(token);
      }
      // 32 bytes: twice the 128 bits RFC 6749 §10.10 asks of a value an attacker must not guess.
      const token = `${prefix}${randomToken(32)}`;
      const expiresAt = issuedAt + lifetimeMs;
      records.set(token, { value, expiresAt });
      return { token, expiresAt: new Date(expiresAt) };
    },

    find(token) {
      const record = records.get(token);
      return record && { value: record.value, expired: record.expiresAt <= now().getTime() };
    },
  };
}
