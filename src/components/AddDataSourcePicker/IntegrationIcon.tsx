import type { Integration } from '../../api/types';
import { StripeLogo } from '../../ui/StripeLogo';
import { monogram } from './monogram';

export interface IntegrationIconProps {
  integration: Integration;
}

/**
 * The tile's picture: Stripe's own mark, and a monogram for the rest. Always hidden from
 * assistive technology, since the name is written beside it.
 */
export function IntegrationIcon({ integration }: IntegrationIconProps) {
  if (integration.id === 'stripe') {
    return (
      <span className="cw-tile__icon" aria-hidden="true">
        <StripeLogo decorative size={48} />
      </span>
    );
  }
  const { letters, tone } = monogram(integration.name, integration.id);
  return (
    <span className={`cw-tile__icon cw-monogram--${tone}`} aria-hidden="true">
      {letters}
    </span>
  );
}
