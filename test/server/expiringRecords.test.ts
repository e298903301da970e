import { createExpiringRecords } from '../../server/standin/expiringRecords';
import { createTestClock } from './support/testClock';

const lifetimeMs = 60_000;

function records(maxRecords = 10) {
  const clock = createTestClock();
  return { clock, store: createExpiringRecords<string>({ lifetimeMs, now: clock.now, maxRecords }) };
}

it('finds a record until one lifetime after it expired, saying when it has', () => {
  const { clock, store } = records();
  const { token, expiresAt } = store.issue('a');
  expect(expiresAt).toEqual(new Date(clock.now().getTime() + lifetimeMs));
  clock.advance(lifetimeMs - 1);
  expect(store.find(token)).toEqual({ value: 'a', expired: false });
  clock.advance(1);
  expect(store.find(token)).toEqual({ value: 'a', expired: true });
});

it('drops the records past that when another is issued', () => {
  const { clock, store } = records();
  const old = store.issue('old').token;
  clock.advance(lifetimeMs);
  const expired = store.issue('expired').token;
  clock.advance(lifetimeMs);
  store.issue('new');
  expect(store.find(old)).toBeUndefined();
  expect(store.find(expired)).toEqual({ value: 'expired', expired: true });
});

it('keeps at most maxRecords, dropping the oldest', () => {
  const { store } = records(3);
  const tokens = ['a', 'b', 'c', 'd', 'e'].map((value) => store.issue(value).token);
  expect(tokens.map((token) => store.find(token)?.value)).toEqual([undefined, undefined, 'c', 'd', 'e']);
});

it('makes tokens of 256 random bits behind the prefix', () => {
  const store = createExpiringRecords<string>({ lifetimeMs, now: () => new Date(), maxRecords: 10, prefix: 'ac_' });
  const { token } = store.issue('a');
  expect(token).toMatch(/^ac_[A-Za-z0-9_-]{43}$/);
  expect(store.issue('b').token).not.toBe(token);
});
