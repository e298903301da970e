import type { Integration, IntegrationCategory } from '../../api/types';
import { nameCollator } from '../../i18n/nameCollator';

/** The picker's sections, in the product's order. */
const categoryOrder = ['saas', 'database', 'file'] as const satisfies readonly IntegrationCategory[];

export interface IntegrationGroup {
  category: IntegrationCategory;
  integrations: Integration[];
}

/** The integrations by category, in `categoryOrder`, each sorted by name in the admin's language; empty groups left out. */
export function groupIntegrations(integrations: readonly Integration[], locale: string): IntegrationGroup[] {
  const collator = nameCollator(locale);
  return categoryOrder
    .map((category) => ({
      category,
      integrations: integrations
        .filter((integration) => integration.category === category)
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.integrations.length > 0);
}
