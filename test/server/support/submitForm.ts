import { readForms } from './readForms';

/** The cookies `page` set, as a browser sends them back: `name=value` pairs, attributes left out. */
function cookiesSetBy(page: Response): Record<string, string> {
  const pairs = page.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
  return pairs.length > 0 ? { Cookie: pairs.join('; ') } : {};
}

/**
 * Submits the form of `page` whose button reads `button`, with `values` typed into its fields,
 * as a browser would (GET forms in the query, POST forms url-encoded, with the cookies the page
 * set). Fails when the page has no such button, which is itself a check on the page.
 */
export async function submitForm(
  page: Response,
  button: string,
  values: Record<string, string> = {},
): Promise<Response> {
  const html = await page.text();
  const form = readForms(html).find((candidate) => candidate.button === button);
  if (!form) throw new Error(`The page at ${page.url} has no button "${button}":\n${html}`);
  const fields = new URLSearchParams([...new Map([...form.fields, ...Object.entries(values)])]);
  const target = new URL(form.action, page.url);
  const headers = cookiesSetBy(page);
  if (form.method === 'GET') {
    target.search = fields.toString();
    return fetch(target, { headers, redirect: 'manual' });
  }
  return fetch(target, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: fields,
    redirect: 'manual',
  });
}
