import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import type { AuthorizationMode, Locale, Role, Theme } from '../src/index';
import { DemoSelect } from './DemoSelect';
import type { DemoMessages } from './demoMessages';
import { twoWidgetsPath } from './twoWidgetsPaths';

export const roles = ['admin', 'standard', 'read-only'] as const satisfies readonly Role[];
export const locales = ['en', 'pt-BR', 'es', 'fr', 'de', 'ja'] as const satisfies readonly Locale[];
export const themes = ['light', 'dark'] as const satisfies readonly Theme[];
export const authorizationModes = ['redirect', 'popup'] as const satisfies readonly AuthorizationMode[];

// Each language is named in itself, whatever the page's language.
const languageOptions = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'pt-BR', label: 'Português (Brasil)', lang: 'pt-BR' },
  { value: 'es', label: 'Español', lang: 'es' },
  { value: 'fr', label: 'Français', lang: 'fr' },
  { value: 'de', label: 'Deutsch', lang: 'de' },
  { value: 'ja', label: '日本語', lang: 'ja' },
] as const satisfies readonly { value: Locale; label: string; lang: string }[];

export interface AdminShellProps {
  messages: DemoMessages;
  role: Role;
  onRoleChange: (role: Role) => void;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  authorizationMode: AuthorizationMode;
  onAuthorizationModeChange: (mode: AuthorizationMode) => void;
  children: ReactNode;
}

/** The host product's admin frame around the widget: top bar, settings, side navigation. */
export function AdminShell({
  messages,
  role,
  onRoleChange,
  locale,
  onLocaleChange,
  theme,
  onThemeChange,
  authorizationMode,
  onAuthorizationModeChange,
  children,
}: AdminShellProps) {
  return (
    <div className="demo-shell" data-theme={theme}>
      <header className="demo-topbar">
        <h1 className="demo-topbar__title">{messages.appTitle}</h1>
        <div className="demo-topbar__settings">
          <DemoSelect
            label={messages.role}
            value={role}
            options={roles.map((value) => ({ value, label: messages[`role.${value}`] }))}
            onChange={onRoleChange}
          />
          <DemoSelect label={messages.language} value={locale} options={languageOptions} onChange={onLocaleChange} />
          <DemoSelect
            label={messages.theme}
            value={theme}
            options={themes.map((value) => ({ value, label: messages[`theme.${value}`] }))}
            onChange={onThemeChange}
          />
          <DemoSelect
            label={messages.authorization}
            value={authorizationMode}
            options={authorizationModes.map((value) => ({ value, label: messages[`authorization.${value}`] }))}
            onChange={onAuthorizationModeChange}
          />
        </div>
      </header>
      <div className="demo-body">
        <nav className="demo-nav" aria-label={messages.navigation}>
          <ul className="demo-nav__list">
            <li>
              <NavLink className="demo-nav__link" to="/admin/connections">
                {messages.connections}
              </NavLink>
            </li>
            <li>
              <NavLink className="demo-nav__link" to={twoWidgetsPath}>
                {messages.twoWidgets}
              </NavLink>
            </li>
          </ul>
        </nav>
        <main className="demo-main">{children}</main>
      </div>
    </div>
  );
}
