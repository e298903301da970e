// First step of `npm test`: what a fresh machine may lack, from Debian's packages (the only
// source there is without the internet). The end-to-end tests drive Debian's Chromium
// (Playwright's own browser download cannot work offline); the shared-database tests start a
// throwaway PostgreSQL server of their own.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = process.getuid?.() === 0;
const canInstall = isRoot && existsSync('/usr/bin/apt-get');
let updated = false;

function fail(message) {
  console.error(`ensure-test-tools: ${message}`);
  process.exit(1);
}

function run(command, args) {
  // Quiet while it works; on failure its output is the explanation, so it is shown then.
  const result = spawnSync(command, args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    fail(`\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit code ${result.status}`}).`);
  }
}

/** Installs Debian's `name` unless `present()` says it is there; `manual` says how, when this cannot. */
function ensurePackage(name, present, manual) {
  if (present()) return;
  if (!canInstall) fail(manual);
  console.log(`ensure-test-tools: installing Debian's ${name} package (apt-get)…`);
  if (!updated) run('apt-get', ['update', '-qq']);
  updated = true;
  run('apt-get', ['install', '-y', '-qq', name]);
  if (!present()) fail(`apt-get installed ${name}, but it is still missing.`);
  console.log(`ensure-test-tools: ${name} installed.`);
}

if (process.env.CHROMIUM_PATH && !existsSync(chromiumPath)) {
  fail(`CHROMIUM_PATH is ${chromiumPath}, which does not exist. Point it at a Chromium or Chrome binary.`);
}
ensurePackage(
  'chromium',
  () => existsSync(chromiumPath),
  'the end-to-end tests need Chromium at /usr/bin/chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
    'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run `npm test` again.',
);
// Not needed when the tests are given a server of their own (DATABASE_URL).
if (!process.env.DATABASE_URL) {
  ensurePackage(
    'postgresql',
    () => existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0,
    'the shared-database tests start a PostgreSQL server of their own and need its programs ' +
      '(Debian/Ubuntu: `sudo apt-get install postgresql`), or DATABASE_URL pointing at a server they may use.',
  );
}
