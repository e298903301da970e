import { randomBytes } from 'node:crypto';

/** `bytes` random bytes from the OS's CSPRNG as base64url: 32 bytes give 256 bits in 43 characters. */
export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}
