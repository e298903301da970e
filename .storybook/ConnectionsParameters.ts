import type { ConnectionsApi } from '../src/api/ConnectionsApi';
import type { MemoryConnectionsApi, MemoryConnectionsApiOptions } from '../src/testing/createMemoryConnectionsApi';

/** What a story prepared before rendering: where the router starts, and another API to render with. */
export interface PreparedStory {
  /** The address the memory router starts at, e.g. a callback URL carrying a real `state`. */
  route?: string;
  /** Renders with this API instead of the one `prepare` was given. */
  api?: ConnectionsApi;
}

/** A story's surroundings, under `parameters.connections`. */
export interface ConnectionsParameters {
  /** Options of the story's in-memory API; every render gets a fresh one. */
  api?: MemoryConnectionsApiOptions;
  /**
   * The address the memory router starts at.
   * @default '/'
   */
  route?: string;
  /**
   * The route pattern the story is mounted at, e.g. a host's `/admin/connections/*`.
   * @default '*'
   */
  path?: string;
  /** Runs before each render against the fresh API (after sessionStorage is cleared). */
  prepare?: (api: MemoryConnectionsApi) => Promise<PreparedStory>;
}

/** Types a story's `parameters.connections`. */
export function connections(parameters: ConnectionsParameters): { connections: ConnectionsParameters } {
  return { connections: parameters };
}
