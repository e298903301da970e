import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

export interface NextServer {
  url: string;
  close(): Promise<void>;
}

/** `next start` on 127.0.0.1:port, resolved once it answers. */
export async function startNext(appDir: string, port: number, env: Record<string, string>): Promise<NextServer> {
  const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that closing it stops npx and next together.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, delay(5_000)]);
    }
  };
  for (const started = Date.now(); Date.now() - started < 60_000; await delay(250)) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode})\n${output}`);
    const answered = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { url, close };
  }
  await close();
  throw new Error(`next start did not answer within 60 s\n${output}`);
}
