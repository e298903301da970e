import { foldText } from '../../../src/i18n/foldText';

/**
 * How long a sort key may be, in UTF-8 bytes. Names may have 500 characters, and a page's cursor
 * carries its last key within 512; names alike over their first 180 bytes tie, and the id decides.
 */
const maxKeyBytes = 180;

function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    bytes += Buffer.byteLength(character);
    if (bytes > maxBytes) break;
    end += character.length;
  }
  return text.slice(0, end);
}

/**
 * A data source name as a key that sorts byte by byte the way people read names: case and accents
 * aside, and numbers by value, so "Store 2" comes before "Store 10". Each run of digits becomes its
 * length (three digits) then the digits without leading zeros, so a longer number sorts later.
 * Computed here rather than in SQL because PGlite has no ICU collation to do it.
 */
export function nameSortKey(name: string): string {
  const key = foldText(name).replace(/\d+/g, (digits) => {
    const value = digits.replace(/^0+(?=\d)/, '');
    return `${String(value.length).padStart(3, '0')}${value}`;
  });
  return truncateUtf8(key, maxKeyBytes);
}
