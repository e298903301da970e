import type { Browser, Page } from 'playwright';

export interface HostPageOptions {
  /** Signs in to the reference backend as an administrator first, through the host's origin. */
  signInAt?: string;
  /** Console errors the check expects (the page's own report of an error it shows); any other fails it. */
  expectedConsoleErrors?: RegExp;
}

/**
 * Gives a check a page in a context of its own (cookies included: every host is on 127.0.0.1,
 * and cookies do not tell ports apart), and fails it on any uncaught error or unexpected
 * console error of the page.
 */
export async function withHostPage<T>(
  browser: Browser,
  options: HostPageOptions,
  check: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    if (options.signInAt) {
      const answer = await context.request.post(`${options.signInAt}/api/v1/session`, { data: { role: 'admin' } });
      if (!answer.ok()) throw new Error(`signing in at ${options.signInAt} answered ${answer.status()}`);
    }
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (options.expectedConsoleErrors?.test(message.text())) return;
      // Named by the response listener below, with its address.
      if (message.text().startsWith('Failed to load resource')) return;
      problems.push(`console.error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });
    const result = await check(page);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return result;
  } finally {
    await context.close();
  }
}
