import { connections } from '../../../../lib/connections';

// The server uses Node's crypto and PGlite, and answers per user: never the edge, never cached.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Every operation of the contract under /api/connections goes to the packaged server. */
const handle = (request: Request): Promise<Response> => connections().fetch(request);

export { handle as GET, handle as POST, handle as DELETE };
