import { foldText } from './foldText';

/**
 * How long a sort key may be, in UTF-8 bytes. Names may have 500 characters; a key of 180 bytes
 * keeps a page's cursor short whatever the name holds. Names alike over their first 180 bytes
 * tie, and the id decides.
 */
const maxKeyBytes = 180;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    bytes += utf8Length(character.codePointAt(0) ?? 0);
    if (bytes > maxBytes) break;
    end += character.length;
  }
  return text.slice(0, end);
}

/**
 * A data source name as a key that sorts byte by byte the way people read names: case and accents
 * aside, and numbers by value, so "Store 2" comes before "Store 10". Each run of digits becomes its
 * length (three digits) then the digits without leading zeros, so a longer number sorts later.
 * The reference backend stores it (PGlite has no ICU collation to sort so in SQL) and compares it
 * byte by byte; the in-memory API compares it the same way (`compareCodePoints`), so both agree.
 */
export function nameSortKey(name: string): string {
  const key = foldText(name).replace(/\d+/g, (digits) => {
    const value = digits.replace(/^0+(?=\d)/, '');
    return `${String(value.length).padStart(3, '0')}${value}`;
  });
  return truncateUtf8(key, maxKeyBytes);
}

/**
 * Orders two strings by code point, which is the order of their UTF-8 bytes (PostgreSQL's
 * `COLLATE "C"`); JavaScript's `<` compares UTF-16 units, which puts characters beyond U+FFFF
 * before those from U+E000.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
}
