import type { IncomingMessage } from 'node:http';

/**
 * Reading request bodies, for both servers: the size limit, the media type, strict UTF-8, and
 * JSON or form decoding. Every refusal is a `RequestBodyError` with the status to answer.
 */

/** Why a request body was refused before any route saw it: too large, wrong media type, or unreadable. */
export class RequestBodyError extends Error {
  override readonly name = 'RequestBodyError';
  readonly status: 400 | 413 | 415;

  constructor(status: 400 | 413 | 415, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * The largest request body either server reads. The largest the contract allows (a completion)
 * is under 2 KiB by its schema, and a Stripe token request is far smaller.
 */
const bodyLimitBytes = 16 * 1024;

/**
 * Reads a JSON body: 415 for another media type (which also means a cross-site HTML form cannot
 * reach the API without a CORS preflight), 413 past `bodyLimitBytes`, 400 for malformed JSON.
 */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const text = await readTextBody(request, 'application/json');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestBodyError(400, 'The request body is not valid JSON.');
  }
}

/** Reads an `application/x-www-form-urlencoded` body, as HTML forms and Stripe's API send it. */
export async function readFormBody(request: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readTextBody(request, 'application/x-www-form-urlencoded'));
}

/** Reads a body of `mediaType` as text, as it came: what a signature over the raw body needs. */
export async function readTextBody(request: IncomingMessage, mediaType: string): Promise<string> {
  if (!hasMediaType(request, mediaType)) throw new RequestBodyError(415, `The request body must be ${mediaType}.`);
  return decodeUtf8(await readBytes(request));
}

/**
 * True when the request declares `mediaType` (parameters such as `charset=utf-8` allowed, any
 * other charset refused since bodies are decoded as UTF-8).
 */
function hasMediaType(request: IncomingMessage, mediaType: string): boolean {
  const [type = '', ...parameters] = (request.headers['content-type'] ?? '').split(';');
  if (type.trim().toLowerCase() !== mediaType) return false;
  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=').map((part) => part.trim().toLowerCase());
    return name !== 'charset' || value.replace(/"/g, '') === 'utf-8';
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a body as strict UTF-8: invalid bytes are a 400, not replacement characters. */
function decodeUtf8(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new RequestBodyError(400, 'The request body is not valid UTF-8.');
  }
}

/**
 * Reads the whole body, refusing it (413) as soon as it passes `bodyLimitBytes` (at once when its
 * Content-Length says so), so a client cannot make the server buffer an unbounded body. What is
 * left unread is discarded by node once the response is sent, which keeps the connection usable
 * instead of resetting it mid-answer.
 */
function readBytes(request: IncomingMessage): Promise<Buffer> {
  const tooLarge = () => new RequestBodyError(413, `The request body is larger than ${bodyLimitBytes} bytes.`);
  if (Number(request.headers['content-length']) > bodyLimitBytes) return Promise.reject(tooLarge());

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > bodyLimitBytes) {
        stop();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}
