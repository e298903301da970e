/** The element that scrolls the rows: the widget's `.cw-table-scroll` once it has a bounded height, else the page. */
export function rowScroller(): { element: Element; name: string } {
  const box = document.querySelector('.cw-table-scroll');
  if (box && box.scrollHeight > box.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(box).overflowY)) {
    return { element: box, name: '.cw-table-scroll' };
  }
  return { element: document.scrollingElement ?? document.documentElement, name: 'the page' };
}

/** The part of the scroller the user sees, in viewport coordinates, below the table's header. */
export function visibleArea(scroller: Element): { left: number; top: number; right: number; bottom: number } {
  const page = scroller === document.scrollingElement;
  const box = page ? { left: 0, top: 0, right: innerWidth, bottom: innerHeight } : scroller.getBoundingClientRect();
  // The header cells, not the thead: the cells are what a sticky header keeps in view.
  const header = document.querySelector('thead th')?.getBoundingClientRect();
  const headerBottom = header && header.bottom > box.top && header.top < box.bottom ? header.bottom : box.top;
  return {
    left: Math.max(box.left, 0),
    top: Math.max(headerBottom, 0),
    right: Math.min(box.right, innerWidth),
    bottom: Math.min(box.bottom, innerHeight),
  };
}

/** The name in the topmost row the user can see, or null when no row is there (nothing rendered yet, a blank spacer). */
export function firstVisibleRow(): string | null {
  const table = document.querySelector('tbody');
  if (!table) return null;
  const area = visibleArea(rowScroller().element);
  const left = Math.max(area.left, table.getBoundingClientRect().left);
  const row = document.elementFromPoint(left + 24, area.top + 2)?.closest('tr');
  // The header's row, or the point landing between rows, reads the first row of the body instead.
  const shown = row && table.contains(row) ? row : area.top <= table.getBoundingClientRect().top ? table.rows[0] : null;
  // A row without text (a virtualizer's spacer) shows no source yet.
  return shown?.cells[0]?.textContent?.trim() || null;
}
