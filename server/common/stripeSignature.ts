import { createHmac } from 'node:crypto';

/**
 * Stripe's webhook signature: HMAC-SHA256, keyed with the endpoint's signing secret (`whsec_…`),
 * over `${timestamp}.${payload}` (the raw body), hex. Sent as `Stripe-Signature: t=…,v1=…`. Shared
 * by the stand-in, which signs, and the backend, which checks.
 */
export function stripeSignature(secret: string, timestamp: number, payload: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
}
