import { useId } from 'react';
import type { Integration } from '../../api/types';
import { useConnections } from '../../context/ConnectionsContext';
import type { Role } from '../../context/Role';
import { useRootProps } from '../../ui/useRootProps';
import { RoleGate } from '../../ui/RoleGate';
import { IntegrationCatalog } from './IntegrationCatalog';

export interface AddDataSourcePickerProps {
  /** Overrides the provider's role for the picker; a non-admin sees a notice and nothing is requested. */
  role?: Role;
  /**
   * Called with the integration the admin chose, e.g. to show its authorization page
   * (`ConnectionsWidget` goes to `add/{id}`).
   */
  onSelect: (integration: Integration) => void;
}

/**
 * The integration catalog as a searchable grid of tiles, grouped into SaaS integrations,
 * databases and files. Integrations not enabled for the account are left out.
 */
export function AddDataSourcePicker({ role, onSelect }: AddDataSourcePickerProps) {
  const { t } = useConnections();
  const rootProps = useRootProps('cw-picker');
  const headingId = useId();
  return (
    <section {...rootProps} aria-labelledby={headingId}>
      <h2 className="cw-picker__title" id={headingId}>
        {t('picker.heading')}
      </h2>
      <RoleGate role={role}>
        <IntegrationCatalog onSelect={onSelect} />
      </RoleGate>
    </section>
  );
}
