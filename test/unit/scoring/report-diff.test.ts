import { describe, expect, it } from 'vitest';
import { describeChange, diffReports } from '../../../src/domain/scoring/report-diff.ts';

const report = (over: Partial<Parameters<typeof diffReports>[0]> = {}) => ({
  score: 80,
  overall: 'pass' as const,
  outcome: 'promise_to_pay',
  rubric_version: 'compliance@1.0.0+negotiation@1.0.0',
  violations: [],
  criteria: [
    { id: 'N_VERIFY', met: true },
    { id: 'N_RECAP', met: false },
  ],
  ...over,
}) as Parameters<typeof diffReports>[0];

describe('diffReports', () => {
  it('is null when only the rubric version moved', () => {
    expect(diffReports(report(), report({ rubric_version: 'compliance@1.0.0+negotiation@1.1.0' }))).toBeNull();
  });

  it('lists score, verdict, rules and criteria that changed', () => {
    const after = report({
      score: 40,
      overall: 'fail',
      violations: [{ rule: 'HARASSMENT' }] as never,
      criteria: [
        { id: 'N_VERIFY', met: false },
        { id: 'N_RECAP', met: true },
      ] as never,
    });
    const change = diffReports(report(), after)!;
    expect(change).toMatchObject({ violationsAdded: ['HARASSMENT'], violationsRemoved: [], criteriaGained: ['N_RECAP'], criteriaLost: ['N_VERIFY'] });
    expect(describeChange(change)).toBe('80 → 40 (pass → fail); +HARASSMENT +N_RECAP −N_VERIFY');
  });

  it('names a changed outcome', () => {
    expect(describeChange(diffReports(report(), report({ outcome: 'payment_plan' }))!)).toBe('80 → 80; outcome promise_to_pay → payment_plan');
  });
});
