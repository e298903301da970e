import { timingSafeEqual } from 'node:crypto';
import { stripeSignature } from '../common/stripeSignature';

/** How far a signature's timestamp may be from now: Stripe's libraries default to five minutes. */
export const signatureToleranceSeconds = 300;

/**
 * Why a webhook's `Stripe-Signature` does not prove it came from Stripe, or undefined when it does:
 * a `t` within the tolerance (an old delivery replayed is refused), and among the `v1` values
 * (several while a secret is being rolled) one that matches, compared in constant time.
 */
export function verifyStripeSignature(
  header: string | undefined,
  payload: string,
  secret: string,
  now: Date,
): string | undefined {
  if (!header) return 'The Stripe-Signature header is missing.';
  const pairs = header.split(',').map((part) => {
    const separator = part.indexOf('=');
    return [part.slice(0, separator).trim(), part.slice(separator + 1).trim()] as const;
  });
  const timestamp = Number(pairs.find(([name]) => name === 't')?.[1]);
  const signatures = pairs.filter(([name]) => name === 'v1').map(([, value]) => value);
  if (!Number.isInteger(timestamp) || signatures.length === 0) return 'The Stripe-Signature header is malformed.';
  if (Math.abs(now.getTime() / 1000 - timestamp) > signatureToleranceSeconds) {
    return 'The signature is outside the tolerance.';
  }
  const expected = Buffer.from(stripeSignature(secret, timestamp, payload), 'hex');
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? undefined : 'No signature matches the payload.';
}
