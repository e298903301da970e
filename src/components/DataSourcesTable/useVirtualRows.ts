import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** A run of rows to render, `[start, end)`, and the height of the rows skipped before it. */
export interface RowRun {
  start: number;
  end: number;
  gapBefore: number;
}

/** Rows drawn beyond each edge of the viewport, so a fast scroll or a Tab finds them there. */
const overscan = 8;
/** Before the box has a size (a server render, a layout-less test DOM): as many as a tall screen holds. */
const rowsWithoutLayout = 40;
/** A row's height before one is measured. */
const estimatedRowHeight = 52;

/**
 * Which rows of a long table to render: those in the scrolling box's viewport and a margin,
 * plus the row that holds focus (or is about to) and its neighbours, so Tab and Shift+Tab always find the next
 * row in the DOM (the browser then scrolls it into view, which moves the window along). Skipped
 * rows become gaps of the measured row height, so the scrollbar stays true.
 */
export function useVirtualRows(
  count: number,
  scroller: RefObject<HTMLElement | null>,
  body: RefObject<HTMLElement | null>,
  /** Rows drawn wherever the box is scrolled (about to take focus, or to get it back). */
  pinned: readonly (number | undefined)[] = [],
) {
  const [viewport, setViewport] = useState({ top: 0, height: 0, width: 0 });
  const [rowHeight, setRowHeight] = useState({ height: estimatedRowHeight, forWidth: -1 });
  const [focused, setFocused] = useState<number>();

  const readViewport = () => {
    const box = scroller.current;
    if (!box || !body.current) return;
    // Measured from the body's top, so the header row above it does not count as rows.
    setViewport({ top: box.scrollTop - body.current.offsetTop, height: box.clientHeight, width: box.clientWidth });
  };

  useLayoutEffect(() => {
    // Measuring the box before paint is what a layout effect is for; the state it sets is the
    // window of rows, which only the DOM can tell.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    readViewport();
    const box = scroller.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(readViewport);
    observer.observe(box);
    return () => observer.disconnect();
    // readViewport reads refs only; observing once per box is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scroller]);

  // The rows drawn tell the real row height (names may wrap), measured once per width of the
  // box: measuring after every render would chase its own tail, as each height draws other rows.
  useLayoutEffect(() => {
    if (viewport.width === rowHeight.forWidth) return;
    const rows = body.current?.querySelectorAll<HTMLElement>('tr[data-index]') ?? [];
    let total = 0;
    for (const row of rows) total += row.offsetHeight;
    // The same: a height only layout can tell, set before paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (total > 0) setRowHeight({ height: total / rows.length, forWidth: viewport.width });
  }, [body, viewport.width, rowHeight.forWidth]);

  // Focus moves within the body as the admin tabs; the row it is in stays drawn with its neighbours.
  useEffect(() => {
    const rows = body.current;
    if (!rows) return;
    const focusIn = (event: FocusEvent) => {
      const row = (event.target as Element).closest('tr[data-index]');
      if (row) setFocused(Number(row.getAttribute('data-index')));
    };
    const focusOut = (event: FocusEvent) => {
      if (!rows.contains(event.relatedTarget as Node | null)) setFocused(undefined);
    };
    rows.addEventListener('focusin', focusIn);
    rows.addEventListener('focusout', focusOut);
    return () => {
      rows.removeEventListener('focusin', focusIn);
      rows.removeEventListener('focusout', focusOut);
    };
  }, [body]);

  let start = 0;
  let end = Math.min(count, rowsWithoutLayout);
  const { height } = rowHeight;
  if (viewport.height > 0) {
    start = Math.max(0, Math.floor(viewport.top / height) - overscan);
    end = Math.min(count, Math.ceil((viewport.top + viewport.height) / height) + overscan);
  }
  const runs = runsOf(count, start, end, [focused, ...pinned], height);

  return {
    runs,
    /** The height of the rows after the last run. */
    gapAfter: (count - (runs.at(-1)?.end ?? 0)) * height,
    /** The last row in the viewport's window, to load more before the admin reaches the end. */
    windowEnd: end,
    /** Reads the box's scroll position and size again: on scroll, and after scrolling it from code. */
    measure: readViewport,
  };
}

function runsOf(
  count: number,
  start: number,
  end: number,
  kept: readonly (number | undefined)[],
  rowHeight: number,
): RowRun[] {
  const ranges: [number, number][] = [[start, end]];
  for (const row of kept) {
    if (row !== undefined) ranges.push([Math.max(0, row - 1), Math.min(count, row + 2)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const runs: RowRun[] = [];
  let last = 0;
  for (const [from, to] of ranges) {
    const previous = runs.at(-1);
    if (previous && from <= previous.end) {
      previous.end = Math.max(previous.end, to);
    } else if (to > from) {
      runs.push({ start: from, end: to, gapBefore: (from - last) * rowHeight });
    }
    last = runs.at(-1)?.end ?? last;
  }
  return runs;
}
