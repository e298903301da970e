/** A `fetch` with a cookie jar, as a browser would keep one, plus a look at what it holds. */
export type CookieFetch = typeof fetch & {
  /** The jar's cookies by name. */
  readonly cookies: ReadonlyMap<string, string>;
};

/**
 * A `fetch` that keeps the cookies the servers set and sends them back, never following
 * redirects (a test reads each `Location` itself). One jar for every origin: the tests' servers
 * are all on 127.0.0.1 and only the backend sets a cookie.
 */
export function createCookieFetch(): CookieFetch {
  const cookies = new Map<string, string>();
  async function cookieFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    if (cookies.size > 0) headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(new Request(request, { headers, redirect: 'manual' }));
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      // An expiry in the past, as a browser reads it, takes the cookie away.
      if (attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))) cookies.delete(name);
      else cookies.set(name, pair.slice(separator + 1).trim());
    }
    return response;
  }
  return Object.assign(cookieFetch, { cookies });
}
