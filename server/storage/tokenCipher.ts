import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Seals Stripe's tokens before they reach the database, and opens them again. */
export interface TokenCipher {
  /** `text` encrypted and authenticated under the newest key, bound to `context` (the row it belongs to). */
  seal(text: string, context: string): string;
  /**
   * The text `sealed` holds, under whichever key of the ring sealed it; an UnreadableTokenError
   * when no key opens it (sealed under a key no longer in the ring, altered, or sealed for another row).
   */
  open(sealed: string, context: string): string;
  /** How every value sealed under the newest key starts: a value that does not is due to be sealed again. */
  readonly newestPrefix: string;
}

/** A sealed value no key of the ring opens. */
export class UnreadableTokenError extends Error {
  override readonly name = 'UnreadableTokenError';
}

/** Before key ids: `v1.<nonce>.<tag>.<ciphertext>`, which only trying each key tells apart. */
const legacyVersion = 'v1';
const version = 'v2';

/**
 * A short public name for `key`: what the sealed values and the log say rather than the key. An
 * HMAC under the key (48 bits of it), so it tells nothing of the key, and two keys of a ring
 * share one only by a chance nobody will see.
 */
export function tokenKeyId(key: Buffer): string {
  return createHmac('sha256', key)
    .update('connections-widget token key id')
    .digest()
    .subarray(0, 6)
    .toString('base64url');
}

/** The ring as given, newest first, each key checked, a key named twice kept once. */
function keyRing(keys: Buffer | readonly Buffer[]): { id: string; key: Buffer }[] {
  const ring = new Map<string, Buffer>();
  for (const key of Buffer.isBuffer(keys) ? [keys] : keys) {
    if (key.length !== 32) throw new Error('Each token encryption key must be 32 bytes (AES-256).');
    const id = tokenKeyId(key);
    const known = ring.get(id);
    if (known && !known.equals(key)) throw new Error(`Two token keys share the id ${id}; make a new one.`);
    ring.set(id, key);
  }
  if (ring.size === 0) throw new Error('At least one token encryption key is needed.');
  return [...ring].map(([id, key]) => ({ id, key }));
}

function openWith(key: Buffer, [nonce, authTag, ciphertext]: readonly string[], context: string): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce ?? '', 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(authTag ?? '', 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext ?? '', 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}

/**
 * AES-256-GCM with a fresh 96-bit nonce per value. The row's identity is the additional data, so
 * a token copied into another row does not open there. `keys` is a ring, newest first: the newest
 * seals, every one opens what it sealed, so a new key can take over while the values sealed
 * before it still open (see SECURITY.md for a rotation). Stored as
 * `v2.<key id>.<nonce>.<tag>.<ciphertext>` (base64url; the id from tokenKeyId); values from before
 * key ids, `v1.<nonce>.<tag>.<ciphertext>`, open under whichever key of the ring sealed them.
 */
export function createTokenCipher(keys: Buffer | readonly Buffer[]): TokenCipher {
  const ring = keyRing(keys);
  const [newest] = ring as [(typeof ring)[number]];

  return {
    newestPrefix: `${version}.${newest.id}.`,

    seal(text, context) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', newest.key, nonce);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return [version, newest.id, nonce, cipher.getAuthTag(), ciphertext]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },

    open(sealed, context) {
      const [tag, ...rest] = sealed.split('.');
      if (tag === legacyVersion && rest.length === 3) {
        for (const { key } of ring) {
          const text = openWith(key, rest, context);
          if (text !== undefined) return text;
        }
        throw new UnreadableTokenError(
          `It was sealed before key ids, and opens under none of the ${ring.length} token key(s) given ` +
            `(sealed under a key no longer given, altered, or sealed for another row).`,
        );
      }
      const [id, ...parts] = rest;
      if (tag !== version || parts.length !== 3) throw new UnreadableTokenError('It was not sealed by this backend.');
      const entry = ring.find((candidate) => candidate.id === id);
      if (!entry) throw new UnreadableTokenError(`It was sealed under token key ${id}, which is no longer given.`);
      const text = openWith(entry.key, parts, context);
      if (text === undefined) {
        throw new UnreadableTokenError(`It does not open under token key ${id}: altered, or sealed for another row.`);
      }
      return text;
    },
  };
}
