const loopbackHostnames = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * How the start of an authorization URL must be written: http(s), two slashes, then a plain host
 * (ASCII labels, or a bracketed IPv6 address) and port, and nothing else before the path. What
 * the URL parser would rewrite there (user info, percent-escapes, backslashes, whitespace,
 * control or non-ASCII characters, a trailing dot, no slashes at all, which the browser resolves
 * against the current page) is refused rather than normalised: the text then says where the
 * browser goes.
 */
const plainOrigin = /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d+)?(?:[/?#]|$)/i;

/**
 * True when the browser may be sent to `url` for authorization: its host (name and port, as
 * `URL.host` gives it) is one of `allowedHosts`, it is https (plain http only on a loopback
 * host, for local stand-ins), and its scheme and host are written plainly (see `plainOrigin`),
 * so that nothing disguises the real host (`https://connect.stripe.com@evil.test`).
 */
export function isAllowedAuthorizationUrl(url: string, allowedHosts: readonly string[]): boolean {
  if (!plainOrigin.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const secure =
    parsed.protocol === 'https:' || (parsed.protocol === 'http:' && loopbackHostnames.has(parsed.hostname));
  return secure && allowedHosts.some((host) => host.toLowerCase() === parsed.host);
}
