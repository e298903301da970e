/**
 * `npm run bench` (issue 9): the widget's Data Sources table beside a plain React table, in
 * headless Chromium, at 100, 1,000 and 10,000 sources. Not part of `npm test`: it takes minutes,
 * and its numbers are the machine's, not pass or fail. `npm run bench -- --quick` measures 100
 * and 1,000 sources only, a few times each. Then the server half (serverBench.ts): 100,000 sources
 * on PGlite and on PostgreSQL; `npm run bench -- --server` runs only that part.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../chromiumLaunchOptions.ts';
import { serveStatic } from '../../test/package/serveStatic.ts';
import { benchPageConfig, outputDir, repo } from './benchPageConfig.ts';
import { benchPlan } from './benchPlan.ts';
import { measureHeap, type HeapResult } from './measureHeap.ts';
import { measureTable, type TableResult } from './measureTable.ts';
import { measureClickFloor } from './measureClickFloor.ts';
import type { InteractionSample } from './page/benchWindow.ts';
import { heapReport, sizeReport, targetReport } from './printReport.ts';
import { runServerBench, serverBenchOptions } from './serverBench.ts';

if (process.argv.includes('--server')) {
  await runServerBench(serverBenchOptions(process.argv));
  process.exit(0);
}

const quick = process.argv.includes('--quick');
const plan = benchPlan(quick);
const started = performance.now();
/** Other work on the machine slows every number here; the load says how much there was. */
const load = () => `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`;
const loadAtStart = load();

console.log('bench: npm run build, then the bench page (vite build, production)…');
const built = spawnSync('npm', ['run', 'build'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (built.status !== 0) {
  console.error(`bench: npm run build failed, so there is no package to measure\n${built.stdout}${built.stderr}`);
  process.exit(1);
}
await build(benchPageConfig);

const server = await serveStatic(path.join(outputDir, 'page'));
const browser = await chromium.launch(chromiumLaunchOptions);
const results: TableResult[] = [];
const heap: HeapResult[] = [];
let clickFloor: InteractionSample[] = [];
try {
  console.log(
    `bench: Chromium ${browser.version()} headless, 1280×720 viewport; p50 and p95 in ms (nearest rank).\n` +
      '  next frame: from the input event (its timeStamp, when the browser received the input) to the next\n' +
      '  frame painted after it. Clock "ET": the Event Timing API (that event\'s PerformanceEventTiming duration,\n' +
      '  to the frame\'s presentation), used where Chromium reports it: from 16 ms, never for wheel. "raf":\n' +
      '  requestAnimationFrame queued by a capturing listener, then a MessageChannel message, which runs once\n' +
      '  that frame is painted. A scroll counts from the first frame painted with the offset moved.\n' +
      '  rows on screen: to the first painted frame whose first visible row changed (a scroll: at its\n' +
      '  destination), what the widget shows late when it sorts and filters on the server.\n' +
      "  scroll → frame work: the main thread's own work for a scroll step, which wheel → next frame cannot show:\n" +
      '  in headless Chromium the compositor applies the wheel and the main thread sees the moved offset a frame\n' +
      "  later, a floor of about two frames for any table. It runs from the scrolled element's first scroll event\n" +
      "  (the frame that sees the offset) to that frame painted (raf), plus the next frame when the table's DOM\n" +
      "  changed after that one's rAF step (React renders a scroll's rows in a task after the paint).\n" +
      '  mount: from the render call to the first painted frame with a row (raf).\n' +
      "  The widget's backend (the test kit's in-memory API over the same rows) runs in a Web Worker, as a host's\n" +
      "  server runs off the page: filtering and sorting all the sources is the server's work, not the widget's.\n",
  );
  for (const size of plan.sizes) {
    const widget = await measureTable(browser, server.url, 'widget', size);
    const plain = await measureTable(browser, server.url, 'plain', size);
    results.push(widget, plain);
    console.log(`${sizeReport(size, widget, plain)}\n`);
  }
  for (const kind of ['widget', 'plain'] as const) {
    heap.push(await measureHeap(browser, server.url, kind, plan.heap.count, plan.heap.cycles));
  }
  clickFloor = await measureClickFloor(browser, server.url, plan.sizes[0]?.sorts ?? 30);
  console.log(`${targetReport(results, clickFloor)}\n${heapReport(heap)}`);
} finally {
  await browser.close();
  await server.close();
}

const file = path.join(outputDir, quick ? 'results-quick.json' : 'results.json');
await mkdir(outputDir, { recursive: true });
await writeFile(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), quick, plan, tables: results, heap, clickFloor }, null, 2)}\n`,
);
console.log(
  `\nbench: results in ${path.relative(repo, file)}; took ${((performance.now() - started) / 1000).toFixed(0)} s; ` +
    `${loadAtStart} at the start, ${load().replace('load average ', '')} at the end`,
);

console.log('');
await runServerBench(serverBenchOptions(process.argv));
