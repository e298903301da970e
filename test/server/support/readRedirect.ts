import type { ProviderRedirect } from '../../contract/connectionsApiContract';

/** The query of the stand-in's redirect back to the platform, as the widget's callback reads it. */
export function readRedirect(response: Response): ProviderRedirect {
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error(`Expected a redirect back, got ${response.status}.`);
  const query = new URL(location).searchParams;
  const answer: ProviderRedirect = { state: query.get('state') ?? '' };
  for (const [name, key] of [
    ['code', 'code'],
    ['error', 'error'],
    ['error_description', 'errorDescription'],
  ] as const) {
    const value = query.get(name);
    if (value !== null) answer[key] = value;
  }
  return answer;
}
