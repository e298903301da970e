import { useId, type ReactNode } from 'react';
import type { Locale, Role, Theme } from '../src/index';
import { ConnectionsWidgetElementHost } from './ConnectionsWidgetElementHost';
import type { DemoMessages } from './demoMessages';
import { twoWidgetsBasePaths } from './twoWidgetsPaths';

export interface TwoWidgetsPageProps {
  messages: DemoMessages;
  role: Role;
  locale: Locale;
  theme: Theme;
}

/**
 * Two `<connections-widget>` elements on one page, each connecting in a window of its own: an
 * answer reaches only the widget that started its flow.
 */
export function TwoWidgetsPage({ messages, role, locale, theme }: TwoWidgetsPageProps) {
  const [first, second] = twoWidgetsBasePaths;
  return (
    <div className="demo-two-widgets">
      <p className="demo-status">{messages['twoWidgets.intro']}</p>
      <WidgetSection title={messages['twoWidgets.first']}>
        <ConnectionsWidgetElementHost basePath={first} role={role} locale={locale} theme={theme} />
      </WidgetSection>
      <WidgetSection title={messages['twoWidgets.second']}>
        <ConnectionsWidgetElementHost basePath={second} role={role} locale={locale} theme={theme} />
      </WidgetSection>
    </div>
  );
}

function WidgetSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="demo-two-widgets__widget" aria-labelledby={headingId}>
      <h2 className="demo-two-widgets__heading" id={headingId}>
        {title}
      </h2>
      {children}
    </section>
  );
}
