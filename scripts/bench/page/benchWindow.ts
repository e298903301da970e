import type { InteractionSample, Trigger } from './probeInteraction';

/** Which table a page renders: the widget's DataSourcesTable, or the hand-written baseline. */
export type TableKind = 'widget' | 'plain';

/** What the bench page exposes to the Playwright script (window.bench). */
export interface BenchWindow {
  /** Mounts `kind` over `count` sources and resolves with the ms from the render call to the first row painted. */
  mount(kind: TableKind, count: number): Promise<number>;
  /** Unmounts the table and waits for the emptied page to paint. */
  unmount(): Promise<void>;
  /** `cycles` mounts and unmounts, each waiting for its first row. */
  cycle(kind: TableKind, count: number, cycles: number): Promise<void>;
  /** Scrolls the rows back to the top and answers where to turn the wheel and by how much. */
  prepareScroll(): Promise<{ x: number; y: number; delta: number; scroller: string }>;
  /** Mounts a button that does next to nothing when clicked, for the floor of click → next frame. */
  mountIdleButton(): Promise<void>;
  armInteraction(trigger: Trigger): void;
  collectInteraction(): Promise<InteractionSample>;
  /** Lets pending work settle between repetitions. */
  settle(): Promise<void>;
}

export type { InteractionSample, Trigger };
