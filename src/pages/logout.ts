import type { APIRoute } from 'astro';
import { logOut, SESSION_COOKIE } from '../server/auth/session.ts';
import { getDb } from '../server/db/database.ts';

export const POST: APIRoute = (context) => {
  logOut(getDb(), context.cookies.get(SESSION_COOKIE)?.value);
  context.cookies.delete(SESSION_COOKIE, { path: '/' });
  return context.redirect('/login', 303);
};
