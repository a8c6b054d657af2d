import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../src/domain/scoring/engine.ts';
import { productClassifier } from '../../../src/server/language/product-classifier.ts';
import { goldenTranscripts, projectRubric } from '../../fixtures/scoring/calls.ts';

const classify = productClassifier();

/**
 * The golden transcripts scored end to end with the real classifier: the same expectations
 * as golden.test.ts, which uses a fake one. A failure here with golden.test.ts green means
 * the classifier, not the scorer, read a line differently.
 */
describe('golden transcripts (real classifier)', () => {
  const rubric = projectRubric();
  for (const { name, transcript, expect: want } of goldenTranscripts()) {
    it(`${name}: ${want.violations.length === 0 ? 'no violation' : want.violations.join(', ')}, ${want.outcome}, ${want.overall}`, () => {
      const report = scoreTranscript(transcript, rubric, classify);
      expect({
        violations: report.violations.map((v) => v.rule).sort(),
        outcome: report.outcome,
        overall: report.overall,
        not_evaluable: report.not_evaluable,
      }).toEqual({ violations: want.violations, outcome: want.outcome, overall: want.overall, not_evaluable: want.not_evaluable });
    });
  }
});

describe('reading one call at a time', () => {
  it('gives the same report whether each line is read once per call or read afresh each time it is asked about', () => {
    const rubric = projectRubric();
    expect(typeof classify.forOneCall).toBe('function');
    // The same classifier without the per-call readings: every context and sentence is read again.
    const afresh = Object.assign((u: Parameters<typeof classify>[0]) => classify(u), { byRules: classify.byRules! });
    for (const { transcript } of goldenTranscripts()) {
      expect(scoreTranscript(transcript, rubric, classify)).toEqual(scoreTranscript(transcript, rubric, afresh));
    }
  });
});
