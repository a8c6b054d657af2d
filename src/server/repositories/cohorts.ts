import { perConnection, type Db } from '../db/database.ts';

/** A cohort as the admin page lists it. */
export interface CohortSummary {
  id: number;
  name: string;
  created_at: string;
  practice_hints: 0 | 1;
  trainees: number;
  trainers: number;
}

/** One person's place in one cohort. */
export interface Membership {
  cohort_id: number;
  cohort: string;
  user_id: number;
  name: string;
  email: string;
  role: 'trainer' | 'trainee';
}

/** Cohorts and who belongs to them. */
export const cohortsRepository = perConnection((db: Db) => {
  const insert = db.prepare('INSERT INTO cohorts (name, created_at) VALUES (?, ?) RETURNING id');
  const addMember = db.prepare('INSERT OR IGNORE INTO cohort_members (cohort_id, user_id, role) VALUES (?, ?, ?)');
  const ofTrainer = db.prepare(
    `SELECT c.id, c.name, c.practice_hints FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id
     WHERE m.user_id = ? AND m.role = 'trainer' ORDER BY c.name`,
  );
  const setHints = db.prepare('UPDATE cohorts SET practice_hints = ? WHERE id = ?');
  const hintsOn = db.prepare(
    `SELECT 1 FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
     WHERE m.user_id = ? AND m.role = 'trainee' AND c.practice_hints = 1 LIMIT 1`,
  );
  const trains = db.prepare(`SELECT 1 FROM cohort_members WHERE cohort_id = ? AND user_id = ? AND role = 'trainer'`);
  const trainees = db.prepare(
    `SELECT u.id, u.name, u.email FROM cohort_members m JOIN users u ON u.id = m.user_id
     WHERE m.cohort_id = ? AND m.role = 'trainee' ORDER BY u.name`,
  );
  const byId = db.prepare('SELECT id, name, created_at, practice_hints FROM cohorts WHERE id = ?');
  const summaries = db.prepare(
    `SELECT c.id, c.name, c.created_at, c.practice_hints,
       (SELECT COUNT(*) FROM cohort_members m WHERE m.cohort_id = c.id AND m.role = 'trainee') AS trainees,
       (SELECT COUNT(*) FROM cohort_members m WHERE m.cohort_id = c.id AND m.role = 'trainer') AS trainers
     FROM cohorts c ORDER BY c.name COLLATE NOCASE, c.id`,
  );
  const memberships = db.prepare(
    `SELECT m.cohort_id, c.name AS cohort, m.user_id, u.name, u.email, m.role
     FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id JOIN users u ON u.id = m.user_id
     ORDER BY c.name COLLATE NOCASE, m.role, u.name COLLATE NOCASE`,
  );
  const roleIn = db.prepare('SELECT role FROM cohort_members WHERE cohort_id = ? AND user_id = ?');
  const removeMember = db.prepare('DELETE FROM cohort_members WHERE cohort_id = ? AND user_id = ? AND role = ?');
  const insertUser = db.prepare(
    `INSERT INTO users (email, name, role, password_hash, created_at) VALUES (?, ?, 'trainee', ?, ?) RETURNING id`,
  );
  const enrol = db.prepare(`INSERT INTO cohort_members (cohort_id, user_id, role) VALUES (?, ?, 'trainee')`);
  return {
    create(name: string, now = new Date()): number {
      return (insert.get(name, now.toISOString()) as { id: number }).id;
    },
    addMember(cohortId: number, userId: number, role: 'trainer' | 'trainee'): void {
      addMember.run(cohortId, userId, role);
    },
    /** Cohorts this user trains, with their settings. */
    forTrainer(userId: number): { id: number; name: string; practice_hints: 0 | 1 }[] {
      return ofTrainer.all(userId) as { id: number; name: string; practice_hints: 0 | 1 }[];
    },
    /** Whether `userId` trains cohort `cohortId`. */
    isTrainerOf(cohortId: number, userId: number): boolean {
      return trains.get(cohortId, userId) !== undefined;
    },
    /** Turns live practice hints on or off for a cohort; false if there is no such cohort. */
    setPracticeHints(cohortId: number, on: boolean): boolean {
      return setHints.run(on ? 1 : 0, cohortId).changes === 1;
    },
    /** Whether a trainee gets live hints in practice: one of their cohorts has them on. */
    practiceHintsFor(userId: number): boolean {
      return hintsOn.get(userId) !== undefined;
    },
    trainees(cohortId: number): { id: number; name: string; email: string }[] {
      return trainees.all(cohortId) as { id: number; name: string; email: string }[];
    },
    get(cohortId: number): { id: number; name: string; created_at: string; practice_hints: 0 | 1 } | undefined {
      return byId.get(cohortId) as { id: number; name: string; created_at: string; practice_hints: 0 | 1 } | undefined;
    },
    /** Every cohort with its number of trainees and trainers, by name. */
    list(): CohortSummary[] {
      return summaries.all() as CohortSummary[];
    },
    /** Every membership of every cohort, by cohort, then trainers before trainees, then name. */
    memberships(): Membership[] {
      return memberships.all() as Membership[];
    },
    /** The role `userId` has in the cohort, if they belong to it. */
    roleOf(cohortId: number, userId: number): 'trainer' | 'trainee' | undefined {
      return (roleIn.get(cohortId, userId) as { role: 'trainer' | 'trainee' } | undefined)?.role;
    },
    /** Takes someone out of a cohort; false if they were not in it with that role. */
    removeMember(cohortId: number, userId: number, role: 'trainer' | 'trainee'): boolean {
      return removeMember.run(cohortId, userId, role).changes === 1;
    },
    /**
     * Creates trainee accounts and enrols them in a cohort, all or none: any failure (an
     * email taken meanwhile) rolls every insert back. Returns the new users' ids in order.
     */
    enrolNewTrainees(
      cohortId: number,
      people: readonly { name: string; email: string; passwordHash: string | null }[],
      now = new Date(),
    ): number[] {
      const at = now.toISOString();
      return db.transaction(() =>
        people.map((p) => {
          const { id } = insertUser.get(p.email, p.name, p.passwordHash, at) as { id: number };
          enrol.run(cohortId, id);
          return id;
        }),
      )();
    },
  };
});
