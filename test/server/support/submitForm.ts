import { readForms } from './readForms';

/**
 * Submits the form of `page` whose button reads `button`, with `values` typed into its fields,
 * as a browser would (GET forms in the query, POST forms url-encoded). Fails when the page has
 * no such button, which is itself a check on the page.
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
  if (form.method === 'GET') {
    target.search = fields.toString();
    return fetch(target, { redirect: 'manual' });
  }
  return fetch(target, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: fields,
    redirect: 'manual',
  });
}
