import type { KeyboardEvent } from 'react';

const steps: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * A tile's key handler: arrow keys, Home and End move focus across every tile of the picker's
 * groups, in reading order. Tab still reaches each tile too, so this is a shortcut, not the only
 * way through.
 */
export function moveTileFocus(event: KeyboardEvent<HTMLElement>): void {
  const step = steps[event.key];
  const groups = event.currentTarget.closest('.cw-picker__groups');
  if (!step || !groups) return;
  const tiles = Array.from(groups.querySelectorAll<HTMLElement>('.cw-tile'));
  const next = tiles[step(tiles.indexOf(event.currentTarget), tiles.length)];
  event.preventDefault();
  next?.focus();
}
