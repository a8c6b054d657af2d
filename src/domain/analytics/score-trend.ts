/** One scored call as the cohort dashboards read it. */
export interface ScoredCall {
  trainee: string;
  /** ISO timestamp when the call was scored. */
  ended_at: string;
  score: number;
  overall: 'pass' | 'fail';
}

/** One point of a cohort's score trend: the calls scored in one week. */
export interface TrendPoint {
  /** Monday of the week, `YYYY-MM-DD` (UTC). */
  week: string;
  calls: number;
  median: number;
  p25: number;
  p75: number;
  passRate: number;
}

/** The value at quantile `q` of sorted numbers, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Monday (UTC) of the week an ISO timestamp falls in, as `YYYY-MM-DD`. */
export function weekOf(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

/** Weekly median and interquartile spread of a cohort's call scores, oldest week first. */
export function weeklyScoreTrend(calls: readonly ScoredCall[]): TrendPoint[] {
  const byWeek = new Map<string, ScoredCall[]>();
  for (const c of calls) {
    const w = weekOf(c.ended_at);
    const list = byWeek.get(w);
    if (list) list.push(c);
    else byWeek.set(w, [c]);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, list]) => {
      const scores = list.map((c) => c.score).sort((a, b) => a - b);
      const round = (x: number) => Math.round(x * 10) / 10;
      return {
        week,
        calls: list.length,
        median: round(quantile(scores, 0.5)),
        p25: round(quantile(scores, 0.25)),
        p75: round(quantile(scores, 0.75)),
        passRate: round((100 * list.filter((c) => c.overall === 'pass').length) / list.length),
      };
    });
}
