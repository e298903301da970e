// @vitest-environment jsdom
// Each page is shown in jsdom's document so axe and Testing Library can read it; nothing runs its
// scripts (it has none, which is checked below).
import { getByLabelText, getByRole, queryByRole } from '@testing-library/dom';
import { strictDirectives } from '../../server/common/contentSecurityPolicy';
import { standInAccount, standInClientId } from '../../server/standin/demoCredentials';
import { stylesheetPath } from '../../server/standin/stylesheet';
import { expectNoAxeViolations } from '../support/axe';
import { startStandIn } from './support/startStandIn';
import { submitForm } from './support/submitForm';
import { testRedirectUri } from './support/testServers';

let standIn: Awaited<ReturnType<typeof startStandIn>>;

beforeEach(async () => {
  standIn = await startStandIn();
});

afterEach(async () => {
  await standIn.close();
});

function authorizeUrl(overrides: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: standInClientId,
    scope: 'read_only',
    state: 'state-123',
    redirect_uri: testRedirectUri,
    ...overrides,
  });
  return `${standIn.url}/oauth/authorize?${query}`;
}

interface LoadedPage {
  response: Response;
  html: string;
  document: Document;
}

async function load(response: Response): Promise<LoadedPage> {
  const html = await response.text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  return { response, html, document };
}

async function accessPage(): Promise<LoadedPage> {
  return load(await fetch(authorizeUrl()));
}

async function signInPage(): Promise<LoadedPage> {
  return load(await submitForm(await fetch(authorizeUrl()), 'Sign in with Stripe to Continue'));
}

async function refusedSignInPage(email: string = standInAccount.email): Promise<LoadedPage> {
  const signIn = await submitForm(await fetch(authorizeUrl()), 'Sign in with Stripe to Continue');
  return load(await submitForm(signIn, 'Sign in to your account', { email, password: 'not-it' }));
}

async function errorPage(): Promise<LoadedPage> {
  return load(await fetch(authorizeUrl({ client_id: 'ca_unknown' })));
}

async function notFoundPage(): Promise<LoadedPage> {
  return load(await fetch(`${standIn.url}/nowhere`));
}

const pages = {
  'the access request page': accessPage,
  'the sign-in page': signInPage,
  'the sign-in page after a refusal': () => refusedSignInPage(),
  'an error page': errorPage,
  'the not-found page': notFoundPage,
};

describe.each(Object.entries(pages))('%s', (_name, open) => {
  // axe in jsdom takes seconds on a busy machine.
  it('has no axe violations', { timeout: 30_000 }, async () => {
    const { document } = await open();
    await expectNoAxeViolations(document.documentElement);
  });

  it('is a complete document: language, title, one main landmark with one h1, the brand', async () => {
    const { document } = await open();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toMatch(/ · Stripe stand-in$/);
    expect(getByRole(document.body, 'main')).toBeTruthy();
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(getByRole(document.body, 'banner').textContent).toContain('Stripe stand-in');
  });

  it('runs nothing and loads only its own stylesheet: the strict Content-Security-Policy, no inline script or style', async () => {
    const { response, html } = await open();
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of Object.entries(strictDirectives).map(([name, sources]) => `${name} ${sources.join(' ')}`)) {
      expect(policy.split('; ')).toContain(directive);
    }
    expect(policy).not.toContain('unsafe');
    expect([...html.matchAll(/<link\b[^>]*>/g)].map(([link]) => link)).toEqual([
      `<link rel="stylesheet" href="${stylesheetPath}">`,
    ]);
    expect(html).not.toMatch(/<script|<style|<img|\ssrc=|\sstyle=|\son\w+=/i);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the stylesheet', () => {
  it('is served from the stand-in’s origin as CSS that no browser sniffs as anything else', async () => {
    const response = await fetch(`${standIn.url}${stylesheetPath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('.button--primary {');
  });
});

describe('form-action', () => {
  it('allows the stand-in and the platform origin it redirects to, nothing else', async () => {
    const { response } = await accessPage();
    expect(response.headers.get('content-security-policy')?.split('; ')).toContain(
      `form-action 'self' ${new URL(testRedirectUri).origin}`,
    );
  });

  it('allows no form at all on an error page', async () => {
    const { response } = await errorPage();
    expect(response.headers.get('content-security-policy')?.split('; ')).toContain("form-action 'none'");
  });
});

describe('the access request page', () => {
  it('says who asks for read-only access and where the user returns, with the two choices', async () => {
    const { document } = await accessPage();
    const main = getByRole(document.body, 'main');
    expect(main.textContent).toContain(
      'Connections widget demo is asking for read-only access to your Stripe account.',
    );
    expect(main.textContent).toContain(`you return to ${new URL(testRedirectUri).origin}`);
    expect(getByRole(main, 'button', { name: 'Sign in with Stripe to Continue' })).toBeTruthy();
    expect(getByRole(main, 'button', { name: 'Deny access' })).toBeTruthy();
  });
});

describe('the sign-in page', () => {
  it('has labelled Email and Password fields, shows the demo credentials, and no alert yet', async () => {
    const { document } = await signInPage();
    expect(getByLabelText(document.body, 'Email')).toHaveProperty('type', 'email');
    expect(getByLabelText(document.body, 'Password')).toHaveProperty('type', 'password');
    expect(getByRole(document.body, 'button', { name: 'Sign in to your account' })).toBeTruthy();
    expect(document.body.textContent).toContain(`email ${standInAccount.email}, password ${standInAccount.password}`);
    expect(queryByRole(document.body, 'alert')).toBeNull();
  });

  it('after a refusal, announces it and ties it to the fields', async () => {
    const { document } = await refusedSignInPage();
    expect(getByRole(document.body, 'alert').textContent).toBe('The email or password is not correct.');
    expect(getByLabelText(document.body, 'Email').getAttribute('aria-describedby')).toBe('sign-in-error');
    expect(getByLabelText(document.body, 'Email')).toHaveProperty('value', standInAccount.email);
  });
});

describe('hostile text', () => {
  const hostile = '"><script>alert(1)</script><b onmouseover="x">\u202Eevil';

  it('keeps a hostile email as the field value, not as markup', async () => {
    const { document, html } = await refusedSignInPage(hostile);
    expect(getByLabelText(document.body, 'Email')).toHaveProperty('value', hostile);
    expect(document.querySelector('script, b')).toBeNull();
    expect(html).not.toContain('<script>');
  });

  it.each([
    ['client_id', { client_id: hostile }],
    ['redirect_uri', { redirect_uri: `https://evil.example/${hostile}` }],
  ])('shows a hostile %s on the error page as text', async (_name, overrides) => {
    const { document, html } = await load(await fetch(authorizeUrl(overrides)));
    expect(getByRole(document.body, 'main').textContent).toContain(hostile);
    expect(document.querySelector('script, b')).toBeNull();
    expect(html).not.toContain('<script>');
  });
});
