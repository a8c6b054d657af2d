import { describe, expect, it } from 'vitest';
import { competenciesThenAndNow, violationsByWeek } from '../../../src/domain/analytics/trainee-dashboard.ts';

describe('violationsByWeek', () => {
  const weeks = ['2026-11-02', '2026-11-09', '2026-11-16'];
  it('puts each rule on the weeks, most frequent first, with per-severity totals for a stacked chart', () => {
    const out = violationsByWeek(
      [
        { week: '2026-11-09', rule: 'MINI_MIRANDA', severity: 'critical', count: 1 },
        { week: '2026-11-02', rule: 'HARASSMENT', severity: 'major', count: 2 },
        { week: '2026-11-16', rule: 'HARASSMENT', severity: 'major', count: 1 },
        { week: '2026-11-16', rule: 'MINI_MIRANDA', severity: 'critical', count: 1 },
        { week: '2026-11-16', rule: 'VALIDATION_RIGHTS', severity: 'minor', count: 1 },
      ],
      weeks,
    );
    expect(out.rules.map((r) => [r.rule, r.counts, r.total])).toEqual([
      ['HARASSMENT', [2, 0, 1], 3],
      ['MINI_MIRANDA', [0, 1, 1], 2],
      ['VALIDATION_RIGHTS', [0, 0, 1], 1],
    ]);
    expect(out.bySeverity).toEqual({ critical: [0, 1, 1], major: [2, 0, 1], minor: [0, 0, 1] });
  });

  it('adds up repeated rows, leaves out weeks not shown, and breaks ties by rule id', () => {
    const out = violationsByWeek(
      [
        { week: '2026-11-02', rule: 'B_RULE', severity: 'major', count: 1 },
        { week: '2026-11-02', rule: 'A_RULE', severity: 'major', count: 1 },
        { week: '2026-10-26', rule: 'B_RULE', severity: 'major', count: 5 },
      ],
      weeks,
    );
    expect(out.rules.map((r) => [r.rule, r.total])).toEqual([['A_RULE', 1], ['B_RULE', 1]]);
    expect(violationsByWeek([], weeks)).toEqual({ rules: [], bySeverity: { critical: [0, 0, 0], major: [0, 0, 0], minor: [0, 0, 0] } });
  });
});

describe('competenciesThenAndNow', () => {
  const keys = ['a', 'b'] as const;
  const calls = [1, 2, 3, 4, 5, 6, 7].map((i) => ({ a: i * 10, b: 100 - i * 10 }));
  it('averages the first n and the latest n calls, rounded', () => {
    expect(competenciesThenAndNow(calls, keys, 3)).toEqual({ first: [20, 80], latest: [60, 40], firstCalls: 3, latestCalls: 3 });
  });
  it('has no latest set until there are more than n calls, and nothing at all without calls', () => {
    expect(competenciesThenAndNow(calls.slice(0, 3), keys, 3)).toEqual({ first: [20, 80], latest: null, firstCalls: 3, latestCalls: 0 });
    expect(competenciesThenAndNow([], keys, 3)).toEqual({ first: null, latest: null, firstCalls: 0, latestCalls: 0 });
  });
});
