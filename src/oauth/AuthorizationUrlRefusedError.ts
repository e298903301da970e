/**
 * The backend answered an authorization URL outside the allowed hosts, so the widget did not
 * go there. `host` names where it pointed (the scheme when it has no host, e.g. `javascript:`),
 * for the message the admin sees.
 */
export class AuthorizationUrlRefusedError extends Error {
  override readonly name = 'AuthorizationUrlRefusedError';
  readonly host: string;

  constructor(url: string) {
    const host = refusedHost(url);
    super(`Refused to navigate to an authorization URL on ${host}, which is not an allowed authorization host.`);
    this.host = host;
  }
}

function refusedHost(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host || parsed.protocol;
  } catch {
    return url;
  }
}
