/** The cookies of a `Cookie` header by name; a malformed pair is skipped, the first of a repeated name wins. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    const name = pair.slice(0, separator).trim();
    if (name && !cookies.has(name)) cookies.set(name, pair.slice(separator + 1).trim());
  }
  return cookies;
}

export interface CookieAttributes {
  httpOnly?: boolean;
  sameSite?: 'Strict' | 'Lax';
  secure?: boolean;
  path?: string;
}

/** A `Set-Cookie` value. The value must already be cookie-safe (ours are base64url). */
export function serializeCookie(name: string, value: string, attributes: CookieAttributes): string {
  return [
    `${name}=${value}`,
    attributes.path && `Path=${attributes.path}`,
    attributes.httpOnly && 'HttpOnly',
    attributes.sameSite && `SameSite=${attributes.sameSite}`,
    attributes.secure && 'Secure',
  ]
    .filter(Boolean)
    .join('; ');
}
