/** What the browser remembers of an authorization it started, until the provider sends it back. */
export interface PendingAuthorization {
  integrationId: string;
  /** Set when the flow re-authorizes this existing data source. */
  dataSourceId?: string;
  /** Epoch milliseconds. */
  startedAt: number;
  /** Epoch milliseconds; past this the backend refuses the state anyway. */
  expiresAt: number;
}

const pendingKey = 'connections-widget:pending-authorizations';
const completedKey = 'connections-widget:completed-authorizations';
/** Enough for every reload a tab will plausibly see; older completions are forgotten. */
const completedLimit = 20;

/**
 * The pending-flow records, in sessionStorage so they survive the trip to the provider but not
 * the tab, keyed by `state`. Storage is read as untrusted input: a garbled, tampered or missing
 * store reads as empty rather than throwing, and a storage that refuses writes (private mode,
 * quota) makes the flow end as "unknown state" instead of crashing.
 */
export const pendingAuthorization = {
  save(state: string, record: PendingAuthorization, now = Date.now()): void {
    const records = readRecords();
    // Dropping expired records here keeps abandoned flows from piling up in the tab.
    for (const [key, existing] of Object.entries(records)) {
      if (existing.expiresAt <= now) delete records[key];
    }
    records[state] = record;
    write(pendingKey, records);
  },

  read(state: string): PendingAuthorization | undefined {
    const records = readRecords();
    return Object.hasOwn(records, state) ? records[state] : undefined;
  },

  remove(state: string): void {
    const records = readRecords();
    if (!Object.hasOwn(records, state)) return;
    delete records[state];
    write(pendingKey, records);
  },

  /** Remembers that `state` ended in success, so a reload of the callback is recognized and stays quiet. */
  markCompleted(state: string): void {
    const completed = readCompleted().filter((candidate) => candidate !== state);
    write(completedKey, [...completed, state].slice(-completedLimit));
  },

  wasCompleted(state: string): boolean {
    return readCompleted().includes(state);
  },
};

function readRecords(): Record<string, PendingAuthorization> {
  const stored = readJson(pendingKey);
  const records: Record<string, PendingAuthorization> = Object.create(null);
  if (!isObject(stored)) return records;
  for (const [state, value] of Object.entries(stored)) {
    if (isPendingAuthorization(value)) records[state] = value;
  }
  return records;
}

function readCompleted(): string[] {
  const stored = readJson(completedKey);
  return Array.isArray(stored) ? stored.filter((value): value is string => typeof value === 'string') : [];
}

function isPendingAuthorization(value: unknown): value is PendingAuthorization {
  return (
    isObject(value) &&
    typeof value.integrationId === 'string' &&
    (value.dataSourceId === undefined || typeof value.dataSourceId === 'string') &&
    Number.isFinite(value.startedAt) &&
    Number.isFinite(value.expiresAt)
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(key: string): unknown {
  try {
    const text = globalThis.sessionStorage?.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing or a full quota: the callback will then treat the state as unknown.
  }
}
