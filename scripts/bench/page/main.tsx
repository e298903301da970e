import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ConnectionsApi, DataSource } from 'connections-widget';
import { afterPaintWhen, frames } from './afterPaint';
import type { BenchWindow, TableKind } from './benchWindow';
import { generateDataSources } from './generateDataSources';
import { PlainTable } from './PlainTable';
import { armInteraction, collectInteraction } from './probeInteraction';
import { rowScroller, visibleArea } from './visibleRows';
import { IdleButton } from './IdleButton';
import { createWidgetTable } from './WidgetTable';
import { startWorkerConnectionsApi } from './workerConnectionsApi';

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
const sources = new Map<number, DataSource[]>();
const backends = new Map<number, Promise<ConnectionsApi>>();
let root: Root | undefined;

/** Generated once per size, before any timing, and shared by every mount. */
function dataSources(count: number): DataSource[] {
  let generated = sources.get(count);
  if (!generated) sources.set(count, (generated = generateDataSources(count)));
  return generated;
}

/**
 * The widget's backend: a worker that generates its own sources, started once per size and kept
 * (a host keeps its API client); resolves once it is built, so that no mount times its start.
 */
function backend(count: number): Promise<ConnectionsApi> {
  let started = backends.get(count);
  if (!started) backends.set(count, (started = startWorkerConnectionsApi(count)));
  return started;
}

async function element(kind: TableKind, count: number): Promise<ReactNode> {
  return kind === 'widget' ? createWidgetTable(await backend(count)) : <PlainTable dataSources={dataSources(count)} />;
}

async function mount(kind: TableKind, count: number): Promise<number> {
  if (root) throw new Error('a table is already mounted');
  // StrictMode as a host would ship it; in a production build it adds no double rendering.
  const tree = <StrictMode>{await element(kind, count)}</StrictMode>;
  const started = performance.now();
  root = createRoot(container!);
  root.render(tree);
  const painted = await afterPaintWhen(
    () =>
      Boolean(container!.querySelector('tbody tr')?.textContent?.trim() || container!.querySelector('[role="alert"]')),
    started + 60_000,
  );
  // An alert instead of rows is the table's error state: what it says is the reason to report.
  const alert = container!.querySelector('[role="alert"]')?.textContent;
  if (painted === null || alert) throw new Error(alert ?? `${kind} showed no row within a minute`);
  return painted - started;
}

async function unmount(): Promise<void> {
  root?.unmount();
  root = undefined;
  await frames(2);
}

const bench: BenchWindow = {
  mount,
  unmount,
  async cycle(kind, count, cycles) {
    for (let index = 0; index < cycles; index += 1) {
      await mount(kind, count);
      await unmount();
    }
  },
  async prepareScroll() {
    const { element: scroller, name } = rowScroller();
    scroller.scrollTop = 0;
    await frames(2);
    const area = visibleArea(scroller);
    return {
      x: Math.round((area.left + area.right) / 2),
      y: Math.round((area.top + area.bottom) / 2),
      delta: Math.round(scroller === document.scrollingElement ? innerHeight : scroller.clientHeight),
      scroller: name,
    };
  },
  async mountIdleButton() {
    if (root) throw new Error('a table is already mounted');
    root = createRoot(container!);
    root.render(
      <StrictMode>
        <IdleButton />
      </StrictMode>,
    );
    await frames(2);
  },
  armInteraction,
  collectInteraction,
  settle: () => frames(3),
};

declare global {
  interface Window {
    bench: BenchWindow;
  }
}
window.bench = bench;
