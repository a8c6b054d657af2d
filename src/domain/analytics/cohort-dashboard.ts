/**
 * Shapes the aggregated rows of the cohort dashboard's SQL queries (GROUP BY
 * week, score, criterion, rule, scenario …) into chart data. Every function is
 * linear in the number of rows it is given, never in the number of calls.
 */
import type { TrendPoint } from './score-trend.ts';

/** Calls of one week that ended with one integer score (`GROUP BY week, score`). */
export interface ScoreHistogramRow {
  /** Monday of the week, `YYYY-MM-DD`, as `weekOf` computes it. */
  week: string;
  score: number;
  calls: number;
  /** How many of those calls were an overall pass. */
  passes: number;
}

/** Sums of one negotiation criterion over the calls of one week. */
export interface CriterionWeekRow {
  week: string;
  criterion: string;
  /** Sum of the points earned. */
  points: number;
  /** Sum of the points available. */
  max: number;
  calls: number;
}

/** One criterion's weekly line: average % of the available points, `null` for a week without data. */
export interface CriterionSeries {
  criterion: string;
  values: (number | null)[];
}

export interface CriterionTrend {
  /** Every week that has data for some criterion, oldest first. */
  weeks: string[];
  series: CriterionSeries[];
}

/** How often one trainee broke one rule. */
export interface ViolationCountRow {
  traineeId: number;
  trainee: string;
  rule: string;
  count: number;
}

export interface HeatmapTrainee {
  id: number;
  name: string;
  total: number;
  /** Counts per rule, in the order of `ViolationHeatmap.rules`. */
  counts: number[];
}

export interface ViolationHeatmap {
  /** Rule ids, most broken first (ties by id). */
  rules: string[];
  /** Trainees with at least one violation, most violations first (ties by name), cut to `maxTrainees`. */
  trainees: HeatmapTrainee[];
  /** Largest single cell among the shown trainees (0 when none): the top of the colour scale. */
  max: number;
  /** Trainees with violations that were cut off by `maxTrainees`. */
  hiddenTrainees: number;
}

/** Calls, passes and the sum of scores of one scenario. */
export interface ScenarioTotalsRow {
  scenario: string;
  title: string;
  calls: number;
  passes: number;
  scoreSum: number;
}

export interface ScenarioDifficulty {
  scenario: string;
  title: string;
  calls: number;
  /** Percentage of calls passed, one decimal. */
  passRate: number;
  /** Mean score, one decimal. */
  averageScore: number;
}

export interface HistogramBucket {
  label: string;
  trainees: number;
}

/** Rounds to one decimal, as `weeklyScoreTrend` does. */
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Ordinal comparison of ids, independent of the runtime's locale. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The value at position `index` (0-based) of the sorted multiset described by
 * `bins` (ascending scores with their counts).
 */
function valueAt(bins: readonly (readonly [score: number, count: number])[], index: number): number {
  let seen = 0;
  for (const [score, count] of bins) {
    seen += count;
    if (index < seen) return score;
  }
  throw new RangeError(`index ${index} beyond ${seen} values`);
}

/**
 * `quantile` of score-trend.ts, on a histogram: the same linear interpolation
 * between the values at positions ⌊(n−1)q⌋ and ⌈(n−1)q⌉, found by walking the
 * cumulative counts instead of expanding them into an array.
 */
function histogramQuantile(bins: readonly (readonly [number, number])[], n: number, q: number): number {
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = valueAt(bins, lo);
  const b = valueAt(bins, hi);
  return a + (b - a) * (pos - lo);
}

/**
 * Weekly median, quartiles and pass rate from per-(week, score) counts, oldest
 * week first. Equal to `weeklyScoreTrend` on the calls the histogram counts.
 * Rows repeating a (week, score) pair are added up; weeks without calls are left out.
 */
export function trendFromHistogram(rows: readonly ScoreHistogramRow[]): TrendPoint[] {
  const weeks = new Map<string, { counts: Map<number, number>; calls: number; passes: number }>();
  for (const r of rows) {
    if (r.calls <= 0) continue;
    let w = weeks.get(r.week);
    if (!w) weeks.set(r.week, (w = { counts: new Map(), calls: 0, passes: 0 }));
    w.counts.set(r.score, (w.counts.get(r.score) ?? 0) + r.calls);
    w.calls += r.calls;
    w.passes += r.passes;
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, w]) => {
      const bins = [...w.counts.entries()].sort(([a], [b]) => a - b);
      return {
        week,
        calls: w.calls,
        median: round1(histogramQuantile(bins, w.calls, 0.5)),
        p25: round1(histogramQuantile(bins, w.calls, 0.25)),
        p75: round1(histogramQuantile(bins, w.calls, 0.75)),
        passRate: round1((100 * w.passes) / w.calls),
      };
    });
}

/**
 * One line per criterion of the average share of its points earned each week
 * (Σpoints / Σmax × 100, one decimal — the mean per-call percentage whenever a
 * criterion's max is the same on every call). A week where the criterion has no
 * row, no calls or nothing available is `null`, so charts show a gap.
 * Criteria listed in `order` come first in that order; the rest follow by id.
 * Criteria without any row are left out even when listed.
 */
export function criterionTrend(rows: readonly CriterionWeekRow[], order: readonly string[] = []): CriterionTrend {
  const sums = new Map<string, Map<string, { points: number; max: number; calls: number }>>();
  const weekSet = new Set<string>();
  for (const r of rows) {
    weekSet.add(r.week);
    let byWeek = sums.get(r.criterion);
    if (!byWeek) sums.set(r.criterion, (byWeek = new Map()));
    const s = byWeek.get(r.week) ?? { points: 0, max: 0, calls: 0 };
    byWeek.set(r.week, { points: s.points + r.points, max: s.max + r.max, calls: s.calls + r.calls });
  }
  const weeks = [...weekSet].sort((a, b) => a.localeCompare(b));
  const rank = new Map(order.map((c, i) => [c, i]));
  const criteria = [...sums.keys()].sort((a, b) => {
    const ra = rank.get(a) ?? Infinity;
    const rb = rank.get(b) ?? Infinity;
    return ra !== rb ? ra - rb : byId(a, b);
  });
  return {
    weeks,
    series: criteria.map((criterion) => {
      const byWeek = sums.get(criterion) as Map<string, { points: number; max: number; calls: number }>;
      return {
        criterion,
        values: weeks.map((week) => {
          const s = byWeek.get(week);
          return s && s.calls > 0 && s.max > 0 ? round1((100 * s.points) / s.max) : null;
        }),
      };
    }),
  };
}

/**
 * A trainee × rule grid of violation counts. Columns are every rule broken in
 * the cohort (so they do not shift when trainees are cut off), most broken
 * first; rows are trainees with at least one violation, most violations first,
 * ties by name, at most `maxTrainees` (default 30) of them.
 * Rows repeating a (trainee, rule) pair are added up; counts ≤ 0 are ignored.
 */
export function violationHeatmap(
  rows: readonly ViolationCountRow[],
  options: { maxTrainees?: number } = {},
): ViolationHeatmap {
  const maxTrainees = options.maxTrainees ?? 30;
  if (!Number.isInteger(maxTrainees) || maxTrainees < 0) {
    throw new RangeError(`maxTrainees must be a non-negative integer, got ${maxTrainees}`);
  }
  const ruleTotals = new Map<string, number>();
  const trainees = new Map<number, { name: string; total: number; byRule: Map<string, number> }>();
  for (const r of rows) {
    if (r.count <= 0) continue;
    ruleTotals.set(r.rule, (ruleTotals.get(r.rule) ?? 0) + r.count);
    let t = trainees.get(r.traineeId);
    if (!t) trainees.set(r.traineeId, (t = { name: r.trainee, total: 0, byRule: new Map() }));
    t.total += r.count;
    t.byRule.set(r.rule, (t.byRule.get(r.rule) ?? 0) + r.count);
  }
  const rules = [...ruleTotals.entries()]
    .sort(([ra, a], [rb, b]) => b - a || byId(ra, rb))
    .map(([rule]) => rule);
  const ranked = [...trainees.entries()].sort(
    ([ia, a], [ib, b]) => b.total - a.total || a.name.localeCompare(b.name) || ia - ib,
  );
  const shown = ranked.slice(0, maxTrainees).map(([id, t]) => ({
    id,
    name: t.name,
    total: t.total,
    counts: rules.map((rule) => t.byRule.get(rule) ?? 0),
  }));
  return {
    rules,
    trainees: shown,
    max: shown.reduce((m, t) => t.counts.reduce((a, c) => Math.max(a, c), m), 0),
    hiddenTrainees: ranked.length - shown.length,
  };
}

/**
 * Pass rate and average score per scenario, hardest first: lowest pass rate,
 * then lowest average score, then scenario id. Scenarios without calls are left out.
 */
export function scenarioDifficulty(rows: readonly ScenarioTotalsRow[]): ScenarioDifficulty[] {
  return rows
    .filter((r) => r.calls > 0)
    .map((r) => ({ row: r, rate: r.passes / r.calls, mean: r.scoreSum / r.calls }))
    .sort((a, b) => a.rate - b.rate || a.mean - b.mean || byId(a.row.scenario, b.row.scenario))
    .map(({ row, rate, mean }) => ({
      scenario: row.scenario,
      title: row.title,
      calls: row.calls,
      passRate: round1(100 * rate),
      averageScore: round1(mean),
    }));
}

/** Width of the attempts-to-readiness buckets. */
const BUCKET_WIDTH = 5;
/** Last attempt count with its own bucket; anything above lands in ">50". */
const BUCKET_LIMIT = 50;

/**
 * How many trainees became call-ready after how many attempts, in twelve fixed
 * buckets so the chart's axis never moves: "1–5", "6–10", …, "46–50" (ten
 * buckets of five attempts — a typical trainee needs a few dozen calls), ">50",
 * and "not yet" for trainees who are not ready (`null`). Every bucket is
 * returned, empty ones with 0.
 * Throws a RangeError for a value that is not a positive integer.
 */
export function attemptsToReadinessHistogram(values: readonly (number | null)[]): HistogramBucket[] {
  const buckets: HistogramBucket[] = [];
  for (let lo = 1; lo <= BUCKET_LIMIT; lo += BUCKET_WIDTH) {
    buckets.push({ label: `${lo}–${lo + BUCKET_WIDTH - 1}`, trainees: 0 });
  }
  const over = { label: `>${BUCKET_LIMIT}`, trainees: 0 };
  const notYet = { label: 'not yet', trainees: 0 };
  for (const v of values) {
    if (v === null) notYet.trainees++;
    else if (!Number.isInteger(v) || v < 1) throw new RangeError(`attempts must be a positive integer, got ${v}`);
    else if (v > BUCKET_LIMIT) over.trainees++;
    else (buckets[Math.floor((v - 1) / BUCKET_WIDTH)] as HistogramBucket).trainees++;
  }
  return [...buckets, over, notYet];
}

/**
 * The `n` criteria with the lowest average share over the weeks shown (each week counts once), the
 * lines a trainer looks at first; ties by criterion id. Criteria with no data are never chosen.
 */
export function weakestCriteria(trend: CriterionTrend, n: number): string[] {
  const means = trend.series
    .map((s) => {
      const values = s.values.filter((v): v is number => v !== null);
      return { criterion: s.criterion, mean: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length };
    })
    .filter((m): m is { criterion: string; mean: number } => m.mean !== null)
    .sort((a, b) => a.mean - b.mean || a.criterion.localeCompare(b.criterion));
  return means.slice(0, n).map((m) => m.criterion);
}
