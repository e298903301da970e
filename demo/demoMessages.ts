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

const es = {
  documentTitle: 'Conexiones · Gestionar datos',
  appTitle: 'Gestionar datos',
  role: 'Rol',
  'role.admin': 'Administrador',
  'role.standard': 'Estándar',
  'role.read-only': 'Solo lectura',
  language: 'Idioma',
  theme: 'Tema',
  'theme.light': 'Claro',
  'theme.dark': 'Oscuro',
  navigation: 'Administración',
  connections: 'Conexiones',
  sessionPending: 'Iniciando sesión en el backend de demostración…',
  sessionFailed: 'No se pudo contactar con el backend de demostración. ¿Sigue en marcha npm run dev?',
  retry: 'Volver a intentarlo',
  notFound: 'No hay ninguna página en esta dirección.',
} satisfies DemoMessages;

const fr = {
  documentTitle: 'Connexions · Gérer les données',
  appTitle: 'Gérer les données',
  role: 'Rôle',
  'role.admin': 'Administrateur',
  'role.standard': 'Standard',
  'role.read-only': 'Lecture seule',
  language: 'Langue',
  theme: 'Thème',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',
  navigation: 'Administration',
  connections: 'Connexions',
  sessionPending: 'Identification auprès du backend de démonstration…',
  sessionFailed: 'Le backend de démonstration est injoignable. npm run dev tourne-t-il toujours\u202f?',
  retry: 'Réessayer',
  notFound: 'Il n’y a aucune page à cette adresse.',
} satisfies DemoMessages;

const de = {
  documentTitle: 'Verbindungen · Daten verwalten',
  appTitle: 'Daten verwalten',
  role: 'Rolle',
  'role.admin': 'Administrator',
  'role.standard': 'Standard',
  'role.read-only': 'Nur Lesen',
  language: 'Sprache',
  theme: 'Design',
  'theme.light': 'Hell',
  'theme.dark': 'Dunkel',
  navigation: 'Verwaltung',
  connections: 'Verbindungen',
  sessionPending: 'Anmeldung beim Demo-Backend …',
  sessionFailed: 'Das Demo-Backend ist nicht erreichbar. Läuft npm run dev noch?',
  retry: 'Erneut versuchen',
  notFound: 'Unter dieser Adresse gibt es keine Seite.',
} satisfies DemoMessages;

const ja = {
  documentTitle: '接続 · データ管理',
  appTitle: 'データ管理',
  role: 'ロール',
  'role.admin': '管理者',
  'role.standard': '標準',
  'role.read-only': '読み取り専用',
  language: '言語',
  theme: 'テーマ',
  'theme.light': 'ライト',
  'theme.dark': 'ダーク',
  navigation: '管理',
  connections: '接続',
  sessionPending: 'デモ用バックエンドにサインインしています…',
  sessionFailed: 'デモ用バックエンドに接続できません。npm run dev は実行中ですか？',
  retry: '再試行',
  notFound: 'このアドレスにページはありません。',
} satisfies DemoMessages;

export const demoMessages: Record<Locale, DemoMessages> = { en, 'pt-BR': ptBR, es, fr, de, ja };
