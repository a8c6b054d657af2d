import { describe, expect, it } from 'vitest';
import { quantile, weekOf, weeklyScoreTrend, type ScoredCall } from '../../../src/domain/analytics/score-trend.ts';

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
});
