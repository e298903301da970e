import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/freePort';

/**
 * `npm run dev` (Vite's dev server, not the preview) serves the demo and nothing else of the
 * machine: not the data folder with the token key and the database, not the repository's other
 * files, not secrets inside the folders it does serve, and answers no other page's CORS request.
 */

const repo = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
/** What the stolen files hold: a response carrying it leaked one. */
const secret = `secret-${randomBytes(12).toString('hex')}`;

let child: ChildProcess;
let exited: Promise<void>;
let baseURL: string;
/** Inside node_modules, which the dev server serves: files there that only the deny list keeps back. */
let planted: string;

beforeAll(async () => {
  await mkdir(path.join(repo, 'node_modules', '.cache'), { recursive: true });
  planted = await mkdtemp(path.join(repo, 'node_modules', '.cache', 'dev-server-test-'));
  await mkdir(path.join(planted, '.data'));
  for (const file of ['.data/token-key', 'token-key', '.env', '.env.local', 'server.pem', 'served.txt']) {
    await writeFile(path.join(planted, file), file === 'served.txt' ? 'served' : secret);
  }

  const port = await freePort();
  baseURL = `http://localhost:${port}`;
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', '--port', String(port), '--in-memory'], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  exited = new Promise((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(`${baseURL}/`)) resolve();
    });
    void exited.then(() => reject(new Error(`scripts/dev.ts exited before serving:\n${stderr}`)));
  });
}, 90_000);

afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGTERM');
  await exited;
  if (planted) await rm(planted, { recursive: true, force: true });
}, 20_000);

/** A GET as a script would send it; `accept` left out takes fetch's `*\/*` (which Vite answers with the page). */
function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(url, baseURL), { headers, redirect: 'manual' });
}

it('still serves the demo: its page, its modules, the widget’s source and the packages', async () => {
  for (const url of ['/', '/main.tsx', '/@vite/client', `/@fs${repo}/src/index.ts`, `/@fs${planted}/served.txt`]) {
    expect((await get(url)).status, url).toBe(200);
  }
});

it('refuses the data folder, the token key, secrets and the files beside the demo', async () => {
  const refused = [
    '/.data/token-key',
    '/.data/pglite/PG_VERSION',
    `/@fs${repo}/.data/token-key`,
    `/@fs${repo}/.data/token-key?raw`,
    `/@fs${repo}/.data/pglite/PG_VERSION`,
    `/@fs${repo}/package.json`,
    `/@fs${repo}/package.json?import`,
    `/@fs${repo}/package.json?raw`,
    `/@fs${repo}/scripts/dev.ts`,
    `/@fs${repo}/server/serverConfigFromEnv.ts`,
    '/@fs/etc/passwd',
    '/@fs/etc/passwd?raw',
    `/@fs${planted}/.data/token-key`,
    `/@fs${planted}/.data/token-key?import`,
    `/@fs${planted}/token-key`,
    `/@fs${planted}/token-key?raw`,
    `/@fs${planted}/.env`,
    `/@fs${planted}/.env.local`,
    `/@fs${planted}/server.pem`,
  ];
  for (const url of refused) {
    // Asked for as a file, it is refused; asked for as anything, at most the demo's page comes back.
    const asFile = await get(url, { accept: 'application/octet-stream' });
    expect([403, 404], url).toContain(asFile.status);
    const asAnything = await get(url);
    const body = await asAnything.text();
    for (const leaked of [secret, '"name": "connections-widget"', 'root:x:0:0', 'parseArgs', 'serverConfigFromEnv(']) {
      expect(body, url).not.toContain(leaked);
    }
  }
});

it('answers no other origin’s CORS request, not even another port on localhost', async () => {
  for (const origin of ['http://localhost:9999', 'http://127.0.0.1:9999', 'http://evil.example']) {
    for (const url of ['/', '/main.tsx', `/@fs${repo}/src/index.ts`]) {
      const response = await get(url, { origin });
      expect(response.headers.get('access-control-allow-origin'), `${origin} ${url}`).toBeNull();
    }
    const preflight = await fetch(new URL('/main.tsx', baseURL), {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin'), `${origin} preflight`).toBeNull();
  }
});

it('answers a body over the limit through its proxy with the backend’s 413, not a 502', async () => {
  const response = await fetch(new URL('/api/v1/integrations/stripe/authorizations', baseURL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ redirectUri: 'x'.repeat(20 * 1024) }),
  });
  expect(response.status).toBe(413);
  expect(await response.json()).toEqual({ error: { code: 'invalid_request', message: expect.any(String) } });
});

it('serves the callback page, where the authorization code sits in the address, with Referrer-Policy: no-referrer', async () => {
  const response = await fetch(new URL('/admin/connections/callback?code=ac_secret&state=s', baseURL));
  expect(response.status).toBe(200);
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
});
