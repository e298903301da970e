import { fireEvent } from '@testing-library/react';

export interface TableLayout {
  /** The height of the scrolling box's viewport. */
  clientHeight: number;
  /** How far the box is scrolled. */
  scrollTop?: number;
  /** The height of every rendered row, as the table measures it. */
  rowHeight?: number;
}

function define(element: Element, name: string, value: number) {
  // Writable, since the table sets scrollTop itself (a new sort starts at the top).
  Object.defineProperty(element, name, { configurable: true, writable: true, value });
}

/** The Data Sources table's scrolling box within `root`. */
export function tableScrollBox(root: ParentNode = document): HTMLElement {
  const box = root.querySelector<HTMLElement>('.cw-table-scroll');
  if (!box) throw new Error('No Data Sources table is rendered.');
  return box;
}

/**
 * Gives the Data Sources table the layout jsdom lacks and tells it by a `scroll` event, as the
 * browser would: the box's viewport and scroll position, and each rendered row's height. Without
 * it the table renders its first 40 rows, as before any layout.
 */
export function layOutTable(root: ParentNode, { clientHeight, scrollTop = 0, rowHeight }: TableLayout): void {
  const box = tableScrollBox(root);
  define(box, 'clientHeight', clientHeight);
  define(box, 'scrollTop', scrollTop);
  if (rowHeight !== undefined) {
    for (const row of box.querySelectorAll('tbody tr[data-index]')) define(row, 'offsetHeight', rowHeight);
  }
  fireEvent.scroll(box);
}

/** Lays the table out in a box tall enough for every row, so all of them render. */
export function showEveryRow(root: ParentNode): void {
  layOutTable(root, { clientHeight: 1_000_000 });
}
