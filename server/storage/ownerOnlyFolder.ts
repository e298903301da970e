import { chmod, mkdir } from 'node:fs/promises';

/**
 * Makes `folder` (and any missing parent) readable, writable and searchable by its owner only,
 * and narrows an existing one to that. PGlite creates its files 0666 whatever the umask, so this
 * folder, not the files' own modes, is what keeps other local users out of the data.
 */
export async function ownerOnlyFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  // mkdir leaves an existing folder's mode as it was (and a new one's is cut by the umask).
  await chmod(folder, 0o700);
}
