import type { CriterionWeekRow, ScenarioTotalsRow, ScoreHistogramRow, ViolationCountRow } from '../../domain/analytics/cohort-dashboard.ts';
import type { Statement } from 'better-sqlite3';
import { weekOf } from '../../domain/analytics/score-trend.ts';
import { perConnection, type Db } from '../db/database.ts';
import { factsRepository } from './facts.ts';

/** What a dashboard shows: optionally one scenario, optionally between two days (inclusive, UTC). */
export interface DashboardFilter {
  scenario?: string | undefined;
  /** `YYYY-MM-DD` */
  from?: string | undefined;
  /** `YYYY-MM-DD` */
  to?: string | undefined;
}

/** One trainee's scored practice call, for their own dashboard. */
export interface TraineeCallRow {
  call_id: string;
  scenario_id: string;
  ended_at: string;
  week: string;
  score: number;
  passed: number;
  critical: number;
  violations: number;
  communication: number;
  negotiation: number;
  attention_to_detail: number;
  resilience: number;
  adaptability: number;
}

/**
 * The aggregated SQL behind the cohort and trainee dashboards, over the figures of migration 003:
 * score spreads and violations from the per-call rows (clustered by trainee and day), criterion,
 * scenario and trainee totals from the per-trainee-week sums. Filters are bound parameters,
 * written as `(@x IS NULL OR …)` so each query is prepared once.
 */
export const dashboardRepository = perConnection((db: Db) => {
  const members = (alias: string) => `JOIN cohort_members m ON m.user_id = ${alias}.user_id AND m.role = 'trainee' AND m.cohort_id = @cohort`;
  const onCalls = `f.mode = 'practice' AND (@scenario IS NULL OR f.scenario_id = @scenario)
     AND (@fromDay IS NULL OR f.ended_day >= @fromDay) AND (@toDay IS NULL OR f.ended_day <= @toDay)`;
  const onWeeks = `w.mode = 'practice' AND w.calls > 0 AND (@scenario IS NULL OR w.scenario_id = @scenario)
     AND (@fromWeek IS NULL OR w.week >= @fromWeek) AND (@toWeek IS NULL OR w.week <= @toWeek)`;
  const histogram = db.prepare(
    `SELECT f.week AS week, f.score AS score, COUNT(*) AS calls, SUM(f.passed) AS passes
     FROM call_facts f ${members('f')} WHERE ${onCalls} GROUP BY f.week, f.score`,
  );
  const violations = db.prepare(
    `SELECT f.user_id AS traineeId, u.name AS trainee, f.rule AS rule, COUNT(*) AS count
     FROM violation_facts f ${members('f')} JOIN users u ON u.id = f.user_id
     WHERE ${onCalls} GROUP BY f.user_id, f.rule`,
  );
  const scenarios = db.prepare(
    `SELECT w.scenario_id AS scenario, SUM(w.calls) AS calls, SUM(w.passes) AS passes, SUM(w.score_sum) AS scoreSum
     FROM week_stats w ${members('w')} WHERE ${onWeeks} GROUP BY w.scenario_id`,
  );
  const trainees = db.prepare(
    `SELECT w.user_id AS id, SUM(w.calls) AS calls, SUM(w.passes) AS passes, ROUND(1.0 * SUM(w.score_sum) / SUM(w.calls), 1) AS average,
       SUM(w.critical_calls) AS critical_calls, MAX(w.last_ended_at) AS last_call
     FROM week_stats w ${members('w')} WHERE ${onWeeks} GROUP BY w.user_id`,
  );
  const traineeCalls = db.prepare(
    `SELECT f.call_id, f.scenario_id, f.ended_at, f.week, f.score, f.passed, f.critical, f.violations,
       f.communication, f.negotiation, f.attention_to_detail, f.resilience, f.adaptability
     FROM call_facts f WHERE f.user_id = @user AND ${onCalls} ORDER BY f.ended_at`,
  );
  const traineeViolations = db.prepare(
    `SELECT f.week AS week, f.rule AS rule, f.severity AS severity, COUNT(*) AS count
     FROM violation_facts f WHERE f.user_id = @user AND ${onCalls} GROUP BY f.week, f.rule, f.severity`,
  );

  // Criterion sums only over the slots in use, prepared once per number of slots.
  const criteriaQueries = new Map<number, { cohort: Statement; trainee: Statement }>();
  function criteriaQuery(slots: number) {
    let q = criteriaQueries.get(slots);
    if (!q) {
      const sums = Array.from({ length: slots }, (_, i) => `SUM(w.s${i}) AS s${i}, SUM(w.n${i}) AS n${i}`).join(', ');
      q = {
        cohort: db.prepare(`SELECT w.week AS week, ${sums || '0 AS none'} FROM week_stats w ${members('w')} WHERE ${onWeeks} GROUP BY w.week`),
        trainee: db.prepare(`SELECT w.week AS week, ${sums || '0 AS none'} FROM week_stats w WHERE w.user_id = @user AND ${onWeeks} GROUP BY w.week`),
      };
      criteriaQueries.set(slots, q);
    }
    return q;
  }

  /** Slot sums → one row per week and criterion (points = summed shares, max = 100 per call). */
  function criterionRows(rows: Record<string, number | string>[], slots: ReadonlyMap<string, number>): CriterionWeekRow[] {
    const out: CriterionWeekRow[] = [];
    for (const r of rows) {
      for (const [criterion, slot] of slots) {
        const n = Number(r[`n${slot}`]);
        if (n > 0) out.push({ week: String(r.week), criterion, points: Number(r[`s${slot}`]), max: 100 * n, calls: n });
      }
    }
    return out;
  }

  function criteria(kind: 'cohort' | 'trainee', id: number, filter: DashboardFilter): CriterionWeekRow[] {
    const slots = factsRepository(db).slots();
    const q = criteriaQuery(slots.size)[kind];
    return criterionRows(q.all(filterParams(filter, kind === 'cohort' ? { cohort: id } : { user: id })) as Record<string, number>[], slots);
  }

  return {
    histogram(cohort: number, filter: DashboardFilter): ScoreHistogramRow[] {
      return histogram.all(filterParams(filter, { cohort })) as ScoreHistogramRow[];
    },
    criteria(cohort: number, filter: DashboardFilter): CriterionWeekRow[] {
      return criteria('cohort', cohort, filter);
    },
    violations(cohort: number, filter: DashboardFilter): ViolationCountRow[] {
      return violations.all(filterParams(filter, { cohort })) as ViolationCountRow[];
    },
    scenarios(cohort: number, filter: DashboardFilter): Omit<ScenarioTotalsRow, 'title'>[] {
      return scenarios.all(filterParams(filter, { cohort })) as Omit<ScenarioTotalsRow, 'title'>[];
    },
    trainees(cohort: number, filter: DashboardFilter): { id: number; calls: number; passes: number; average: number; critical_calls: number; last_call: string }[] {
      return trainees.all(filterParams(filter, { cohort })) as { id: number; calls: number; passes: number; average: number; critical_calls: number; last_call: string }[];
    },
    traineeCalls(user: number, filter: DashboardFilter): TraineeCallRow[] {
      return traineeCalls.all(filterParams(filter, { user })) as TraineeCallRow[];
    },
    traineeCriteria(user: number, filter: DashboardFilter): CriterionWeekRow[] {
      return criteria('trainee', user, filter);
    },
    traineeViolations(user: number, filter: DashboardFilter): { week: string; rule: string; severity: string; count: number }[] {
      return traineeViolations.all(filterParams(filter, { user })) as { week: string; rule: string; severity: string; count: number }[];
    },
  };
});

/**
 * Bound parameters for a filter. Dates are taken in whole weeks (Monday to Sunday, UTC), the unit
 * every chart is drawn in, so the per-call and per-week queries cover exactly the same calls.
 */
export function filterParams(filter: DashboardFilter, extra: Record<string, number>) {
  const fromWeek = filter.from ? weekOf(`${filter.from}T00:00:00Z`) : null;
  const toWeek = filter.to ? weekOf(`${filter.to}T00:00:00Z`) : null;
  return {
    scenario: filter.scenario ?? null,
    fromWeek,
    toWeek,
    fromDay: fromWeek,
    toDay: toWeek ? new Date(Date.parse(`${toWeek}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10) : null,
    ...extra,
  };
}
