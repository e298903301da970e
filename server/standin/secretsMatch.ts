import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether `candidate` is `secret`, in a time that does not tell how much of it was right (as `===`
 * does, stopping at the first difference). timingSafeEqual wants equal lengths: the two digests
 * have them, and do not give away the secret's length either.
 */
export function secretsMatch(candidate: string, secret: string): boolean {
  return timingSafeEqual(digest(candidate), digest(secret));
}
