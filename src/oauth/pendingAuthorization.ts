import { authorizationFailureReasons, type AuthorizationFailureReason } from './AuthorizationCallbackError';

/** What the browser remembers of an authorization it started, until the provider sends it back. */
export interface PendingAuthorization {
  integrationId: string;
  /** Set when the flow re-authorizes this existing data source. */
  dataSourceId?: string;
  /** Epoch milliseconds, by this browser's clock. */
  startedAt: number;
  /**
   * Epoch milliseconds, by the backend's clock, as it answered the start. Never compared with
   * this browser's clock, which may be minutes off: the backend alone decides expiry.
   */
  expiresAt: number;
}

const pendingKey = 'connections-widget:pending-authorizations';
const completedKey = 'connections-widget:completed-authorizations';
const refusedKey = 'connections-widget:refused-authorizations';
/** Enough for every reload a tab will plausibly see; older outcomes are forgotten. */
const settledLimit = 20;
/**
 * How long, by this browser's clock, a record is kept. Far beyond any state's life (ten minutes
 * at the reference backend): measured from `startedAt`, on the same clock as `now`, so a clock
 * that is off does not drop a live flow, and only abandoned ones go.
 */
const retentionMs = 24 * 60 * 60 * 1000;

/**
 * The pending-flow records, in sessionStorage so they survive the trip to the provider but not
 * the tab, keyed by `state`. Storage is read as untrusted input: a garbled, tampered or missing
 * store reads as empty rather than throwing.
 */
export const pendingAuthorization = {
  /**
   * Keeps the record; false when the storage refused it (private mode, a full quota), in which
   * case the browser must not leave for the provider: the answer could not be checked on return.
   */
  save(state: string, record: PendingAuthorization, now = Date.now()): boolean {
    const records = readRecords();
    // Dropping abandoned records here keeps them from piling up in the tab.
    for (const [key, existing] of Object.entries(records)) {
      if (now - existing.startedAt > retentionMs) delete records[key];
    }
    records[state] = record;
    // Read back: what counts is that the callback will find it, whatever the storage claimed.
    return write(pendingKey, records) && pendingAuthorization.read(state) !== undefined;
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
    write(completedKey, [...completed, state].slice(-settledLimit));
  },

  wasCompleted(state: string): boolean {
    return readCompleted().includes(state);
  },

  /**
   * Ends the flow of `state` as refused: its record goes, and the refusal is remembered, so that
   * a reload of the callback says the same again instead of "does not match a connection".
   */
  markRefused(state: string, refusal: AuthorizationRefusal): void {
    pendingAuthorization.remove(state);
    const refused = readRefused().filter((candidate) => candidate.state !== state);
    write(refusedKey, [...refused, { ...refusal, state }].slice(-settledLimit));
  },

  refusal(state: string): AuthorizationRefusal | undefined {
    const found = readRefused().find((candidate) => candidate.state === state);
    if (!found) return undefined;
    const { reason, flow, connectedName } = found;
    return connectedName === undefined ? { reason, flow } : { reason, flow, connectedName };
  },
};

/** How a flow the backend (or the provider) refused ended, as the callback showed it. */
export interface AuthorizationRefusal {
  reason: AuthorizationFailureReason;
  flow: PendingAuthorization;
  /** For `used`: the flow's source, found connected meanwhile. */
  connectedName?: string;
}

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

function readRefused(): (AuthorizationRefusal & { state: string })[] {
  const stored = readJson(refusedKey);
  return Array.isArray(stored) ? stored.filter(isStoredRefusal) : [];
}

function isStoredRefusal(value: unknown): value is AuthorizationRefusal & { state: string } {
  return (
    isObject(value) &&
    typeof value.state === 'string' &&
    authorizationFailureReasons.some((reason) => reason === value.reason) &&
    isPendingAuthorization(value.flow) &&
    (value.connectedName === undefined || typeof value.connectedName === 'string')
  );
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

/** False when the storage is missing or refuses the write (private browsing, a full quota). */
function write(key: string, value: unknown): boolean {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
