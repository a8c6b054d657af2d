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
  const all = db.prepare('SELECT id, email, name, role, created_at FROM users ORDER BY name COLLATE NOCASE, id');
  const withRole = db.prepare(
    'SELECT id, email, name, role, created_at FROM users WHERE role = ? ORDER BY name COLLATE NOCASE, id',
  );
  const emailUsed = db.prepare('SELECT 1 FROM users WHERE email = ?');
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
    /** Every user (or those with one role), by name. */
    list(role?: Role): (User & { created_at: string })[] {
      return (role === undefined ? all.all() : withRole.all(role)) as (User & { created_at: string })[];
    },
    /** Whether a user already has this email (compared without case, as the column is). */
    emailTaken(email: string): boolean {
      return emailUsed.get(email) !== undefined;
    },
  };
});
