import { randomBytes } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { RequestBodyError } from '../http/requestBody';
import { sendJson } from '../http/sendJson';
import { createSingleUseTokens } from '../singleUseTokens';
import { standInClientId, standInSecretKey } from './demoCredentials';
import { errorPage } from './pages';
import { deauthorizeAccount } from './routes/deauthorizeAccount';
import { denyAccess } from './routes/denyAccess';
import { exchangeToken } from './routes/exchangeToken';
import { sendStylesheet } from './routes/sendStylesheet';
import { showAuthorize } from './routes/showAuthorize';
import { showSignIn } from './routes/showSignIn';
import { submitSignIn } from './routes/submitSignIn';
import { sendPage } from './sendPage';
import { stylesheetPath } from './stylesheet';
import type { IssuedCode, PendingRequest, StandInContext, StandInRoute } from './StandInContext';

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
}

/** Stripe's codes live a few minutes; the stand-in's five make an expiry test practical. */
const codeLifetimeMs = 5 * 60 * 1000;
/** How long the user may take between the access request page and signing in. */
const pendingRequestLifetimeMs = 30 * 60 * 1000;
/**
 * How many pending requests, and how many codes, are kept: anyone may open the authorize page in
 * a loop. Far more than a demo or a test run has open at once.
 */
const maxRecords = 1000;

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
 * A local stand-in for Stripe Connect's OAuth, on its own origin: the access request page, the
 * sign-in, the redirect back with a code (or access_denied), and the token and deauthorize
 * endpoints, with Stripe's parameters, checks and error shapes.
 */
export function createStripeStandIn(options: StripeStandInOptions): RequestListener {
  const now = options.now ?? (() => new Date());
  const context: StandInContext = {
    clientId: options.clientId ?? standInClientId,
    secretKey: options.secretKey ?? standInSecretKey,
    platformName: options.platformName ?? 'Connections widget demo',
    redirectUris: options.redirectUris,
    stripeUserId: `acct_${randomBytes(8).toString('hex')}`,
    pendingRequests: createSingleUseTokens<PendingRequest>({ lifetimeMs: pendingRequestLifetimeMs, now, maxRecords }),
    codes: createSingleUseTokens<IssuedCode>({ lifetimeMs: codeLifetimeMs, now, maxRecords, prefix: 'ac_' }),
    connectedAccounts: new Set(),
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
