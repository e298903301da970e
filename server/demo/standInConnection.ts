import type { StripeConnection, StripeMode } from '../stripe/StripeConnection';
import { standInClientId, standInSecretKey } from '../standin/demoCredentials';

/** The stand-in at `url` as the platform's Stripe, in `mode`: the same paths as Stripe's, on one origin. */
export function standInConnection(url: string, mode: StripeMode): StripeConnection {
  return mode === 'apps'
    ? {
        mode,
        authorizeUrl: `${url}/oauth/v2/authorize`,
        tokenUrl: `${url}/v1/oauth/token`,
        deauthorizeUrl: `${url}/oauth/deauthorize`,
        clientId: standInClientId,
        secretKey: standInSecretKey,
      }
    : {
        mode,
        authorizeUrl: `${url}/oauth/authorize`,
        tokenUrl: `${url}/oauth/token`,
        deauthorizeUrl: `${url}/oauth/deauthorize`,
        clientId: standInClientId,
        secretKey: standInSecretKey,
      };
}
