import type { StripeConnection, StripeMode } from './StripeConnection';

/** The install link of a live-mode app; an app in test mode has its own, from its External test tab. */
const liveInstallLink = 'https://marketplace.stripe.com/oauth/v2/authorize';

/**
 * Stripe itself when the platform's credentials are in the environment (STRIPE_CLIENT_ID, the
 * `ca_…` client id of the app or Connect platform, and STRIPE_SECRET_KEY), or undefined to use the
 * stand-in. STRIPE_MODE chooses the flow, `apps` unless it says `connect`; STRIPE_INSTALL_LINK
 * overrides the app's install link (test mode).
 */
export function stripeConnectionFromEnv(env: NodeJS.ProcessEnv): StripeConnection | undefined {
  const clientId = env.STRIPE_CLIENT_ID?.trim();
  const secretKey = env.STRIPE_SECRET_KEY?.trim();
  if (!clientId || !secretKey) return undefined;
  const mode = stripeMode(env.STRIPE_MODE, 'apps');
  const deauthorizeUrl = 'https://connect.stripe.com/oauth/deauthorize';
  return mode === 'apps'
    ? {
        mode,
        authorizeUrl: env.STRIPE_INSTALL_LINK?.trim() || liveInstallLink,
        tokenUrl: 'https://api.stripe.com/v1/oauth/token',
        deauthorizeUrl,
        clientId,
        secretKey,
      }
    : {
        mode,
        authorizeUrl: 'https://connect.stripe.com/oauth/authorize',
        tokenUrl: 'https://connect.stripe.com/oauth/token',
        deauthorizeUrl,
        clientId,
        secretKey,
      };
}

/** `value` (STRIPE_MODE or a flag) as a mode, or `fallback` when unset; anything else is a startup error. */
export function stripeMode(value: string | undefined, fallback: StripeMode): StripeMode {
  const mode = value?.trim() || fallback;
  if (mode !== 'apps' && mode !== 'connect') throw new Error(`STRIPE_MODE must be apps or connect, not "${mode}".`);
  return mode;
}
