import { z } from 'zod';
import { clientAddressOf, loginLimiter, tooManyAttemptsMessage } from '../../server/auth/rate-limit.ts';
import { logIn, SESSION_COOKIE, sessionCookieOptions } from '../../server/auth/session.ts';
import { getDb } from '../../server/db/database.ts';
import { apiRoute, json, readJson } from '../../server/http/json.ts';

const LoginBody = z.object({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1000),
});

export const POST = apiRoute(async (context) => {
  const body = await readJson(context.request, LoginBody);
  const attempt = { email: body.email, ip: clientAddressOf(context) };
  // Refused before the password is even checked, so guessing on gains nothing.
  const wait = loginLimiter.retryAfterSeconds(attempt);
  if (wait > 0) return json({ error: tooManyAttemptsMessage(wait) }, 429, { 'retry-after': String(wait) });
  const session = await logIn(getDb(), body.email, body.password);
  if (!session) {
    loginLimiter.failed(attempt);
    return json({ error: 'wrong email or password' }, 401);
  }
  loginLimiter.succeeded(attempt);
  context.cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expires));
  return json({ user: session.user });
});
