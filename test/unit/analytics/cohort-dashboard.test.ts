import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attemptsToReadinessHistogram,
  criterionTrend,
  scenarioDifficulty,
  trendFromHistogram,
  violationHeatmap,
  weakestCriteria,
  type ScoreHistogramRow,
} from '../../../src/domain/analytics/cohort-dashboard.ts';
import { weekOf, weeklyScoreTrend, type ScoredCall } from '../../../src/domain/analytics/score-trend.ts';

/** What `GROUP BY week, score` returns for these calls, in no particular order. */
function histogram(calls: readonly ScoredCall[]): ScoreHistogramRow[] {
  const rows = new Map<string, ScoreHistogramRow>();
  for (const c of calls) {
    const week = weekOf(c.ended_at);
    const key = `${week}|${c.score}`;
    const row = rows.get(key) ?? { week, score: c.score, calls: 0, passes: 0 };
    row.calls++;
    if (c.overall === 'pass') row.passes++;
    rows.set(key, row);
  }
  return [...rows.values()].reverse();
}

const START = Date.UTC(2026, 9, 1);
const DAY = 86_400_000;
const callFields = {
  trainee: fc.constantFrom('a', 'b', 'c'),
  ended_at: fc.integer({ min: 0, max: 60 * DAY }).map((ms) => new Date(START + ms).toISOString()),
  score: fc.integer({ min: 0, max: 100 }),
  overall: fc.constantFrom('pass' as const, 'fail' as const),
};
const callArb = fc.record(callFields);

describe('trendFromHistogram', () => {
  it('equals weeklyScoreTrend on the calls the histogram counts', () => {
    fc.assert(
      fc.property(fc.array(callArb, { maxLength: 200 }), (calls) => {
        expect(trendFromHistogram(histogram(calls))).toEqual(weeklyScoreTrend(calls));
      }),
      { numRuns: 300 },
    );
  });

  it('equals weeklyScoreTrend when a week holds many calls on few scores', () => {
    const narrow = fc.record({ ...callFields, score: fc.constantFrom(60, 61, 90) });
    fc.assert(
      fc.property(fc.array(narrow, { minLength: 1, maxLength: 300 }), (calls) => {
        expect(trendFromHistogram(histogram(calls))).toEqual(weeklyScoreTrend(calls));
      }),
    );
  });

  it('interpolates between the counted scores', () => {
    // Scores 10, 20, 20, 40: p25 at position 0.75 → 17.5, median 20, p75 at 2.25 → 25.
    expect(
      trendFromHistogram([
        { week: '2026-11-09', score: 40, calls: 1, passes: 1 },
        { week: '2026-11-09', score: 10, calls: 1, passes: 0 },
        { week: '2026-11-09', score: 20, calls: 2, passes: 0 },
      ]),
    ).toEqual([{ week: '2026-11-09', calls: 4, median: 20, p25: 17.5, p75: 25, passRate: 25 }]);
  });

  it('orders weeks oldest first, adds up repeated rows and skips empty weeks', () => {
    const trend = trendFromHistogram([
      { week: '2026-11-16', score: 70, calls: 1, passes: 1 },
      { week: '2026-11-02', score: 50, calls: 0, passes: 0 },
      { week: '2026-11-09', score: 55, calls: 1, passes: 0 },
      { week: '2026-11-09', score: 55, calls: 2, passes: 1 },
    ]);
    expect(trend.map((p) => p.week)).toEqual(['2026-11-09', '2026-11-16']);
    expect(trend[0]).toEqual({ week: '2026-11-09', calls: 3, median: 55, p25: 55, p75: 55, passRate: 33.3 });
  });

  it('handles one call and no calls', () => {
    expect(trendFromHistogram([{ week: '2026-11-09', score: 73, calls: 1, passes: 1 }])).toEqual([
      { week: '2026-11-09', calls: 1, median: 73, p25: 73, p75: 73, passRate: 100 },
    ]);
    expect(trendFromHistogram([])).toEqual([]);
  });
});

describe('criterionTrend', () => {
  const rows = [
    { week: '2026-11-16', criterion: 'N_VERIFY', points: 18, max: 20, calls: 2 },
    { week: '2026-11-09', criterion: 'N_VERIFY', points: 10, max: 30, calls: 3 },
    { week: '2026-11-09', criterion: 'N_EMPATHY', points: 7, max: 10, calls: 2 },
    { week: '2026-11-23', criterion: 'N_EMPATHY', points: 2, max: 3, calls: 1 },
    { week: '2026-11-23', criterion: 'N_CLOSE', points: 0, max: 5, calls: 1 },
  ];

  it('averages the share of points per week and leaves gaps for weeks without data', () => {
    expect(criterionTrend(rows)).toEqual({
      weeks: ['2026-11-09', '2026-11-16', '2026-11-23'],
      series: [
        { criterion: 'N_CLOSE', values: [null, null, 0] },
        { criterion: 'N_EMPATHY', values: [70, null, 66.7] },
        { criterion: 'N_VERIFY', values: [33.3, 90, null] },
      ],
    });
  });

  it('follows the given order, then the rest by id, skipping listed criteria without data', () => {
    const trend = criterionTrend(rows, ['N_VERIFY', 'N_MISSING', 'N_EMPATHY']);
    expect(trend.series.map((s) => s.criterion)).toEqual(['N_VERIFY', 'N_EMPATHY', 'N_CLOSE']);
  });

  it('adds up repeated rows and treats zero calls or zero max as no data', () => {
    const trend = criterionTrend([
      { week: '2026-11-09', criterion: 'N_VERIFY', points: 3, max: 10, calls: 1 },
      { week: '2026-11-09', criterion: 'N_VERIFY', points: 5, max: 10, calls: 1 },
      { week: '2026-11-16', criterion: 'N_VERIFY', points: 0, max: 0, calls: 2 },
      { week: '2026-11-23', criterion: 'N_VERIFY', points: 4, max: 10, calls: 0 },
    ]);
    expect(trend.series).toEqual([{ criterion: 'N_VERIFY', values: [40, null, null] }]);
  });

  it('is empty for no rows', () => {
    expect(criterionTrend([])).toEqual({ weeks: [], series: [] });
  });
});

describe('violationHeatmap', () => {
  const rows = [
    { traineeId: 1, trainee: 'Cleo', rule: 'FDCPA_806_THREAT_VIOLENCE', count: 1 },
    { traineeId: 1, trainee: 'Cleo', rule: 'FDCPA_807_FALSE_REP', count: 2 },
    { traineeId: 2, trainee: 'Abe', rule: 'FDCPA_807_FALSE_REP', count: 3 },
    { traineeId: 3, trainee: 'Bea', rule: 'MINI_MIRANDA', count: 3 },
    { traineeId: 4, trainee: 'Dan', rule: 'MINI_MIRANDA', count: 0 },
  ];

  it('orders rules by total then id and trainees by total then name', () => {
    expect(violationHeatmap(rows)).toEqual({
      rules: ['FDCPA_807_FALSE_REP', 'MINI_MIRANDA', 'FDCPA_806_THREAT_VIOLENCE'],
      trainees: [
        { id: 2, name: 'Abe', total: 3, counts: [3, 0, 0] },
        { id: 3, name: 'Bea', total: 3, counts: [0, 3, 0] },
        { id: 1, name: 'Cleo', total: 3, counts: [2, 0, 1] },
      ],
      max: 3,
      hiddenTrainees: 0,
    });
  });

  it('cuts trainees to maxTrainees, keeping the cohort-wide rule columns', () => {
    const map = violationHeatmap(
      [...rows, { traineeId: 1, trainee: 'Cleo', rule: 'FDCPA_806_THREAT_VIOLENCE', count: 4 }],
      { maxTrainees: 1 },
    );
    expect(map.trainees).toEqual([{ id: 1, name: 'Cleo', total: 7, counts: [5, 2, 0] }]);
    expect(map.rules).toEqual(['FDCPA_806_THREAT_VIOLENCE', 'FDCPA_807_FALSE_REP', 'MINI_MIRANDA']);
    expect(map.max).toBe(5);
    expect(map.hiddenTrainees).toBe(2);
  });

  it('shows at most 30 trainees by default', () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ traineeId: i, trainee: `T${String(i).padStart(2, '0')}`, rule: 'R', count: 1 + (i % 4) }));
    const map = violationHeatmap(many);
    expect(map.trainees).toHaveLength(30);
    expect(map.hiddenTrainees).toBe(15);
    expect(map.trainees[0]).toEqual({ id: 3, name: 'T03', total: 4, counts: [4] });
  });

  it('is empty for no violations and rejects a bad limit', () => {
    expect(violationHeatmap([])).toEqual({ rules: [], trainees: [], max: 0, hiddenTrainees: 0 });
    expect(() => violationHeatmap(rows, { maxTrainees: -1 })).toThrow(RangeError);
  });
});

describe('scenarioDifficulty', () => {
  it('puts the lowest pass rate first, then the lowest average', () => {
    expect(
      scenarioDifficulty([
        { scenario: 'easy', title: 'Easy', calls: 4, passes: 4, scoreSum: 360 },
        { scenario: 'tie-b', title: 'Tie B', calls: 3, passes: 1, scoreSum: 200 },
        { scenario: 'tie-a', title: 'Tie A', calls: 6, passes: 2, scoreSum: 390 },
        { scenario: 'unplayed', title: 'Unplayed', calls: 0, passes: 0, scoreSum: 0 },
      ]),
    ).toEqual([
      { scenario: 'tie-a', title: 'Tie A', calls: 6, passRate: 33.3, averageScore: 65 },
      { scenario: 'tie-b', title: 'Tie B', calls: 3, passRate: 33.3, averageScore: 66.7 },
      { scenario: 'easy', title: 'Easy', calls: 4, passRate: 100, averageScore: 90 },
    ]);
  });

  it('breaks a full tie by scenario id and handles no rows', () => {
    const same = { title: 'x', calls: 2, passes: 1, scoreSum: 140 };
    expect(scenarioDifficulty([{ scenario: 'b', ...same }, { scenario: 'a', ...same }]).map((r) => r.scenario)).toEqual(['a', 'b']);
    expect(scenarioDifficulty([])).toEqual([]);
  });
});

describe('attemptsToReadinessHistogram', () => {
  it('returns all twelve fixed buckets, counting bucket edges correctly', () => {
    const buckets = attemptsToReadinessHistogram([1, 5, 6, 10, 11, 50, 51, 400, null, null, 23]);
    expect(buckets.map((b) => b.label)).toEqual([
      '1–5', '6–10', '11–15', '16–20', '21–25', '26–30', '31–35', '36–40', '41–45', '46–50', '>50', 'not yet',
    ]);
    expect(buckets.map((b) => b.trainees)).toEqual([2, 2, 1, 0, 1, 0, 0, 0, 0, 1, 2, 2]);
  });

  it('is all zeros for nobody and rejects impossible attempt counts', () => {
    expect(attemptsToReadinessHistogram([]).every((b) => b.trainees === 0)).toBe(true);
    expect(() => attemptsToReadinessHistogram([0])).toThrow(RangeError);
    expect(() => attemptsToReadinessHistogram([2.5])).toThrow(RangeError);
  });
});

describe('weakestCriteria', () => {
  it('picks the criteria with the lowest mean share over the weeks, ignoring empty weeks and empty criteria', () => {
    const trend = {
      weeks: ['w1', 'w2'],
      series: [
        { criterion: 'N_A', values: [90, 80] },
        { criterion: 'N_B', values: [20, null] },
        { criterion: 'N_C', values: [null, null] },
        { criterion: 'N_D', values: [50, 40] },
        { criterion: 'N_E', values: [45, 45] },
      ],
    };
    expect(weakestCriteria(trend, 2)).toEqual(['N_B', 'N_D']);
    expect(weakestCriteria(trend, 10)).toEqual(['N_B', 'N_D', 'N_E', 'N_A']);
    expect(weakestCriteria({ weeks: [], series: [] }, 3)).toEqual([]);
  });
});
