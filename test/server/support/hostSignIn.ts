import type { Caller } from '../../../server/index';

/**
 * A host's own sign-in, as a test plays it: each user a bearer token the host issued, and the
 * host's `authenticate` looking the token up. Nothing of the demo's sessions is involved.
 */
export interface HostSignIn {
  /** The packaged server's `authenticate` option. */
  authenticate(request: Request): Caller | undefined;
  /** Signs `caller` in: answers the token its requests carry. */
  issue(caller: Caller): string;
  /** A `fetch` that sends `token` as the host's browser would send its credentials. */
  fetchAs(token: string): typeof fetch;
}

export function createHostSignIn(): HostSignIn {
  const users = new Map<string, Caller>();
  return {
    authenticate(request) {
      const token = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      return token === undefined ? undefined : users.get(token);
    },
    issue(caller) {
      const token = `host_${users.size + 1}_${caller.userId}`;
      users.set(token, caller);
      return token;
    },
    fetchAs: (token) => (input, init) => {
      const request = new Request(input, init);
      request.headers.set('Authorization', `Bearer ${token}`);
      return fetch(request);
    },
  };
}
