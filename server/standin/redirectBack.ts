/** Sends the browser back to the platform's redirect URI with `parameters` added to its query. */
export function redirectBack(redirectUri: string, parameters: Record<string, string | undefined>): Response {
  const location = new URL(redirectUri);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined) location.searchParams.set(name, value);
  }
  return new Response(null, {
    status: 302,
    headers: { Location: location.toString(), 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
  });
}
