import { afterEach, describe, expect, it } from 'vitest';
import { weeklyScoreTrend } from '../../src/domain/analytics/score-trend.ts';
import { getCatalog } from '../../src/server/content/catalog.ts';
import { assignmentsRepository } from '../../src/server/repositories/assignments.ts';
import { callsRepository } from '../../src/server/repositories/calls.ts';
import { cohortsRepository } from '../../src/server/repositories/cohorts.ts';
import { factsRepository } from '../../src/server/repositories/facts.ts';
import { readinessRepository } from '../../src/server/repositories/readiness.ts';
import { seedLarge } from '../../src/server/seed/large.ts';
import { cohortDashboard, refreshCohortReadiness, traineeAssignments, traineeDashboard } from '../../src/server/services/progress.ts';
import { rescoreCalls } from '../../src/server/services/rescore.ts';
import { tempDatabase } from '../fixtures/temp-db.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const catalog = getCatalog();
const NOW = new Date('2026-11-30T12:00:00Z');

/** A small load-test cohort played through the real engine (12 trainees × 20 calls). */
function smallCohort() {
  const t = tempDatabase();
  cleanup = t.cleanup;
  const seeded = seedLarge(t.db, catalog, { trainees: 12, callsEach: 20, now: NOW });
  return { db: t.db, ...seeded };
}

type Json = Record<string, unknown>;

describe('dashboards over aggregated SQL (real SQLite file)', () => {
  it('seeds trainees × calls where every call is a stored, scored call with its turns and figures', () => {
    const { db, cohortId, calls, trainees, played } = smallCohort();
    expect(trainees).toBe(12);
    expect(calls).toBe(12 * 20);
    expect(played).toBeGreaterThan(0);
    const counts = db.prepare(
      `SELECT (SELECT COUNT(*) FROM calls WHERE status = 'ended') AS ended, (SELECT COUNT(*) FROM call_facts) AS facts,
              (SELECT COUNT(*) FROM calls c WHERE NOT EXISTS (SELECT 1 FROM turns t WHERE t.call_id = c.id)) AS without_turns,
              (SELECT SUM(calls) FROM week_stats) AS in_weeks`,
    ).get() as Json;
    expect(counts).toEqual({ ended: 240, facts: 240, without_turns: 0, in_weeks: 240 });
    // Each stored figure agrees with its call's stored report.
    for (const row of db.prepare('SELECT c.score, c.overall, c.report, f.score AS fs, f.passed, f.critical FROM calls c JOIN call_facts f ON f.call_id = c.id').all() as Json[]) {
      const report = JSON.parse(row.report as string) as { critical_violations: string[] };
      expect(row.fs).toBe(row.score);
      expect(row.passed).toBe(row.overall === 'pass' ? 1 : 0);
      expect(row.critical).toBe(report.critical_violations.length);
    }
    expect(cohortsRepository(db).trainees(cohortId)).toHaveLength(12);
  });

  it('gives the same weekly trend from the histogram SQL as from every call, and per-criterion and per-scenario sums that match the reports', () => {
    const { db, cohortId } = smallCohort();
    const data = cohortDashboard(db, catalog, cohortId, {});
    const all = callsRepository(db).cohortScores(cohortId);
    expect(data.trend).toEqual(weeklyScoreTrend(all));

    // Scenario difficulty: recomputed from the reports themselves.
    const byScenario = new Map<string, { calls: number; passes: number }>();
    for (const c of all) {
      const s = byScenario.get(c.scenario_id) ?? { calls: 0, passes: 0 };
      s.calls++;
      if (c.overall === 'pass') s.passes++;
      byScenario.set(c.scenario_id, s);
    }
    for (const d of data.difficulty) {
      const s = byScenario.get(d.scenario)!;
      expect(d.calls).toBe(s.calls);
      expect(d.passRate).toBeCloseTo((100 * s.passes) / s.calls, 1);
    }

    // One criterion's weekly average, recomputed from the stored reports.
    const criterion = catalog.rubric.criteria[1]!.id;
    const sums = new Map<string, { share: number; n: number }>();
    for (const r of db.prepare(`SELECT f.week, c.report FROM calls c JOIN call_facts f ON f.call_id = c.id`).all() as { week: string; report: string }[]) {
      const hit = (JSON.parse(r.report) as { criteria: { id: string; points: number; max: number }[] }).criteria.find((c) => c.id === criterion);
      if (!hit || hit.max === 0) continue;
      const s = sums.get(r.week) ?? { share: 0, n: 0 };
      s.share += Math.round((100 * hit.points) / hit.max);
      s.n++;
      sums.set(r.week, s);
    }
    const series = data.criteria.series.find((s) => s.criterion === criterion)!;
    data.criteria.weeks.forEach((week, i) => {
      const s = sums.get(week);
      if (!s) expect(series.values[i]).toBeNull();
      else expect(series.values[i]).toBeCloseTo(s.share / s.n, 1);
    });
  });

  it('filters by scenario and by whole weeks, the same way in the per-call and per-week queries', () => {
    const { db, cohortId } = smallCohort();
    const scenario = cohortDashboard(db, catalog, cohortId, {}).difficulty[0]!.scenario;
    const one = cohortDashboard(db, catalog, cohortId, { scenario });
    expect(one.difficulty.map((d) => d.scenario)).toEqual([scenario]);
    expect(one.trend.reduce((n, p) => n + p.calls, 0)).toBe(one.difficulty[0]!.calls);
    expect(one.trainees.reduce((n, t) => n + t.calls, 0)).toBe(one.difficulty[0]!.calls);

    const weeks = cohortDashboard(db, catalog, cohortId, {}).trend.map((p) => p.week);
    // A Wednesday-to-Tuesday range covers the two whole weeks it touches.
    const from = new Date(Date.parse(`${weeks[1]}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(`${weeks[2]}T00:00:00Z`) + 1 * 86_400_000).toISOString().slice(0, 10);
    const ranged = cohortDashboard(db, catalog, cohortId, { from, to });
    expect(ranged.trend.map((p) => p.week)).toEqual([weeks[1], weeks[2]]);
    const callsInRange = ranged.trend.reduce((n, p) => n + p.calls, 0);
    expect(ranged.difficulty.reduce((n, d) => n + d.calls, 0)).toBe(callsInRange);
    expect(ranged.criteria.weeks).toEqual([weeks[1], weeks[2]]);
  });

  it('keeps the trainee-week sums in step when a call is re-scored (old figures out, new in)', () => {
    const { db, cohortId } = smallCohort();
    const before = db.prepare('SELECT SUM(calls) AS calls, SUM(score_sum) AS score FROM week_stats').get() as Json;
    // Re-scoring with the same rubric rewrites every call's figures: the sums must not drift.
    db.prepare("UPDATE calls SET rubric_version = 'older'").run();
    rescoreCalls(db, catalog);
    const after = db.prepare('SELECT SUM(calls) AS calls, SUM(score_sum) AS score FROM week_stats').get() as Json;
    expect(after).toEqual(before);
    const direct = db.prepare('SELECT COUNT(*) AS calls, SUM(score) AS score FROM call_facts').get() as Json;
    expect(after).toEqual(direct);
    expect(cohortDashboard(db, catalog, cohortId, {}).trainees.every((t) => t.calls === 20)).toBe(true);
  });

  it('backfills figures for calls scored before the figures tables existed', () => {
    const { db } = smallCohort();
    db.exec('DELETE FROM call_facts; DELETE FROM violation_facts; DELETE FROM week_stats;');
    expect(factsRepository(db).backfill()).toBe(240);
    expect((db.prepare('SELECT SUM(calls) AS n FROM week_stats').get() as Json).n).toBe(240);
    expect(factsRepository(db).backfill()).toBe(0);
  });

  it('stores each trainee call-ready status with what is missing, and recomputes it when the rule changes', () => {
    const { db, cohortId } = smallCohort();
    const data = cohortDashboard(db, catalog, cohortId, {});
    expect(data.trainees).toHaveLength(12);
    for (const t of data.trainees) {
      if (t.ready) expect(t.missing).toEqual([]);
      else expect(t.missing.length).toBeGreaterThan(0);
    }
    // An impossible rule: nobody is ready, and each is told the score needed.
    const repo = readinessRepository(db);
    repo.setRule(cohortId, { coreScenarios: [], minScore: 100, window: 3 });
    refreshCohortReadiness(db, catalog, cohortId);
    const strict = cohortDashboard(db, catalog, cohortId, {});
    expect(strict.readiness.ready).toBe(0);
    expect(strict.trainees.every((t) => t.missing.some((m) => /100/.test(m)))).toBe(true);
    // A rule nobody can miss: one passed scenario, window of one call.
    const someone = db.prepare(`SELECT user_id, scenario_id FROM call_facts WHERE passed = 1 ORDER BY ended_at DESC LIMIT 1`).get() as { user_id: number; scenario_id: string };
    repo.setRule(cohortId, { coreScenarios: [someone.scenario_id], minScore: 0, window: 1 });
    refreshCohortReadiness(db, catalog, cohortId);
    const easy = cohortDashboard(db, catalog, cohortId, {});
    expect(easy.readiness.histogram.reduce((n, b) => n + b.trainees, 0)).toBe(12);
  });

  it("shows a trainee their assignments and their own dashboard, never another trainee's calls", () => {
    const { db, cohortId } = smallCohort();
    const [first, second] = cohortsRepository(db).trainees(cohortId);
    const mine = traineeDashboard(db, catalog, first!.id, {});
    expect(mine.calls).toHaveLength(20);
    const theirs = new Set(traineeDashboard(db, catalog, second!.id, {}).calls.map((c) => c.call_id));
    expect(mine.calls.some((c) => theirs.has(c.call_id))).toBe(false);
    expect(mine.competencies.first).toHaveLength(5);
    expect(mine.trend.reduce((n, p) => n + p.calls, 0)).toBe(20);

    const assigned = assignmentsRepository(db).forCohort(cohortId);
    expect(assigned.length).toBeGreaterThan(0);
    const views = traineeAssignments(db, catalog, first!.id, '2026-11-30');
    expect(views.map((v) => v.scenario).sort()).toEqual(assigned.map((a) => a.scenario).sort());
    for (const v of views) expect(['done', 'due', 'overdue', 'out_of_attempts']).toContain(v.progress.state);
  });
});
