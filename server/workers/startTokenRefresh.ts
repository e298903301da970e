import type { ConnectionsServer } from '../http/createConnectionsServer';

/**
 * Refreshes the server's expiring access tokens every `intervalMs`, beside the handler rather than
 * inside it, so a host chooses where it runs (a web process, a worker, a cron). Every instance
 * may run one: refreshes of one grant take turns under its lock in the database. Answers the
 * function that stops it.
 */
export function startTokenRefresh(
  server: Pick<ConnectionsServer, 'refreshDueTokens'>,
  {
    intervalMs = 60_000,
    log = (message: string) => console.warn(message),
  }: { intervalMs?: number; log?: (message: string) => void } = {},
): () => void {
  const timer = setInterval(() => {
    server.refreshDueTokens().catch((error: unknown) => log(`Token refresh sweep failed: ${String(error)}`));
  }, intervalMs);
  // A sweep never keeps a process alive that has nothing else to do.
  timer.unref();
  return () => clearInterval(timer);
}
