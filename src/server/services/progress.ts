import { assignmentProgress, type Assignment, type AssignmentProgress } from '../../domain/analytics/assignments.ts';
import {
  attemptsToReadinessHistogram,
  criterionTrend,
  scenarioDifficulty,
  trendFromHistogram,
  violationHeatmap,
  type CriterionTrend,
  type HistogramBucket,
  type ScenarioDifficulty,
  type ViolationHeatmap,
} from '../../domain/analytics/cohort-dashboard.ts';
import { attemptsUntilReady, describeMissing, readiness, type ReadinessRule, type ReadinessStatus } from '../../domain/analytics/readiness.ts';
import { weeklyScoreTrend, type TrendPoint } from '../../domain/analytics/score-trend.ts';
import { competenciesThenAndNow, violationsByWeek, type Severity, type ViolationsByRule } from '../../domain/analytics/trainee-dashboard.ts';
import type { Catalog } from '../content/catalog.ts';
import type { Db } from '../db/database.ts';
import { assignmentsRepository } from '../repositories/assignments.ts';
import { cohortsRepository } from '../repositories/cohorts.ts';
import { dashboardRepository, type DashboardFilter, type TraineeCallRow } from '../repositories/dashboard.ts';
import { COMPETENCIES, type Competency } from '../repositories/facts.ts';
import { readinessRepository } from '../repositories/readiness.ts';

/** Scenario ids → titles from the library (an id no longer in it stands for itself). */
export function scenarioTitles(catalog: Catalog): (id: string) => string {
  return (id) => catalog.scenarios.get(id)?.scenario.title ?? id;
}

/** Rule and criterion ids → their rubric titles. */
export function rubricTitles(catalog: Catalog): (id: string) => string {
  const titles = new Map<string, string>();
  for (const r of catalog.rubric.rules) titles.set(r.id, r.title);
  for (const c of catalog.rubric.criteria) titles.set(c.id, c.title);
  return (id) => titles.get(id) ?? id;
}

/**
 * The scenarios a cohort's rule counts as core when it names none: the cohort's assignments, or
 * every scenario in the library when it has none.
 */
function coreScenarios(db: Db, catalog: Catalog, cohortId: number): string[] {
  const assigned = assignmentsRepository(db).forCohort(cohortId).map((a) => a.scenario);
  return assigned.length > 0 ? assigned : [...catalog.scenarios.keys()];
}

/** Recomputes and stores one trainee's call-ready status in one cohort. */
function refreshOne(db: Db, rule: ReadinessRule, all: string[], cohortId: number, userId: number, now: Date): void {
  const repo = readinessRepository(db);
  const attempts = repo.attempts(userId);
  repo.store(cohortId, userId, readiness(rule, attempts, all), attemptsUntilReady(rule, attempts, all), now);
}

/** Brings a trainee's call-ready status up to date in every cohort they are in (after a scored call). */
export function refreshTraineeReadiness(db: Db, catalog: Catalog, userId: number, now = new Date()): void {
  const repo = readinessRepository(db);
  for (const cohortId of repo.cohortsOfTrainee(userId)) refreshOne(db, repo.rule(cohortId), coreScenarios(db, catalog, cohortId), cohortId, userId, now);
}

/** Recomputes every trainee's status in a cohort (its rule or assignments changed, or members joined). */
export function refreshCohortReadiness(db: Db, catalog: Catalog, cohortId: number, now = new Date()): void {
  const repo = readinessRepository(db);
  const rule = repo.rule(cohortId);
  const all = coreScenarios(db, catalog, cohortId);
  db.transaction(() => {
    for (const userId of repo.traineesOf(cohortId)) refreshOne(db, rule, all, cohortId, userId, now);
  })();
}

export interface TraineeRow {
  id: number;
  name: string;
  email: string;
  calls: number;
  passes: number;
  average: number | null;
  critical_calls: number;
  last_call: string | null;
  ready: boolean;
  ready_after: number | null;
  /** What is still missing before the trainee is call-ready, in plain words. */
  missing: string[];
}

export interface CohortDashboard {
  filter: DashboardFilter;
  trend: TrendPoint[];
  criteria: CriterionTrend & { titles: Record<string, string> };
  heatmap: ViolationHeatmap & { titles: Record<string, string> };
  difficulty: ScenarioDifficulty[];
  readiness: { ready: number; trainees: number; histogram: HistogramBucket[]; rule: ReadinessRule; core: string[] };
  trainees: TraineeRow[];
}

/**
 * Everything the cohort dashboard shows, from aggregated SQL shaped by the tested pure functions.
 * Call-ready figures are the stored statuses (they describe now, whatever the filter).
 */
export function cohortDashboard(db: Db, catalog: Catalog, cohortId: number, filter: DashboardFilter): CohortDashboard {
  const q = dashboardRepository(db);
  const title = scenarioTitles(catalog);
  const rubricTitle = rubricTitles(catalog);
  const order = catalog.rubric.criteria.map((c) => c.id);
  const criteria = criterionTrend(q.criteria(cohortId, filter), order);
  const heatmap = violationHeatmap(q.violations(cohortId, filter), { maxTrainees: 25 });
  const difficulty = scenarioDifficulty(q.scenarios(cohortId, filter).map((r) => ({ ...r, title: title(r.scenario) })));

  const repo = readinessRepository(db);
  const rule = repo.rule(cohortId);
  const core = rule.coreScenarios.length > 0 ? rule.coreScenarios : coreScenarios(db, catalog, cohortId);
  const members = cohortsRepository(db).trainees(cohortId);
  const stored = new Map(repo.forCohort(cohortId).map((r) => [r.user_id, r]));
  // A trainee who joined after their calls were scored has no status yet: work it out now.
  const unrated = members.filter((u) => !stored.has(u.id));
  if (unrated.length > 0) {
    const all = coreScenarios(db, catalog, cohortId);
    for (const u of unrated) refreshOne(db, rule, all, cohortId, u.id, new Date());
    for (const r of repo.forCohort(cohortId)) stored.set(r.user_id, r);
  }
  const totals = new Map(q.trainees(cohortId, filter).map((t) => [t.id, t]));
  const trainees: TraineeRow[] = members.map((u) => {
    const t = totals.get(u.id);
    const r = stored.get(u.id)!;
    return {
      id: u.id,
      name: u.name,
      email: u.email,
      calls: t?.calls ?? 0,
      passes: t?.passes ?? 0,
      average: t?.average ?? null,
      critical_calls: t?.critical_calls ?? 0,
      last_call: t?.last_call ?? null,
      ready: r.ready,
      ready_after: r.ready_after,
      missing: describeMissing(r.status, title),
    };
  });
  return {
    filter,
    trend: trendFromHistogram(q.histogram(cohortId, filter)),
    criteria: { ...criteria, titles: Object.fromEntries(criteria.series.map((s) => [s.criterion, rubricTitle(s.criterion)])) },
    heatmap: { ...heatmap, titles: Object.fromEntries(heatmap.rules.map((r) => [r, rubricTitle(r)])) },
    difficulty,
    readiness: {
      ready: trainees.filter((t) => t.ready).length,
      trainees: trainees.length,
      histogram: attemptsToReadinessHistogram(trainees.map((t) => t.ready_after)),
      rule,
      core,
    },
    trainees,
  };
}

export interface TraineeDashboard {
  trend: TrendPoint[];
  calls: (TraineeCallRow & { title: string })[];
  competencies: { labels: Competency[]; first: number[] | null; latest: number[] | null; firstCalls: number; latestCalls: number };
  violations: { weeks: string[]; bySeverity: Record<Severity, number[]>; rules: (ViolationsByRule & { title: string })[] };
  criteria: CriterionTrend & { titles: Record<string, string> };
}

const RADAR_CALLS = 5;

/** One trainee's own dashboard: trend, competencies then and now, violations by week, history. */
export function traineeDashboard(db: Db, catalog: Catalog, userId: number, filter: DashboardFilter): TraineeDashboard {
  const q = dashboardRepository(db);
  const title = scenarioTitles(catalog);
  const rubricTitle = rubricTitles(catalog);
  const calls = q.traineeCalls(userId, filter);
  const trend = weeklyScoreTrend(calls.map((c) => ({ trainee: String(userId), ended_at: c.ended_at, score: c.score, overall: c.passed ? 'pass' : 'fail' })));
  const weeks = trend.map((p) => p.week);
  const violations = violationsByWeek(q.traineeViolations(userId, filter), weeks);
  const criteria = criterionTrend(q.traineeCriteria(userId, filter), catalog.rubric.criteria.map((c) => c.id));
  return {
    trend,
    calls: calls.map((c) => ({ ...c, title: title(c.scenario_id) })),
    competencies: { labels: [...COMPETENCIES], ...competenciesThenAndNow(calls, COMPETENCIES, RADAR_CALLS) },
    violations: { weeks, bySeverity: violations.bySeverity, rules: violations.rules.map((r) => ({ ...r, title: rubricTitle(r.rule) })) },
    criteria: { ...criteria, titles: Object.fromEntries(criteria.series.map((s) => [s.criterion, rubricTitle(s.criterion)])) },
  };
}

export interface AssignmentView extends Assignment {
  title: string;
  cohort: string;
  progress: AssignmentProgress;
}

/** A trainee's assignments with where they stand on each, most urgent first. */
export function traineeAssignments(db: Db, catalog: Catalog, userId: number, today: string): AssignmentView[] {
  const repo = assignmentsRepository(db);
  const title = scenarioTitles(catalog);
  const rank = { overdue: 0, due: 1, out_of_attempts: 2, done: 3 } as const;
  return repo
    .forTrainee(userId)
    .map((a) => ({ ...a, title: title(a.scenario), progress: assignmentProgress(a, repo.attemptsFor(a.id, userId), today) }))
    .sort((x, y) => rank[x.progress.state] - rank[y.progress.state] || x.due_on.localeCompare(y.due_on));
}

/** A trainee's call-ready status in each of their cohorts, with what is missing in plain words. */
export function traineeReadiness(db: Db, catalog: Catalog, userId: number): { cohortId: number; ready: boolean; missing: string[]; status: ReadinessStatus | null }[] {
  const repo = readinessRepository(db);
  const title = scenarioTitles(catalog);
  return repo.cohortsOfTrainee(userId).map((cohortId) => {
    const r = repo.forTrainee(cohortId, userId);
    return { cohortId, ready: r?.ready ?? false, missing: r ? describeMissing(r.status, title) : ['Not assessed yet: no scored call'], status: r?.status ?? null };
  });
}
