import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { StandInPage } from './pages';

/** Answers a page under its Content-Security-Policy, never cached, framed or sniffed as something else. */
export function sendPage(c: Context, status: ContentfulStatusCode, page: StandInPage): Response {
  return c.body(page.html, status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': page.contentSecurityPolicy,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  });
}
