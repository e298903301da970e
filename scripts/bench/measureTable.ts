import type { Browser, Page } from 'playwright';
import type { SizePlan } from './benchPlan';
import type { BenchWindow, InteractionSample, TableKind, Trigger } from './page/benchWindow';

declare const bench: BenchWindow;

export interface TableResult {
  kind: TableKind;
  count: number;
  mountMs: number[];
  sort: InteractionSample[];
  /** null when this build of the table has no search box. */
  filter: InteractionSample[] | null;
  scroll: InteractionSample[];
  /** What scrolled: the widget's `.cw-table-scroll`, or the page. */
  scroller: string;
  /** Why the table could not be measured at this size (what its error state said), if it could not. */
  error?: string;
}

/** Arms the page's probe, sends the real input through Playwright, and waits for the sample. */
export async function interact(page: Page, trigger: Trigger, input: () => Promise<void>): Promise<InteractionSample> {
  await page.evaluate((armed) => bench.armInteraction(armed), trigger);
  await input();
  const sample = await page.evaluate(() => bench.collectInteraction());
  await page.evaluate(() => bench.settle());
  return sample;
}

export async function repeat<T>(times: number, run: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < times; index += 1) results.push(await run(index));
  return results;
}

/** Type "q", then clear it, and so on: each keystroke changes the first row (see generateDataSources). */
async function measureFilter(page: Page, times: number): Promise<InteractionSample[] | null> {
  const search = page.getByRole('searchbox', { name: 'Search data sources' });
  if ((await search.count()) === 0) return null;
  await search.click();
  return repeat(times, (index) =>
    interact(page, 'keydown', () => (index % 2 === 0 ? page.keyboard.type('q') : page.keyboard.press('Backspace'))),
  );
}

/** Clicks the Name column's sort button: each click flips the order, and so changes the first row. */
async function measureSort(page: Page, times: number): Promise<InteractionSample[]> {
  const sortByName = page.locator('thead').getByRole('button', { name: 'Name', exact: true });
  return repeat(times, () => interact(page, 'click', () => sortByName.click()));
}

/** One viewport down with the mouse wheel over the rows, from the top each time. */
async function measureScroll(page: Page, times: number): Promise<{ samples: InteractionSample[]; scroller: string }> {
  let scroller = '';
  const samples = await repeat(times, async () => {
    const target = await page.evaluate(() => bench.prepareScroll());
    scroller = target.scroller;
    await page.mouse.move(target.x, target.y);
    return interact(page, 'wheel', () => page.mouse.wheel(0, target.delta));
  });
  return { samples, scroller };
}

/** Every measurement of one table at one size, in a page of its own so that no other run's garbage is collected during it. */
export async function measureTable(
  browser: Browser,
  url: string,
  kind: TableKind,
  plan: SizePlan,
): Promise<TableResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    const { count } = plan;
    const mountMs = await repeat(plan.mounts, async () => {
      const ms = await page.evaluate(([table, size]) => bench.mount(table, size), [kind, count] as const);
      await page.evaluate(() => bench.unmount());
      return ms;
    });
    await page.evaluate(([table, size]) => bench.mount(table, size), [kind, count] as const);
    await page.evaluate(() => bench.settle());
    const filter = await measureFilter(page, plan.filters);
    const sort = await measureSort(page, plan.sorts);
    const scroll = await measureScroll(page, plan.scrolls);
    if (errors.length > 0) throw new Error(errors.join('; '));
    return { kind, count, mountMs, sort, filter, scroll: scroll.samples, scroller: scroll.scroller };
  } catch (error) {
    // One table failing at one size says something about that table; the other sizes and the baseline still count.
    const message =
      (error instanceof Error ? error.message : String(error))
        .replace(/^page\.evaluate: (Error: )?/, '')
        .split('\n')[0] ?? '';
    return { kind, count: plan.count, mountMs: [], sort: [], filter: null, scroll: [], scroller: '', error: message };
  } finally {
    await context.close();
  }
}
