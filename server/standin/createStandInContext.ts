import { randomBytes } from 'node:crypto';
import { standInClientId, standInSecretKey, standInWebhookSecret } from './demoCredentials';
import { createExpiringRecords } from './expiringRecords';
import { createPerClientTokens } from './perClientTokens';
import { createSingleUseTokens } from './singleUseTokens';
import type { IssuedCode, PendingRequest, StandInContext, WebhookEndpoint } from './StandInContext';

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
 * Anyone may open the authorize page in a loop, so each client (clientOf.ts) keeps at most this
 * many pending requests, far more than one browser has open at once, and only so many clients
 * are kept: together at most 100,000 small records.
 */
const pendingRequestsPerClient = 100;
const maxClients = 1000;
/** How many codes are kept: far more than a demo or a test run has waiting for an exchange at once. */
const maxCodes = 1000;
/** Tokens are kept for every account a test run connects, many times over. */
const maxTokens = 100_000;

const newAccountId = () => `acct_${randomBytes(8).toString('hex')}`;

/** The stand-in's configuration and its empty memory. */
export function createStandInContext(options: StripeStandInOptions): StandInContext {
  const now = options.now ?? (() => new Date());
  const stripeUserId = newAccountId();
  return {
    clientId: options.clientId ?? standInClientId,
    secretKey: options.secretKey ?? standInSecretKey,
    platformName: options.platformName ?? 'Connections widget demo',
    redirectUris: options.redirectUris,
    stripeUserId,
    accounts: [
      { id: stripeUserId, name: 'Demo Store' },
      { id: newAccountId(), name: 'Demo Store Europe' },
    ],
    pendingRequests: createPerClientTokens<PendingRequest>({
      lifetimeMs: pendingRequestLifetimeMs,
      now,
      maxRecords: pendingRequestsPerClient,
      maxClients,
    }),
    codes: createSingleUseTokens<IssuedCode>({ lifetimeMs: codeLifetimeMs, now, maxRecords: maxCodes, prefix: 'ac_' }),
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
    formTokenSecret: randomBytes(32),
    now,
  };
}
