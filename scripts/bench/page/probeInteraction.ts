import { afterPaintWhen } from './afterPaint';
import { eventTimingDuration } from './eventTiming';
import { scrollFrameWork } from './scrollFrameWork';
import { firstVisibleRow, rowScroller } from './visibleRows';

/** The input event that starts an interaction: a click (sort), a key (filter), a wheel turn (scroll). */
export type Trigger = 'click' | 'keydown' | 'wheel';

export interface InteractionSample {
  /** Input event to the next frame painted after it, in ms: Event Timing's when it reported the interaction. */
  nextFrameMs: number;
  nextFrameSource: 'event-timing' | 'raf';
  /** The same span by requestAnimationFrame, measured every time (null if no frame within the deadline). */
  rafMs: number | null;
  /** Input event to the first painted frame showing the result (first visible row changed; after a scroll, at its destination); null if never within the deadline. */
  onScreenMs: number | null;
  /**
   * A scroll's main-thread work: from the scrolled element's first scroll event to that frame
   * painted, plus the frames that paint the rows it rendered (scrollFrameWork.ts). Null for a
   * click or a key, or if nothing scrolled within the deadline.
   */
  frameWorkMs: number | null;
  /** The same, one span per frame. */
  frameWorkSpansMs: number[] | null;
}

/** How long a result may take to show before the sample counts as never shown. */
const onScreenDeadlineMs = 10_000;

let pending: Promise<InteractionSample> | undefined;

function scrollTop(element: Element): number {
  return element === document.scrollingElement ? scrollY : element.scrollTop;
}

/**
 * Listens for the next `trigger` event; Playwright then sends the real input. The event's
 * timeStamp (when the browser received the input) starts the clock: a capturing listener on
 * the window runs before the table's own handlers, which queue work the frame then shows.
 */
export function armInteraction(trigger: Trigger): void {
  const before = firstVisibleRow();
  const scroller = rowScroller().element;
  const startTop = scrollTop(scroller);
  // Armed before the input: the scroll event may reach the page in the same frame as the wheel.
  const frameWork = trigger === 'wheel' ? scrollFrameWork(scroller, performance.now() + onScreenDeadlineMs) : null;
  pending = new Promise((resolve) => {
    const onInput = async (event: Event) => {
      const start = event.timeStamp;
      const deadline = start + onScreenDeadlineMs;
      const scrolled = () => scrollTop(scroller) !== startTop;
      // A scroll answers the wheel once the offset has moved; anything else in the very next frame.
      const nextFrame = afterPaintWhen(trigger === 'wheel' ? scrolled : () => true, deadline);
      // Without a table (the floor's idle button) there are no rows to wait for: the next frame is all.
      const onScreen = !document.querySelector('tbody')
        ? nextFrame
        : afterPaintWhen(() => {
            const row = firstVisibleRow();
            if (trigger !== 'wheel') return row !== null && row !== before;
            const settled = scrollTop(scroller);
            const atEnd = settled >= scroller.scrollHeight - scroller.clientHeight - 1;
            const there = Math.abs(settled - startTop) >= scroller.clientHeight * 0.9 || atEnd;
            return scrolled() && there && row !== null && row !== before;
          }, deadline);
      const [painted, shown, workSpans] = await Promise.all([nextFrame, onScreen, frameWork]);
      const reported =
        trigger === 'wheel' || painted === null
          ? undefined
          : await eventTimingDuration(trigger, start, painted - start);
      resolve({
        nextFrameMs: reported ?? (painted ?? deadline) - start,
        nextFrameSource: reported === undefined ? 'raf' : 'event-timing',
        rafMs: painted === null ? null : painted - start,
        onScreenMs: shown === null ? null : shown - start,
        frameWorkMs: workSpans ? workSpans.reduce((sum, span) => sum + span, 0) : null,
        frameWorkSpansMs: workSpans,
      });
    };
    addEventListener(trigger, onInput, { capture: true, once: true, passive: true });
  });
}

/** The sample of the interaction armed last, once its result is on screen. */
export function collectInteraction(): Promise<InteractionSample> {
  if (!pending) throw new Error('collectInteraction before armInteraction');
  return pending;
}
