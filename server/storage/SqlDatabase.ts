/**
 * What the backend needs of a database: parameterised queries, and closing. PGlite (embedded) and
 * PostgreSQL (through `pg`) both answer it with the same SQL.
 */
export interface SqlDatabase {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (the schema). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
