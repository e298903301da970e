import { formatterCache } from './formatterCache';

const countFormat = formatterCache((locale) => new Intl.NumberFormat(locale));

/** A count as the locale writes it: "10,000" (en), "10.000" (pt-BR, de), "10 000" (fr). */
export function formatCount(count: number, locale: string): string {
  return countFormat(locale).format(count);
}
