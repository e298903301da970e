/** How many tinted backgrounds the monograms cycle through (`.cw-monogram--0` to `--3`); red is left out, as it reads as an error. */
const toneCount = 4;

/**
 * The letters and tint of an integration's stand-in icon: the initials of two words
 * ("Google Analytics" → "GA"), else the first two capitals ("MySQL" → "MS"), else the first
 * two letters. The tint comes from the id, so an integration keeps its colour wherever it shows.
 */
export function monogram(name: string, id: string): { letters: string; tone: number } {
  const words = name
    .trim()
    .split(/[\s\-_.]+/u)
    .filter(Boolean);
  const capitals = Array.from(words[0] ?? '').filter((character) => /\p{Lu}/u.test(character));
  let letters: string[];
  if (words.length >= 2) letters = words.slice(0, 2).map((word) => Array.from(word)[0] ?? '');
  else if (capitals.length >= 2) letters = capitals.slice(0, 2);
  else letters = Array.from(words[0] ?? '?').slice(0, 2);
  let hash = 0;
  for (const character of id) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  return { letters: letters.join('').toLocaleUpperCase(), tone: hash % toneCount };
}
