import { formatterCache } from './formatterCache';

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 60 * 60 * 1000],
  ['month', 30 * 24 * 60 * 60 * 1000],
  ['week', 7 * 24 * 60 * 60 * 1000],
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
  ['second', 1000],
];

const relativeTimeFormat = formatterCache((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/**
 * How long ago (or, with a skewed clock, how far ahead) `date` is from `now`, in the largest
 * whole unit that fits: "3 hours ago", "yesterday", "now". Months and years are approximate
 * (30 and 365 days): a glance at recency, while the exact time is in the `title`.
 */
export function formatRelativeTime(date: Date, now: Date, locale: string): string {
  const elapsed = date.getTime() - now.getTime();
  const format = relativeTimeFormat(locale);
  for (const [unit, length] of units) {
    if (Math.abs(elapsed) >= length) return format.format(Math.round(elapsed / length), unit);
  }
  return format.format(0, 'second');
}
