import { perConnection, type Db } from '../db/database.ts';

export type Role = 'admin' | 'trainer' | 'reviewer' | 'trainee' | 'candidate';

/** A user as the app sees it: never carries the password hash. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/** Users: creation and lookup. */
export const usersRepository = perConnection((db: Db) => {
  const byEmail = db.prepare('SELECT id, email, name, role, password_hash FROM users WHERE email = ?');
  const byId = db.prepare('SELECT id, email, name, role FROM users WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO users (email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
  );
  const count = db.prepare('SELECT COUNT(*) AS n FROM users');
  return {
    /** Creates a user and returns its id. */
    create(u: { email: string; name: string; role: Role; passwordHash: string | null }, now = new Date()): number {
      const row = insert.get(u.email, u.name, u.role, u.passwordHash, now.toISOString()) as { id: number };
      return row.id;
    },
    /** The user and stored hash for a login attempt. */
    findForLogin(email: string): (User & { password_hash: string | null }) | undefined {
      return byEmail.get(email) as (User & { password_hash: string | null }) | undefined;
    },
    findById(id: number): User | undefined {
      return byId.get(id) as User | undefined;
    },
    count(): number {
      return (count.get() as { n: number }).n;
    },
  };
});
