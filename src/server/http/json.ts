import type { APIContext } from 'astro';
import { z } from 'zod';
import { HttpError } from '../http-error.ts';
import type { Role, User } from '../repositories/users.ts';

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** Parses and validates a JSON request body; bad JSON and schema failures become 400s. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    // The client went away before its body arrived: nothing to answer, nothing to log.
    throw new HttpError(400, 'request body could not be read');
  }
  let data: unknown = {};
  if (text.trim() !== '') {
    try {
      data = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'request body is not valid JSON');
    }
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new HttpError(400, `${where}${issue?.message ?? 'invalid request body'}`);
  }
  return parsed.data;
}

/** The signed-in user, or a 401; with roles, a 403 for anyone else. */
export function requireUser(context: APIContext, roles?: readonly Role[]): User {
  const user = context.locals.user;
  if (!user) throw new HttpError(401, 'sign in first');
  if (roles && !roles.includes(user.role)) throw new HttpError(403, 'your role cannot do this');
  return user;
}

/**
 * Runs an API handler and turns thrown errors into `{"error"}` JSON: HttpErrors keep their
 * status and message; anything else is logged and answered with a plain 500, never a stack.
 */
export function apiRoute(handler: (context: APIContext) => Promise<Response> | Response) {
  return async (context: APIContext): Promise<Response> => {
    try {
      return await handler(context);
    } catch (err) {
      if (err instanceof HttpError) return json({ error: err.message }, err.status);
      console.error(`[parley] ${context.request.method} ${context.url.pathname} failed:`, err);
      return json({ error: 'internal error' }, 500);
    }
  };
}
