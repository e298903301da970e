import type { Storage } from '../../../server/storage/openStorage.ts';

/** One statement as the store sent it. */
export interface Statement {
  sql: string;
  params: readonly unknown[];
}

export interface RecordingStorage {
  /** The storage to mount the server on: the same database, its queries noted while recording. */
  storage: Storage;
  /** Runs `fn` and answers the statements sent meanwhile (run one request at a time). */
  record(fn: () => Promise<unknown>): Promise<Statement[]>;
}

/**
 * Storage that notes the SQL the store sends, so that the bench times, and explains, the very
 * statements a request ran, not a copy of them that could drift from the store's.
 */
export function recordingStorage(storage: Storage): RecordingStorage {
  let recorded: Statement[] | undefined;
  const db = storage.db;
  return {
    storage: {
      ...storage,
      db: {
        ...db,
        query: <Row>(sql: string, params: readonly unknown[] = []) => {
          // A copy: the store adds to one params array between its statements.
          recorded?.push({ sql, params: [...params] });
          return db.query<Row>(sql, params);
        },
      },
    },
    async record(fn) {
      recorded = [];
      try {
        await fn();
        return recorded;
      } finally {
        recorded = undefined;
      }
    },
  };
}
