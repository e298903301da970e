import { expect } from 'storybook/test';

/**
 * After each story, in every locale: no button's text is cut off, the table fits its box on a
 * desktop-wide page, and right to left mirrors the table (its first column on the right). A
 * longer language, or the 40%-longer pseudo-locale, fails here before a user sees "Delete da…".
 */
export async function expectLayoutHolds(canvasElement: HTMLElement): Promise<void> {
  const buttons = canvasElement.querySelectorAll<HTMLElement>('button, a.cw-button');
  for (const button of buttons) {
    if (!button.checkVisibility()) continue;
    await expect(button.scrollWidth, `"${button.textContent}" is cut off`).toBeLessThanOrEqual(button.clientWidth + 1);
  }
  for (const box of canvasElement.querySelectorAll<HTMLElement>('.cw-table-scroll')) {
    const table = box.querySelector('table');
    if (!table) continue;
    await expect(table.offsetWidth, 'the table is wider than its box').toBeLessThanOrEqual(box.clientWidth + 1);
    const headers = [...table.querySelectorAll('thead th')].map((header) => header.getBoundingClientRect());
    const [first, last] = [headers[0], headers.at(-1)];
    if (!first || !last || first === last) continue;
    const rightToLeft = getComputedStyle(table).direction === 'rtl';
    await expect(first.left > last.left, 'the columns run in the reading direction').toBe(rightToLeft);
  }
}
