import type { ServerResponse } from 'node:http';

/** Sends the browser back to the platform's redirect URI with `parameters` added to its query. */
export function redirectBack(
  response: ServerResponse,
  redirectUri: string,
  parameters: Record<string, string | undefined>,
): void {
  const location = new URL(redirectUri);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined) location.searchParams.set(name, value);
  }
  response.writeHead(302, {
    Location: location.toString(),
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  response.end();
}
