/** The most frames one scroll step's work is followed into, the scrolled one included. */
const maxFrames = 4;

/**
 * The main thread's work for the next scroll step of `scroller`, in ms, one span a frame; null if
 * it did not scroll before `deadline`. Call it before the wheel turns.
 *
 * The first span runs from the scroller's first `scroll` event (fired in the frame in which the
 * main thread first sees the moved offset) to that frame painted. React renders a scroll's
 * update in a task of its own, queued by the event and run after that frame is painted, but
 * before the message that marks the paint; the rows it commits are styled, laid out and painted
 * in the next frame. So while the DOM under the scroller changed after a frame's
 * requestAnimationFrame step, the next frame counts too, from its requestAnimationFrame step to
 * its paint; until the next scroll step begins (its own scroll event), whose work is its own.
 * The wait for each frame is not work, and is not counted.
 *
 * The requestAnimationFrame loop starts now, before the probe's (which start at the wheel), so
 * that it runs first in each frame: the probe's reads of the rows force style and layout, which
 * would otherwise fall before the span.
 */
export function scrollFrameWork(scroller: Element, deadline: number): Promise<number[] | null> {
  // The page's own scrolling fires its scroll events at the document.
  const target = scroller === document.scrollingElement ? document : scroller;
  return new Promise((resolve) => {
    let scrolledAt: number | undefined;
    let scrolledAgain = false;
    let changedAt = -Infinity;
    /** The requestAnimationFrame step of the frame being measured, and when its span started. */
    let measured: { frameAt: number; from: number } | undefined;
    let done = false;
    const spans: number[] = [];
    const changes = new MutationObserver(() => (changedAt = performance.now()));
    const painted = new MessageChannel();
    const onScroll = (event: Event) => {
      if (event.target !== target) return;
      if (scrolledAt === undefined) scrolledAt = performance.now();
      else scrolledAgain = true;
    };
    const finish = (result: number[] | null) => {
      done = true;
      removeEventListener('scroll', onScroll, { capture: true });
      changes.disconnect();
      painted.port1.close();
      resolve(result);
    };
    painted.port1.onmessage = () => {
      if (!measured) return;
      spans.push(performance.now() - measured.from);
      const settled = changedAt <= measured.frameAt || scrolledAgain || spans.length >= maxFrames;
      if (settled) finish(spans);
      measured = undefined;
    };
    const tick = (): void => {
      if (done) return;
      requestAnimationFrame(tick);
      const now = performance.now();
      if (scrolledAt === undefined) {
        if (now > deadline) finish(null);
        return;
      }
      // Still waiting for the last frame's paint (a task ran long): that message will count this frame too.
      if (measured) return;
      measured = { frameAt: now, from: spans.length === 0 ? scrolledAt : now };
      painted.port2.postMessage(null);
    };
    changes.observe(scroller, { subtree: true, childList: true, attributes: true, characterData: true });
    // Capturing at the window: before the table's own scroll handlers, whose work then counts.
    addEventListener('scroll', onScroll, { capture: true, passive: true });
    requestAnimationFrame(tick);
  });
}
