import { describe, expect, it } from 'vitest';
import { quantile, traineeSummaries, weekOf, weeklyScoreTrend, type ScoredCall } from '../../../src/domain/analytics/score-trend.ts';

const call = (trainee: string, ended_at: string, score: number): ScoredCall => ({
  trainee,
  ended_at,
  score,
  overall: score >= 70 ? 'pass' : 'fail',
});

describe('cohort score trend', () => {
  it('groups calls into ISO weeks starting on Monday', () => {
    expect(weekOf('2026-11-23T10:00:00Z')).toBe('2026-11-23'); // a Monday
    expect(weekOf('2026-11-29T23:59:00Z')).toBe('2026-11-23'); // the Sunday after
    expect(weekOf('2026-11-22T08:00:00Z')).toBe('2026-11-16');
  });

  it('interpolates quantiles between neighbours', () => {
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantile([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(quantile([42], 0.75)).toBe(42);
  });

  it('reports median, spread and pass rate per week, oldest first', () => {
    const trend = weeklyScoreTrend([
      call('b', '2026-11-18T10:00:00Z', 90),
      call('a', '2026-11-10T10:00:00Z', 40),
      call('b', '2026-11-11T10:00:00Z', 60),
      call('a', '2026-11-17T10:00:00Z', 70),
      call('c', '2026-11-12T10:00:00Z', 80),
    ]);
    expect(trend.map((p) => p.week)).toEqual(['2026-11-09', '2026-11-16']);
    expect(trend[0]).toMatchObject({ calls: 3, median: 60, p25: 50, p75: 70, passRate: 33.3 });
    expect(trend[1]).toMatchObject({ calls: 2, median: 80, passRate: 100 });
  });

  it('summarises each trainee by latest score and the average of the last three', () => {
    const rows = traineeSummaries([
      call('Ana', '2026-11-01T00:00:00Z', 20),
      call('Ana', '2026-11-02T00:00:00Z', 50),
      call('Ana', '2026-11-04T00:00:00Z', 80),
      call('Ana', '2026-11-03T00:00:00Z', 65),
      call('Ben', '2026-11-02T00:00:00Z', 75),
    ]);
    expect(rows).toEqual([
      { trainee: 'Ana', calls: 4, latest: 80, recentAverage: 65, passes: 1 },
      { trainee: 'Ben', calls: 1, latest: 75, recentAverage: 75, passes: 1 },
    ]);
  });
});
