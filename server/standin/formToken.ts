import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { randomToken } from '../common/randomToken';
import { secretsMatch } from './secretsMatch';

/** The cookie that ties the installs page's forms to the browser that opened the page. */
const browserCookie = 'stand_in_browser';
const browserId = /^[A-Za-z0-9_-]{43}$/;

function tokenFor(secret: Buffer, browser: string): string {
  return createHmac('sha256', secret).update(browser).digest('base64url');
}

/**
 * The token the installs page's forms carry, for this browser: derived from its cookie, which is
 * set here on its first visit. SameSite=Strict, so another site's form never sends the cookie;
 * and a forged form has no token, since that site cannot read the page. A token is worth nothing
 * in another browser. Signed, rather than the cookie repeated in the form, so that a cookie planted
 * by a sibling site cannot be matched with a token of the attacker's own making.
 */
export function issueFormToken(c: Context, secret: Buffer): string {
  let browser = getCookie(c, browserCookie);
  if (browser === undefined || !browserId.test(browser)) {
    browser = randomToken(32);
    setCookie(c, browserCookie, browser, { httpOnly: true, sameSite: 'Strict', path: '/apps' });
  }
  return tokenFor(secret, browser);
}

/** Whether `submitted` is the form token of the browser that sent it. */
export function hasFormToken(c: Context, secret: Buffer, submitted: string | null): boolean {
  const browser = getCookie(c, browserCookie);
  return browser !== undefined && submitted !== null && secretsMatch(submitted, tokenFor(secret, browser));
}
