import type { IncomingMessage } from 'node:http';

/**
 * True when the request declares `mediaType` (parameters such as `charset=utf-8` allowed, any
 * other charset refused since bodies are decoded as UTF-8).
 */
export function hasMediaType(request: IncomingMessage, mediaType: string): boolean {
  const [type = '', ...parameters] = (request.headers['content-type'] ?? '').split(';');
  if (type.trim().toLowerCase() !== mediaType) return false;
  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=').map((part) => part.trim().toLowerCase());
    return name !== 'charset' || value.replace(/"/g, '') === 'utf-8';
  });
}
