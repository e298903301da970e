// First step of `npm test`: the end-to-end tests drive Debian's Chromium, which a fresh
// machine may not have yet. Playwright's own browser download cannot work without the internet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
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

if (!existsSync(chromiumPath)) {
  if (process.env.CHROMIUM_PATH) {
    fail(`CHROMIUM_PATH is ${chromiumPath}, which does not exist. Point it at a Chromium or Chrome binary.`);
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    fail(
      'the end-to-end tests need Chromium at /usr/bin/chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run `npm test` again.',
    );
  }
  console.log("ensure-chromium: installing Debian's chromium package (apt-get)…");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
  if (!existsSync(chromiumPath)) fail(`apt-get installed chromium, but ${chromiumPath} is still missing.`);
  console.log(`ensure-chromium: ${chromiumPath} installed.`);
}
