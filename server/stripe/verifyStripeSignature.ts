import { timingSafeEqual } from 'node:crypto';
import { stripeSignature } from '../common/stripeSignature';

/** How far a signature's timestamp may be from now: Stripe's libraries default to five minutes. */
export const signatureToleranceSeconds = 300;

/** What checking a `Stripe-Signature` found: the time it was signed at, or why it proves nothing. */
export type SignatureCheck = { kind: 'verified'; signedAt: number } | { kind: 'refused'; reason: string };

/** `t`: Unix seconds, digits only (no sign, fraction, exponent or space). */
const timestampPattern = /^\d{1,12}$/;
/** A `v1` signature: HMAC-SHA256 as Stripe writes it, 64 lowercase hex digits and nothing more. */
const v1Pattern = /^[0-9a-f]{64}$/;
/** An element's name: `t`, a scheme (`v` and an integer: `v1`, `v0`), or another Stripe may add. */
const namePattern = /^[a-z][a-z0-9]*$/;

/**
 * Reads `Stripe-Signature` exactly as Stripe documents it: comma-separated `name=value`
 * elements, one `t=<unix seconds>`, one or more `v1=<64 lowercase hex>` (several while a secret
 * is being rolled), and other schemes, which are ignored (the `v0` of test mode among them: only
 * `v1` is a live scheme, and accepting another would allow a downgrade), as are elements of other
 * names (Stripe: "discard all other elements"). Anything else makes the header malformed: a
 * second `t`, a `t` that is not a whole number, a `v1` in upper case or with more after its 64
 * digits, an element that is not `name=value` with a lowercase name, spaces.
 */
function parseHeader(header: string): { timestamp: number; signatures: string[] } | undefined {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const element of header.split(',')) {
    const separator = element.indexOf('=');
    const name = element.slice(0, separator);
    const value = element.slice(separator + 1);
    if (separator < 1 || !namePattern.test(name)) return undefined;
    if (name === 't') {
      if (timestamp !== undefined || !timestampPattern.test(value)) return undefined;
      timestamp = Number(value);
    } else if (name === 'v1') {
      if (!v1Pattern.test(value)) return undefined;
      signatures.push(value);
    }
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}

/**
 * Whether a webhook's `Stripe-Signature` proves it came from Stripe: a well-formed header
 * (`parseHeader`), a `t` within the tolerance (an old delivery replayed is refused), and among its
 * `v1` values one that matches the payload, compared in constant time.
 */
export function verifyStripeSignature(
  header: string | undefined,
  payload: string,
  secret: string,
  now: Date,
): SignatureCheck {
  if (!header) return { kind: 'refused', reason: 'The Stripe-Signature header is missing.' };
  const parsed = parseHeader(header);
  if (!parsed) return { kind: 'refused', reason: 'The Stripe-Signature header is malformed.' };
  const { timestamp, signatures } = parsed;
  if (Math.abs(now.getTime() / 1000 - timestamp) > signatureToleranceSeconds) {
    return { kind: 'refused', reason: 'The signature is outside the tolerance.' };
  }
  const expected = Buffer.from(stripeSignature(secret, timestamp, payload), 'hex');
  const matches = signatures.some((signature) => timingSafeEqual(Buffer.from(signature, 'hex'), expected));
  return matches
    ? { kind: 'verified', signedAt: timestamp }
    : { kind: 'refused', reason: 'No signature matches the payload.' };
}
