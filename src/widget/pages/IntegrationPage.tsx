import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useConnections } from '../../context/ConnectionsContext';
import { integrationsQueryOptions } from '../../queries/integrationsQueryOptions';
import { BackToConnectionsLink } from '../../ui/BackToConnectionsLink';
import { QueryView } from '../../ui/QueryView';
import { RoleGate } from '../../ui/RoleGate';

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
        {t('integration.heading')}
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
  return (
    <QueryView query={integrations} loading={t('integration.loading')} errorTitle={t('integration.loadError')}>
      {(catalog) => {
        const integration = catalog.find((candidate) => candidate.id === integrationId && candidate.enabled);
        return (
          <p className="cw-notice">
            {integration ? t('integration.unavailable', { name: integration.name }) : t('integration.notFound')}
          </p>
        );
      }}
    </QueryView>
  );
}
