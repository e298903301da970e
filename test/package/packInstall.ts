/**
 * `npm run test:package`: the package as a host app gets it. Builds, packs the tarball, installs
 * it into a fresh project outside the repo beside the peers at the repo's versions, and checks
 * that the project type-checks (strict), builds with Vite and runs the entry points in Node.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerFiles } from './consumerFiles';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The files a host needs; `npm pack` must ship every one of them. */
const requiredFiles = [
  'package.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/testing.js',
  'dist/testing/index.d.ts',
  'dist/styles.css',
  'src/api/openapi.json',
];
/** Everything else (sources, tests, the server, the demo) is the repo's business only. */
function isForHosts(file: string): boolean {
  return file.startsWith('dist/') || requiredFiles.includes(file) || /^(README|LICENSE)(\.md)?$/i.test(file);
}

/** Runs a command quietly; on failure its output is the explanation. */
function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(`\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})\n${output}`);
  }
  return result.stdout;
}

async function installedVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

async function pinned(names: string[]): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await installedVersion(name)] as const)));
}

const packDir = await mkdtemp(path.join(tmpdir(), 'connections-widget-pack-'));
const consumerDir = await mkdtemp(path.join(tmpdir(), 'connections-widget-consumer-'));
let tarball = '';

const checks: { name: string; run: () => Promise<void> }[] = [
  {
    name: 'npm run build',
    run: async () => {
      run('npm', ['run', 'build'], repo);
    },
  },
  {
    name: 'npm pack ships the entry points, types, stylesheet and contract, and nothing private',
    run: async () => {
      const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], repo)) as {
        filename: string;
        files: { path: string }[];
      }[];
      if (!packed) throw new Error('npm pack reported no tarball');
      tarball = path.join(packDir, packed.filename);
      const files = packed.files.map((file) => file.path);
      const missing = requiredFiles.filter((file) => !files.includes(file));
      const leaked = files.filter((file) => !isForHosts(file));
      if (missing.length > 0 || leaked.length > 0) {
        throw new Error(`missing from the tarball: ${missing.join(', ') || 'none'}; not for hosts: ${leaked.join(', ') || 'none'}`);
      }
    },
  },
  {
    name: 'the tarball installs into a fresh project beside the peers',
    run: async () => {
      const manifest = {
        name: 'connections-widget-consumer',
        private: true,
        type: 'module',
        dependencies: {
          'connections-widget': `file:${tarball}`,
          ...(await pinned(['react', 'react-dom', '@tanstack/react-query', 'react-router'])),
        },
        devDependencies: await pinned(['typescript', 'vite', '@vitejs/plugin-react', '@types/react', '@types/react-dom']),
      };
      await writeFile(path.join(consumerDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      for (const [file, text] of Object.entries(consumerFiles)) {
        await mkdir(path.dirname(path.join(consumerDir, file)), { recursive: true });
        await writeFile(path.join(consumerDir, file), text);
      }
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], consumerDir);
    },
  },
  {
    name: 'Node resolves and runs both entry points and the contract export',
    run: async () => {
      run('node', ['check-runtime.mjs'], consumerDir);
    },
  },
  {
    name: 'tsc --noEmit (strict) accepts the consumer',
    run: async () => {
      run('npx', ['tsc', '--noEmit', '-p', '.'], consumerDir);
    },
  },
  {
    name: 'vite build bundles the consumer with the stylesheet',
    run: async () => {
      run('npx', ['vite', 'build', '--logLevel', 'warn'], consumerDir);
      const assets = await readdir(path.join(consumerDir, 'dist', 'assets'));
      const css = assets.find((file) => file.endsWith('.css'));
      if (!css) throw new Error('the build has no stylesheet');
      if (!(await readFile(path.join(consumerDir, 'dist', 'assets', css), 'utf8')).includes('.cw-root')) {
        throw new Error(`${css} does not hold the widget's rules`);
      }
    },
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  for (const check of checks) {
    // Each check needs the one before it; after a failure the rest can only fail the same way.
    if (failed > 0) {
      skipped += 1;
      console.log(`- ${check.name} (skipped)`);
      continue;
    }
    const started = performance.now();
    try {
      await check.run();
      passed += 1;
      console.log(`✓ ${check.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      console.log(`✗ ${check.name}\n${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await Promise.all([packDir, consumerDir].map((dir) => rm(dir, { recursive: true, force: true })));
}

console.log(`package: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
