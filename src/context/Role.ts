/** The product's user levels. Only `admin` may see or change connections. */
export type Role = 'admin' | 'standard' | 'read-only';
