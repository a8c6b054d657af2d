import { randomBytes } from 'node:crypto';
import { parseTraineeCsv } from '../../domain/people/trainee-csv.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Db } from '../db/database.ts';
import { HttpError } from '../http-error.ts';
import { cohortsRepository } from '../repositories/cohorts.ts';
import { usersRepository, type Role, type User } from '../repositories/users.ts';

/** Accounts and cohorts, as an admin manages them. */

/** The roles an admin can give; candidates arrive through assessment invites instead. */
export const ASSIGNABLE_ROLES = ['admin', 'trainer', 'reviewer', 'trainee'] as const satisfies readonly Role[];

/** A random password to hand out once: 16 URL-safe characters (96 bits). */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

/** Whether better-sqlite3 refused a write for a UNIQUE constraint. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Creates an account. Without a password one is generated and returned once; it is never
 * stored in clear. A taken email is a 409.
 */
export async function createAccount(
  db: Db,
  input: { name: string; email: string; role: (typeof ASSIGNABLE_ROLES)[number]; password?: string | undefined },
): Promise<{ user: User; password?: string }> {
  const users = usersRepository(db);
  if (users.emailTaken(input.email)) throw new HttpError(409, `a user with email ${input.email} already exists`);
  const generated = input.password === undefined ? generatePassword() : undefined;
  const passwordHash = await hashPassword(input.password ?? (generated as string));
  let id: number;
  try {
    id = users.create({ email: input.email, name: input.name, role: input.role, passwordHash });
  } catch (err) {
    if (isUniqueViolation(err)) throw new HttpError(409, `a user with email ${input.email} already exists`);
    throw err;
  }
  const user: User = { id, email: input.email, name: input.name, role: input.role };
  return generated === undefined ? { user } : { user, password: generated };
}

/** A cohort's trainee created from a CSV row; `password` only when it was generated. */
export interface ImportedTrainee {
  id: number;
  line: number;
  name: string;
  email: string;
  password?: string;
}

export type TraineeImport = { ok: true; trainees: ImportedTrainee[] } | { ok: false; problems: string[] };

/**
 * Creates and enrols the trainees of a CSV file in a cohort, or nobody: every problem of the
 * file is returned as `line N: message`. Rows without a password get a generated one,
 * returned once. The cohort must exist (a 404 otherwise).
 */
/**
 * The answer to a CSV import, the same for the admin's and a cohort trainer's route: 201 with the
 * created trainees (generated passwords shown this once), or 400 listing every problem by line.
 */
export function importAnswer(cohortId: number, result: TraineeImport): { status: 201 | 400; body: unknown } {
  if (!result.ok) {
    const n = result.problems.length;
    return { status: 400, body: { error: `the file has ${n} problem${n === 1 ? '' : 's'}; nothing was imported`, problems: result.problems } };
  }
  return { status: 201, body: { cohort: cohortId, created: result.trainees.length, trainees: result.trainees } };
}

export async function importTrainees(db: Db, cohortId: number, csv: string): Promise<TraineeImport> {
  const cohorts = cohortsRepository(db);
  if (!cohorts.get(cohortId)) throw new HttpError(404, 'no such cohort');
  const users = usersRepository(db);
  const parsed = parseTraineeCsv(csv, { isTaken: (email) => users.emailTaken(email) });
  if (!parsed.ok) return parsed;
  const people = await Promise.all(
    parsed.trainees.map(async (t) => {
      const generated = t.password === undefined ? generatePassword() : undefined;
      return { ...t, generated, passwordHash: await hashPassword(t.password ?? (generated as string)) };
    }),
  );
  let ids: number[];
  try {
    ids = cohorts.enrolNewTrainees(cohortId, people);
  } catch (err) {
    // Someone took one of the emails while the passwords were being hashed: nothing was created.
    if (isUniqueViolation(err)) throw new HttpError(409, 'an email in the file was taken meanwhile; nothing was imported, try again');
    throw err;
  }
  return {
    ok: true,
    trainees: people.map((p, i) => ({
      id: ids[i] as number,
      line: p.line,
      name: p.name,
      email: p.email,
      ...(p.generated === undefined ? {} : { password: p.generated }),
    })),
  };
}

/**
 * Puts someone in a cohort as trainer or trainee. Trainers must be trainers or admins,
 * trainees must be trainees; someone already in the cohort with another role is a 409.
 */
export function addCohortMember(db: Db, cohortId: number, userId: number, role: 'trainer' | 'trainee'): { added: boolean } {
  const cohorts = cohortsRepository(db);
  if (!cohorts.get(cohortId)) throw new HttpError(404, 'no such cohort');
  const user = usersRepository(db).findById(userId);
  if (!user) throw new HttpError(404, 'no such user');
  const allowed: readonly Role[] = role === 'trainer' ? ['trainer', 'admin'] : ['trainee'];
  if (!allowed.includes(user.role)) {
    throw new HttpError(400, `${user.name} is a ${user.role}: only ${allowed.join(' or ')} accounts can be a cohort's ${role}`);
  }
  const current = cohorts.roleOf(cohortId, userId);
  if (current === role) return { added: false };
  if (current !== undefined) throw new HttpError(409, `${user.name} is already a ${current} of this cohort`);
  cohorts.addMember(cohortId, userId, role);
  return { added: true };
}
