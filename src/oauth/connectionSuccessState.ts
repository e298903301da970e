/** What the Connections page needs to announce a connection that just succeeded. */
export interface ConnectionSuccess {
  dataSourceName: string;
  reauthorized: boolean;
}

const key = 'connectionsWidgetSuccess';

/**
 * The connection success travels to the Connections page in the history entry's state. The
 * page clears it as soon as it has read it, because history state survives a reload and the
 * banner must be shown once.
 */
export const connectionSuccessState = {
  create(success: ConnectionSuccess): Record<typeof key, ConnectionSuccess> {
    return { [key]: success };
  },

  /** Reads it from a history state, which may hold anything a host or an older version put there. */
  read(state: unknown): ConnectionSuccess | undefined {
    const value = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[key] : undefined;
    if (typeof value !== 'object' || value === null) return undefined;
    const { dataSourceName, reauthorized } = value as Record<string, unknown>;
    if (typeof dataSourceName !== 'string' || typeof reauthorized !== 'boolean') return undefined;
    return { dataSourceName, reauthorized };
  },
};
