/**
 * `connections-widget/server`: the server half a host mounts in its own app (Node 20 and later).
 * Nothing here is in the widget's browser bundles.
 */
export { createConnectionsServer } from './http/createConnectionsServer';
export type { ConnectionsServer, ConnectionsServerOptions } from './http/createConnectionsServer';
export { toNodeHandler } from './http/toNodeHandler';
export type { Authenticate, Caller } from './operations/Caller';
export { openStorage } from './storage/openStorage';
export type { Storage } from './storage/openStorage';
export type { StorageOptions } from './storage/StorageOptions';
export { createStripeClient } from './stripe/stripeClient';
export type { StripeClient } from './stripe/stripeClient';
export type { StripeConnection, StripeMode } from './stripe/StripeConnection';
export { stripeConnectionFromEnv } from './stripe/stripeConnectionFromEnv';
export { startTokenRefresh } from './workers/startTokenRefresh';
