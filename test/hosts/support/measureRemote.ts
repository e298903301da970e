import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface Manifest {
  exposes: { path: string; assets: { js: { sync: string[] }; css: { sync: string[] } } }[];
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function gzipped(dir: string, files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map(async (file) => gzipSync(await readFile(path.join(dir, file))).length));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * What a host downloads from the remote (gzip): remoteEntry.js, then, when it first renders an
 * expose, the chunks the manifest lists as that expose's synchronous ones (the peers come from
 * the host; the other locales load on demand).
 */
export async function measureRemote(dir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'mf-manifest.json'), 'utf8')) as Manifest;
  const parts = [`remoteEntry.js ${kB(await gzipped(dir, ['remoteEntry.js']))}`];
  for (const expose of manifest.exposes) {
    const js = await gzipped(dir, expose.assets.js.sync);
    const css = await gzipped(dir, expose.assets.css.sync);
    parts.push(`${expose.path} first load ${kB(js)} JS + ${kB(css)} CSS`);
  }
  return `${parts.join('; ')} (gzip)`;
}
