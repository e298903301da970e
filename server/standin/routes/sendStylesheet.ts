import type { StandInRoute } from '../StandInContext';
import { stylesheet } from '../stylesheet';

/** `GET /stand-in.css`: the pages' one stylesheet, a file of the stand-in's origin as `style-src 'self'` wants. */
export const sendStylesheet: StandInRoute = (c) =>
  c.body(stylesheet, 200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
