import { defaultAuthorizationHosts } from '../../../src/oauth/defaultAuthorizationHosts';
import { isAllowedAuthorizationUrl } from '../../../src/oauth/isAllowedAuthorizationUrl';

/**
 * Authorization URLs a compromised or confused backend might answer, against the default hosts.
 * Anything the URL parser would rewrite before the path is refused, even where the rewrite lands
 * on Stripe: the rule stays simple, and what is checked is what is written.
 */
describe('authorization URL attack matrix', () => {
  it.each([
    ['user info naming Stripe in front of another host', 'https://connect.stripe.com@evil.test/'],
    ['user info and a password', 'https://connect.stripe.com:443@evil.test/'],
    ['Stripe as a subdomain of another host', 'https://connect.stripe.com.evil.test/'],
    ['a punycode look-alike', 'https://xn--connct-stripe-7zb.com/oauth/authorize'],
    ['a look-alike label in punycode', 'https://connect.xn--strpe-p2e.com/oauth/authorize'],
    ['a Cyrillic с (U+0441) for the c', 'https://сonnect.stripe.com/oauth/authorize'],
    ['a Cyrillic і (U+0456) for the i', 'https://connect.strіpe.com/oauth/authorize'],
    ['fullwidth letters, which IDNA maps to Stripe', 'https://ｃonnect.stripe.com/oauth/authorize'],
    ['ideographic full stops, which IDNA maps to dots', 'https://connect。stripe。com/oauth/authorize'],
    ['backslashes for slashes', 'https:\\\\evil.test/oauth/authorize'],
    ['a backslash ending the host before user info', 'https://evil.test\\@connect.stripe.com/'],
    ['a backslash after the host', 'https://connect.stripe.com\\@evil.test/'],
    ['a trailing dot (the same host in DNS, not as written)', 'https://connect.stripe.com./oauth/authorize'],
    ['no slashes, which the browser resolves against the current page', 'https:connect.stripe.com/oauth/authorize'],
    ['a javascript: URL', 'javascript:location="https://connect.stripe.com/"'],
    ['a data: URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['a blob: URL of a Stripe origin', 'blob:https://connect.stripe.com/0b6e1c6e-7b0a-4a1e-9b55-5d2b7a4f7d11'],
    ['a file: URL', 'file:///etc/passwd'],
    ['a file: URL naming Stripe as its host', 'file://connect.stripe.com/oauth/authorize'],
    ['plain http to Stripe', 'http://connect.stripe.com/oauth/authorize'],
    ['plain http to another host', 'http://evil.test/oauth/authorize'],
    ['plain http to a host starting like a loopback name', 'http://localhost.evil.test:4010/oauth/authorize'],
    ['another port', 'https://connect.stripe.com:8443/oauth/authorize'],
    ['the http port over https', 'https://connect.stripe.com:80/oauth/authorize'],
    ['a percent-encoded host that decodes to Stripe', 'https://connect%2Estripe%2Ecom/oauth/authorize'],
    ['a percent-encoded dot joining another host', 'https://connect.stripe.com%2Eevil.test/'],
    ['leading whitespace', ' https://connect.stripe.com/oauth/authorize'],
    ['a tab inside the host, which the parser drops', 'https://conn\tect.stripe.com/oauth/authorize'],
    ['a newline joining another host', 'https://connect.stripe.com\n.evil.test/'],
    ['a NUL byte in the host', 'https://connect.stripe.com\u0000.evil.test/'],
    ['a protocol-relative URL to another host', '//evil.test/oauth/authorize'],
    ['a protocol-relative URL to Stripe', '//connect.stripe.com/oauth/authorize'],
    ['an empty string', ''],
  ])('refuses %s', (_case, url) => {
    expect(isAllowedAuthorizationUrl(url, defaultAuthorizationHosts)).toBe(false);
  });

  it.each([
    ['Stripe Connect OAuth', 'https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_1&state=abc'],
    ['a Stripe Apps install link', 'https://marketplace.stripe.com/oauth/v2/authorize?client_id=ca_1'],
    ['Stripe with no path', 'https://connect.stripe.com'],
    ['an upper-case scheme and host', 'HTTPS://CONNECT.STRIPE.COM/oauth/authorize'],
    ['the explicit default port', 'https://connect.stripe.com:443/oauth/authorize'],
    ['an @ in the query, not the authority', 'https://connect.stripe.com/oauth/authorize?next=@evil.test'],
    ['an @ in the fragment', 'https://connect.stripe.com/oauth/authorize#@evil.test'],
  ])('allows %s', (_case, url) => {
    expect(isAllowedAuthorizationUrl(url, defaultAuthorizationHosts)).toBe(true);
  });
});
