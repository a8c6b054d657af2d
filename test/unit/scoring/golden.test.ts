import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../src/domain/scoring/engine.ts';
import { goldenTranscripts, projectRubric } from '../../fixtures/scoring/calls.ts';
import { fakeClassifier } from '../../fixtures/scoring/fake-classifier.ts';

/**
 * The golden transcripts (test/fixtures/transcripts), scored with the fake classifier so
 * that only the scorer is under test: each file says which rules it breaks, its outcome and
 * whether it passes. Every rule has a breaking transcript and a clean control.
 */
describe('golden transcripts (fake classifier)', () => {
  const rubric = projectRubric();
  const goldens = goldenTranscripts();

  it('covers every compliance rule with at least one breaking transcript', () => {
    const broken = new Set(goldens.flatMap((g) => g.expect.violations));
    expect([...rubric.rules.map((r) => r.id)].filter((id) => !broken.has(id))).toEqual([]);
  });

  it('covers every compliance rule with at least one clean control that comes close to it', () => {
    const controlled = new Set(goldens.flatMap((g) => g.expect.controls ?? []));
    expect([...rubric.rules.map((r) => r.id)].filter((id) => !controlled.has(id))).toEqual([]);
    for (const g of goldens) for (const rule of g.expect.controls ?? []) expect(g.expect.violations, `${g.name} controls ${rule}`).not.toContain(rule);
  });

  for (const { name, transcript, expect: want } of goldens) {
    describe(name, () => {
      const report = scoreTranscript(transcript, rubric, fakeClassifier());

      it(`finds exactly ${want.violations.length === 0 ? 'no violation' : want.violations.join(', ')}`, () => {
        expect(report.violations.map((v) => v.rule).sort()).toEqual(want.violations);
      });

      it(`ends in ${want.outcome} and ${want.overall === 'pass' ? 'passes' : 'fails'}`, () => {
        expect(report.outcome).toBe(want.outcome);
        expect(report.overall).toBe(want.overall);
        if (want.min_score !== undefined) expect(report.score).toBeGreaterThanOrEqual(want.min_score);
      });

      it('reports as not evaluable exactly the rules whose facts are missing', () => {
        expect(report.not_evaluable).toEqual(want.not_evaluable);
      });

      if (want.criteria_met || want.criteria_missed) {
        it('meets and misses the expected criteria', () => {
          const met = new Set(report.criteria.filter((c) => c.met).map((c) => c.id));
          for (const id of want.criteria_met ?? []) expect(met.has(id), `${id} met`).toBe(true);
          for (const id of want.criteria_missed ?? []) expect(met.has(id), `${id} missed`).toBe(false);
        });
      }

      it('quotes the exact words of the turn each violation and criterion points at', () => {
        for (const v of report.violations) {
          for (const o of v.occurrences) {
            const turn = transcript.turns[o.turn - 1]!;
            expect(turn.text, v.rule).toContain(o.evidence);
            expect(o.evidence.length).toBeLessThanOrEqual(160);
          }
          expect(v.evidence.length).toBeGreaterThan(0);
        }
        for (const c of report.criteria.filter((c) => c.met)) {
          c.turns.forEach((t, i) => expect(transcript.turns[t - 1]!.text, c.id).toContain(c.evidence[i]!));
        }
      });
    });
  }
});
