import { formatterCache } from './formatterCache';

/* @__NO_SIDE_EFFECTS__ */
const unitFormat = (unit: 'hour' | 'minute' | 'second') =>
  formatterCache((locale) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }));

const parts = [
  { seconds: 3600, format: unitFormat('hour') },
  { seconds: 60, format: unitFormat('minute') },
  { seconds: 1, format: unitFormat('second') },
] as const;

const listFormat = formatterCache((locale) => new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }));

/**
 * A length of time as its hours, minutes and seconds, zero parts left out: "12 min 34 sec"
 * (en), "12 min 34 s" (pt-BR). Built from NumberFormat and ListFormat rather than
 * Intl.DurationFormat, which Node 20 and older browsers lack, so every runtime says the same.
 */
export function formatDuration(totalSeconds: number, locale: string): string {
  let rest = Math.max(0, Math.round(totalSeconds));
  const shown: string[] = [];
  for (const { seconds, format } of parts) {
    const count = Math.floor(rest / seconds);
    rest -= count * seconds;
    if (count > 0) shown.push(format(locale).format(count));
  }
  return shown.length > 0 ? listFormat(locale).format(shown) : parts[2].format(locale).format(0);
}
