import { useId, useRef } from 'react';
import type { DataSource } from '../../api/types';
import { useConnections } from '../../context/ConnectionsContext';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { ModalDialog } from '../../ui/ModalDialog';

export interface DeleteDataSourceDialogProps {
  /** The source to delete. */
  dataSource: DataSource;
  /** True while the deletion is with the backend. */
  isPending: boolean;
  /** Why the last attempt failed, shown inside the dialog. */
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before deleting. Focus starts on Cancel, the harmless choice. While the request is out
 * neither button nor Escape does anything: a deletion that was sent cannot be called back. The
 * buttons stay focusable (`aria-disabled`): a `disabled` one would drop focus out of the dialog.
 */
export function DeleteDataSourceDialog({
  dataSource,
  isPending,
  error,
  onConfirm,
  onCancel,
}: DeleteDataSourceDialogProps) {
  const { t } = useConnections();
  const titleId = useId();
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const unlessPending = (action: () => void) => () => {
    if (!isPending) action();
  };

  return (
    <ModalDialog
      labelledBy={titleId}
      describedBy={bodyId}
      onDismiss={unlessPending(onCancel)}
      initialFocusRef={cancelRef}
    >
      <h2 className="cw-dialog__title" id={titleId}>
        {t('deleteDialog.title', { name: dataSource.name })}
      </h2>
      <p className="cw-dialog__body" id={bodyId}>
        {t('deleteDialog.body')}
      </p>
      {error != null && <ErrorPanel title={t('deleteDialog.error')} error={error} />}
      <div className="cw-dialog__actions">
        <button
          ref={cancelRef}
          type="button"
          className="cw-button"
          aria-disabled={isPending || undefined}
          onClick={unlessPending(onCancel)}
        >
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="cw-button cw-button--danger"
          aria-disabled={isPending || undefined}
          onClick={unlessPending(onConfirm)}
        >
          {isPending ? t('deleteDialog.deleting') : t('deleteDialog.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
