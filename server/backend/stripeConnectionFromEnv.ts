import type { StripeConnection } from './stripeClient';

/**
 * Stripe itself when the platform's credentials are in the environment (STRIPE_CLIENT_ID, the
 * Connect client id `ca_…`, and STRIPE_SECRET_KEY), or undefined to use the stand-in.
 */
export function stripeConnectionFromEnv(env: NodeJS.ProcessEnv): StripeConnection | undefined {
  const clientId = env.STRIPE_CLIENT_ID?.trim();
  const secretKey = env.STRIPE_SECRET_KEY?.trim();
  if (!clientId || !secretKey) return undefined;
  return { baseUrl: 'https://connect.stripe.com', clientId, secretKey };
}
