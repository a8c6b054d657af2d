import { z } from 'zod';
import { logIn, SESSION_COOKIE, sessionCookieOptions } from '../../server/auth/session.ts';
import { getDb } from '../../server/db/database.ts';
import { apiRoute, json, readJson } from '../../server/http/json.ts';

const LoginBody = z.object({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1000),
});

export const POST = apiRoute(async (context) => {
  const body = await readJson(context.request, LoginBody);
  const session = await logIn(getDb(), body.email, body.password);
  if (!session) return json({ error: 'wrong email or password' }, 401);
  context.cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expires));
  return json({ user: session.user });
});
