import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { sessionsRepository } from '../repositories/sessions.ts';
import { usersRepository, type User } from '../repositories/users.ts';
import { verifyPassword } from './passwords.ts';

export const SESSION_COOKIE = 'parley_session';
const SESSION_DAYS = 7;

/** Cookie attributes for the session: not readable by scripts, not sent cross-site. */
export function sessionCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: process.env.PARLEY_SECURE_COOKIES === '1',
    expires,
  };
}

// A fixed hash to verify against when the email is unknown, so that a login attempt costs
// the same time whether or not the account exists.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$V2TqToyyJ8x50Kd7hGj7wQ$799uWfjcEX8mNb3OfER0P9UlZKmBAKgaj1DQSVDDhp8';

/** Checks credentials and opens a session; undefined when they are wrong. */
export async function logIn(
  db: Db,
  email: string,
  password: string,
  now = new Date(),
): Promise<{ user: User; token: string; expires: Date } | undefined> {
  const found = usersRepository(db).findForLogin(email.trim());
  const ok = await verifyPassword(found?.password_hash ?? DUMMY_HASH, password);
  if (!found || !found.password_hash || !ok) return undefined;
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
  sessionsRepository(db).create(token, found.id, expires, now);
  return { user: { id: found.id, email: found.email, name: found.name, role: found.role }, token, expires };
}

/** The user a session cookie belongs to, if it is valid. */
export function userForSession(db: Db, token: string | undefined): User | undefined {
  if (!token) return undefined;
  return sessionsRepository(db).userFor(token);
}

/** Ends a session. */
export function logOut(db: Db, token: string | undefined): void {
  if (token) sessionsRepository(db).delete(token);
}
