import type { Integration } from '../../api/types';
import { IntegrationIcon } from './IntegrationIcon';
import { moveTileFocus } from './moveTileFocus';

export interface IntegrationTileProps {
  integration: Integration;
  onSelect: (integration: Integration) => void;
}

/** A catalog entry: a native button (Enter and Space work), named by the integration alone. */
export function IntegrationTile({ integration, onSelect }: IntegrationTileProps) {
  return (
    <button type="button" className="cw-tile" onClick={() => onSelect(integration)} onKeyDown={moveTileFocus}>
      <IntegrationIcon integration={integration} />
      <span className="cw-tile__name">{integration.name}</span>
    </button>
  );
}
