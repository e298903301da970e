/**
 * Which of Stripe's two OAuth flows the platform uses:
 * - `apps`: a Stripe App (`stripe_api_access_type: "oauth"`) installed through its install link;
 *   the code is exchanged at the API's `/v1/oauth/token`, access tokens expire and the refresh
 *   token rotates on every refresh. What Stripe offers new platforms.
 * - `connect`: Connect OAuth with `scope=read_only`, for platforms that still have it.
 */
export type StripeMode = 'apps' | 'connect';

/** Where the platform's Stripe is and who the platform is there. */
export interface StripeConnection {
  mode: StripeMode;
  /**
   * The page the browser is sent to, before the query: Connect's `/oauth/authorize`, or the app's
   * install link (`https://marketplace.stripe.com/oauth/v2/authorize`, or the test-mode link of
   * the app's External test tab).
   */
  authorizeUrl: string;
  /** The token endpoint: `https://connect.stripe.com/oauth/token` or `https://api.stripe.com/v1/oauth/token`. */
  tokenUrl: string;
  /** Where access is given up: `https://connect.stripe.com/oauth/deauthorize`. */
  deauthorizeUrl: string;
  /** The platform's (or the app's) OAuth client id, `ca_…`. */
  clientId: string;
  secretKey: string;
}
