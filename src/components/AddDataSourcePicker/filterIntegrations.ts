import type { Integration } from '../../api/types';
import { foldText } from '../../i18n/foldText';

/**
 * The integrations whose name contains `query`, ignoring case (the admin's language's),
 * accents and surrounding spaces: "pôstgre" finds PostgreSQL and "E" finds "é".
 */
export function filterIntegrations<T extends Integration>(
  integrations: readonly T[],
  query: string,
  locale: string,
): T[] {
  const needle = foldText(query.trim(), locale);
  return integrations.filter((integration) => foldText(integration.name, locale).includes(needle));
}
