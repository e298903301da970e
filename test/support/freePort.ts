import { createServer } from 'node:net';

/**
 * A port free on 127.0.0.1 now, for a server that must know its port before it starts: one in
 * another process (`next start`, dev.ts, PostgreSQL), or one that takes no 0 (PGlite's socket server).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
