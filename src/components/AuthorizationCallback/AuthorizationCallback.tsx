import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, type To } from 'react-router';
import type { MessageKey } from '../../i18n/en';
import type { AuthorizationFailureReason } from '../../oauth/AuthorizationCallbackError';
import { resolveAuthorizationCallback, type AuthorizationCallbackOutcome } from '../../oauth/resolveAuthorizationCallback';
import { useWidgetRoutes } from '../../widget/WidgetRoutesContext';
import { useConnections } from '../ConnectionsProvider/ConnectionsContext';
import type { Role } from '../ConnectionsProvider/Role';
import { useRootProps } from '../ConnectionsProvider/useRootProps';
import { BackToConnectionsLink } from '../BackToConnectionsLink/BackToConnectionsLink';
import { connectionSuccessState } from '../ConnectionSuccessBanner/connectionSuccessState';
import { ErrorPanel } from '../ErrorPanel/ErrorPanel';
import { RoleGate } from '../RoleGate/RoleGate';

export interface AuthorizationCallbackProps {
  /** Overrides the provider's role. A non-admin sees the notice and the answer is not sent to the backend. */
  role?: Role;
  /**
   * Where **Back to Connections** leads, and where a successful connection goes (replacing the
   * callback in history, so the code and state leave the address bar).
   * @default the widget's Connections page; used alone, the parent route (`'..'`)
   */
  connectionsTo?: To;
  /**
   * Where **Start again** leads after a failed new connection.
   * @default the widget's page of the integration being connected; used alone, no such link
   */
  startAgainTo?: To;
}

const failureMessages: Record<AuthorizationFailureReason, MessageKey> = {
  denied: 'callback.denied',
  tampered: 'callback.tampered',
  expired: 'callback.expired',
  used: 'callback.used',
  code_invalid: 'callback.codeInvalid',
  incomplete: 'callback.incomplete',
  provider_error: 'callback.providerError',
};

/**
 * The page the provider sends the browser back to. It completes the authorization through
 * the API exactly once, then shows the Connections page with the success banner; a denied,
 * forged, expired or replayed answer gets an alert and a way back, and connects nothing.
 */
export function AuthorizationCallback({ role, ...links }: AuthorizationCallbackProps) {
  const rootProps = useRootProps('cw-page cw-callback');
  return (
    <div {...rootProps}>
      <RoleGate role={role}>
        <CallbackResolution {...links} />
      </RoleGate>
    </div>
  );
}

function CallbackResolution({ connectionsTo, startAgainTo }: Omit<AuthorizationCallbackProps, 'role'>) {
  const { api, onEvent, t, queryScope } = useConnections();
  const queryClient = useQueryClient();
  const routes = useWidgetRoutes();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<AuthorizationCallbackOutcome>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const backTo = connectionsTo ?? routes?.index ?? '..';
  // The latest values, read when the backend answers: a host re-rendering with a new `To`
  // object or callback must not re-run the completion, only a new answer or Try again does.
  const latest = useRef({ api, queryClient, queryScope, onEvent, navigate, backTo });
  latest.current = { api, queryClient, queryScope, onEvent, navigate, backTo };

  useEffect(() => {
    let current = true;
    setOutcome(undefined);
    const { api, queryClient, queryScope, onEvent } = latest.current;
    void resolveAuthorizationCallback(search, { api, queryClient, queryScope, onEvent }).then((result) => {
      if (!current) return;
      const { navigate, backTo } = latest.current;
      if (result.type === 'completed') {
        const success = { dataSourceName: result.dataSource.name, reauthorized: result.reauthorized };
        navigate(backTo, { replace: true, state: connectionSuccessState.create(success) });
      } else if (result.type === 'already_completed') {
        navigate(backTo, { replace: true });
      } else {
        setOutcome(result);
      }
    });
    return () => {
      current = false;
    };
  }, [search, attempt]);

  const failed = outcome?.type === 'failed' || outcome?.type === 'error';
  useEffect(() => {
    if (failed) headingRef.current?.focus();
  }, [failed, outcome]);

  if (!outcome || (outcome.type !== 'failed' && outcome.type !== 'error')) {
    return (
      <div role="status">
        <h2 className="cw-page__heading" tabIndex={-1} data-page-heading>
          {t('callback.verifying')}
        </h2>
      </div>
    );
  }

  const reauthorization = outcome.flow?.dataSourceId !== undefined;
  const startAgain =
    startAgainTo ?? (routes && !reauthorization ? routes.integration(outcome.flow?.integrationId ?? 'stripe') : undefined);

  return (
    <section className="cw-callback__failure" aria-labelledby={headingId}>
      <h2 className="cw-page__heading" id={headingId} ref={headingRef} tabIndex={-1} data-page-heading>
        {t('callback.failedTitle')}
      </h2>
      {outcome.type === 'error' ? (
        <ErrorPanel
          title={t('callback.completeError')}
          error={outcome.error}
          onRetry={outcome.retryable ? () => setAttempt((count) => count + 1) : undefined}
        />
      ) : (
        <div className="cw-alert" role="alert">
          <p className="cw-alert__message">{t(failureMessages[outcome.reason])}</p>
        </div>
      )}
      <p className="cw-callback__actions">
        <BackToConnectionsLink to={backTo} />
        {startAgain !== undefined && (
          <Link className="cw-button cw-button--primary" to={startAgain}>
            {t('callback.startAgain')}
          </Link>
        )}
      </p>
    </section>
  );
}
