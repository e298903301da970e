import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorPage } from './pages';
import { sendJson } from './sendJson';
import { sendPage } from './sendPage';

/** How a part of the stand-in answers a request it cannot serve. */
export type ProblemAnswer = (c: Context, status: ContentfulStatusCode, message: string) => Response;

/** The browser's pages answer with an error page. */
export const pageProblem: ProblemAnswer = (c, status, message) =>
  sendPage(c, status, errorPage(status >= 500 ? 'Something went wrong' : 'This request cannot be read', message));

/** The platform's API answers with Stripe's JSON error. */
export const jsonProblem: ProblemAnswer = (c, status, message) =>
  sendJson(c, status, { error: status >= 500 ? 'api_error' : 'invalid_request', error_description: message });

/**
 * A Hono app whose routes answer what they throw with `problem`: an HTTPException (a body too
 * large, of another media type, not UTF-8) with its status and message, anything else with a 500
 * once logged. Mounted with `app.route`, its routes keep this handler.
 */
export function answeringProblems(problem: ProblemAnswer): Hono {
  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof HTTPException) return problem(c, error.status, error.message);
    console.error(error);
    return problem(c, 500, 'The stand-in failed to answer this request.');
  });
  return app;
}
