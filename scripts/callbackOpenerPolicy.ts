import type { ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';

/**
 * `dev.ts --coop`: the demo's callback pages (any path ending in `/callback`) answer with
 * `Cross-Origin-Opener-Policy: same-origin`, as a host hardening its pages may send. A popup
 * that comes back to such a page from Stripe's origin is severed from the page that opened it
 * (`window.opener` is null there, and the opener reads the popup as closed), which the popup
 * mode must survive; the e2e tests run it.
 */
export function callbackOpenerPolicy(): Plugin {
  const setHeader: Connect.NextHandleFunction = (request, response: ServerResponse, next) => {
    const { pathname } = new URL(request.url ?? '/', 'http://demo.invalid');
    if (pathname.endsWith('/callback')) response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    next();
  };
  return {
    name: 'connections-demo:callback-opener-policy',
    configureServer(server) {
      server.middlewares.use(setHeader);
    },
    configurePreviewServer(server) {
      server.middlewares.use(setHeader);
    },
  };
}
