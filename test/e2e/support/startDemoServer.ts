import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../support/freePort';

export interface DemoServer {
  baseURL: string;
  close(): Promise<void>;
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Starts another `scripts/dev.ts` for a spec that needs a server flag the shared servers of
 * playwright.config.ts do not run with (`--coop`): a production build of the demo on a free
 * port, with the same backend and stand-in. It keeps nothing on disk when dev.ts can be told so.
 */
export async function startDemoServer(flags: readonly string[]): Promise<DemoServer> {
  const port = await freePort();
  const keepsNothing = readFileSync(`${root}/scripts/dev.ts`, 'utf8').includes("'in-memory'") ? ['--in-memory'] : [];
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/dev.ts', '--port', String(port), '--preview', ...keepsNothing, ...flags],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const baseURL = `http://localhost:${port}`;
  await new Promise<void>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(`${baseURL}/`)) resolve();
    });
    void exited.then(() => reject(new Error(`scripts/dev.ts ${flags.join(' ')} exited before serving:\n${stderr}`)));
  });
  return {
    baseURL,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
