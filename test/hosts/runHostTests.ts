/**
 * `npm run test:hosts`: the package in the micro-frontend hosts it ships for, each a project of
 * its own under apps/ built with that tool's own packages, driven in Chromium against the
 * Stripe stand-in and a backend:
 *
 *   federation          Vite + @module-federation/vite on React 19 loads the remote from another origin
 *   federation-react17  the same on React 17: the remote refuses it with a clear error
 *   single-spa          a single-spa root config mounts connections-widget/single-spa
 *   next                a Next.js App Router app, `next build` and `next start`, which mounts
 *                       connections-widget/server in a route handler behind its own sign-in
 *
 * The other hosts' /api/… goes to the reference backend.
 *
 * Builds the package and the remote once, packs the tarball, installs each host (kept between
 * runs until its lock changes), builds and serves it, and prints a line per host and a last
 * line `hosts: N passed, N failed (time)`. `npm run test:hosts -- next` runs only the named hosts.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromiumLaunchOptions';
import { startServers, type StartedServers } from '../../server/demo/startServers';
import { productDataSources } from '../../src/testing/fixtures';
import { standInClientId, standInSecretKey } from '../../server/standin/demoCredentials';
import { checkFederationHost } from './checks/federationHost';
import { checkFederationReact17Host } from './checks/federationReact17Host';
import { checkNextHost } from './checks/nextHost';
import { checkSingleSpaHost } from './checks/singleSpaHost';
import { freePort } from '../support/freePort';
import { installHost } from './support/installHost';
import { measureRemote } from './support/measureRemote';
import { run } from './support/run';
import { serveHost, type HostServer } from './support/serveHost';
import { startNext, type NextServer } from './support/startNext';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const apps = path.join(repo, 'test/hosts/apps');
const remoteDir = path.join(repo, 'dist-federation');
const packDir = path.join(repo, '.tmp/hosts');
/** Where Stripe sends the browser back to, on every host. */
const callbackPath = '/admin/connections/callback';

/** What a host's build and check are given. */
interface Ready {
  origin: string;
  remoteOrigin: string;
  servers: StartedServers;
}

interface Host {
  name: string;
  title: string;
  /** Installs the package from the tarball (the federation hosts load the remote over HTTP instead). */
  takesTarball: boolean;
  /** Served by Next's own server rather than as static files. */
  next?: true;
  build(appDir: string, ready: Ready): Promise<void>;
  check(browser: Browser, ready: Ready): Promise<string>;
}

const viteBuild = (appDir: string, env: Record<string, string>) =>
  run('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: appDir, env }).then(() => undefined);

/** The key the Next host signs its session cookie with: its sign-in route and its API route share it. */
const nextSessionSecret = randomBytes(32).toString('base64url');

/** What `next build` reads: the stand-in's host, which it writes into the page's bundle (an allowed authorization host). */
const nextBuildEnv = ({ servers }: Ready) => ({
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_PUBLIC_STAND_IN_HOST: new URL(servers.standInUrl).host,
});

/** What `next start` reads besides: what the route handler's Connections server and the host's sign-in are made with. */
const nextStartEnv = (ready: Ready) => ({
  ...nextBuildEnv(ready),
  STRIPE_CONNECT_ORIGIN: ready.servers.standInUrl,
  STRIPE_CLIENT_ID: standInClientId,
  STRIPE_SECRET_KEY: standInSecretKey,
  CONNECTIONS_REDIRECT_URI: `${ready.origin}${callbackPath}`,
  HOST_SESSION_SECRET: nextSessionSecret,
});

const hosts: Host[] = [
  {
    name: 'federation',
    title: 'Module Federation host (React 19)',
    takesTarball: false,
    build: (appDir, { remoteOrigin, servers }) =>
      viteBuild(appDir, {
        CONNECTIONS_REMOTE_MANIFEST: `${remoteOrigin}/mf-manifest.json`,
        STAND_IN_HOST: new URL(servers.standInUrl).host,
      }),
    check: (browser, { origin, remoteOrigin }) => checkFederationHost(browser, origin, remoteOrigin),
  },
  {
    name: 'federation-react17',
    title: 'Module Federation host on React 17',
    takesTarball: false,
    build: (appDir, { remoteOrigin }) =>
      viteBuild(appDir, { CONNECTIONS_REMOTE_MANIFEST: `${remoteOrigin}/mf-manifest.json` }),
    check: (browser, { origin }) => checkFederationReact17Host(browser, origin),
  },
  {
    name: 'single-spa',
    title: 'single-spa root config',
    takesTarball: true,
    build: (appDir, { servers }) => viteBuild(appDir, { STAND_IN_HOST: new URL(servers.standInUrl).host }),
    check: (browser, { origin }) => checkSingleSpaHost(browser, origin),
  },
  {
    name: 'next',
    title: 'Next.js App Router host',
    takesTarball: true,
    next: true,
    build: (appDir, ready) =>
      run('npx', ['next', 'build'], { cwd: appDir, env: nextBuildEnv(ready) }).then(() => undefined),
    check: (browser, { origin }) => checkNextHost(browser, origin),
  },
];

const named = process.argv.slice(2);
const unknown = named.filter((name) => !hosts.some((host) => host.name === name));
if (unknown.length > 0) {
  console.error(`Unknown host ${unknown.join(', ')}; the hosts are ${hosts.map((host) => host.name).join(', ')}.`);
  process.exit(2);
}
const selected = named.length > 0 ? hosts.filter((host) => named.includes(host.name)) : hosts;

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
/** Why each host failed, by name; a host absent here has not failed (yet). */
const failures = new Map<string, string>();
const fail = (host: Host, step: string, error: unknown) => {
  if (!failures.has(host.name))
    failures.set(host.name, `${step}: ${error instanceof Error ? error.message : String(error)}`);
};
const alive = () => selected.filter((host) => !failures.has(host.name));

async function step(what: string, action: () => Promise<string | void>): Promise<void> {
  const since = performance.now();
  const detail = await action();
  console.log(`  ${what} (${seconds(since)})${detail ? `: ${detail}` : ''}`);
}

const closers: (() => Promise<void>)[] = [];
let browser: Browser | undefined;

try {
  // The package, once for every host.
  let tarball = '';
  try {
    await step('npm run build', () => run('npm', ['run', 'build'], { cwd: repo }).then(() => undefined));
    if (selected.some((host) => host.name.startsWith('federation'))) {
      await step('npm run build:federation', async () => {
        await run('npm', ['run', 'build:federation', '--', '--logLevel', 'warn'], { cwd: repo });
        return measureRemote(remoteDir);
      });
    }
    if (selected.some((host) => host.takesTarball)) {
      await step('npm pack', async () => {
        await rm(packDir, { recursive: true, force: true });
        await mkdir(packDir, { recursive: true });
        const [packed] = JSON.parse(
          await run('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: repo }),
        ) as { filename: string }[];
        if (!packed) throw new Error('npm pack reported no tarball');
        tarball = path.join(packDir, packed.filename);
        return packed.filename;
      });
    }
  } catch (error) {
    console.log(`✗ building the package: ${error instanceof Error ? error.message : String(error)}`);
    for (const host of selected) fail(host, 'building the package', 'failed (above)');
  }

  // Installs go side by side: they wait on the disk and the cache more than on the cores.
  await Promise.all(
    alive().map((host) =>
      step(`${host.name}: install`, () =>
        installHost(path.join(apps, host.name), host.takesTarball ? tarball : undefined),
      ).catch((error: unknown) => fail(host, 'install', error)),
    ),
  );

  // Every host's origin is known before the backend starts: its callback is a registered redirect URI.
  // Filled in once the backend has started: the hosts' servers pass /api/… on to it.
  const backendOrigin: { url?: string } = {};
  const remote = await serveHost(remoteDir, { cors: true });
  closers.push(remote.close);
  const origins = new Map<string, string>();
  for (const host of alive()) {
    if (host.next) {
      origins.set(host.name, `http://127.0.0.1:${await freePort()}`);
    } else {
      const server: HostServer = await serveHost(path.join(apps, host.name, 'dist'), {
        fallback: 'index.html',
        apiOrigin: () => backendOrigin.url,
      });
      closers.push(server.close);
      origins.set(host.name, server.url);
    }
  }
  const servers = await startServers({
    host: '127.0.0.1',
    redirectUris: [...origins.values()].map((origin) => `${origin}${callbackPath}`),
    demoSessions: true,
    seedDataSources: [...productDataSources],
    log: () => {},
  });
  closers.push(servers.close);
  backendOrigin.url = servers.backendUrl;
  const readyFor = (host: Host): Ready => ({ origin: origins.get(host.name) ?? '', remoteOrigin: remote.url, servers });

  // Builds one after another: each takes both cores.
  for (const host of alive()) {
    await step(`${host.name}: build`, () => host.build(path.join(apps, host.name), readyFor(host))).catch(
      (error: unknown) => fail(host, 'build', error),
    );
  }
  for (const host of alive().filter((candidate) => candidate.next)) {
    await step(`${host.name}: next start`, async () => {
      const server: NextServer = await startNext(
        path.join(apps, host.name),
        Number(new URL(readyFor(host).origin).port),
        nextStartEnv(readyFor(host)),
      );
      closers.push(server.close);
    }).catch((error: unknown) => fail(host, 'next start', error));
  }

  browser = await chromium.launch(chromiumLaunchOptions);
  for (const host of selected) {
    const since = performance.now();
    if (!failures.has(host.name)) {
      try {
        const detail = await host.check(browser, readyFor(host));
        console.log(`✓ ${host.title} (${seconds(since)}): ${detail}`);
        continue;
      } catch (error) {
        fail(host, 'in Chromium', error);
      }
    }
    console.log(`✗ ${host.title}: ${failures.get(host.name)}`);
  }
} catch (error) {
  // Something every host needs (a server, the browser) failed.
  for (const host of selected) fail(host, 'setting up', error);
  console.log(`✗ setting up the hosts: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await browser?.close();
  await Promise.allSettled(closers.reverse().map((close) => close()));
}

const elapsed = Math.round((performance.now() - started) / 1000);
const failed = selected.filter((host) => failures.has(host.name)).length;
console.log(
  `hosts: ${selected.length - failed} passed, ${failed} failed (${Math.floor(elapsed / 60)}m${String(elapsed % 60).padStart(2, '0')}s)`,
);
process.exit(failed > 0 ? 1 : 0);
