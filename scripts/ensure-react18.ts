// First step of `npm run test:react18`: React 18 from the registry into .tmp/react18, once.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { react18Dir, react18Packages } from './react18';

async function installedVersion(name: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(
      await readFile(path.join(react18Dir, 'node_modules', name, 'package.json'), 'utf8'),
    ) as {
      version: string;
    };
    return manifest.version;
  } catch {
    return undefined;
  }
}

const wanted = Object.entries(react18Packages);
const versions = await Promise.all(wanted.map(([name]) => installedVersion(name)));
if (wanted.some(([, version], index) => versions[index] !== version)) {
  await mkdir(react18Dir, { recursive: true });
  const manifest = { name: 'react18-for-tests', private: true, dependencies: react18Packages };
  await writeFile(path.join(react18Dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const result = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: react18Dir,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(`${result.stdout}${result.stderr}`);
    throw new Error(`ensure-react18: \`npm install\` in ${react18Dir} failed (exit ${result.status}).`);
  }
  console.log(
    `ensure-react18: installed ${wanted.map(([name, version]) => `${name}@${version}`).join(', ')} in ${react18Dir}`,
  );
}
