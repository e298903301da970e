import { formatterCache } from './formatterCache';

/** The locale's cardinal plural rules ("one", "other", …), built once per locale. */
export const pluralRules = formatterCache((locale) => new Intl.PluralRules(locale));
