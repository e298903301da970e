import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Seals Stripe's tokens before they reach the database, and opens them again. */
export interface TokenCipher {
  /** `text` encrypted and authenticated, bound to `context` (the row it belongs to). */
  seal(text: string, context: string): string;
  /** The text `sealed` holds; throws when it was altered, sealed for another row, or under another key. */
  open(sealed: string, context: string): string;
}

const version = 'v1';

/**
 * AES-256-GCM with a fresh 96-bit nonce per value. The row's identity is the additional data, so
 * a token copied into another row does not open there. Stored as `v1.<nonce>.<tag>.<ciphertext>`
 * (base64url), the version leaving room for a later algorithm or key.
 */
export function createTokenCipher(key: Buffer): TokenCipher {
  if (key.length !== 32) throw new Error('The token encryption key must be 32 bytes (AES-256).');
  return {
    seal(text, context) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return [version, nonce, cipher.getAuthTag(), ciphertext]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },

    open(sealed, context) {
      const [tag = '', nonce = '', authTag = '', ciphertext = ''] = sealed.split('.');
      if (tag !== version) throw new Error('This token was not sealed by this backend.');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(authTag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
