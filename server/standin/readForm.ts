import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

const formMediaType = 'application/x-www-form-urlencoded';

/** True for a form's media type with no charset, or UTF-8's: the body is decoded as UTF-8. */
function isForm(contentType: string): boolean {
  const [type = '', ...parameters] = contentType.split(';');
  if (type.trim().toLowerCase() !== formMediaType) return false;
  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=').map((part) => part.trim().toLowerCase());
    return name !== 'charset' || value.replace(/"/g, '') === 'utf-8';
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The request's form, as HTML forms and Stripe's API send it: 415 for another media type, 400 for
 * bytes that are not UTF-8 (rather than replacement characters). The size is limitBody's.
 */
export async function readForm(c: Context): Promise<URLSearchParams> {
  if (!isForm(c.req.header('content-type') ?? ''))
    throw new HTTPException(415, { message: `The request body must be ${formMediaType}.` });
  const bytes = await c.req.arrayBuffer();
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HTTPException(400, { message: 'The request body is not valid UTF-8.' });
  }
  return new URLSearchParams(text);
}
