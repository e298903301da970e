import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/freePort';

export interface PostgresServer {
  /** postgres://… of a database the tests may use as they like. */
  url: string;
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL's programs (Debian keeps them out of PATH). */
function binDirectory(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions
    .map((version) => path.join(root, version, 'bin'))
    .find((dir) => existsSync(path.join(dir, 'initdb')));
  if (!found)
    throw new Error(
      'No PostgreSQL programs under /usr/lib/postgresql: `npm test` installs them (scripts/ensure-test-tools.mjs).',
    );
  return found;
}

/**
 * `DATABASE_URL` when the environment gives one; otherwise a PostgreSQL server of the test's own:
 * a fresh cluster in a temporary folder, listening on 127.0.0.1 only, without durability (fsync
 * off: nothing in it outlives the test), removed by `stop`. PostgreSQL refuses to run as root,
 * so as root it runs as the `postgres` user Debian's package makes.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const given = process.env.DATABASE_URL?.trim();
  if (given) return { url: given, stop: async () => {} };

  const bin = binDirectory();
  const folder = await mkdtemp(path.join(tmpdir(), 'connections-widget-postgres-'));
  const data = path.join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    await chown(folder, uid, gid);
    await chmod(folder, 0o700);
  }
  const run = (program: string, args: string[]) => {
    const [command, commandArgs] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]]
      : [path.join(bin, program), args];
    const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${program} failed: ${result.error?.message ?? ''}${result.stdout}${result.stderr}`);
    }
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${folder} -c fsync=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(folder, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Starts `startPostgres` before this file's tests and stops it after them; the function returned
 * reads the server's URL (once the tests run).
 */
export function postgresForThisFile(): () => string {
  let url = '';
  beforeAll(async () => {
    const server = await startPostgres();
    url = server.url;
    return () => server.stop();
  }, 120_000);
  return () => url;
}
