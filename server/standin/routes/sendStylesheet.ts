import type { StandInRoute } from '../StandInContext';
import { stylesheet } from '../stylesheet';

/** `GET /stand-in.css`: the pages' one stylesheet, a file of the stand-in's origin as `style-src 'self'` wants. */
export const sendStylesheet: StandInRoute = (_request, response) => {
  response.writeHead(200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Content-Length': Buffer.byteLength(stylesheet),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(stylesheet);
};
