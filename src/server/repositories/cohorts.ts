import { perConnection, type Db } from '../db/database.ts';

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
  };
});
