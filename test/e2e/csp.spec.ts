import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicy, devServerContentSecurityPolicy } from '../../server/common/contentSecurityPolicy';
import { goToStripe, openConnections, rowsNamed, signInAtStripe, successBanner } from './support/demo';

declare global {
  interface Window {
    reportCspViolation(violation: string): void;
  }
}

interface CspRecorder {
  /** What the pages' `securitypolicyviolation` events and the browser's console said, in order. */
  violations: string[];
  /** The policy each HTML page (a navigation's final answer) came with, by URL. */
  documents: { url: string; policy: string | null }[];
}

/**
 * Listens on every page the tab shows, from before its first script runs: the binding outlives
 * navigations (the init script adds the listener again on each new document), and Chromium's own
 * "Refused to …" console reports catch what happens before any listener could (a blocked
 * preamble, a refused stylesheet).
 */
async function recordCsp(page: Page): Promise<CspRecorder> {
  const recorder: CspRecorder = { violations: [], documents: [] };
  await page.exposeFunction('reportCspViolation', (violation: string) =>
    recorder.violations.push(`event: ${violation}`),
  );
  await page.addInitScript(() => {
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        window.reportCspViolation(
          `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} on ${event.documentURI} ${event.sample}`,
        ),
      true,
    );
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) recorder.violations.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.status() === 200) {
      recorder.documents.push({ url: response.url(), policy: response.headers()['content-security-policy'] ?? null });
    }
  });
  return recorder;
}

/** The policy the demo's pages must carry: the strict one for a build, plus the dev server's needs under `npm run dev`. */
async function expectedDemoPolicy(page: Page): Promise<string> {
  if (test.info().project.name !== 'npm run dev') return contentSecurityPolicy();
  // Read as the property: browsers hide a nonce from the attribute once the page has loaded.
  const nonce = await page.locator('meta[property="csp-nonce"]').evaluate((meta: HTMLMetaElement) => meta.nonce);
  expect(nonce, 'Vite’s csp-nonce meta tag').toBeTruthy();
  return devServerContentSecurityPolicy({ nonce: nonce!, port: Number(new URL(page.url()).port) });
}

test('the whole Stripe flow runs under the strict Content-Security-Policy without a single violation', async ({
  page,
}) => {
  const csp = await recordCsp(page);

  const table = await openConnections(page);
  const demoOrigin = new URL(page.url()).origin;
  const demoPolicy = await expectedDemoPolicy(page);
  await goToStripe(page);
  const standInOrigin = new URL(page.url()).origin;
  await signInAtStripe(page);
  await expect(successBanner(page)).toContainText('Stripe was added to your data sources.');
  await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
  // Violations are reported asynchronously; let the last page's settle.
  await page.waitForLoadState('networkidle');

  expect(csp.violations).toEqual([]);

  // The Connections page, the stand-in's access request and sign-in pages, and the callback.
  const demoPages = csp.documents.filter(({ url }) => new URL(url).origin === demoOrigin);
  const standInPages = csp.documents.filter(({ url }) => new URL(url).origin === standInOrigin);
  expect(demoPages.map(({ url }) => new URL(url).pathname)).toEqual(['/', '/admin/connections/callback']);
  expect(standInPages.map(({ url }) => new URL(url).pathname)).toEqual(['/oauth/authorize', '/oauth/sign-in']);
  for (const { url, policy } of demoPages) expect(policy, url).toBe(demoPolicy);
  // The stand-in's forms may post to itself, and end in a redirect back to the demo.
  const standInPolicy = contentSecurityPolicy({ 'form-action': ["'self'", demoOrigin] });
  for (const { url, policy } of standInPages) expect(policy, url).toBe(standInPolicy);
});

test('the recorder hears a violation: an inline style added to the Connections page is refused and reported', async ({
  page,
}) => {
  const csp = await recordCsp(page);
  await openConnections(page);

  const applied = await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(255, 0, 0); }';
    document.head.append(style);
    return getComputedStyle(document.body).outlineWidth;
  });

  expect(applied).not.toBe('7px');
  await expect
    .poll(() => csp.violations.filter((line) => line.startsWith('event: style-src-elem refused inline')))
    .toHaveLength(1);
  await expect.poll(() => csp.violations.filter((line) => line.startsWith('console: '))).toHaveLength(1);
});
