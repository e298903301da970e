import { randomBytes } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { RequestBodyError } from '../http/requestBody';
import { sendJson } from '../http/sendJson';
import { createExpiringRecords } from '../expiringRecords';
import { createSingleUseTokens } from '../singleUseTokens';
import { standInClientId, standInSecretKey, standInWebhookSecret } from './demoCredentials';
import { errorPage } from './pages';
import { deauthorizeAccount } from './routes/deauthorizeAccount';
import { denyAccess } from './routes/denyAccess';
import { exchangeToken } from './routes/exchangeToken';
import { retrieveAccount } from './routes/retrieveAccount';
import { sendStylesheet } from './routes/sendStylesheet';
import { showAuthorize } from './routes/showAuthorize';
import { showInstallLink } from './routes/showInstallLink';
import { showInstalls } from './routes/showInstalls';
import { showSignIn } from './routes/showSignIn';
import { submitInstall } from './routes/submitInstall';
import { submitSignIn } from './routes/submitSignIn';
import { uninstallApp } from './routes/uninstallApp';
import { sendPage } from './sendPage';
import { stylesheetPath } from './stylesheet';
import type { IssuedCode, PendingRequest, StandInContext, StandInRoute, WebhookEndpoint } from './StandInContext';

export interface StripeStandInOptions {
  /** The platform's registered redirect URIs; the first is used when a request names none, as at Stripe. */
  redirectUris: readonly string[];
  /**
   * The platform's client id.
   * @default standInClientId ('ca_StandInDemoPlatform')
   */
  clientId?: string;
  /**
   * The platform's secret key, which the token and deauthorize endpoints require.
   * @default standInSecretKey ('sk_test_standin_demo_secret')
   */
  secretKey?: string;
  /**
   * The platform's name, as the access request page shows it.
   * @default 'Connections widget demo'
   */
  platformName?: string;
  /**
   * The clock (code and request expiry).
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Where events go (the backend's `/webhooks/stripe`) and the secret they are signed with; the
   * caller may fill in the URL once the backend listens.
   * @default { url: undefined, secret: standInWebhookSecret } (no events sent)
   */
  webhook?: WebhookEndpoint;
}

/** Stripe's codes live a few minutes; the stand-in's five make an expiry test practical. */
const codeLifetimeMs = 5 * 60 * 1000;
/** An app's access token lives an hour; its refresh token a year, if not spent before. */
const accessTokenLifetimeMs = 60 * 60 * 1000;
const refreshTokenLifetimeMs = 365 * 24 * 60 * 60 * 1000;
/** How long the user may take between the access request page and signing in. */
const pendingRequestLifetimeMs = 30 * 60 * 1000;
/**
 * How many pending requests, and how many codes, are kept: anyone may open the authorize page in
 * a loop. Far more than a demo or a test run has open at once.
 */
const maxRecords = 1000;
/** Tokens are kept for every account a test run connects, many times over. */
const maxTokens = 100_000;

interface Route {
  method: string;
  path: string;
  /** Pages answer problems with an HTML page, the platform's API with Stripe's JSON errors. */
  answers: 'page' | 'json';
  handle: StandInRoute;
}

const routes: readonly Route[] = [
  { method: 'GET', path: '/oauth/authorize', answers: 'page', handle: showAuthorize },
  { method: 'GET', path: '/oauth/sign-in', answers: 'page', handle: showSignIn },
  { method: 'POST', path: '/oauth/sign-in', answers: 'page', handle: submitSignIn },
  { method: 'POST', path: '/oauth/deny', answers: 'page', handle: denyAccess },
  { method: 'POST', path: '/oauth/token', answers: 'json', handle: exchangeToken },
  { method: 'POST', path: '/oauth/deauthorize', answers: 'json', handle: deauthorizeAccount },
  // Stripe Apps: the install link, its two answers, the API's token endpoint, and an API call.
  { method: 'GET', path: '/oauth/v2/authorize', answers: 'page', handle: showInstallLink },
  { method: 'POST', path: '/oauth/v2/install', answers: 'page', handle: submitInstall },
  { method: 'POST', path: '/oauth/v2/cancel', answers: 'page', handle: denyAccess },
  { method: 'POST', path: '/v1/oauth/token', answers: 'json', handle: exchangeToken },
  { method: 'GET', path: '/v1/account', answers: 'json', handle: retrieveAccount },
  // Stripe's side of an uninstall: the installs, and the button that sends the platform the event.
  { method: 'GET', path: '/apps/installs', answers: 'page', handle: showInstalls },
  { method: 'POST', path: '/apps/uninstall', answers: 'page', handle: uninstallApp },
  { method: 'GET', path: stylesheetPath, answers: 'page', handle: sendStylesheet },
];

function answerProblem(response: ServerResponse, answers: Route['answers'], status: number, message: string): void {
  if (answers === 'json')
    sendJson(response, status, { error: status >= 500 ? 'api_error' : 'invalid_request', error_description: message });
  else
    sendPage(
      response,
      status,
      errorPage(status >= 500 ? 'Something went wrong' : 'This request cannot be read', message),
    );
}

/**
 * A local stand-in for Stripe on its own origin, speaking both OAuth flows with Stripe's
 * parameters, checks and error shapes. Connect: the access request page, the sign-in, the
 * redirect back with a code (or access_denied), the token and deauthorize endpoints. Stripe Apps:
 * the install link's page (account, permissions, Install / Cancel), `/v1/oauth/token` with
 * expiring access tokens and rotating refresh tokens, and an uninstall that sends the platform a
 * signed `account.application.deauthorized` event.
 */
export function createStripeStandIn(options: StripeStandInOptions): RequestListener {
  const now = options.now ?? (() => new Date());
  const stripeUserId = `acct_${randomBytes(8).toString('hex')}`;
  const context: StandInContext = {
    clientId: options.clientId ?? standInClientId,
    secretKey: options.secretKey ?? standInSecretKey,
    platformName: options.platformName ?? 'Connections widget demo',
    redirectUris: options.redirectUris,
    stripeUserId,
    accounts: [
      { id: stripeUserId, name: 'Demo Store' },
      { id: `acct_${randomBytes(8).toString('hex')}`, name: 'Demo Store Europe' },
    ],
    pendingRequests: createSingleUseTokens<PendingRequest>({ lifetimeMs: pendingRequestLifetimeMs, now, maxRecords }),
    codes: createSingleUseTokens<IssuedCode>({ lifetimeMs: codeLifetimeMs, now, maxRecords, prefix: 'ac_' }),
    refreshTokens: createSingleUseTokens<IssuedCode>({
      lifetimeMs: refreshTokenLifetimeMs,
      now,
      maxRecords: maxTokens,
      prefix: 'rt_test_',
    }),
    accessTokens: createExpiringRecords<IssuedCode>({
      lifetimeMs: accessTokenLifetimeMs,
      now,
      maxRecords: maxTokens,
      prefix: 'sk_test_app_',
    }),
    connectedAccounts: new Set(),
    webhook: options.webhook ?? { url: undefined, secret: standInWebhookSecret },
    now,
  };

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let url: URL;
    try {
      // Prefixed rather than resolved against a base, so that `//host/…` stays a path.
      url = new URL(`http://stand-in.invalid${request.url ?? '/'}`);
    } catch {
      answerProblem(response, 'page', 400, 'The request target is not a path.');
      return;
    }
    const match = routes.find((candidate) => candidate.method === request.method && candidate.path === url.pathname);
    if (!match) {
      sendPage(response, 404, errorPage('Page not found', `There is no page at ${url.pathname}.`));
      return;
    }
    try {
      await match.handle(request, response, url, context);
    } catch (error) {
      if (error instanceof RequestBodyError) {
        answerProblem(response, match.answers, error.status, error.message);
        return;
      }
      throw error;
    }
  }

  return (request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error(error);
      if (response.headersSent) response.destroy();
      else answerProblem(response, 'page', 500, 'The stand-in failed to answer this request.');
    });
  };
}
