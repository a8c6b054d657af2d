import { describe, expect, it } from 'vitest';
import { assignmentInputSchema, assignmentProgress, type Assignment } from '../../../src/domain/analytics/assignments.ts';

const base: Assignment = { id: 1, scenario: 's', due_on: '2026-11-20', required_score: 80, attempts_allowed: 3 };
const at = (day: number, score: number, overall: 'pass' | 'fail' = score >= 70 ? 'pass' : 'fail') => ({
  score,
  overall,
  ended_at: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
});

describe('assignmentProgress', () => {
  it('is due with no attempts, and overdue after the due date', () => {
    expect(assignmentProgress(base, [], '2026-11-20')).toMatchObject({ state: 'due', attempts: 0, remaining: 3, best: null });
    expect(assignmentProgress(base, [], '2026-11-21').state).toBe('overdue');
  });

  it('is done at the first pass at the required score, counting attempts up to it', () => {
    const p = assignmentProgress(base, [at(12, 85), at(10, 60), at(14, 40)], '2026-11-30');
    expect(p).toMatchObject({ state: 'done', attempts: 2, remaining: 1, best: 85, completed_at: at(12, 0).ended_at, late: false });
  });

  it('does not count a pass below the required score, nor a high score that failed on a critical violation', () => {
    const p = assignmentProgress(base, [at(10, 75), at(11, 95, 'fail')], '2026-11-15');
    expect(p).toMatchObject({ state: 'due', attempts: 2, remaining: 1, best: 95 });
  });

  it('runs out of attempts, and a pass after the limit does not count', () => {
    const p = assignmentProgress(base, [at(10, 50), at(11, 60), at(12, 65), at(13, 90)], '2026-11-15');
    expect(p).toMatchObject({ state: 'out_of_attempts', attempts: 3, remaining: 0, best: 65 });
  });

  it('marks a completion after the due date as late; unlimited attempts have no remaining count', () => {
    const p = assignmentProgress({ ...base, attempts_allowed: null }, [at(25, 90)], '2026-11-30');
    expect(p).toMatchObject({ state: 'done', late: true, remaining: null });
  });
});

describe('assignmentInputSchema', () => {
  it('accepts a valid assignment and defaults attempts to unlimited', () => {
    expect(assignmentInputSchema.parse({ scenario: 'x', due_on: '2026-12-01', required_score: 80 })).toEqual({
      scenario: 'x', due_on: '2026-12-01', required_score: 80, attempts_allowed: null,
    });
  });
  it('rejects a bad date, a score over 100, zero attempts and unknown fields', () => {
    for (const bad of [
      { scenario: 'x', due_on: '2026-13-01', required_score: 80 },
      { scenario: 'x', due_on: '2026-12-01', required_score: 101 },
      { scenario: 'x', due_on: '2026-12-01', required_score: 80, attempts_allowed: 0 },
      { scenario: 'x', due_on: '2026-12-01', required_score: 80, score: 100 },
    ]) expect(assignmentInputSchema.safeParse(bad).success).toBe(false);
  });
});
