import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

export interface ModalDialogProps {
  /** The id of the element that names the dialog (its title). */
  labelledBy: string;
  /** The id of the element that describes it. */
  describedBy?: string;
  /** Called on a close request (Escape); the dialog stays open until its owner unmounts it. */
  onDismiss: () => void;
  /** What gets focus when the dialog opens; the browser's pick (the first focusable element) when absent. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * A `<dialog>` opened with `showModal()` for as long as it is mounted: the browser puts it in the
 * top layer, makes the rest of the page inert (focus and clicks cannot leave it, in a shadow root
 * too) and turns Escape into a `cancel` event. Its owner's state decides whether it is open, so it
 * never closes itself: a close request is refused and handed to `onDismiss`. A press on the
 * backdrop does nothing but focus the dialog itself (Tab goes on from there): a modal dialog has
 * no light dismiss, and a stray click should not throw the question away. Rendered in place (not
 * in a portal) so it stays inside `.cw-root` and keeps the tokens.
 */
export function ModalDialog({ labelledBy, describedBy, onDismiss, initialFocusRef, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const open = () => {
      // Already open when the close event of StrictMode's first unmount comes in, a task late.
      if (dialog.open) return;
      dialog.showModal();
      initialFocusRef?.current?.focus();
    };
    open();
    // Chromium lets a page refuse one close request per user activation: Escape pressed twice
    // closes the dialog anyway. It is still mounted, so it goes back up.
    dialog.addEventListener('close', open);
    return () => {
      dialog.removeEventListener('close', open);
      if (dialog.open) dialog.close();
    };
  }, [initialFocusRef]);

  return (
    <dialog
      ref={dialogRef}
      className="cw-dialog"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
    >
      {children}
    </dialog>
  );
}
