import type { ConnectionsApi } from '../../src/api/ConnectionsApi';

/**
 * `api`, except that every authorization it starts points the browser at `authorizationUrl`:
 * a misconfigured or compromised backend. The in-memory API always answers the redirect URI
 * itself, so this is the one state it cannot reach on its own.
 */
export function answeringAuthorizationUrl(api: ConnectionsApi, authorizationUrl: string): ConnectionsApi {
  return {
    ...api,
    startAuthorization: async (request, options) => ({ ...(await api.startAuthorization(request, options)), authorizationUrl }),
    startReauthorization: async (request, options) => ({ ...(await api.startReauthorization(request, options)), authorizationUrl }),
  };
}
