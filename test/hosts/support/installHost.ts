import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from './run';

const stampFile = path.join('node_modules', '.connections-host-install');

/**
 * Installs a host app's dependencies from its lock file with `npm ci`, which takes them from
 * npm's cache once they have been downloaded. The install is kept (a stamp holds the lock's hash)
 * until the lock changes, so a later run starts at once. The package itself, when the host
 * takes it from the tarball, is installed fresh every time: it is what is under test.
 */
export async function installHost(appDir: string, tarball?: string): Promise<'installed' | 'kept'> {
  const lock = createHash('sha256')
    .update(await readFile(path.join(appDir, 'package-lock.json')))
    .digest('hex');
  const stamp = await readFile(path.join(appDir, stampFile), 'utf8').catch(() => '');
  const npmFlags = ['--prefer-offline', '--no-audit', '--no-fund'];
  let result: 'installed' | 'kept' = 'kept';
  if (stamp !== lock) {
    await run('npm', ['ci', ...npmFlags], { cwd: appDir });
    await writeFile(path.join(appDir, stampFile), lock);
    result = 'installed';
  }
  if (tarball) await run('npm', ['install', '--no-save', ...npmFlags, tarball], { cwd: appDir });
  return result;
}
