import {
  DEFAULT_READINESS_RULE,
  readinessRuleSchema,
  type Attempt,
  type ReadinessRule,
  type ReadinessStatus,
} from '../../domain/analytics/readiness.ts';
import { perConnection, type Db } from '../db/database.ts';

export interface StoredReadiness {
  user_id: number;
  ready: boolean;
  ready_after: number | null;
  attempts: number;
  status: ReadinessStatus;
}

/** Cohorts' call-ready rules and their trainees' stored statuses. */
export const readinessRepository = perConnection((db: Db) => {
  const ruleOf = db.prepare('SELECT readiness_rule FROM cohorts WHERE id = ?');
  const setRule = db.prepare('UPDATE cohorts SET readiness_rule = ? WHERE id = ?');
  const attempts = db.prepare(
    `SELECT scenario_id AS scenario, score, CASE passed WHEN 1 THEN 'pass' ELSE 'fail' END AS overall, critical, ended_at
     FROM call_facts WHERE user_id = ? AND mode = 'practice' ORDER BY ended_at`,
  );
  const upsert = db.prepare(
    `INSERT INTO readiness_status (cohort_id, user_id, ready, ready_after, attempts, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (cohort_id, user_id) DO UPDATE SET ready = excluded.ready, ready_after = excluded.ready_after,
       attempts = excluded.attempts, status = excluded.status, updated_at = excluded.updated_at`,
  );
  const ofCohort = db.prepare(
    `SELECT r.user_id, r.ready, r.ready_after, r.attempts, r.status FROM readiness_status r
     JOIN cohort_members m ON m.cohort_id = r.cohort_id AND m.user_id = r.user_id AND m.role = 'trainee'
     WHERE r.cohort_id = ?`,
  );
  const one = db.prepare('SELECT user_id, ready, ready_after, attempts, status FROM readiness_status WHERE cohort_id = ? AND user_id = ?');
  const cohortsOf = db.prepare(`SELECT cohort_id FROM cohort_members WHERE user_id = ? AND role = 'trainee'`);
  const allCohorts = db.prepare('SELECT id FROM cohorts ORDER BY id');
  const traineesOf = db.prepare(`SELECT user_id FROM cohort_members WHERE cohort_id = ? AND role = 'trainee'`);

  type Row = { user_id: number; ready: number; ready_after: number | null; attempts: number; status: string };
  const toStored = (r: Row): StoredReadiness => ({
    user_id: r.user_id,
    ready: r.ready === 1,
    ready_after: r.ready_after,
    attempts: r.attempts,
    status: JSON.parse(r.status) as ReadinessStatus,
  });

  return {
    /** The cohort's rule; the default when none is set (or the stored one no longer validates). */
    rule(cohortId: number): ReadinessRule {
      const row = ruleOf.get(cohortId) as { readiness_rule: string | null } | undefined;
      if (!row?.readiness_rule) return { ...DEFAULT_READINESS_RULE, coreScenarios: [] };
      const parsed = readinessRuleSchema.safeParse(JSON.parse(row.readiness_rule));
      return parsed.success ? parsed.data : { ...DEFAULT_READINESS_RULE, coreScenarios: [] };
    },
    setRule(cohortId: number, rule: ReadinessRule): boolean {
      return setRule.run(JSON.stringify(rule), cohortId).changes === 1;
    },
    attempts(userId: number): Attempt[] {
      return attempts.all(userId) as Attempt[];
    },
    store(cohortId: number, userId: number, status: ReadinessStatus, readyAfter: number | null, now = new Date()): void {
      upsert.run(cohortId, userId, status.ready ? 1 : 0, readyAfter, status.attempts, JSON.stringify(status), now.toISOString());
    },
    forCohort(cohortId: number): StoredReadiness[] {
      return (ofCohort.all(cohortId) as Row[]).map(toStored);
    },
    forTrainee(cohortId: number, userId: number): StoredReadiness | undefined {
      const row = one.get(cohortId, userId) as Row | undefined;
      return row ? toStored(row) : undefined;
    },
    cohortsOfTrainee(userId: number): number[] {
      return (cohortsOf.all(userId) as { cohort_id: number }[]).map((r) => r.cohort_id);
    },
    cohortIds(): number[] {
      return (allCohorts.all() as { id: number }[]).map((r) => r.id);
    },
    traineesOf(cohortId: number): number[] {
      return (traineesOf.all(cohortId) as { user_id: number }[]).map((r) => r.user_id);
    },
  };
});
