import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Integration } from '../../api/types';
import { integrationsQueryOptions } from '../../queries/integrationsQueryOptions';
import { useConnections } from '../../context/ConnectionsContext';
import { pluralCategory } from '../../i18n/pluralCategory';
import { QueryView } from '../../ui/QueryView';
import { filterIntegrations } from './filterIntegrations';
import { groupIntegrations } from './groupIntegrations';
import { IntegrationGroupSection } from './IntegrationGroupSection';

export interface IntegrationCatalogProps {
  onSelect: (integration: Integration) => void;
}

/** The backend lists integrations this account may not connect yet; they are not offered at all. */
const enabledOnly = (integrations: Integration[]) => integrations.filter((integration) => integration.enabled);

/** The admin-only part of the picker: the catalog, its search and its states. */
export function IntegrationCatalog({ onSelect }: IntegrationCatalogProps) {
  const { api, t, queryScope } = useConnections();
  const query = useQuery({ ...integrationsQueryOptions(api, queryScope), select: enabledOnly });
  return (
    <QueryView query={query} loading={t('picker.loading')} errorTitle={t('picker.loadError')}>
      {(integrations) => <SearchableCatalog integrations={integrations} onSelect={onSelect} />}
    </QueryView>
  );
}

interface SearchableCatalogProps {
  integrations: Integration[];
  onSelect: (integration: Integration) => void;
}

function SearchableCatalog({ integrations, onSelect }: SearchableCatalogProps) {
  const { t, locale } = useConnections();
  const [search, setSearch] = useState('');
  const searchId = useId();
  const matches = filterIntegrations(integrations, search, locale);
  let summary = '';
  if (integrations.length === 0) summary = t('picker.empty');
  else if (matches.length === 0) summary = t('picker.noResults', { query: search.trim() });
  else if (search.trim()) {
    summary = t(`picker.resultCount.${pluralCategory(locale, matches.length)}`, { count: matches.length });
  }

  return (
    <>
      <div className="cw-field cw-picker__search">
        <label className="cw-field__label" htmlFor={searchId}>
          {t('picker.search')}
        </label>
        <input
          id={searchId}
          className="cw-input"
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
      <div className="cw-picker__groups">
        {groupIntegrations(matches, locale).map((group) => (
          <IntegrationGroupSection key={group.category} group={group} onSelect={onSelect} />
        ))}
      </div>
    </>
  );
}
