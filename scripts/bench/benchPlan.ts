/** How many sources, and how many repetitions of each measurement at that size. */
export interface SizePlan {
  count: number;
  mounts: number;
  sorts: number;
  /** Keystrokes: half type "q", half clear it with Backspace. */
  filters: number;
  scrolls: number;
}

export interface BenchPlan {
  sizes: SizePlan[];
  heap: { count: number; cycles: number };
}

/**
 * 30 of each; at 10,000 sources fewer mounts (each takes seconds without virtualization).
 * `--quick` stops at 1,000 sources with a handful of each and 20 heap cycles, to check the harness itself.
 */
export function benchPlan(quick: boolean): BenchPlan {
  if (quick) {
    return {
      sizes: [100, 1_000].map((count) => ({ count, mounts: 5, sorts: 6, filters: 6, scrolls: 6 })),
      heap: { count: 1_000, cycles: 20 },
    };
  }
  return {
    sizes: [
      { count: 100, mounts: 30, sorts: 30, filters: 30, scrolls: 30 },
      { count: 1_000, mounts: 30, sorts: 30, filters: 30, scrolls: 30 },
      { count: 10_000, mounts: 10, sorts: 30, filters: 30, scrolls: 30 },
    ],
    heap: { count: 1_000, cycles: 100 },
  };
}
