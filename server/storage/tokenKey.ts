import { randomBytes } from 'node:crypto';
import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ownerOnlyFolder } from './ownerOnlyFolder';

/**
 * The environment variable holding the token keys: each 32 bytes in base64 (`openssl rand -base64
 * 32`), several separated by commas, newest first (the newest seals, the others still open).
 */
export const tokenKeyVariable = 'TOKEN_ENCRYPTION_KEY';

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${where} must hold 32 bytes in base64 (openssl rand -base64 32).`);
  return key;
}

/**
 * The keys that seal Stripe's tokens at rest, newest first. From TOKEN_ENCRYPTION_KEY when set
 * (one key, or a comma-separated list during a rotation). Otherwise, in
 * production, a startup error: tokens must not be sealed with a key nobody keeps. Outside
 * production, the key in `<dataDir>/token-key` (made on first run, readable by its owner only, in
 * a folder only its owner may enter; a key file that group or others may read or write is a
 * startup error), or without a data folder a key that lives as long as the process, as the data does.
 * The file holds one key: a rotation names the new and the old in TOKEN_ENCRYPTION_KEY.
 */
export async function resolveTokenKeys(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string | undefined,
): Promise<Buffer[]> {
  const fromEnv = env[tokenKeyVariable];
  if (fromEnv?.trim()) {
    const listed = fromEnv.split(',');
    return listed.map((text, index) =>
      decodeKey(text, listed.length === 1 ? tokenKeyVariable : `Key ${index + 1} of ${tokenKeyVariable}`),
    );
  }
  if (env.NODE_ENV === 'production') {
    throw new Error(
      `${tokenKeyVariable} is not set. In production the backend needs it to encrypt Stripe tokens at rest: ` +
        `32 random bytes in base64, e.g. from \`openssl rand -base64 32\`, kept in your secret store.`,
    );
  }
  if (dataDir === undefined) return [randomBytes(32)];
  await ownerOnlyFolder(dataDir);
  const file = path.join(dataDir, 'token-key');
  const existing = await readOwnerOnlyFile(file);
  if (existing !== undefined) return [decodeKey(existing, file)];
  const key = randomBytes(32);
  // `wx`: two first runs at once must not each write a key and lose the other's tokens.
  await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return [key];
}

/** The file's text, undefined when there is none; an error when group or others may read or write it. */
async function readOwnerOnlyFile(file: string): Promise<string | undefined> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!handle) return undefined;
  try {
    // The mode of the file opened, not of whatever the path names a moment later.
    const { mode } = await handle.stat();
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new Error(
        `${file} may be read or changed by other users (mode ${(mode & 0o777).toString(8)}); it must be 600. ` +
          `Run \`chmod 600 ${file}\`; if anyone else may have read it, treat the Stripe tokens it sealed as exposed.`,
      );
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
