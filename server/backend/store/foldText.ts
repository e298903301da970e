/** Text as it is searched and sorted: accents off, lower case ("Café" → "cafe"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
