import { defineMiddleware } from 'astro:middleware';
import { SESSION_COOKIE, userForSession } from './server/auth/session.ts';
import { getDb } from './server/db/database.ts';

/** Resolves the session cookie into `locals.user` for every page and API route. */
export const onRequest = defineMiddleware(async (context, next) => {
  const user = userForSession(getDb(), context.cookies.get(SESSION_COOKIE)?.value);
  if (user) context.locals.user = user;
  const response = await next();
  // Pages show per-user data: never let a shared cache keep them.
  if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
  return response;
});
