import { useId } from 'react';
import type { Integration } from '../../api/types';
import { useConnections } from '../../context/ConnectionsContext';
import type { IntegrationGroup } from './groupIntegrations';
import { IntegrationTile } from './IntegrationTile';

export interface IntegrationGroupSectionProps {
  group: IntegrationGroup;
  onSelect: (integration: Integration) => void;
}

/** One category of the catalog: a region named by its heading, holding a list of tiles. */
export function IntegrationGroupSection({ group, onSelect }: IntegrationGroupSectionProps) {
  const { t } = useConnections();
  const headingId = useId();
  return (
    <section className="cw-picker__group" aria-labelledby={headingId}>
      <h3 className="cw-picker__group-title" id={headingId}>
        {t(`picker.category.${group.category}`)}
      </h3>
      <ul className="cw-picker__grid">
        {group.integrations.map((integration) => (
          <li className="cw-picker__item" key={integration.id}>
            <IntegrationTile integration={integration} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </section>
  );
}
