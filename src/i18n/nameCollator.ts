import { formatterCache } from './formatterCache';

/**
 * Orders names as the admin's language does: accents and case aside ("é" beside "e"), and
 * numbers by value ("Store 2" before "Store 10"). Built once per locale.
 */
export const nameCollator = formatterCache(
  (locale) => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }),
);
