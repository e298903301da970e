import { useEffect, useState } from 'react';
import { useStableCallback } from '../hooks/useStableCallback';
import { en, type Messages } from './en';
import { loadCatalog, loadedCatalog, type Locale } from './catalogs';

/**
 * The catalog of `locale`, for the host's overrides to go over. Undefined while it is on its
 * way (the first time its locale is chosen), unless the host's overrides are `complete` (then
 * English stands under them). A catalog that cannot be fetched leaves English in its place,
 * and `onFailure` is told.
 */
export function useCatalog(
  locale: Locale,
  complete: boolean,
  onFailure: (error: unknown) => void,
): Messages | undefined {
  const [failed, setFailed] = useState<Locale>();
  const [, setArrived] = useState<Locale>();
  // Stable, so that a provider rendering again while the catalog loads does not start the load over.
  const reportFailure = useStableCallback(onFailure);
  const catalog = loadedCatalog(locale) ?? (failed === locale || complete ? en : undefined);

  useEffect(() => {
    if (catalog) return;
    let current = true;
    loadCatalog(locale).then(
      () => current && setArrived(locale),
      (error: unknown) => {
        if (!current) return;
        setFailed(locale);
        reportFailure(error);
      },
    );
    return () => {
      current = false;
    };
  }, [catalog, locale, reportFailure]);

  return catalog;
}

/** Whether `messages` holds every message, so that no catalog need be waited for. */
export function isComplete(messages: Partial<Messages> | undefined): messages is Messages {
  return messages !== undefined && Object.keys(en).every((key) => Object.hasOwn(messages, key));
}
