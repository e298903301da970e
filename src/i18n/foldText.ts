/**
 * Text as it is searched and sorted, whatever the locale: accents off, lower case ("Café" →
 * "cafe"). The in-memory API and the reference backend fold alike, so both find the same sources.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
