/**
 * Where the backend keeps its data:
 * - `memory`: the one in-memory PGlite of this process, in a fresh schema of its own (or the
 *   schema named, which a later backend of the same process finds again). Tests and throwaway runs.
 * - `directory`: a PGlite kept in a folder (`npm run dev` uses `.data/`), durable on one machine.
 * - `postgres`: a shared PostgreSQL server, for a deployment with several backend processes.
 */
export type StorageOptions =
  | { kind: 'memory'; schema?: string }
  | { kind: 'directory'; path: string }
  | { kind: 'postgres'; url: string; /** @default 'connections' */ schema?: string };
