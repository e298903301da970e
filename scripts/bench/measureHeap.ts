import type { Browser } from 'playwright';
import type { BenchWindow, TableKind } from './page/benchWindow';

declare const bench: BenchWindow;

export interface HeapResult {
  kind: TableKind;
  count: number;
  warmUpCycles: number;
  cycles: number;
  beforeBytes: number;
  /** After the first half of the cycles: a leak grows in both halves, a one-time cost in the first only. */
  halfwayBytes: number;
  afterBytes: number;
  growthBytes: number;
  /** Why the cycles could not run (what the table's error state said), if they could not. */
  error?: string;
}

/**
 * Mounts before the first reading, so that what the first mounts leave for good (optimized code,
 * Intl formatters, the generated rows) is not counted as growth: with a single one, the next
 * twenty cycles still added about 0.9 MB (widget, before virtualization) and 0.2 MB (plain), then stayed flat.
 */
const warmUpCycles = 10;

/**
 * The JS heap before, halfway through and after `cycles` mounts and unmounts, each reading after
 * a forced full GC (twice: the first can leave what finalizers and weak references free for the second).
 */
export async function measureHeap(
  browser: Browser,
  url: string,
  kind: TableKind,
  count: number,
  cycles: number,
): Promise<HeapResult> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url);
    const cdp = await context.newCDPSession(page);
    const usedHeap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycle = (times: number) =>
      page.evaluate(([table, size, repeat]) => bench.cycle(table, size, repeat), [kind, count, times] as const);
    await cycle(warmUpCycles);
    const beforeBytes = await usedHeap();
    await cycle(Math.floor(cycles / 2));
    const halfwayBytes = await usedHeap();
    await cycle(cycles - Math.floor(cycles / 2));
    const afterBytes = await usedHeap();
    return {
      kind,
      count,
      warmUpCycles,
      cycles,
      beforeBytes,
      halfwayBytes,
      afterBytes,
      growthBytes: afterBytes - beforeBytes,
    };
  } catch (error) {
    const message =
      (error instanceof Error ? error.message : String(error))
        .replace(/^page\.evaluate: (Error: )?/, '')
        .split('\n')[0] ?? '';
    const failed = { beforeBytes: NaN, halfwayBytes: NaN, afterBytes: NaN, growthBytes: NaN };
    return { kind, count, warmUpCycles, cycles, ...failed, error: message };
  } finally {
    await context.close();
  }
}
