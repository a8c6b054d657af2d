import type { Assignment, AssignmentAttempt, AssignmentInput } from '../../domain/analytics/assignments.ts';
import { perConnection, type Db } from '../db/database.ts';

/** A cohort's assignments, and the attempts that count towards them. */
export const assignmentsRepository = perConnection((db: Db) => {
  const insert = db.prepare(
    `INSERT INTO assignments (cohort_id, scenario_id, due_on, required_score, attempts_allowed, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (cohort_id, scenario_id) DO UPDATE SET due_on = excluded.due_on, required_score = excluded.required_score,
       attempts_allowed = excluded.attempts_allowed
     RETURNING id`,
  );
  const ofCohort = db.prepare(
    `SELECT id, scenario_id AS scenario, due_on, required_score, attempts_allowed FROM assignments
     WHERE cohort_id = ? ORDER BY due_on, scenario_id`,
  );
  const ofTrainee = db.prepare(
    `SELECT a.id, a.scenario_id AS scenario, a.due_on, a.required_score, a.attempts_allowed, c.name AS cohort
     FROM assignments a JOIN cohort_members m ON m.cohort_id = a.cohort_id AND m.role = 'trainee'
     JOIN cohorts c ON c.id = a.cohort_id
     WHERE m.user_id = ? ORDER BY a.due_on, a.scenario_id`,
  );
  const remove = db.prepare('DELETE FROM assignments WHERE id = ? AND cohort_id = ?');
  // Practice attempts since the assignment was set: earlier calls were not made for it.
  const attempts = db.prepare(
    `SELECT f.score, CASE f.passed WHEN 1 THEN 'pass' ELSE 'fail' END AS overall, f.ended_at
     FROM call_facts f JOIN assignments a ON a.id = ?
     WHERE f.user_id = ? AND f.mode = 'practice' AND f.scenario_id = a.scenario_id AND f.ended_at >= a.created_at
     ORDER BY f.ended_at`,
  );
  return {
    /** Creates the cohort's assignment of a scenario, or updates the one it has; returns its id. */
    upsert(cohortId: number, input: AssignmentInput, createdBy: number | null, now = new Date()): number {
      const row = insert.get(cohortId, input.scenario, input.due_on, input.required_score, input.attempts_allowed, createdBy, now.toISOString()) as { id: number };
      return row.id;
    },
    forCohort(cohortId: number): Assignment[] {
      return ofCohort.all(cohortId) as Assignment[];
    },
    /** Every assignment of the cohorts a trainee is in. */
    forTrainee(userId: number): (Assignment & { cohort: string })[] {
      return ofTrainee.all(userId) as (Assignment & { cohort: string })[];
    },
    /** Deletes a cohort's assignment; false when the cohort has no such assignment. */
    remove(cohortId: number, id: number): boolean {
      return remove.run(id, cohortId).changes === 1;
    },
    attemptsFor(assignmentId: number, userId: number): AssignmentAttempt[] {
      return attempts.all(assignmentId, userId) as AssignmentAttempt[];
    },
  };
});
