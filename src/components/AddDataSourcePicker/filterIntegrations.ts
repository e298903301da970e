import type { Integration } from '../../api/types';

/** Lower-cased and stripped of accents, so "pôstgre" finds PostgreSQL and "E" finds "é". */
function searchable(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

/** The integrations whose name contains `query`, ignoring case, accents and surrounding spaces. */
export function filterIntegrations<T extends Integration>(
  integrations: readonly T[],
  query: string,
  locale: string,
): T[] {
  const needle = searchable(query.trim(), locale);
  return integrations.filter((integration) => searchable(integration.name, locale).includes(needle));
}
