import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Integration } from '../../api/types';
import { integrationsQueryOptions } from '../../queries/integrationsQueryOptions';
import { useConnections } from '../../context/ConnectionsContext';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { filterIntegrations } from './filterIntegrations';
import { groupIntegrations } from './groupIntegrations';
import { IntegrationGroupSection } from './IntegrationGroupSection';
import { moveTileFocus } from './moveTileFocus';

export interface IntegrationCatalogProps {
  onSelect: (integration: Integration) => void;
}

/** The backend lists integrations this account may not connect yet; they are not offered at all. */
const enabledOnly = (integrations: Integration[]) => integrations.filter((integration) => integration.enabled);

/** The admin-only part of the picker: the catalog, its search and its states. */
export function IntegrationCatalog({ onSelect }: IntegrationCatalogProps) {
  const { api, t, locale, queryScope } = useConnections();
  const query = useQuery({ ...integrationsQueryOptions(api, queryScope), select: enabledOnly });
  const [search, setSearch] = useState('');
  const searchId = useId();

  if (!query.data) {
    return query.isError && !query.isFetching ? (
      <ErrorPanel title={t('picker.loadError')} error={query.error} onRetry={() => void query.refetch()} />
    ) : (
      <p className="cw-status-text" role="status">
        {t('picker.loading')}
      </p>
    );
  }

  const matches = filterIntegrations(query.data, search, locale);
  let summary = '';
  if (query.data.length === 0) summary = t('picker.empty');
  else if (matches.length === 0) summary = t('picker.noResults', { query: search.trim() });
  else if (search.trim()) {
    const plural = new Intl.PluralRules(locale).select(matches.length) === 'one' ? 'one' : 'other';
    summary = t(`picker.resultCount.${plural}`, { count: matches.length });
  }

  return (
    <>
      <div className="cw-picker__search">
        <label className="cw-picker__search-label" htmlFor={searchId}>
          {t('picker.search')}
        </label>
        <input
          id={searchId}
          className="cw-picker__search-input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <p className="cw-picker__summary" role="status">
        {summary}
      </p>
      <div className="cw-picker__groups" onKeyDown={moveTileFocus}>
        {groupIntegrations(matches, locale).map((group) => (
          <IntegrationGroupSection key={group.category} group={group} onSelect={onSelect} />
        ))}
      </div>
    </>
  );
}
