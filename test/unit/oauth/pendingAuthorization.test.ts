import { pendingAuthorization, type PendingAuthorization } from '../../../src/oauth/pendingAuthorization';

const storageKey = 'connections-widget:pending-authorizations';
const now = Date.parse('2026-11-26T12:00:00Z');
const record: PendingAuthorization = { integrationId: 'stripe', startedAt: now, expiresAt: now + 600_000 };

describe('pendingAuthorization', () => {
  it('keeps a record per state until it is removed', () => {
    pendingAuthorization.save('state-a', record, now);
    pendingAuthorization.save('state-b', { ...record, dataSourceId: 'ds_1' }, now);

    expect(pendingAuthorization.read('state-a')).toEqual(record);
    expect(pendingAuthorization.read('state-b')).toEqual({ ...record, dataSourceId: 'ds_1' });
    pendingAuthorization.remove('state-a');
    expect(pendingAuthorization.read('state-a')).toBeUndefined();
    expect(pendingAuthorization.read('state-b')).toBeDefined();
  });

  it('knows no state it was not given, including names of Object.prototype', () => {
    pendingAuthorization.save('state-a', record, now);
    expect(pendingAuthorization.read('state-z')).toBeUndefined();
    expect(pendingAuthorization.read('constructor')).toBeUndefined();
    expect(pendingAuthorization.read('__proto__')).toBeUndefined();
  });

  it('drops records started more than a day ago by this browser’s clock when it saves a new one', () => {
    const dayMs = 24 * 60 * 60 * 1000;
    pendingAuthorization.save('abandoned', { ...record, startedAt: now - dayMs - 1 }, now - dayMs - 1);
    pendingAuthorization.save('recent', { ...record, startedAt: now - dayMs + 60_000 }, now - dayMs + 60_000);
    pendingAuthorization.save('new', record, now);
    expect(pendingAuthorization.read('abandoned')).toBeUndefined();
    expect(pendingAuthorization.read('recent')).toBeDefined();
    expect(pendingAuthorization.read('new')).toEqual(record);
  });

  it('keeps a live record whose backend expiry looks past to a clock running fast', () => {
    // The backend said "expires in ten minutes"; this browser's clock is fifteen minutes ahead of it.
    const fastNow = now + 15 * 60_000;
    pendingAuthorization.save('live', { ...record, startedAt: fastNow }, fastNow);
    pendingAuthorization.save('another', { ...record, startedAt: fastNow + 1000 }, fastNow + 1000);
    expect(pendingAuthorization.read('live')).toEqual({ ...record, startedAt: fastNow });
  });

  it.each([
    ['not JSON', '{not json'],
    ['JSON of the wrong type', '[1,2,3]'],
    ['null', 'null'],
  ])('reads garbled storage (%s) as empty and can write again', (_, stored) => {
    sessionStorage.setItem(storageKey, stored);
    expect(pendingAuthorization.read('state-a')).toBeUndefined();
    pendingAuthorization.save('state-a', record, now);
    expect(pendingAuthorization.read('state-a')).toEqual(record);
  });

  it('ignores tampered records that lack or mistype a field', () => {
    sessionStorage.setItem(
      storageKey,
      JSON.stringify({
        noIntegration: { startedAt: now, expiresAt: now + 1 },
        textExpiry: { integrationId: 'stripe', startedAt: now, expiresAt: 'tomorrow' },
        numericSource: { integrationId: 'stripe', dataSourceId: 7, startedAt: now, expiresAt: now + 1 },
        good: record,
      }),
    );
    expect(pendingAuthorization.read('noIntegration')).toBeUndefined();
    expect(pendingAuthorization.read('textExpiry')).toBeUndefined();
    expect(pendingAuthorization.read('numericSource')).toBeUndefined();
    expect(pendingAuthorization.read('good')).toEqual(record);
  });

  it('says so when the storage refuses to write, without throwing', () => {
    expect(pendingAuthorization.save('state-a', record, now)).toBe(true);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      expect(pendingAuthorization.save('state-b', record, now)).toBe(false);
      expect(() => pendingAuthorization.markCompleted('state-b')).not.toThrow();
      expect(pendingAuthorization.read('state-b')).toBeUndefined();
    } finally {
      setItem.mockRestore();
    }
  });

  it('says so when the storage accepts a write but does not keep it', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {});
    try {
      expect(pendingAuthorization.save('state-a', record, now)).toBe(false);
    } finally {
      setItem.mockRestore();
    }
  });

  it('remembers a refusal with its flow, and forgets the pending record', () => {
    pendingAuthorization.save('state-a', { ...record, dataSourceId: 'ds_1' }, now);
    pendingAuthorization.markRefused('state-a', {
      reason: 'used',
      flow: { ...record, dataSourceId: 'ds_1' },
      connectedName: 'Stripe',
    });

    expect(pendingAuthorization.read('state-a')).toBeUndefined();
    expect(pendingAuthorization.refusal('state-a')).toEqual({
      reason: 'used',
      flow: { ...record, dataSourceId: 'ds_1' },
      connectedName: 'Stripe',
    });
    expect(pendingAuthorization.refusal('state-b')).toBeUndefined();
  });

  it('ignores stored refusals of an unknown reason or without a flow', () => {
    sessionStorage.setItem(
      'connections-widget:refused-authorizations',
      JSON.stringify([
        { state: 'unknown-reason', reason: 'toString', flow: record },
        { state: 'no-flow', reason: 'denied' },
        { state: 'good', reason: 'denied', flow: record },
      ]),
    );
    expect(pendingAuthorization.refusal('unknown-reason')).toBeUndefined();
    expect(pendingAuthorization.refusal('no-flow')).toBeUndefined();
    expect(pendingAuthorization.refusal('good')).toEqual({ reason: 'denied', flow: record });
  });

  it('remembers completed states, the most recent twenty', () => {
    expect(pendingAuthorization.wasCompleted('state-a')).toBe(false);
    pendingAuthorization.markCompleted('state-a');
    expect(pendingAuthorization.wasCompleted('state-a')).toBe(true);

    for (let index = 0; index < 20; index += 1) pendingAuthorization.markCompleted(`later-${index}`);
    expect(pendingAuthorization.wasCompleted('state-a')).toBe(false);
    expect(pendingAuthorization.wasCompleted('later-19')).toBe(true);
  });

  it('reads a garbled list of completed states as empty', () => {
    sessionStorage.setItem('connections-widget:completed-authorizations', '{"state-a":true}');
    expect(pendingAuthorization.wasCompleted('state-a')).toBe(false);
  });
});
