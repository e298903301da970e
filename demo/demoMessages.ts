import type { Locale } from '../src/index';

/** The admin shell's own strings; the widget brings its own catalog. */
const en = {
  documentTitle: 'Connections · Manage Data',
  appTitle: 'Manage Data',
  role: 'Role',
  'role.admin': 'Admin',
  'role.standard': 'Standard',
  'role.read-only': 'Read-Only',
  language: 'Language',
  theme: 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  navigation: 'Admin',
  connections: 'Connections',
  sessionPending: 'Signing in to the demo backend…',
  sessionFailed: 'The demo backend could not be reached. Is npm run dev still running?',
  retry: 'Try again',
  notFound: 'There is no page at this address.',
} as const;

export type DemoMessages = Record<keyof typeof en, string>;

const ptBR = {
  documentTitle: 'Conexões · Gerenciar dados',
  appTitle: 'Gerenciar dados',
  role: 'Perfil',
  'role.admin': 'Administrador',
  'role.standard': 'Padrão',
  'role.read-only': 'Somente leitura',
  language: 'Idioma',
  theme: 'Tema',
  'theme.light': 'Claro',
  'theme.dark': 'Escuro',
  navigation: 'Administração',
  connections: 'Conexões',
  sessionPending: 'Entrando no backend de demonstração…',
  sessionFailed: 'Não foi possível contatar o backend de demonstração. O npm run dev ainda está rodando?',
  retry: 'Tentar novamente',
  notFound: 'Não há nenhuma página neste endereço.',
} satisfies DemoMessages;

export const demoMessages: Record<Locale, DemoMessages> = { en, 'pt-BR': ptBR };
