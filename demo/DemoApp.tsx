import { useEffect } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { ConnectionsWidget, createHttpConnectionsApi } from '../src/index';
import { defaultAuthorizationHosts } from '../src/oauth/defaultAuthorizationHosts';
import { AdminShell, locales, roles, themes } from './AdminShell';
import { demoMessages } from './demoMessages';
import { SessionGate } from './SessionGate';
import { useDemoSession } from './useDemoSession';
import { useStoredChoice } from './useStoredChoice';

const api = createHttpConnectionsApi({ baseUrl: '/api/v1' });
// The reference backend sends the browser to the local Stripe stand-in, another origin.
const authorizationHosts = [...defaultAuthorizationHosts, import.meta.env.VITE_STAND_IN_HOST];

/** The host app: an admin shell whose Connections section is the widget. */
export function DemoApp() {
  const [role, setRole] = useStoredChoice('connections-demo.role', roles, 'admin');
  const [locale, setLocale] = useStoredChoice('connections-demo.locale', locales, 'en');
  const [theme, setTheme] = useStoredChoice('connections-demo.theme', themes, 'light');
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
    >
      <Routes>
        <Route path="/" element={<Navigate to="/admin/connections" replace />} />
        <Route
          path="/admin/connections/*"
          element={
            <SessionGate status={session.status} onRetry={session.retry} messages={messages}>
              <ConnectionsWidget
                api={api}
                role={role}
                locale={locale}
                theme={theme}
                authorizationHosts={authorizationHosts}
              />
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
