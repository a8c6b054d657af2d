/**
 * A trainee's own dashboard, shaped from aggregated rows: compliance violations by rule and week,
 * and their competencies early on against lately.
 */

export interface ViolationWeekRow {
  week: string;
  rule: string;
  severity: string;
  count: number;
}

export interface ViolationsByRule {
  rule: string;
  severity: string;
  /** One count per week of `weeks`, in order. */
  counts: number[];
  total: number;
}

export type Severity = 'critical' | 'major' | 'minor';

/**
 * Violations per rule across the given weeks (rows outside them are left out), most frequent
 * rule first (ties by rule id), and the per-week totals per severity for a stacked chart.
 */
export function violationsByWeek(
  rows: readonly ViolationWeekRow[],
  weeks: readonly string[],
): { rules: ViolationsByRule[]; bySeverity: Record<Severity, number[]> } {
  const index = new Map(weeks.map((w, i) => [w, i]));
  const byRule = new Map<string, ViolationsByRule>();
  const bySeverity: Record<Severity, number[]> = { critical: weeks.map(() => 0), major: weeks.map(() => 0), minor: weeks.map(() => 0) };
  for (const r of rows) {
    const i = index.get(r.week);
    if (i === undefined || r.count <= 0) continue;
    let row = byRule.get(r.rule);
    if (!row) byRule.set(r.rule, (row = { rule: r.rule, severity: r.severity, counts: weeks.map(() => 0), total: 0 }));
    row.counts[i]! += r.count;
    row.total += r.count;
    const sev = bySeverity[r.severity as Severity];
    if (sev) sev[i]! += r.count;
  }
  const rules = [...byRule.values()].sort((a, b) => b.total - a.total || a.rule.localeCompare(b.rule));
  return { rules, bySeverity };
}

/**
 * The rounded mean of each competency over the first `n` calls and over the latest `n` (calls
 * oldest first). The latest set is empty until there are more than `n` calls, so the two never
 * overlap and a newcomer is not compared with themself.
 */
export function competenciesThenAndNow<K extends string>(
  calls: readonly Readonly<Record<K, number>>[],
  keys: readonly K[],
  n: number,
): { first: number[] | null; latest: number[] | null; firstCalls: number; latestCalls: number } {
  const mean = (rows: readonly Readonly<Record<K, number>>[]) =>
    rows.length === 0 ? null : keys.map((k) => Math.round(rows.reduce((s, r) => s + r[k], 0) / rows.length));
  const first = calls.slice(0, n);
  const latest = calls.length > n ? calls.slice(-n) : [];
  return { first: mean(first), latest: mean(latest), firstCalls: first.length, latestCalls: latest.length };
}
