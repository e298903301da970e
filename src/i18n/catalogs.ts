import { en, type Messages } from './en';
import { ptBR } from './pt-BR';

/** The locales the widget ships catalogs for. */
export type Locale = 'en' | 'pt-BR';

export const catalogs: Record<Locale, Messages> = { en, 'pt-BR': ptBR };
