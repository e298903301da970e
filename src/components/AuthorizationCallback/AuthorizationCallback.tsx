import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, type To } from 'react-router';
import { useStableCallback } from '../../hooks/useStableCallback';
import {
  resolveAuthorizationCallback,
  type AuthorizationCallbackOutcome,
} from '../../oauth/resolveAuthorizationCallback';
import { useWidgetRoutes } from '../../context/WidgetRoutesContext';
import { useConnections } from '../../context/ConnectionsContext';
import type { Role } from '../../context/Role';
import { useRootProps } from '../../ui/useRootProps';
import { BackToConnectionsLink } from '../../ui/BackToConnectionsLink';
import { connectionSuccessState } from '../../oauth/connectionSuccessState';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { RoleGate } from '../../ui/RoleGate';

export interface AuthorizationCallbackProps {
  /** Overrides the provider's role. A non-admin sees the notice and the answer is not sent to the backend. */
  role?: Role;
  /**
   * Where **Back to Connections** leads, and where a successful connection goes (replacing the
   * callback in history).
   * @default the widget's Connections page; used alone, the parent route (`'..'`)
   */
  connectionsTo?: To;
  /**
   * Where **Start again** leads after a failed new connection.
   * @default the widget's page of the integration being connected; used alone, no such link
   */
  startAgainTo?: To;
}

/** Where the answer waits in the callback's history entry, once it has left the address bar. */
const answerKey = 'connectionsWidgetAnswer';

function readAnswer(state: unknown): string {
  const answer =
    typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[answerKey] : undefined;
  return typeof answer === 'string' ? answer : '';
}

/**
 * The page the provider sends the browser back to. It completes the authorization through
 * the API exactly once, then shows the Connections page with the success banner; a denied,
 * forged, expired or replayed answer gets an alert and a way back, and connects nothing.
 * Whatever the outcome, the code and state leave the address bar as soon as they are read. In
 * an authorization window the widget opened (popup mode), it hands the answer to the tab that
 * opened the window, which completes it, and closes.
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
  const location = useLocation();
  // On arrival the answer is the query; then the history entry keeps it, for a reload or Try again.
  const answer = location.search === '' ? readAnswer(location.state) : location.search;
  const [attempt, setAttempt] = useState(0);
  // Each outcome belongs to the resolution that brought it: a new answer or Try again starts
  // from "verifying" again without resetting state in an effect.
  const resolution = `${attempt}:${answer}`;
  const [settled, setSettled] = useState<{ resolution: string; outcome: AuthorizationCallbackOutcome }>();
  const outcome = settled?.resolution === resolution ? settled.outcome : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const backTo = connectionsTo ?? routes?.index ?? '..';
  // Stable: a host re-rendering with a new `To` object or callback must not re-run the
  // completion; only a new answer or Try again does. Each reads the latest values when called.
  const resolveAnswer = useStableCallback(() =>
    resolveAuthorizationCallback(answer, { api, queryClient, queryScope, onEvent }),
  );
  const showOutcome = useStableCallback((result: AuthorizationCallbackOutcome, of: string) => {
    if (result.type === 'completed') {
      const success = { dataSourceName: result.dataSource.name, reauthorized: result.reauthorized };
      navigate(backTo, { replace: true, state: connectionSuccessState.create(success) });
    } else if (result.type === 'already_completed') {
      navigate(backTo, { replace: true });
    } else {
      setSettled({ resolution: of, outcome: result });
    }
  });

  useEffect(() => {
    if (location.search === '') return;
    // Replaced, not pushed: neither the address bar nor Back may keep a live code and state.
    const { pathname, hash } = location;
    navigate({ pathname, hash }, { replace: true, state: { [answerKey]: location.search } });
  }, [location, navigate]);

  useEffect(() => {
    let current = true;
    void resolveAnswer().then((result) => {
      if (current) showOutcome(result, resolution);
    });
    return () => {
      current = false;
    };
  }, [resolution, resolveAnswer, showOutcome]);

  const failed = outcome?.type === 'failed' || outcome?.type === 'error';
  useEffect(() => {
    if (failed) headingRef.current?.focus();
  }, [failed, outcome]);

  const handedOver = outcome?.type === 'handed_over';
  useEffect(() => {
    // The window was opened by the widget, so it may close itself; if the browser says no, the
    // page says what happened and that it can be closed.
    if (handedOver) window.close();
  }, [handedOver]);

  if (handedOver) {
    return (
      <div role="status">
        <h2 className="cw-page__heading" tabIndex={-1} data-page-heading>
          {t('callback.handedOver')}
        </h2>
        <p>{t('callback.handedOverClose')}</p>
      </div>
    );
  }

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
    startAgainTo ??
    (routes && !reauthorization ? routes.integration(outcome.flow?.integrationId ?? 'stripe') : undefined);

  return (
    <section className="cw-callback__failure" aria-labelledby={headingId}>
      <h2 className="cw-page__heading" id={headingId} ref={headingRef} tabIndex={-1} data-page-heading>
        {t('callback.failedTitle')}
      </h2>
      {outcome.type === 'error' ? (
        <ErrorPanel
          title={t('callback.completeError')}
          error={outcome.error}
          onRetry={() => setAttempt((count) => count + 1)}
        />
      ) : (
        <div className="cw-alert" role="alert">
          <p className="cw-alert__message">
            {outcome.connectedName === undefined
              ? t(`callback.${outcome.reason}`)
              : t('callback.usedConnected', { name: outcome.connectedName })}
          </p>
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
