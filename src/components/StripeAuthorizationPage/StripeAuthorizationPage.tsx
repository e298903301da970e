import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { To } from 'react-router';
import type { Integration } from '../../api/types';
import type { MessageKey } from '../../i18n/en';
import { useStartAuthorization } from '../../oauth/useStartAuthorization';
import { integrationsQueryOptions } from '../../queries/integrationsQueryOptions';
import { AuthorizationStartError } from '../../ui/AuthorizationStartError';
import { BusyButton } from '../../ui/BusyButton';
import { BackToConnectionsLink } from '../../ui/BackToConnectionsLink';
import { useConnections } from '../../context/ConnectionsContext';
import type { Role } from '../../context/Role';
import { useRootProps } from '../../ui/useRootProps';
import { QueryView } from '../../ui/QueryView';
import { RoleGate } from '../../ui/RoleGate';
import { StripeLogo } from '../../ui/StripeLogo';

export interface StripeAuthorizationPageProps {
  /** Overrides the provider's role. A non-admin sees the notice instead of the Connect button. */
  role?: Role;
  /**
   * Where Stripe sends the browser back: a page that renders `AuthorizationCallback`, registered
   * with Stripe as a redirect URI. Absolute, or relative to the current page.
   * @default the `callback` route of the enclosing `ConnectionsWidget`
   */
  redirectUri?: string;
  /**
   * The Connections page, where **Back to Connections** leads (the same prop as
   * `AuthorizationCallback`'s).
   * @default the widget's Connections page; used alone, the parent route (`'..'`)
   */
  connectionsTo?: To;
  /** @deprecated Renamed `connectionsTo`, the name every component uses; `backTo` still works. */
  backTo?: To;
}

/** The Expected Stripe data tables, in the order Stripe's documentation lists them. */
const syncedTables: readonly MessageKey[] = [
  'stripe.table.customers',
  'stripe.table.charges',
  'stripe.table.coupons',
  'stripe.table.invoices',
  'stripe.table.plans',
  'stripe.table.subscriptions',
  'stripe.table.events',
];

/**
 * Tells the admin what connecting Stripe does and what it reads, and starts Stripe's OAuth
 * flow with **Connect with Stripe**, once the catalog shows Stripe enabled for the account.
 */
export function StripeAuthorizationPage({ role, redirectUri, connectionsTo, backTo }: StripeAuthorizationPageProps) {
  const rootProps = useRootProps('cw-page cw-stripe');
  const { t } = useConnections();
  return (
    <div {...rootProps}>
      <p className="cw-page__back">
        <BackToConnectionsLink to={connectionsTo ?? backTo} />
      </p>
      <div className="cw-stripe__header">
        <StripeLogo decorative size={40} />
        <h2 className="cw-page__heading" tabIndex={-1} data-page-heading>
          {t('stripe.heading')}
        </h2>
      </div>
      <RoleGate role={role}>
        <StripeAuthorization redirectUri={redirectUri} />
      </RoleGate>
    </div>
  );
}

/** Whether the account may connect Stripe: in the catalog, and enabled. */
const stripeEnabled = (integrations: Integration[]) =>
  integrations.some((integration) => integration.id === 'stripe' && integration.enabled);

/**
 * The page's content for an admin. A direct link may reach it for an account without Stripe,
 * so the catalog decides: Connect waits for it, and is not offered when Stripe is missing or
 * not enabled (the backend would refuse the start anyway).
 */
function StripeAuthorization({ redirectUri }: { redirectUri: string | undefined }) {
  const { api, t, queryScope } = useConnections();
  const integrations = useQuery({ ...integrationsQueryOptions(api, queryScope), select: stripeEnabled });
  return (
    <QueryView query={integrations} loading={t('stripe.loading')} errorTitle={t('stripe.loadError')}>
      {(enabled) =>
        enabled ? <StripeConnect redirectUri={redirectUri} /> : <p className="cw-notice">{t('stripe.notEnabled')}</p>
      }
    </QueryView>
  );
}

/**
 * What connecting reads, and **Connect with Stripe**. In popup mode, while Stripe's window is
 * open the button brings it to the front, and the page says where to finish.
 */
function StripeConnect({ redirectUri }: { redirectUri: string | undefined }) {
  const { t, authorizationMode } = useConnections();
  const { start, isPending, popupOpen, error } = useStartAuthorization({ redirectUri });
  const dataHeadingId = useId();
  const connect = () => start({ integrationId: 'stripe' });
  const continueInThisTab = () => start({ integrationId: 'stripe' }, { mode: 'redirect' });
  // A start under way leaves the page unless it opens a window: Continue in this tab (which keeps
  // the blocked window's error on screen meanwhile) leaves it too.
  const leaving = authorizationMode === 'redirect' || error !== undefined;
  const busyLabel = leaving ? t('stripe.redirecting') : t('stripe.opening');

  return (
    <>
      <p className="cw-stripe__intro">{t('stripe.intro')}</p>
      <section className="cw-stripe__data" aria-labelledby={dataHeadingId}>
        <h3 className="cw-stripe__data-heading" id={dataHeadingId}>
          {t('stripe.dataHeading')}
        </h3>
        <p className="cw-stripe__data-intro">{t('stripe.dataIntro')}</p>
        <ul className="cw-stripe__tables">
          {syncedTables.map((key) => (
            <li className="cw-stripe__table" key={key}>
              {t(key)}
            </li>
          ))}
        </ul>
        <p className="cw-stripe__read-only">{t('stripe.readOnly')}</p>
      </section>
      {error !== undefined && (
        <AuthorizationStartError
          title={t('stripe.startError')}
          error={error}
          onRetry={connect}
          onContinueInThisTab={continueInThisTab}
          continuing={isPending}
        />
      )}
      <div className="cw-stripe__actions">
        <BusyButton
          className="cw-button cw-button--primary cw-stripe__connect"
          busy={isPending}
          busyLabel={busyLabel}
          onClick={connect}
        >
          {popupOpen ? t('stripe.showPopup') : t('stripe.connect')}
        </BusyButton>
        {/* Visible while Stripe's window is open, so everyone knows where to go on. */}
        <p className={popupOpen && !isPending ? 'cw-status-text' : 'cw-visually-hidden'} role="status">
          {isPending ? busyLabel : popupOpen ? t('authorization.popupOpen') : ''}
        </p>
      </div>
    </>
  );
}
