import type { IncomingMessage } from 'node:http';
import { RequestBodyError } from './RequestBodyError';

/**
 * Reads the whole body, refusing it (413) as soon as it passes `limitBytes`, so a client cannot
 * make the server buffer an unbounded body. What is left unread is discarded by node once the
 * response is sent, which keeps the connection usable instead of resetting it mid-answer.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const tooLarge = () => new RequestBodyError(413, `The request body is larger than ${limitBytes} bytes.`);
  if (Number(request.headers['content-length']) > limitBytes) return Promise.reject(tooLarge());

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
      if (size > limitBytes) {
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
