import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DataSource } from '../../api/types';
import { useDeleteDataSource } from '../../queries/useDeleteDataSource';

/**
 * The delete flow of the table: which source the dialog asks about, the deletion itself, and
 * focus going back to the row's Delete button when the admin changes their mind.
 */
export function useDeleteConfirmation(onDeleted: (dataSource: DataSource) => void) {
  const mutation = useDeleteDataSource();
  const [target, setTarget] = useState<DataSource | null>(null);
  // The source whose row must stay drawn, however far the table is scrolled, until focus is back
  // on its Delete button: the dialog took focus out of the table, which no longer keeps it drawn.
  const [returnTo, setReturnTo] = useState<string | undefined>();
  const triggerRef = useRef<HTMLElement | null>(null);
  // While the modal dialog is up the rest of the page is inert and refuses focus: the dialog has
  // to be gone (rendered away now, not at React's next convenience) before focus can move out.
  const closeThen = (moveFocus: () => void) => {
    flushSync(() => setTarget(null));
    moveFocus();
  };

  return {
    target,
    /** The id of the source whose row must stay drawn while the dialog is open, and as it closes. */
    keepDrawn: returnTo,
    isPending: mutation.isPending,
    error: mutation.error,
    open(dataSource: DataSource, trigger: HTMLElement) {
      mutation.reset();
      triggerRef.current = trigger;
      setTarget(dataSource);
      setReturnTo(dataSource.id);
    },
    cancel() {
      closeThen(() => triggerRef.current?.focus());
      setReturnTo(undefined);
    },
    confirm() {
      if (!target) return;
      mutation.mutate(target, {
        onSuccess: () => {
          closeThen(() => onDeleted(target));
          setReturnTo(undefined);
        },
      });
    },
  };
}
