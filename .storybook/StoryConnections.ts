import { QueryClient } from '@tanstack/react-query';
import type { Loader, StoryContext } from '@storybook/react-vite';
import { fn, type Mock } from 'storybook/test';
import type { ConnectionsApi } from '../src/api/ConnectionsApi';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../src/testing/createMemoryConnectionsApi';
import type { ConnectionsParameters } from './ConnectionsParameters';
import { storyGlobals } from './storyGlobals';

/** What every story renders with, made fresh for each render by `loadConnections`. */
export interface StoryConnections {
  /** The in-memory API made from the story's parameters; play functions may inspect or steer it. */
  memoryApi: MemoryConnectionsApi;
  /** The API the provider gets: `memoryApi`, unless the story's `prepare` gave another. */
  api: ConnectionsApi;
  /** A cache of its own, without retries, so an error state shows at once. */
  queryClient: QueryClient;
  route: string;
  /**
   * Stands in for `window.location.assign`, so a component sending the browser to the provider
   * leaves it on its last state ("Redirecting to Stripe…") instead of navigating Storybook away.
   */
  locationAssign: Mock<(url: string) => void>;
  /** Changes on every render, so the tree under it (router included) starts over. */
  renderId: number;
}

let renders = 0;

/**
 * The project loader: clears sessionStorage (the pending-flow records must not leak from one
 * story into the next), builds the story's in-memory API (as the toolbar's role, so a
 * non-admin is refused by the backend too) and query cache, and runs the story's `prepare`.
 */
export const loadConnections: Loader = async (context) => {
  const options: ConnectionsParameters = context.parameters.connections ?? {};
  sessionStorage.clear();
  const memoryApi = createMemoryConnectionsApi({ role: storyGlobals(context).role, ...options.api });
  const prepared = (await options.prepare?.(memoryApi)) ?? {};
  const connections: StoryConnections = {
    memoryApi,
    api: prepared.api ?? memoryApi,
    queryClient: new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
    route: prepared.route ?? options.route ?? '/',
    locationAssign: fn<(url: string) => void>().mockName('window.location.assign'),
    renderId: ++renders,
  };
  return { connections };
};

/** The story's connections, as `loadConnections` made them for this render. */
export function storyConnections(context: Pick<StoryContext, 'loaded'>): StoryConnections {
  const connections: StoryConnections | undefined = context.loaded.connections;
  if (!connections) throw new Error('No story connections: is loadConnections in .storybook/preview.tsx?');
  return connections;
}
