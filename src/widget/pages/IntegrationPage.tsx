import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { BackToConnectionsLink } from '../../ui/BackToConnectionsLink';
import { useConnections } from '../../context/ConnectionsContext';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { RoleGate } from '../../ui/RoleGate';
import { integrationsQueryOptions } from '../../queries/integrationsQueryOptions';

/**
 * The widget's `add/:integrationId` page for an integration it cannot connect by itself (only
 * Stripe has its own page so far): it says so, instead of a dead end or a blank page.
 */
export function IntegrationPage() {
  const { t } = useConnections();
  return (
    <div className="cw-page cw-integration">
      <p className="cw-page__back">
        <BackToConnectionsLink />
      </p>
      <h2 className="cw-page__heading" tabIndex={-1} data-page-heading>
        {t('picker.heading')}
      </h2>
      <RoleGate>
        <IntegrationAvailability />
      </RoleGate>
    </div>
  );
}

function IntegrationAvailability() {
  const { api, t, queryScope } = useConnections();
  const { integrationId } = useParams();
  const integrations = useQuery(integrationsQueryOptions(api, queryScope));

  if (integrations.isPending) {
    return (
      <p className="cw-status-text" role="status">
        {t('picker.loading')}
      </p>
    );
  }
  if (integrations.isError) {
    return <ErrorPanel title={t('picker.loadError')} error={integrations.error} onRetry={() => void integrations.refetch()} />;
  }
  const integration = integrations.data.find((candidate) => candidate.id === integrationId && candidate.enabled);
  return (
    <p className="cw-notice">
      {integration ? t('integration.unavailable', { name: integration.name }) : t('integration.notFound')}
    </p>
  );
}
