import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENT_ACTS, CUSTOMER_ACTS, type Act } from '../../../src/domain/language/acts.ts';
import { labelScores, macroF1 } from '../../../src/domain/language/metrics.ts';
import type { UtteranceContext } from '../../../src/domain/language/utterance.ts';
import { productClassifier } from '../../../src/server/language/product-classifier.ts';

/**
 * 260 utterances labelled by someone who never saw the classifier or its corpus (every label at
 * least five times, the violation acts ten, about 40 look-alikes), read with the product's
 * classifier. They are a measure, not a training set: the floors below are what the product
 * reached when the set arrived, and a change that falls under them has made understanding worse.
 */
interface Line {
  id: string;
  speaker: 'agent' | 'customer';
  text: string;
  context?: UtteranceContext;
  acts: Act[];
}

const LINES = readFileSync(new URL('../../fixtures/language/outside-utterances.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Line);

const VIOLATIONS: readonly Act[] = [
  'threat_arrest',
  'threat_violence',
  'threat_legal_action_false',
  'false_representation',
  'profanity_abuse',
  'third_party_disclosure',
  'harassment_pressure',
  'misleading_credit_claim',
  'unauthorized_fee',
];

describe('utterances labelled outside the project (product classifier)', () => {
  const classify = productClassifier();
  const predicted = LINES.map((l) => classify({ text: l.text, speaker: l.speaker, context: l.context }));
  const labels = [...AGENT_ACTS, ...CUSTOMER_ACTS].filter((a) => a !== 'other') as Act[];
  const scores = labelScores(
    LINES.map((l) => l.acts),
    predicted,
    labels,
  );

  it('holds every label the contract names, each at least five times', () => {
    for (const label of labels) expect(LINES.filter((l) => l.acts.includes(label)).length, label).toBeGreaterThanOrEqual(5);
  });

  it('reads them with a macro-F1 of at least 0.85', () => {
    expect(macroF1(scores)).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 80% of the violation acts, at a precision of at least 90%', () => {
    const pooled = scores.filter((s) => VIOLATIONS.includes(s.label)).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
    expect(pooled.tp / (pooled.tp + pooled.fn)).toBeGreaterThanOrEqual(0.8);
    expect(pooled.tp / (pooled.tp + pooled.fp)).toBeGreaterThanOrEqual(0.9);
  });
});
