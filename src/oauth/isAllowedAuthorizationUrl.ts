const loopbackHostnames = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True when the browser may be sent to `url` for authorization: its host (name and port, as
 * `URL.host` gives it) is one of `allowedHosts`, it is https (plain http only on a loopback
 * host, for local stand-ins), and it carries no user info, which would only serve to disguise
 * the real host (`https://connect.stripe.com@evil.test`).
 */
export function isAllowedAuthorizationUrl(url: string, allowedHosts: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  const secure = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && loopbackHostnames.has(parsed.hostname));
  return secure && allowedHosts.some((host) => host.toLowerCase() === parsed.host);
}
