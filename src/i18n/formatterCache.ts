/**
 * Makes `create` run once per locale. Building an Intl formatter costs far more than using
 * one, and a table formats several values on every row of every render.
 *
 * Marked free of side effects: the caches are made at module level, and a host's bundler may
 * then drop them with the formatters a page never uses.
 */
/* @__NO_SIDE_EFFECTS__ */
export function formatterCache<T>(create: (locale: string) => T): (locale: string) => T {
  const byLocale = new Map<string, T>();
  return (locale) => {
    let formatter = byLocale.get(locale);
    if (formatter === undefined) {
      formatter = create(locale);
      byLocale.set(locale, formatter);
    }
    return formatter;
  };
}
