import { createExpiringRecords, type ExpiringRecordsOptions } from './expiringRecords';

export type TokenCheck<T> =
  { kind: 'valid'; value: T } | { kind: 'unknown' } | { kind: 'used'; value: T } | { kind: 'expired'; value: T };

/** Unguessable, expiring, single-use tokens each standing for a value: the stand-in's codes and consent requests. */
export interface SingleUseTokens<T> {
  issue(value: T): { token: string; expiresAt: Date };
  /** Checks a token without using it up. */
  peek(token: string): TokenCheck<T>;
  /** Checks a token and uses it up, whatever the outcome: a second attempt is always `used`. */
  consume(token: string): TokenCheck<T>;
}

export function createSingleUseTokens<T>(options: ExpiringRecordsOptions): SingleUseTokens<T> {
  const records = createExpiringRecords<{ value: T; used: boolean }>(options);

  function check(token: string): TokenCheck<T> {
    const record = records.find(token);
    if (!record) return { kind: 'unknown' };
    const { value, used } = record.value;
    if (used) return { kind: 'used', value };
    return record.expired ? { kind: 'expired', value } : { kind: 'valid', value };
  }

  return {
    issue: (value) => records.issue({ value, used: false }),

    peek: check,

    consume(token) {
      const result = check(token);
      const record = records.find(token);
      if (record) record.value.used = true;
      return result;
    },
  };
}
