import type { ScoreReport } from './engine.ts';

/** What changed in a call's score between two reports (for `parley rescore`). */
export interface ReportChange {
  scoreBefore: number;
  scoreAfter: number;
  overallBefore: 'pass' | 'fail';
  overallAfter: 'pass' | 'fail';
  versionBefore: string;
  versionAfter: string;
  /** Rule ids broken now and not before, and the reverse. */
  violationsAdded: string[];
  violationsRemoved: string[];
  /** Criteria met now and not before, and the reverse. */
  criteriaGained: string[];
  criteriaLost: string[];
  outcomeBefore: string;
  outcomeAfter: string;
}

type Comparable = Pick<ScoreReport, 'score' | 'overall' | 'violations' | 'criteria' | 'outcome' | 'rubric_version'>;

/** The differences between two reports of one call; null when nothing a reader would see changed. */
export function diffReports(before: Comparable, after: Comparable): ReportChange | null {
  const rules = (r: Comparable) => new Set(r.violations.map((v) => v.rule));
  const met = (r: Comparable) => new Set(r.criteria.filter((c) => c.met).map((c) => c.id));
  const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();
  const [rb, ra, mb, ma] = [rules(before), rules(after), met(before), met(after)];
  const change: ReportChange = {
    scoreBefore: before.score,
    scoreAfter: after.score,
    overallBefore: before.overall,
    overallAfter: after.overall,
    versionBefore: before.rubric_version,
    versionAfter: after.rubric_version,
    violationsAdded: minus(ra, rb),
    violationsRemoved: minus(rb, ra),
    criteriaGained: minus(ma, mb),
    criteriaLost: minus(mb, ma),
    outcomeBefore: before.outcome,
    outcomeAfter: after.outcome,
  };
  const same =
    change.scoreBefore === change.scoreAfter &&
    change.overallBefore === change.overallAfter &&
    change.outcomeBefore === change.outcomeAfter &&
    change.violationsAdded.length + change.violationsRemoved.length + change.criteriaGained.length + change.criteriaLost.length === 0;
  return same ? null : change;
}

/** One line for a change: "72 → 64 (pass → fail); +HARASSMENT; −N_RECAP". */
export function describeChange(c: ReportChange): string {
  const parts = [`${c.scoreBefore} → ${c.scoreAfter}`];
  if (c.overallBefore !== c.overallAfter) parts[0] += ` (${c.overallBefore} → ${c.overallAfter})`;
  const marks = [
    ...c.violationsAdded.map((r) => `+${r}`),
    ...c.violationsRemoved.map((r) => `−${r}`),
    ...c.criteriaGained.map((r) => `+${r}`),
    ...c.criteriaLost.map((r) => `−${r}`),
  ];
  if (marks.length > 0) parts.push(marks.join(' '));
  if (c.outcomeBefore !== c.outcomeAfter) parts.push(`outcome ${c.outcomeBefore} → ${c.outcomeAfter}`);
  return parts.join('; ');
}
