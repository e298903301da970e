import { frames } from './afterPaint';

/**
 * The Event Timing API's entries: each is an input event's time from its timeStamp to the
 * presentation of the next frame painted after it (rounded to 8 ms). Chromium reports only
 * events of 16 ms or more, and no wheel events at all.
 */
const entries: PerformanceEventTiming[] = [];
const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as PerformanceEventTiming[])));
observer.observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);

function find(type: string, timeStamp: number): PerformanceEventTiming | undefined {
  entries.push(...(observer.takeRecords() as PerformanceEventTiming[]));
  return entries.find((entry) => entry.name === type && Math.abs(entry.startTime - timeStamp) < 1);
}

/**
 * Event Timing's duration of the `type` event at `timeStamp` (that event's own entry, so that it
 * starts where the rAF clock starts, not at the pointerdown before a click), or undefined when
 * not reported. An entry is queued only once its frame is presented, which on a busy machine is
 * some frames later: when the span was long enough to be reported, it is waited for (up to 1 s).
 */
export async function eventTimingDuration(type: string, timeStamp: number, rafMs: number): Promise<number | undefined> {
  const deadline = performance.now() + (rafMs >= 16 ? 1_000 : 0);
  await frames(2);
  let entry = find(type, timeStamp);
  while (!entry && performance.now() < deadline) {
    await frames(1);
    entry = find(type, timeStamp);
  }
  return entry?.duration;
}
