import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** The media types of what a built page serves. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the files under `root` on 127.0.0.1, as a host's web server would. With `fallback`, a
 * path that names no file answers with that file instead (a single-page app's index.html,
 * whose router then reads the path).
 */
export async function serveStatic(root: string, fallback?: string): Promise<StaticServer> {
  const base = path.resolve(root) + path.sep;
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    // Nothing outside root, whatever the path says.
    const candidates = file.startsWith(base) ? [file] : [];
    if (fallback) candidates.push(path.join(base, fallback));
    for (const candidate of candidates) {
      try {
        const body = await readFile(candidate);
        response.writeHead(200, {
          'content-type': contentTypes[path.extname(candidate)] ?? 'application/octet-stream',
        });
        response.end(body);
        return;
      } catch {
        // Not there: try the next one.
      }
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
