import { formatterCache } from './formatterCache';

const dateTimeFormat = formatterCache(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
);

/** A date and time in full, for the `title` behind a relative time: "Nov 26, 2026, 3:15 AM". */
export function formatDateTime(date: Date, locale: string): string {
  return dateTimeFormat(locale).format(date);
}
