import type { Browser } from 'playwright';
import { interact, repeat } from './measureTable';
import type { BenchWindow, InteractionSample } from './page/benchWindow';

declare const bench: BenchWindow;

/**
 * Clicks a button that only toggles one attribute through React state, `times` times: the floor
 * of click → next frame on this machine, which a table's sort cannot go below.
 */
export async function measureClickFloor(browser: Browser, url: string, times: number): Promise<InteractionSample[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => bench.mountIdleButton());
    const button = page.getByRole('button', { name: 'Nothing to do' });
    return await repeat(times, () => interact(page, 'click', () => button.click()));
  } finally {
    await context.close();
  }
}
