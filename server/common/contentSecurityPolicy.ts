/** A policy as its directives, each with its source list. */
export type PolicyDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * What every page of the demo and of the Stripe stand-in is served with: scripts and styles only
 * from files of the page's own origin (no inline code, no `eval`), no plugins, no `<base>`, and
 * no framing. A production build of the demo needs nothing more.
 */
export const strictDirectives: PolicyDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The strict policy as a header value, with `extra` sources added to a directive it has, or
 * directives it lacks. A directive added this way no longer falls back to `default-src`, so it
 * must name `'self'` itself when the page's own origin is still wanted.
 */
export function contentSecurityPolicy(extra: PolicyDirectives = {}): string {
  const directives = new Map(Object.entries(strictDirectives).map(([name, sources]) => [name, [...sources]]));
  for (const [name, sources] of Object.entries(extra))
    directives.set(name, [...(directives.get(name) ?? []), ...sources]);
  return [...directives].map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Vite's dev server on `port`, on top of the strict policy: its HMR websocket (named, since not
 * every browser lets `'self'` cover ws:), and, by `nonce`, the inline module script that
 * @vitejs/plugin-react puts in the page (the React Refresh preamble) and the `<style>` elements
 * Vite's client injects for each CSS import. Vite writes the nonce on them (`html.cspNonce`).
 */
export function devServerContentSecurityPolicy({ nonce, port }: { nonce: string; port: number }): string {
  const source = `'nonce-${nonce}'`;
  return contentSecurityPolicy({
    'script-src': [source],
    'style-src': [source],
    'connect-src': ["'self'", `ws://localhost:${port}`, `ws://127.0.0.1:${port}`],
  });
}
