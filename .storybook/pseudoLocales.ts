import { en, type Messages } from '../src/i18n/en';

/** The two pseudo-locales designers check layouts with; neither ships in the package. */
export type PseudoLocale = 'en-XA' | 'ar-XB';

export const pseudoLocales: readonly PseudoLocale[] = ['en-XA', 'ar-XB'];

const accented: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

/**
 * A message about 40% longer, every letter it can accented, in brackets so a clipped end
 * shows: "[Ðéléţé {name} ·····]". Placeholders stay as they are, for formatMessage to fill.
 */
export function lengthen(message: string): string {
  const parts = message.split(/(\{\w+\})/);
  const text = parts
    .map((part) => (part.startsWith('{') ? part : part.replace(/[A-Za-z]/g, (letter) => accented[letter] ?? letter)))
    .join('');
  const padding = '·'.repeat(Math.ceil(message.length * 0.4));
  return `[${text} ${padding}]`;
}

/**
 * The English text laid out right to left: each message an embedding of its own (RLE … PDF),
 * so its words run right to left as Arabic or Hebrew would, inside a `dir="rtl"` page.
 */
function rightToLeft(message: string): string {
  return `\u202B${message}\u202C`;
}

const makers: Record<PseudoLocale, (message: string) => string> = { 'en-XA': lengthen, 'ar-XB': rightToLeft };

/** The complete catalog of a pseudo-locale, made from English. */
export function pseudoMessages(locale: PseudoLocale): Messages {
  const make = makers[locale];
  return Object.fromEntries(Object.entries(en).map(([key, message]) => [key, make(message)])) as Messages;
}

export function isPseudoLocale(locale: string): locale is PseudoLocale {
  return (pseudoLocales as readonly string[]).includes(locale);
}
