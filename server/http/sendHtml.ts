import type { ServerResponse } from 'node:http';

/** Answers an HTML page under `contentSecurityPolicy`, never cached, never framed. */
export function sendHtml(response: ServerResponse, status: number, html: string, contentSecurityPolicy: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Content-Security-Policy': contentSecurityPolicy,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  });
  response.end(html);
}
