import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createHttpConnectionsApi } from '../../src/api/createHttpConnectionsApi';
import type { DataSource } from '../../src/api/types';
import { LocationAssignContext } from '../../src/context/LocationAssignContext';

import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';
import { catalogIntegrations, productDataSources } from '../../src/testing/fixtures';
import { ConnectionsWidget } from '../../src/widget/ConnectionsWidget';
import { startMisbehavingServer, type Answer, type Route } from './support/misbehavingServer';

/**
 * The widget with the real HTTP client, against a backend that misbehaves on purpose. The widget
 * makes its own QueryClient, as in a host that passes none, so its real retry policy runs: a GET
 * that fails in a way asking again can cure is sent once more on its own (after TanStack Query's
 * one-second delay) before the alert shows; a 4xx, and any POST, is sent once.
 */

const timeoutMs = 1000;
const state = 'c3RhdGUtd2l0aC1lbm91Z2gtYml0cw';
const started = {
  authorizationUrl: `https://connect.stripe.com/oauth/authorize?state=${state}`,
  state,
  expiresAt: '2099-01-01T00:00:00Z',
};
const stripeSource = {
  id: 'ds_stripe',
  name: 'Stripe acct_1',
  integrationId: 'stripe',
  connection: 'acct_1',
  status: 'syncing',
  lastConnectionStartedAt: '2026-11-26T05:00:00Z',
  lastConnectionDurationSeconds: null,
} satisfies DataSource;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

function errorBody(status: number, code: string, headers: Record<string, string> = {}): Answer {
  return json(status, { error: { code, message: `Refused: ${code}.` } }, headers);
}

const listAnswer = json(200, { dataSources: productDataSources });
const listText = JSON.stringify({ dataSources: productDataSources });

type GoodRoute =
  | 'GET /integrations'
  | 'GET /data-sources'
  | 'POST /integrations/stripe/authorizations'
  | 'POST /authorizations/complete';

/** The backend as it should be, route by route; completing adds the source it answers. */
function wellBehaved(): Record<GoodRoute, Route> {
  const dataSources: DataSource[] = [...productDataSources];
  return {
    'GET /integrations': json(200, { integrations: catalogIntegrations }),
    'GET /data-sources': () => json(200, { dataSources }),
    'POST /integrations/stripe/authorizations': json(201, started),
    'POST /authorizations/complete': () => {
      dataSources.push(stripeSource);
      return json(200, { dataSource: stripeSource });
    },
  };
}

const text = {
  en: {
    tryAgain: 'Try again',
    connect: 'Connect with Stripe',
    title: {
      list: 'The data sources could not be loaded.',
      start: 'The connection to Stripe could not be started.',
      complete: 'The server could not finish the connection.',
    },
  },
  'pt-BR': {
    tryAgain: 'Tentar novamente',
    connect: 'Conectar com o Stripe',
    title: {
      list: 'Não foi possível carregar as fontes de dados.',
      start: 'Não foi possível iniciar a conexão com o Stripe.',
      complete: 'O servidor não conseguiu concluir a conexão.',
    },
  },
};

type Locale = keyof typeof text;

type Stage = 'list' | 'start' | 'complete';

/** Where in the flow the fault hits, what gets there, and what the admin sees once the backend answers well. */
const stages: Record<
  Stage,
  {
    route: string;
    /** The route that misbehaves. */
    faulty: GoodRoute;
    /** The requests sent, in order, before the faulty one. */
    before: string[];
    /** The requests sent, in order, after Try again got a good answer. */
    after: string[];
    /** Sets the browser up before the widget renders. */
    prepare?(): void;
    /** What the admin does to send the faulty request. */
    reach?(user: ReturnType<typeof userEvent.setup>, locale: Locale): Promise<void>;
    recovered(assign: (url: string) => void): Promise<void>;
  }
> = {
  list: {
    route: '/',
    faulty: 'GET /data-sources',
    before: [],
    after: [],
    recovered: async () => {
      const table = await screen.findByRole('table');
      expect(within(table).getAllByRole('row')).toHaveLength(1 + productDataSources.length);
    },
  },
  start: {
    route: '/add/stripe',
    faulty: 'POST /integrations/stripe/authorizations',
    before: ['GET /integrations'],
    after: [],
    reach: async (user, locale) => {
      await user.click(await screen.findByRole('button', { name: text[locale].connect }));
    },
    recovered: async (assign) => {
      await vi.waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
      expect(assign).toHaveBeenCalledWith(started.authorizationUrl);
    },
  },
  complete: {
    route: `/callback?code=ac_1&state=${state}`,
    faulty: 'POST /authorizations/complete',
    before: [],
    after: ['GET /data-sources'],
    prepare: () => {
      // As Connect with Stripe left it, before the browser went to Stripe and came back.
      const expiresAt = Date.parse(started.expiresAt);
      pendingAuthorization.save(state, { integrationId: 'stripe', startedAt: Date.now(), expiresAt });
    },
    recovered: async () => {
      const table = await screen.findByRole('table');
      // Created once, listed once.
      expect(await within(table).findAllByRole('rowheader', { name: stripeSource.name })).toHaveLength(1);
      expect(within(table).getAllByRole('row')).toHaveLength(2 + productDataSources.length);
    },
  },
};

interface Row {
  fault: string;
  stage: Stage;
  /** What the faulty route answers; `refused` means the server is down (and back up for Try again). */
  answer: Answer | 'refused';
  locale: Locale;
  /** The explanation after the alert's title. */
  message: string;
  /** Whether Try again is offered. */
  tryAgain: boolean;
  /**
   * How many times the faulty request reaches the server before the alert shows: twice for a GET
   * the widget's retry policy sends again on its own, once for a 4xx and for any POST.
   */
  sends: number;
}

/** Valid JSON may end in any amount of whitespace: without a bound, this answer is a good one. */
const hugePadding = ' '.repeat(8 * 1024 * 1024);

const en = {
  network: 'The server could not be reached. Check your connection and try again.',
  timeout: 'The server took too long to answer. Try again.',
  bad_request: 'The server refused the request.',
  unauthorized: 'Your session has ended. Sign in again, then retry.',
  forbidden: 'Requires Administrator permissions',
  not_found: 'It no longer exists. Reload the page to see the current list.',
  conflict: 'It changed in the meantime. Reload the page and try again.',
  rate_limited: 'Too many requests. Wait a moment, then try again.',
  server: 'The server had a problem. Try again in a moment.',
  invalid_response: 'The server sent an answer the widget does not understand.',
};
const ptBR = {
  unauthorized: 'Sua sessão terminou. Entre novamente e tente outra vez.',
  rate_limited: 'Solicitações demais. Aguarde um momento e tente novamente.',
  server: 'O servidor teve um problema. Tente novamente em instantes.',
  invalid_response: 'O servidor enviou uma resposta que o widget não entende.',
};

// prettier-ignore
const rows: Row[] = [
  { fault: 'connection refused', stage: 'list', answer: 'refused', locale: 'en', message: en.network, tryAgain: true, sends: 0 },
  { fault: 'connection reset mid-answer', stage: 'list', answer: { ...listAnswer, ending: 'reset' }, locale: 'en', message: en.network, tryAgain: true, sends: 2 },
  { fault: 'connection closed before the promised Content-Length', stage: 'list', answer: { ...listAnswer, ending: 'cut' }, locale: 'en', message: en.network, tryAgain: true, sends: 2 },
  { fault: 'no answer within timeoutMs', stage: 'start', answer: { ...json(201, started), delayMs: 5 * timeoutMs }, locale: 'en', message: en.timeout, tryAgain: true, sends: 1 },
  { fault: 'headers sent, body never finished', stage: 'list', answer: { ...listAnswer, ending: 'never' }, locale: 'en', message: en.timeout, tryAgain: true, sends: 2 },
  { fault: '401 mid-flow (the list worked, Connect did not)', stage: 'start', answer: errorBody(401, 'unauthenticated'), locale: 'en', message: en.unauthorized, tryAgain: false, sends: 1 },
  { fault: '401 mid-flow, in pt-BR', stage: 'start', answer: errorBody(401, 'unauthenticated'), locale: 'pt-BR', message: ptBR.unauthorized, tryAgain: false, sends: 1 },
  { fault: '403', stage: 'list', answer: errorBody(403, 'forbidden'), locale: 'en', message: en.forbidden, tryAgain: false, sends: 1 },
  { fault: '404', stage: 'start', answer: errorBody(404, 'not_found'), locale: 'en', message: en.not_found, tryAgain: false, sends: 1 },
  { fault: '409', stage: 'start', answer: errorBody(409, 'integration_disabled'), locale: 'en', message: en.conflict, tryAgain: false, sends: 1 },
  { fault: '413', stage: 'start', answer: errorBody(413, 'payload_too_large'), locale: 'en', message: en.bad_request, tryAgain: false, sends: 1 },
  { fault: '429 with Retry-After', stage: 'list', answer: errorBody(429, 'rate_limited', { 'Retry-After': '120' }), locale: 'en', message: en.rate_limited, tryAgain: true, sends: 1 },
  { fault: '429 with Retry-After, in pt-BR', stage: 'list', answer: errorBody(429, 'rate_limited', { 'Retry-After': '120' }), locale: 'pt-BR', message: ptBR.rate_limited, tryAgain: true, sends: 1 },
  { fault: '500', stage: 'list', answer: errorBody(500, 'internal'), locale: 'en', message: en.server, tryAgain: true, sends: 2 },
  { fault: '502 provider_error on completing', stage: 'complete', answer: errorBody(502, 'provider_error'), locale: 'en', message: en.server, tryAgain: true, sends: 1 },
  { fault: '502 as a proxy’s HTML page on completing, in pt-BR', stage: 'complete', answer: { status: 502, headers: { 'Content-Type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }, locale: 'pt-BR', message: ptBR.server, tryAgain: true, sends: 1 },
  { fault: '503 with Retry-After on starting', stage: 'start', answer: errorBody(503, 'unavailable', { 'Retry-After': '30' }), locale: 'en', message: en.server, tryAgain: true, sends: 1 },
  { fault: 'HTML instead of JSON (a 200 from a proxy)', stage: 'list', answer: { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><title>Sign in</title><form></form>' }, locale: 'en', message: en.invalid_response, tryAgain: true, sends: 2 },
  { fault: 'truncated JSON', stage: 'list', answer: { ...listAnswer, body: listText.slice(0, 90) }, locale: 'en', message: en.invalid_response, tryAgain: true, sends: 2 },
  { fault: 'valid JSON of the wrong shape', stage: 'start', answer: json(201, { url: started.authorizationUrl, state }), locale: 'en', message: en.invalid_response, tryAgain: true, sends: 1 },
  { fault: 'valid JSON of the wrong shape, in pt-BR', stage: 'list', answer: json(200, { data_sources: productDataSources }), locale: 'pt-BR', message: ptBR.invalid_response, tryAgain: true, sends: 2 },
  { fault: 'a huge answer (8 MB, chunked)', stage: 'list', answer: { ...listAnswer, headers: { 'Transfer-Encoding': 'chunked' }, body: listText + hugePadding }, locale: 'en', message: en.invalid_response, tryAgain: true, sends: 2 },
];

/** A host page with its own button beside the widget, to show the page still works after a failure. */
function HostPage({ children }: { children: ReactNode }) {
  const [clicks, setClicks] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setClicks((count) => count + 1)}>
        Host action
      </button>
      <p>Host clicks: {clicks}</p>
      {children}
    </>
  );
}

function renderWidget(baseUrl: string, route: string, locale: Locale) {
  const assign = vi.fn<(url: string) => void>();
  const api = createHttpConnectionsApi({ baseUrl, timeoutMs });
  const widget = (
    <HostPage>
      <LocationAssignContext.Provider value={assign}>
        <ConnectionsWidget api={api} role="admin" locale={locale} />
      </LocationAssignContext.Provider>
    </HostPage>
  );
  const router = createMemoryRouter([{ path: '/*', element: widget }], { initialEntries: [route] });
  render(<RouterProvider router={router} />);
  return { assign, user: userEvent.setup() };
}

describe('the widget with the HTTP client, against a misbehaving backend', () => {
  it.each(rows)('$fault ($stage)', async ({ stage: stageName, answer, locale, message, tryAgain, sends }) => {
    const stage = stages[stageName];
    const server = await startMisbehavingServer();
    const routes = wellBehaved();
    for (const [route, good] of Object.entries(routes)) server.answer(route, good);
    // The fault for each request before the alert, then good answers for Try again.
    if (answer === 'refused') await server.down();
    else server.answer(stage.faulty, ...Array<Route>(sends).fill(answer), routes[stage.faulty]);
    stage.prepare?.();
    const { assign, user } = renderWidget(server.url, stage.route, locale);
    await stage.reach?.(user, locale);

    const alert = await screen.findByRole('alert', {}, { timeout: 5 * timeoutMs });
    expect(alert).toHaveTextContent(`${text[locale].title[stageName]} ${message}`);
    const requests = [...stage.before, ...Array<string>(sends).fill(stage.faulty)];
    expect(server.requests).toEqual(requests);
    expect(assign).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Host action' }));
    expect(screen.getByText('Host clicks: 1')).toBeInTheDocument();

    const retry = within(alert).queryByRole('button', { name: text[locale].tryAgain });
    expect(retry !== null).toBe(tryAgain);
    if (!retry) return;
    if (answer === 'refused') await server.up();
    await user.click(retry);
    await stage.recovered(assign);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(server.requests).toEqual([...requests, stage.faulty, ...stage.after]);
  });
});
