import type { ReactNode } from 'react';

export interface BusyButtonProps {
  /** The request the button started is under way: presses are ignored and `busyLabel` shows. */
  busy: boolean;
  /** The label while busy, e.g. "Trying again…". */
  busyLabel: string;
  className: string;
  onClick: () => void;
  children: ReactNode;
}

/**
 * A button that ignores presses while the request it started is out. `aria-disabled` rather
 * than `disabled`: the button keeps focus, and its new label is read where the user is.
 */
export function BusyButton({ busy, busyLabel, className, onClick, children }: BusyButtonProps) {
  return (
    <button type="button" className={className} aria-disabled={busy || undefined} onClick={busy ? undefined : onClick}>
      {busy ? busyLabel : children}
    </button>
  );
}
