// @vitest-environment jsdom
// Every value a stand-in page echoes, with every payload of the corpus: the page is parsed (in
// jsdom, which runs none of it) to check that the value came out as text and added no markup.
import { standInClientId } from '../../server/standin/demoCredentials';
import { injectionPayloads } from '../support/injectionPayloads';
import { startStandIn } from './support/startStandIn';
import { submitForm } from './support/submitForm';
import { testRedirectUri } from './support/testServers';

let standIn: Awaited<ReturnType<typeof startStandIn>>;
beforeAll(async () => void (standIn = await startStandIn()));
afterAll(() => standIn.close());

const demoRequest = {
  response_type: 'code',
  client_id: standInClientId,
  scope: 'read_only',
  state: 'state-123',
  redirect_uri: testRedirectUri,
};
const authorizeUrl = (overrides: Record<string, string> = {}) =>
  `${standIn.url}/oauth/authorize?${new URLSearchParams({ ...demoRequest, ...overrides })}`;

/** What an HTML parser makes of `text` in a text node or attribute: CR LF becomes LF; NUL is dropped or replaced. */
function asParsed(text: string, nul: '' | '\uFFFD'): string {
  return text.replace(/\r\n?/g, '\n').replaceAll('\u0000', nul);
}

/** Each element of the page, by name and attribute names: the markup, without the text. */
function structure(document: Document): string[] {
  return [...document.querySelectorAll('*')].map(
    (element) => `${element.localName}[${[...element.attributes].map(({ name }) => name).join(' ')}]`,
  );
}

/**
 * Parses `html` and checks its markup is that of the same page with a plain value in place of
 * the payload: the payload added no element and no attribute.
 */
async function parse(html: string, plain: () => Promise<string>): Promise<Document> {
  const parser = new DOMParser();
  const document = parser.parseFromString(html, 'text/html');
  expect(structure(document)).toEqual(structure(parser.parseFromString(await plain(), 'text/html')));
  return document;
}

const plainText = 'plain-value';

/** Markup characters of a payload must never reach the HTML as they are. */
function expectEscaped(html: string, text: string): void {
  if (/[<>"']/.test(text)) expect(html).not.toContain(text);
}

describe.each(injectionPayloads.map((payload) => [payload.name, payload.text]))('the payload "%s"', (_name, text) => {
  it('as client_id: shown as text on the error page', async () => {
    const open = (value: string) => fetch(authorizeUrl({ client_id: value })).then((response) => response.text());
    const html = await open(text);
    expectEscaped(html, text);
    expect((await parse(html, () => open(plainText))).querySelector('main')?.textContent).toContain(
      `"${asParsed(text, '')}"`,
    );
  });

  it('as redirect_uri: shown as text on the error page', async () => {
    const redirectUri = `https://evil.example/${text}`;
    const open = (value: string) => fetch(authorizeUrl({ redirect_uri: value })).then((response) => response.text());
    const html = await open(redirectUri);
    expectEscaped(html, text);
    expect(
      (await parse(html, () => open(`https://evil.example/${plainText}`))).querySelector('main')?.textContent,
    ).toContain(`"${asParsed(redirectUri, '')}"`);
  });

  it('as state: never in the page, and back in the redirect exactly as sent', async () => {
    const access = await fetch(authorizeUrl({ state: text }), { redirect: 'manual' });
    const html = await access.clone().text();
    expectEscaped(html, text);
    await parse(html, () => fetch(authorizeUrl({ state: plainText })).then((response) => response.text()));
    const denied = await submitForm(access, 'Deny access');
    expect(denied.status).toBe(302);
    const back = new URL(denied.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(testRedirectUri);
    expect(back.searchParams.get('state')).toBe(text);
    expect(back.searchParams.get('error')).toBe('access_denied');
  });

  it('as the email of a refused sign-in: kept as the field’s value, not as markup', async () => {
    const refuse = async (email: string) => {
      const signIn = await submitForm(await fetch(authorizeUrl()), 'Sign in with Stripe to Continue');
      return (await submitForm(signIn, 'Sign in to your account', { email, password: 'not-it' })).text();
    };
    const html = await refuse(text);
    expectEscaped(html, text);
    const email = (await parse(html, () => refuse(plainText))).querySelector('input#email');
    expect(email?.getAttribute('value')).toBe(asParsed(text.trim(), '\uFFFD'));
  });

  it('as the request id or a path: answered with a page that echoes it as text, if at all', async () => {
    const signIn = (value: string) =>
      fetch(`${standIn.url}/oauth/sign-in?${new URLSearchParams({ request: value })}`).then((response) =>
        response.text(),
      );
    const request = await signIn(text);
    expectEscaped(request, text);
    await parse(request, () => signIn(plainText));
    const page = (value: string) =>
      fetch(`${standIn.url}/${encodeURIComponent(value)}`).then((response) => response.text());
    const path = await page(text);
    expectEscaped(path, text);
    await parse(path, () => page(plainText));
  });
});
