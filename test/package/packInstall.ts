/**
 * `npm run test:package`: the package as a host app gets it. Builds; lints the package
 * (publint, attw) and holds it to its size budgets (size-limit); packs the tarball, installs it
 * into a fresh project outside the repo beside the peers at the repo's versions, and checks that
 * the project type-checks (strict), builds with Vite and runs the entry points in Node; then
 * opens, in Chromium, the React host's build and plain pages that use the standalone bundle.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromiumLaunchOptions';
import { checkHostileCss, checkPlainHost, checkReactHost } from './browserChecks';
import { consumerFiles } from './consumerFiles';
import { plainHostFiles } from './plainHostFiles';
import { serverHostFiles, serverOnlyPackages } from './serverHostFiles';
import { serveStatic, type StaticServer } from './serveStatic';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The files a host needs; `npm pack` must ship every one of them. */
const requiredFiles = [
  'package.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/testing.js',
  'dist/testing/index.d.ts',
  'dist/element.js',
  'dist/element/index.d.ts',
  'dist/standalone.js',
  'dist/standalone/index.d.ts',
  'dist/single-spa.js',
  'dist/singleSpa/index.d.ts',
  'dist/styles.css',
  'dist/server/index.js',
  'dist/types/server/index.d.ts',
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
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})\n${output}`,
    );
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
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await installedVersion(name)] as const)),
  );
}

interface SizeLimitResult {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

const packDir = await mkdtemp(path.join(tmpdir(), 'connections-widget-pack-'));
const consumerDir = await mkdtemp(path.join(tmpdir(), 'connections-widget-consumer-'));
let tarball = '';

/** The hosts' servers and the browser, started by the first check that needs them. */
let hosts: { reactHost: StaticServer; plainHost: StaticServer; browser: Browser } | undefined;
async function openHosts(): Promise<NonNullable<typeof hosts>> {
  hosts ??= {
    // The React host's build is a single-page app: every path answers with its index.html.
    reactHost: await serveStatic(path.join(consumerDir, 'dist'), 'index.html'),
    // Plain pages, served with the installed package's files as any static site would.
    plainHost: await serveStatic(consumerDir),
    browser: await chromium.launch(chromiumLaunchOptions),
  };
  return hosts;
}

interface Check {
  name: string;
  /** May answer a detail to print after the name. */
  run: () => Promise<string | void>;
}

function inChromium(
  name: string,
  host: 'reactHost' | 'plainHost',
  check: (browser: Browser, origin: string) => Promise<void>,
): Check {
  return {
    name: `Chromium: ${name}`,
    run: async () => {
      const opened = await openHosts();
      await check(opened.browser, opened[host].url);
    },
  };
}

const checks: Check[] = [
  {
    name: 'npm run build',
    run: async () => {
      run('npm', ['run', 'build'], repo);
    },
  },
  {
    // A Next.js App Router page (a server component) may import the widget only through a
    // client boundary: the entries that render React must say so on their first line.
    name: "every entry that renders React starts with 'use client', and the test kit does not",
    run: async () => {
      const firstLine = async (file: string) =>
        (await readFile(path.join(repo, 'dist', file), 'utf8')).split(/[;\n]/, 1)[0];
      const wrong: string[] = [];
      for (const file of ['index.js', 'element.js', 'standalone.js', 'single-spa.js']) {
        if ((await firstLine(file)) !== '"use client"') wrong.push(`${file} lacks it`);
      }
      if ((await firstLine('testing.js')) === '"use client"') wrong.push('testing.js has it');
      if (wrong.length > 0) throw new Error(wrong.join('; '));
    },
  },
  {
    name: 'publint --strict finds nothing to fix',
    run: async () => {
      run('npx', ['publint', '--strict'], repo);
    },
  },
  {
    name: 'size-limit: the budgets hold (minified, gzip, peers left out)',
    run: async () => {
      const result = spawnSync('npx', ['size-limit', '--json'], { cwd: repo, encoding: 'utf8' });
      let sizes: SizeLimitResult[];
      try {
        sizes = JSON.parse(result.stdout) as SizeLimitResult[];
      } catch {
        throw new Error(`size-limit answered no sizes\n${result.stdout}${result.stderr}`);
      }
      const report = sizes.map(({ name, size, sizeLimit }) => `${name}: ${kB(size)} of ${kB(sizeLimit)}`).join('; ');
      if (result.status !== 0 || sizes.some(({ passed }) => !passed)) throw new Error(`over budget: ${report}`);
      return report;
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
        throw new Error(
          `missing from the tarball: ${missing.join(', ') || 'none'}; not for hosts: ${leaked.join(', ') || 'none'}`,
        );
      }
    },
  },
  {
    // ESM only: the package has no CommonJS build, so what a `require` or a pre-exports resolver
    // (node10) would find is not asked. The stylesheet has no types to check.
    name: 'attw --profile esm-only finds the types right for Node (node16) and bundlers',
    run: async () => {
      run(
        'npx',
        ['attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', './styles.css', '--format', 'ascii'],
        repo,
      );
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
        devDependencies: await pinned([
          'typescript',
          'vite',
          '@vitejs/plugin-react',
          '@types/react',
          '@types/react-dom',
        ]),
      };
      await writeFile(path.join(consumerDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      for (const [file, text] of Object.entries({ ...consumerFiles, ...plainHostFiles, ...serverHostFiles })) {
        await mkdir(path.dirname(path.join(consumerDir, file)), { recursive: true });
        await writeFile(path.join(consumerDir, file), text);
      }
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], consumerDir);
    },
  },
  {
    name: "a widget-only install downloads none of the server's dependencies",
    run: async () => {
      const installed = await readdir(path.join(consumerDir, 'node_modules'), { recursive: true });
      const found = serverOnlyPackages.filter((name) => installed.includes(name));
      if (found.length > 0) throw new Error(`installed with the widget: ${found.join(', ')}`);
      const packages = JSON.parse(run('npm', ['ls', '--json', '--omit', 'dev'], consumerDir)) as {
        dependencies?: Record<string, unknown>;
      };
      const names = Object.keys(packages.dependencies ?? {});
      return `${names.length} packages installed for the widget (${names.join(', ')}), none of ${serverOnlyPackages.join(', ')}`;
    },
  },
  {
    name: 'Node (no window) imports every entry point, runs the test kit and reads the contract export',
    run: async () => {
      run('node', ['check-runtime.mjs'], consumerDir);
    },
  },
  {
    // A host that mounts the server installs the driver of its storage beside the package.
    name: 'connections-widget/server runs in Node with only PGlite installed beside it, and type-checks as node16',
    run: async () => {
      const versions = await pinned(['@electric-sql/pglite', '@types/node']);
      const specs = Object.entries(versions).map(([name, version]) => `${name}@${version}`);
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...specs], consumerDir);
      run('node', ['check-server.mjs'], consumerDir);
      run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.server.json'], consumerDir);
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
  inChromium(
    "the React host's build shows the Connections page and adds Stripe through Add a Data Source",
    'reactHost',
    checkReactHost,
  ),
  inChromium(
    "a page without React mounts the standalone bundle's mountConnectionsWidget and <connections-widget>",
    'plainHost',
    checkPlainHost,
  ),
  inChromium(
    'hostile host CSS (*, button, table) changes no computed style of either widget',
    'plainHost',
    checkHostileCss,
  ),
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
      const detail = await check.run();
      passed += 1;
      console.log(
        `✓ ${check.name} (${((performance.now() - started) / 1000).toFixed(1)} s)${detail ? `\n  ${detail}` : ''}`,
      );
    } catch (error) {
      failed += 1;
      console.log(`✗ ${check.name}\n${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await Promise.allSettled([hosts?.browser.close(), hosts?.reactHost.close(), hosts?.plainHost.close()]);
  await Promise.all([packDir, consumerDir].map((dir) => rm(dir, { recursive: true, force: true })));
}

console.log(`package: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
