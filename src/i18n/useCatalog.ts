import { useEffect, useState } from 'react';
import { en, type Messages } from './en';
import { loadCatalog, loadedCatalog, type Locale } from './catalogs';

/**
 * The catalog of `locale`, for the host's overrides to go over. Undefined while it is on its
 * way (the first time its locale is chosen), unless the overrides hold every message (then
 * English stands under them). A catalog that cannot be fetched leaves English in its place,
 * and `onFailure` is told.
 */
export function useCatalog(
  locale: Locale,
  overrides: Partial<Messages> | undefined,
  onFailure: (error: unknown) => void,
): Messages | undefined {
  const [failed, setFailed] = useState<Locale>();
  const [, setArrived] = useState<Locale>();
  const complete = isComplete(overrides);
  const catalog = loadedCatalog(locale) ?? (failed === locale || complete ? en : undefined);

  useEffect(() => {
    if (catalog) return;
    let current = true;
    loadCatalog(locale).then(
      () => current && setArrived(locale),
      (error: unknown) => {
        if (!current) return;
        setFailed(locale);
        onFailure(error);
      },
    );
    return () => {
      current = false;
    };
  }, [catalog, locale, onFailure]);

  return catalog;
}

/** Whether `messages` holds every message, so that no catalog need be waited for. */
export function isComplete(messages: Partial<Messages> | undefined): messages is Messages {
  return messages !== undefined && Object.keys(en).every((key) => Object.hasOwn(messages, key));
}
