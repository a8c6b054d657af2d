import { logOut, SESSION_COOKIE } from '../../server/auth/session.ts';
import { getDb } from '../../server/db/database.ts';
import { apiRoute, json } from '../../server/http/json.ts';

export const POST = apiRoute((context) => {
  logOut(getDb(), context.cookies.get(SESSION_COOKIE)?.value);
  context.cookies.delete(SESSION_COOKIE, { path: '/' });
  return json({ ok: true });
});
