import { useId, type ReactNode } from 'react';
import { useConnections } from '../context/ConnectionsContext';
import type { Role } from '../context/Role';

export interface RoleGateProps {
  /** Overrides the provider's role for this subtree. */
  role?: Role;
  /** Rendered only for an administrator, so no admin request is ever sent for anyone else. */
  children: ReactNode;
}

/** Shows "Requires Administrator permissions" instead of its children to a non-admin. */
export function RoleGate({ role, children }: RoleGateProps) {
  const context = useConnections();
  const { t } = context;
  const titleId = useId();
  if ((role ?? context.role) === 'admin') return <>{children}</>;
  return (
    <section className="cw-notice" role="note" aria-labelledby={titleId}>
      <p className="cw-notice__title" id={titleId}>
        {t('gate.requiresAdmin')}
      </p>
      <p className="cw-notice__body">{t('gate.detail')}</p>
    </section>
  );
}
