import { createHash } from 'node:crypto';
import { perConnection, type Db } from '../db/database.ts';
import type { User } from './users.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Login sessions, stored by a hash of the cookie token. */
export const sessionsRepository = perConnection((db: Db) => {
  const insert = db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)');
  const find = db.prepare(
    `SELECT u.id, u.email, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > ?`,
  );
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  return {
    create(token: string, userId: number, expiresAt: Date, now = new Date()): void {
      purge.run(now.toISOString());
      insert.run(hashToken(token), userId, now.toISOString(), expiresAt.toISOString());
    },
    /** The signed-in user for a cookie token, if the session exists and has not expired. */
    userFor(token: string, now = new Date()): User | undefined {
      return find.get(hashToken(token), now.toISOString()) as User | undefined;
    },
    delete(token: string): void {
      remove.run(hashToken(token));
    },
  };
});
