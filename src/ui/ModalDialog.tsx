import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

export interface ModalDialogProps {
  /** The id of the element that names the dialog (its title). */
  labelledBy: string;
  /** The id of the element that describes it. */
  describedBy?: string;
  /** Called on Escape. */
  onDismiss: () => void;
  /** What gets focus when the dialog opens; the dialog itself when absent. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

const focusable =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog that keeps keyboard focus inside itself. Built from plain elements rather than
 * `<dialog>.showModal()`, which jsdom lacks, so tests exercise the same code the browser runs.
 * It renders in place (not in a portal) so it stays inside `.cw-root` and keeps the tokens.
 */
export function ModalDialog({ labelledBy, describedBy, onDismiss, initialFocusRef, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    (initialFocusRef?.current ?? dialogRef.current)?.focus();
  }, [initialFocusRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDismiss();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const elements = Array.from(dialogRef.current.querySelectorAll<HTMLElement>(focusable));
    const first = elements[0];
    const last = elements[elements.length - 1];
    if (!first || !last) return;
    // Inside a shadow root (the custom element) the document only sees the host element.
    const active = (dialogRef.current.getRootNode() as Document | ShadowRoot).activeElement;
    if (event.shiftKey && (active === first || active === dialogRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className="cw-dialog-backdrop"
      // A press on the backdrop would otherwise move focus to the page behind the dialog.
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) event.preventDefault();
      }}
    >
      <div
        ref={dialogRef}
        className="cw-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}
