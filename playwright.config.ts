import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromiumLaunchOptions.ts';

// Not 5173, so the tests can run beside a developer's `npm run dev`.
const previewPort = 5273;
const devPort = 5274;
const stripeAppsPort = 5275;

const chromium = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions };

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>[number];

function demoServer(port: number, ...flags: string[]): WebServer {
  return {
    command: ['node --import tsx scripts/dev.ts', `--port ${port}`, ...flags].join(' '),
    url: `http://localhost:${port}/`,
    // Always our own: the specs count on this seed and on redirect URIs registered for this port.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  };
}

export default defineConfig({
  testDir: 'test/e2e',
  // Two cores: one browser at a time keeps the timings (and so the tests) steady.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      // A production build of the demo, as a host ships it: nothing can reload the page mid-test.
      name: 'demo build',
      testIgnore: ['stripeApps*.spec.ts'],
      use: { ...chromium, baseURL: `http://localhost:${previewPort}` },
    },
    {
      // What `npm run dev` serves (Vite's dev server, React's StrictMode with its double effects,
      // and the dev server's own Content-Security-Policy).
      name: 'npm run dev',
      testMatch: ['connectStripe.spec.ts', 'csp.spec.ts'],
      use: { ...chromium, baseURL: `http://localhost:${devPort}` },
    },
    {
      // The demo with the stand-in in Stripe Apps mode: the install link instead of Connect OAuth.
      name: 'stripe apps',
      testMatch: ['stripeApps*.spec.ts'],
      use: { ...chromium, baseURL: `http://localhost:${stripeAppsPort}` },
    },
  ],
  // --in-memory: each run starts from the seed, and never touches a developer's .data/ folder.
  webServer: [
    demoServer(previewPort, '--preview', '--seed-reauthorization', '--in-memory'),
    demoServer(devPort, '--in-memory'),
    demoServer(stripeAppsPort, '--stripe-mode apps', '--in-memory'),
  ],
});
