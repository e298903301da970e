import { isAllowedAuthorizationUrl } from '../../../src/oauth/isAllowedAuthorizationUrl';
import { defaultAuthorizationHosts } from '../../../src/oauth/defaultAuthorizationHosts';

const stripeAuthorize = 'https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_1&state=abc';

describe('isAllowedAuthorizationUrl', () => {
  it.each([
    ['Stripe Connect OAuth', stripeAuthorize],
    ['a Stripe Apps install link', 'https://marketplace.stripe.com/oauth/v2/authorize?client_id=ca_1'],
    ['an upper-case host, which URL lower-cases', 'https://CONNECT.STRIPE.COM/oauth/authorize'],
    ['the explicit default port, which URL drops', 'https://connect.stripe.com:443/oauth/authorize'],
  ])('allows %s', (_, url) => {
    expect(isAllowedAuthorizationUrl(url, defaultAuthorizationHosts)).toBe(true);
  });

  it.each([
    ['a host that is not listed', 'https://evil.test/oauth/authorize'],
    ['user info disguising another host', 'https://connect.stripe.com@evil.test/oauth/authorize'],
    ['user info in front of the real host', 'https://user:pass@connect.stripe.com/oauth/authorize'],
    ['plain http to a listed host', 'http://connect.stripe.com/oauth/authorize'],
    ['another port', 'https://connect.stripe.com:8443/oauth/authorize'],
    ['a subdomain of a listed host', 'https://evil.connect.stripe.com/oauth/authorize'],
    ['a listed host as a subdomain of another', 'https://connect.stripe.com.evil.test/oauth/authorize'],
    ['a javascript: URL', 'javascript:alert(1)//connect.stripe.com'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative URL', '/oauth/authorize'],
    ['a protocol-relative URL', '//connect.stripe.com/oauth/authorize'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_, url) => {
    expect(isAllowedAuthorizationUrl(url, defaultAuthorizationHosts)).toBe(false);
  });

  it('compares host and port exactly, as listed', () => {
    expect(isAllowedAuthorizationUrl('https://stand-in.test:8443/oauth/authorize', ['stand-in.test:8443'])).toBe(true);
    expect(isAllowedAuthorizationUrl('https://stand-in.test/oauth/authorize', ['stand-in.test:8443'])).toBe(false);
  });

  it.each([
    'http://localhost:4010/oauth/authorize',
    'http://127.0.0.1:4010/oauth/authorize',
    'http://[::1]:4010/oauth/authorize',
  ])('allows plain http on a listed loopback host: %s', (url) => {
    const host = new URL(url).host;
    expect(isAllowedAuthorizationUrl(url, [host])).toBe(true);
  });

  it('refuses plain http on a listed host that is not loopback', () => {
    expect(isAllowedAuthorizationUrl('http://stand-in.test:4010/oauth/authorize', ['stand-in.test:4010'])).toBe(false);
  });

  it('refuses everything when nothing is listed', () => {
    expect(isAllowedAuthorizationUrl(stripeAuthorize, [])).toBe(false);
  });
});
