/**
 * Text as it is searched and sorted: accents off, lower case ("Café" → "cafe"). Without a
 * locale it folds alike everywhere, so the in-memory API and the reference backend find the same
 * sources; with one, case follows that language (Turkish "I" is "ı").
 */
export function foldText(text: string, locale?: string): string {
  const bare = text.normalize('NFD').replace(/\p{M}/gu, '');
  return locale === undefined ? bare.toLowerCase() : bare.toLocaleLowerCase(locale);
}
