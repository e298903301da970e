import { RequestBodyError } from './RequestBodyError';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes a body as strict UTF-8: invalid bytes are a 400, not replacement characters. */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new RequestBodyError(400, 'The request body is not valid UTF-8.');
  }
}
