import { perConnection, type Db } from '../db/database.ts';

/** Cohorts and who belongs to them. */
export const cohortsRepository = perConnection((db: Db) => {
  const insert = db.prepare('INSERT INTO cohorts (name, created_at) VALUES (?, ?) RETURNING id');
  const addMember = db.prepare('INSERT OR IGNORE INTO cohort_members (cohort_id, user_id, role) VALUES (?, ?, ?)');
  const ofTrainer = db.prepare(
    `SELECT c.id, c.name FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id
     WHERE m.user_id = ? AND m.role = 'trainer' ORDER BY c.name`,
  );
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
    /** Cohorts this user trains. */
    forTrainer(userId: number): { id: number; name: string }[] {
      return ofTrainer.all(userId) as { id: number; name: string }[];
    },
    trainees(cohortId: number): { id: number; name: string; email: string }[] {
      return trainees.all(cohortId) as { id: number; name: string; email: string }[];
    },
  };
});
