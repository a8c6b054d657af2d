import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READINESS_RULE,
  attemptsUntilReady,
  describeMissing,
  readiness,
  readinessRuleSchema,
  type Attempt,
  type ReadinessRule,
} from '../../../src/domain/analytics/readiness.ts';

const SCENARIOS = ['late', 'broken-promise'];
const titles: Record<string, string> = { late: 'Late first payment', 'broken-promise': 'Broken promise' };
const titleOf = (id: string) => titles[id] ?? id;

/** An attempt on day `day` of November 2026. */
const attempt = (day: number, scenario: string, score: number, critical = 0, overall: 'pass' | 'fail' = score >= 70 && critical === 0 ? 'pass' : 'fail'): Attempt => ({
  scenario,
  score,
  overall,
  critical,
  ended_at: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
});

const rule = (overrides: Partial<ReadinessRule> = {}): ReadinessRule => ({ ...DEFAULT_READINESS_RULE, ...overrides });

describe('readinessRuleSchema', () => {
  it('accepts the default rule and a rule with core scenarios', () => {
    expect(readinessRuleSchema.parse(DEFAULT_READINESS_RULE)).toEqual({ coreScenarios: [], minScore: 80, window: 3 });
    expect(readinessRuleSchema.safeParse({ coreScenarios: ['late'], minScore: 0, window: 20 }).success).toBe(true);
  });

  it.each([
    ['a score above 100', { minScore: 101 }],
    ['a fractional score', { minScore: 79.5 }],
    ['an empty window', { window: 0 }],
    ['a window above 20', { window: 21 }],
    ['an empty scenario id', { coreScenarios: [''] }],
    ['a repeated scenario', { coreScenarios: ['late', 'late'] }],
  ])('rejects %s', (_, overrides) => {
    expect(readinessRuleSchema.safeParse({ ...DEFAULT_READINESS_RULE, ...overrides }).success).toBe(false);
  });
});

describe('readiness', () => {
  it('is ready once every scenario is passed at the minimum and the last calls are clean', () => {
    const status = readiness(DEFAULT_READINESS_RULE, [attempt(3, 'broken-promise', 85), attempt(1, 'late', 90), attempt(2, 'late', 60)], SCENARIOS);
    expect(status).toEqual({ ready: true, missing: [], recentCritical: [], attempts: 3, window: 3 });
  });

  it('lists scenarios not passed with their best score, even from failed calls', () => {
    const status = readiness(
      DEFAULT_READINESS_RULE,
      [attempt(1, 'late', 72), attempt(2, 'late', 75, 0, 'pass'), attempt(3, 'late', 64)],
      SCENARIOS,
    );
    expect(status.ready).toBe(false);
    expect(status.missing).toEqual([
      { scenario: 'late', best: 75, needed: 80 },
      { scenario: 'broken-promise', best: null, needed: 80 },
    ]);
  });

  it('does not count a high score without an overall pass', () => {
    const status = readiness(DEFAULT_READINESS_RULE, [attempt(1, 'late', 95, 0, 'fail')], ['late']);
    expect(status.missing).toEqual([{ scenario: 'late', best: 95, needed: 80 }]);
  });

  it('uses the rule’s core scenarios instead of all scenarios when given', () => {
    const r = rule({ coreScenarios: ['late'] });
    expect(readiness(r, [attempt(1, 'late', 80)], SCENARIOS).ready).toBe(true);
    expect(readiness(r, [attempt(1, 'broken-promise', 99)], SCENARIOS).missing).toEqual([{ scenario: 'late', best: null, needed: 80 }]);
  });

  it('reports critical calls inside the window and forgets them once they fall out', () => {
    const history = [attempt(1, 'late', 90), attempt(2, 'broken-promise', 50, 2), attempt(3, 'broken-promise', 88), attempt(4, 'late', 85)];
    const status = readiness(DEFAULT_READINESS_RULE, history, SCENARIOS);
    expect(status.ready).toBe(false);
    expect(status.missing).toEqual([]);
    expect(status.recentCritical).toEqual([{ ended_at: '2026-11-02T10:00:00Z', scenario: 'broken-promise', count: 2 }]);

    const later = readiness(DEFAULT_READINESS_RULE, [...history, attempt(5, 'late', 82)].reverse(), SCENARIOS);
    expect(later).toMatchObject({ ready: true, recentCritical: [], attempts: 5 });
    expect(readiness(rule({ window: 4 }), [...history, attempt(5, 'late', 82)], SCENARIOS).ready).toBe(false);
  });

  it('orders attempts by instant, honouring offsets', () => {
    // 10:00+05:00 is 05:00Z, so the critical call is the oldest and outside a window of 1.
    const attempts: Attempt[] = [
      { scenario: 'late', score: 90, overall: 'pass', critical: 0, ended_at: '2026-11-02T06:00:00Z' },
      { scenario: 'late', score: 40, overall: 'fail', critical: 1, ended_at: '2026-11-02T10:00:00+05:00' },
    ];
    expect(readiness(rule({ window: 1 }), attempts, ['late']).ready).toBe(true);
    expect(readiness(rule({ window: 2 }), attempts, ['late']).ready).toBe(false);
  });

  it('is not ready without attempts, even with nothing to pass', () => {
    expect(readiness(DEFAULT_READINESS_RULE, [], [])).toEqual({ ready: false, missing: [], recentCritical: [], attempts: 0, window: 3 });
    expect(readiness(DEFAULT_READINESS_RULE, [attempt(1, 'late', 30)], []).ready).toBe(true);
  });

  it('rejects an attempt without a valid end time', () => {
    expect(() => readiness(DEFAULT_READINESS_RULE, [{ ...attempt(1, 'late', 90), ended_at: 'yesterday' }], ['late'])).toThrow(RangeError);
  });
});

/** Re-evaluates readiness after every attempt: the definition attemptsUntilReady must agree with. */
function naiveAttemptsUntilReady(r: ReadinessRule, attempts: readonly Attempt[], all: readonly string[]): number | null {
  const ordered = [...attempts].sort((a, b) => Date.parse(a.ended_at) - Date.parse(b.ended_at));
  for (let k = 1; k <= ordered.length; k++) if (readiness(r, ordered.slice(0, k), all).ready) return k;
  return null;
}

describe('attemptsUntilReady', () => {
  it('counts attempts in time order up to the first moment of readiness', () => {
    const attempts = [
      attempt(5, 'late', 95),
      attempt(1, 'late', 82),
      attempt(3, 'broken-promise', 40, 1),
      attempt(2, 'broken-promise', 60),
      attempt(4, 'broken-promise', 81),
      attempt(6, 'late', 90),
      attempt(7, 'late', 20, 3),
    ];
    // Both passed after day 4, but the critical call of day 3 stays in the window until day 6.
    expect(attemptsUntilReady(DEFAULT_READINESS_RULE, attempts, SCENARIOS)).toBe(6);
    expect(attemptsUntilReady(rule({ window: 1 }), attempts, SCENARIOS)).toBe(4);
  });

  it('is null when never ready or without attempts', () => {
    expect(attemptsUntilReady(DEFAULT_READINESS_RULE, [attempt(1, 'late', 90)], SCENARIOS)).toBeNull();
    expect(attemptsUntilReady(DEFAULT_READINESS_RULE, [], [])).toBeNull();
  });

  it('agrees with re-evaluating readiness after every attempt', () => {
    const attemptArb = fc.record({
      scenario: fc.constantFrom('s1', 's2', 's3'),
      score: fc.integer({ min: 60, max: 100 }),
      overall: fc.constantFrom('pass' as const, 'fail' as const),
      critical: fc.constantFrom(0, 0, 0, 1, 2),
      // Few distinct minutes, so ties in ended_at occur.
      ended_at: fc.integer({ min: 0, max: 40 }).map((m) => new Date(Date.UTC(2026, 10, 2, 9, m)).toISOString()),
    });
    const ruleArb = fc.record({
      coreScenarios: fc.subarray(['s1', 's2', 's4']),
      minScore: fc.integer({ min: 60, max: 100 }),
      window: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(ruleArb, fc.array(attemptArb, { maxLength: 40 }), fc.subarray(['s1', 's2', 's3']), (r, attempts, all) => {
        expect(attemptsUntilReady(r, attempts, all)).toBe(naiveAttemptsUntilReady(r, attempts, all));
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on a long history', () => {
    const n = 100_000;
    const attempts = Array.from({ length: n }, (_, i): Attempt => ({
      scenario: i === n - 1 ? 'late' : 'broken-promise',
      score: 90,
      overall: 'pass',
      critical: 0,
      ended_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    }));
    expect(attemptsUntilReady(DEFAULT_READINESS_RULE, attempts, SCENARIOS)).toBe(n);
  });
});

describe('describeMissing', () => {
  it('says what is left to pass and which recent calls had critical violations', () => {
    const status = readiness(
      DEFAULT_READINESS_RULE,
      [attempt(1, 'late', 72), attempt(2, 'broken-promise', 90, 1), attempt(3, 'broken-promise', 70, 2)],
      [...SCENARIOS, 'dispute'],
    );
    expect(describeMissing(status, titleOf)).toEqual([
      'Pass ‘Late first payment’ at 80 or more (best so far 72)',
      'Pass ‘Broken promise’ at 80 or more (best so far 90, but not a pass)',
      'Pass ‘dispute’ at 80 or more (not attempted yet)',
      'No critical violation in the last 3 calls (1 in the call of 2026-11-02, 2 in the call of 2026-11-03)',
    ]);
  });

  it('names scenarios by id without titleOf and speaks of a single-call window', () => {
    const status = readiness(rule({ window: 1 }), [attempt(1, 'late', 81), attempt(2, 'late', 70, 1)], ['late']);
    expect(describeMissing(status)).toEqual(['No critical violation in the last call (1 in the call of 2026-11-02)']);
  });

  it('asks for a first call when nothing else is missing, and is empty when ready', () => {
    expect(describeMissing(readiness(DEFAULT_READINESS_RULE, [], []))).toEqual(['Complete at least one call']);
    expect(describeMissing(readiness(DEFAULT_READINESS_RULE, [attempt(1, 'late', 99)], ['late']))).toEqual([]);
  });
});
