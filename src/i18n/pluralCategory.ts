import { pluralRules } from './pluralRules';

/**
 * Which of a message's two forms, `.one` or `.other`, fits `count` in `locale`. Catalogs hold
 * those two; a locale's other categories (French "many", for millions) read as `.other`.
 */
export function pluralCategory(locale: string, count: number): 'one' | 'other' {
  return pluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
