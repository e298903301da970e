import { integrationCategories } from '../../api/contractLists';
import type { Integration, IntegrationCategory } from '../../api/types';
import { nameCollator } from '../../i18n/nameCollator';

export interface IntegrationGroup {
  category: IntegrationCategory;
  integrations: Integration[];
}

/** The integrations by category, in the product's order (openapi.json's), each sorted by name in the admin's language; empty groups left out. */
export function groupIntegrations(integrations: readonly Integration[], locale: string): IntegrationGroup[] {
  const collator = nameCollator(locale);
  return integrationCategories
    .map((category) => ({
      category,
      integrations: integrations
        .filter((integration) => integration.category === category)
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.integrations.length > 0);
}
