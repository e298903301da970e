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

  it('drops expired records when it saves a new one', () => {
    pendingAuthorization.save('old', { ...record, expiresAt: now - 1 }, now - 700_000);
    pendingAuthorization.save('new', record, now);
    expect(pendingAuthorization.read('old')).toBeUndefined();
    expect(pendingAuthorization.read('new')).toEqual(record);
  });

  it('still returns an expired record that was not pruned, for the callback to call it expired', () => {
    pendingAuthorization.save('late', { ...record, expiresAt: now - 1 }, now - 700_000);
    expect(pendingAuthorization.read('late')?.expiresAt).toBe(now - 1);
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

  it('does not throw when the storage refuses to write', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      expect(() => pendingAuthorization.save('state-a', record, now)).not.toThrow();
      expect(() => pendingAuthorization.markCompleted('state-a')).not.toThrow();
      expect(pendingAuthorization.read('state-a')).toBeUndefined();
    } finally {
      setItem.mockRestore();
    }
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
