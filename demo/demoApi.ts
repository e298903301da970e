import { createHttpConnectionsApi } from '../src/index';
import { defaultAuthorizationHosts } from '../src/oauth/defaultAuthorizationHosts';

/** The demo backend, through the dev server's proxy; every widget of the demo shares it. */
export const demoApi = createHttpConnectionsApi({ baseUrl: '/api/v1' });

/** The reference backend sends the browser to the local Stripe stand-in, another origin. */
export const demoAuthorizationHosts = [...defaultAuthorizationHosts, import.meta.env.VITE_STAND_IN_HOST];
