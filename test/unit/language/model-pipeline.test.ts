import { describe, expect, it } from 'vitest';
import { decodeActModel, encodeActModel, predictLabels, predictProbabilities, type ActModel } from '../../../src/domain/language/act-model.ts';
import { createActClassifier } from '../../../src/domain/language/combined.ts';
import { parseCorpus, splitOf } from '../../../src/domain/language/corpus.ts';
import { FEATURE_BUCKETS, featurize } from '../../../src/domain/language/features.ts';
import { confusedPairs, labelScores, macroF1 } from '../../../src/domain/language/metrics.ts';

const b64 = { encode: (b: Uint8Array) => Buffer.from(b).toString('base64'), decode: (s: string) => new Uint8Array(Buffer.from(s, 'base64')) };

/** A tiny model whose one hidden unit fires on one feature and raises one label. */
function tinyModel(trigger: string, label: 'threat_arrest' | 'hardship', speaker: 'agent' | 'customer'): ActModel {
  const hidden = 2;
  const labels = ['threat_arrest', 'hardship', 'other'] as const;
  const w1 = new Float32Array(FEATURE_BUCKETS * hidden);
  // Only the trigger's own words: the speaker feature is on for every utterance of that side.
  const always = new Set(featurize({ text: '', speaker }));
  for (const f of featurize({ text: trigger, speaker })) if (!always.has(f)) w1[f * hidden] = 1;
  const w2 = new Float32Array(hidden * labels.length);
  w2[labels.indexOf(label)] = 20;
  return { labels: [...labels], hidden, w1, b1: new Float32Array(hidden), w2, b2: new Float32Array(labels.length).fill(-10), thresholds: new Float32Array(labels.length).fill(0.5) };
}

describe('features', () => {
  it('are sorted, unique bucket indices, the same every time', () => {
    const f = featurize({ text: 'Hi, this is Sam from Apex Recovery', speaker: 'agent' });
    expect([...f]).toEqual([...new Set(f)].sort((a, b) => a - b));
    expect(f.every((i) => i < FEATURE_BUCKETS)).toBe(true);
    expect([...featurize({ text: 'Hi, this is Sam from Apex Recovery', speaker: 'agent' })]).toEqual([...f]);
  });

  it('share most features between a word and its typo, through character n-grams', () => {
    const a = new Set(featurize({ text: 'garnishment', speaker: 'agent' }));
    const b = featurize({ text: 'garnishmnet', speaker: 'agent' });
    const shared = [...b].filter((x) => a.has(x)).length;
    expect(shared / b.length).toBeGreaterThan(0.4);
  });

  it('carry the speaker, the verification state and the other side\'s last words', () => {
    const base = featurize({ text: 'your balance is $500', speaker: 'agent' });
    expect(featurize({ text: 'your balance is $500', speaker: 'customer' })).not.toEqual(base);
    expect(featurize({ text: 'your balance is $500', speaker: 'agent', context: { rpc_verified: false } }).length).toBe(base.length + 1);
    expect(featurize({ text: 'yes', speaker: 'customer', context: { previous: 'Am I speaking with Dana?' } }).length).toBeGreaterThan(
      featurize({ text: 'yes', speaker: 'customer' }).length,
    );
  });
});

describe('act model', () => {
  it('predicts a label when its trigger words are present, and not otherwise', () => {
    const model = tinyModel('the sheriff will come', 'threat_arrest', 'agent');
    expect(predictLabels(model, featurize({ text: 'the sheriff will come', speaker: 'agent' }))).toEqual(['threat_arrest']);
    expect(predictLabels(model, featurize({ text: 'have a nice day', speaker: 'agent' }))).toEqual([]);
  });

  it('survives a save and load with int8 weights, predicting nearly the same probabilities', () => {
    const model = tinyModel('lost my job', 'hardship', 'customer');
    model.w1[7] = 0.3;
    const file = encodeActModel(model, { seed: 1, epochs: 1, examples: 1, corpus: 'x' }, b64.encode);
    const back = decodeActModel(JSON.parse(JSON.stringify(file)), b64.decode);
    const f = featurize({ text: 'I lost my job', speaker: 'customer' });
    const p1 = predictProbabilities(model, f);
    const p2 = predictProbabilities(back, f);
    for (let i = 0; i < p1.length; i++) expect(Math.abs(p1[i]! - p2[i]!)).toBeLessThan(0.02);
  });

  it('refuses a model file built for other feature code', () => {
    const file = encodeActModel(tinyModel('x', 'hardship', 'customer'), { seed: 1, epochs: 1, examples: 1, corpus: 'x' }, b64.encode);
    expect(() => decodeActModel({ ...file, buckets: 1024 }, b64.decode)).toThrow(/retrain/);
  });

  it('adds the model\'s labels to the rules\' ones, for the speaker\'s side only, and never removes a rule\'s label', () => {
    const model = tinyModel('folks end up talking to the sheriff', 'threat_arrest', 'agent');
    const rules = () => ['greeting' as const];
    const classify = createActClassifier(model, rules);
    expect(classify({ text: 'folks end up talking to the sheriff', speaker: 'agent' })).toEqual(['greeting', 'threat_arrest']);
    // A customer's words get neither the agent-side rule label nor the agent-side model label.
    expect(classify({ text: 'folks end up talking to the sheriff', speaker: 'customer' })).toEqual(['other']);
    expect(createActClassifier(undefined, rules)).toBe(rules);
  });

  it('turns purpose and balance into a disclosure when the consumer is not verified, as the contract says', () => {
    const model = tinyModel('zzz', 'hardship', 'customer');
    const classify = createActClassifier(model, () => ['state_purpose', 'state_balance']);
    expect(classify({ text: 'your balance is $400', speaker: 'agent', context: { rpc_verified: false } })).toEqual(['third_party_disclosure']);
    expect(classify({ text: 'your balance is $400', speaker: 'agent', context: { rpc_verified: true } })).toEqual(['state_purpose', 'state_balance']);
  });
});

describe('corpus', () => {
  it('reports bad lines with file:line and keeps the good ones', () => {
    const text = [
      '{"text": "Hi there", "speaker": "agent", "acts": ["greeting"]}',
      '{"text": "broken", ',
      '{"text": "yes", "speaker": "customer", "acts": ["greeting"]}',
      '{"text": "ok", "speaker": "agent", "acts": ["other", "greeting"]}',
      '',
    ].join('\n');
    const { examples, errors } = parseCorpus(text, 'c.jsonl');
    expect(examples).toHaveLength(1);
    expect(errors[0]).toMatch(/^c\.jsonl:2 not valid JSON/);
    expect(errors[1]).toMatch(/^c\.jsonl:3 acts: "greeting" is not a customer act/);
    expect(errors[2]).toMatch(/^c\.jsonl:4 acts: "other" cannot go with another act/);
  });

  it('splits by a seeded hash: stable, about 80/10/10, and blind to case and spacing', () => {
    expect(splitOf('agent', 'Hello there')).toBe(splitOf('agent', '  hello   THERE '));
    const counts = { train: 0, validation: 0, test: 0 };
    for (let i = 0; i < 5000; i++) counts[splitOf('agent', `utterance number ${i}`)]++;
    expect(counts.train / 5000).toBeGreaterThan(0.76);
    expect(counts.test / 5000).toBeGreaterThan(0.08);
    expect(counts.validation / 5000).toBeGreaterThan(0.08);
  });
});

describe('metrics', () => {
  it('computes per-label precision, recall, F1, macro-F1 and confused pairs', () => {
    const gold = [['greeting'], ['threat_arrest'], ['threat_arrest'], ['other']] as const;
    const pred = [['greeting'], ['threat_arrest'], ['harassment_pressure'], ['greeting']] as const;
    const scores = labelScores(gold as never, pred as never, ['greeting', 'threat_arrest', 'harassment_pressure', 'other']);
    const byLabel = Object.fromEntries(scores.map((s) => [s.label, s]));
    expect(byLabel.greeting).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(byLabel.threat_arrest).toMatchObject({ tp: 1, fn: 1, recall: 0.5, precision: 1 });
    expect(macroF1(scores)).toBeCloseTo((2 / 3 + 2 / 3 + 0) / 3, 5);
    expect(confusedPairs(gold as never, pred as never)[0]).toEqual(expect.objectContaining({ count: 1 }));
  });
});
