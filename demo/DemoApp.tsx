import { useEffect } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { ConnectionsWidget } from '../src/index';
import { AdminShell, authorizationModes, locales, roles, themes } from './AdminShell';
import { demoApi, demoAuthorizationHosts } from './demoApi';
import { demoMessages } from './demoMessages';
import { SessionGate } from './SessionGate';
import { TwoWidgetsPage } from './TwoWidgetsPage';
import { twoWidgetsPath } from './twoWidgetsPaths';
import { useDemoSession } from './useDemoSession';
import { useStoredChoice } from './useStoredChoice';

/** The host app: an admin shell whose Connections section is the widget. */
export function DemoApp() {
  const [role, setRole] = useStoredChoice('connections-demo.role', roles, 'admin');
  const [locale, setLocale] = useStoredChoice('connections-demo.locale', locales, 'en');
  const [theme, setTheme] = useStoredChoice('connections-demo.theme', themes, 'light');
  const [authorizationMode, setAuthorizationMode] = useStoredChoice(
    'connections-demo.authorization-mode',
    authorizationModes,
    'redirect',
  );
  const session = useDemoSession(role);
  const messages = demoMessages[locale];

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = messages.documentTitle;
  }, [locale, messages]);

  return (
    <AdminShell
      messages={messages}
      role={role}
      onRoleChange={setRole}
      locale={locale}
      onLocaleChange={setLocale}
      theme={theme}
      onThemeChange={setTheme}
      authorizationMode={authorizationMode}
      onAuthorizationModeChange={setAuthorizationMode}
    >
      <Routes>
        <Route path="/" element={<Navigate to="/admin/connections" replace />} />
        <Route
          path="/admin/connections/*"
          element={
            <SessionGate status={session.status} onRetry={session.retry} messages={messages}>
              <ConnectionsWidget
                api={demoApi}
                role={role}
                locale={locale}
                theme={theme}
                authorizationHosts={demoAuthorizationHosts}
                authorizationMode={authorizationMode}
              />
            </SessionGate>
          }
        />
        <Route
          path={`${twoWidgetsPath}/*`}
          element={
            <SessionGate status={session.status} onRetry={session.retry} messages={messages}>
              <TwoWidgetsPage messages={messages} role={role} locale={locale} theme={theme} />
            </SessionGate>
          }
        />
        <Route
          path="*"
          element={
            <p className="demo-status">
              {messages.notFound}{' '}
              <Link className="demo-link" to="/admin/connections">
                {messages.connections}
              </Link>
            </p>
          }
        />
      </Routes>
    </AdminShell>
  );
}
