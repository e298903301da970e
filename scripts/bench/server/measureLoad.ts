import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ConnectionsServer } from '../../../server/http/createConnectionsServer.ts';
import { listen } from '../../../server/http/listen.ts';
import type { LoadPlan, LoadSamples } from './loadClients.ts';

export interface LoadResult extends LoadSamples {
  path: string;
  clients: number;
  error?: string;
}

/**
 * Serves `server` over real HTTP on 127.0.0.1 (server/http/listen.ts, @hono/node-server) and
 * sends it `path` from `clients` concurrent clients in a child process (loadClients.ts).
 */
export async function measureLoad(
  server: ConnectionsServer,
  path: string,
  plan: Omit<LoadPlan, 'url'>,
): Promise<LoadResult> {
  const listening = await listen(server.fetch, '127.0.0.1', 0);
  try {
    const loadPlan: LoadPlan = { ...plan, url: `${listening.url}${path}` };
    // TypeScript too: the child gets this process's flags, tsx's loader among them.
    const clients = fork(fileURLToPath(new URL('./loadClients.ts', import.meta.url)), [JSON.stringify(loadPlan)], {
      execArgv: process.execArgv,
    });
    const samples = await new Promise<LoadSamples>((resolve, reject) => {
      clients.once('message', (message) => resolve(message as LoadSamples));
      clients.once('error', reject);
      clients.once('exit', (code) => reject(new Error(`the load clients exited (${code}) before they reported`)));
    });
    return { ...samples, path, clients: plan.clients };
  } finally {
    await listening.close();
  }
}
