import { describe, expect, it } from 'vitest';
import { decodeActModel, encodeActModel, modelFeatures, predictLabels, predictProbabilities, type ActModel } from '../../../src/domain/language/act-model.ts';
import { createActClassifier } from '../../../src/domain/language/combined.ts';
import { parseCorpus, splitOf } from '../../../src/domain/language/corpus.ts';
import { FEATURE_BUCKETS, featurize } from '../../../src/domain/language/features.ts';
import { confusedPairs, labelScores, macroF1 } from '../../../src/domain/language/metrics.ts';
import { clusterVectors, decodeWordClusters, encodeWordClusters } from '../../../src/domain/language/word-clusters.ts';

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

describe('word clusters', () => {
  it('group words whose vectors point the same way, the same way every time', () => {
    // Two tight bundles of directions in 3-D, interleaved.
    const vectors = Float32Array.from([1, 0.1, 0, 0, 1, 0.1, 0.9, 0, 0.1, 0.1, 0.9, 0, 1, 0, 0.05, 0, 1, 0]);
    const a = clusterVectors(vectors, 3, 2, { seed: 3, iterations: 10 });
    expect(a[0]).toBe(a[2]);
    expect(a[2]).toBe(a[4]);
    expect(a[1]).toBe(a[3]);
    expect(a[3]).toBe(a[5]);
    expect(a[0]).not.toBe(a[1]);
    expect([...clusterVectors(vectors, 3, 2, { seed: 3, iterations: 10 })]).toEqual([...a]);
    expect(() => clusterVectors(vectors, 3, 7, { seed: 3, iterations: 10 })).toThrow(/cannot make 7 clusters of 6/);
  });

  it('survive their file form, and a table whose k does not match is refused', () => {
    const clusters = new Map([['cops', 0], ['sheriff', 0], ['teeth', 2]]);
    const file = encodeWordClusters(clusters, 3);
    expect(file.clusters).toEqual(['cops sheriff', '', 'teeth']);
    expect(decodeWordClusters(file)).toEqual(clusters);
    expect(() => decodeWordClusters({ k: 4, clusters: file.clusters })).toThrow(/k does not match/);
  });

  it('let two phrasings with cousin words share features their words alone do not', () => {
    const clusters = new Map([['sheriff', 5], ['marshals', 5], ['send', 9], ['dispatch', 9]]);
    const shared = (x: string, y: string, c?: typeof clusters) => {
      const a = new Set(featurize({ text: x, speaker: 'agent' }, c));
      return [...featurize({ text: y, speaker: 'agent' }, c)].filter((f) => a.has(f)).length;
    };
    const x = 'we will send the sheriff';
    const y = 'we will dispatch the marshals';
    expect(shared(x, y, clusters)).toBeGreaterThan(shared(x, y) + 2);
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

  it('refuses a model file built for other feature code or in an older format', () => {
    const file = encodeActModel(tinyModel('x', 'hardship', 'customer'), { seed: 1, epochs: 1, examples: 1, corpus: 'x' }, b64.encode);
    expect(() => decodeActModel({ ...file, buckets: 1024 }, b64.decode)).toThrow(/retrain/);
    expect(() => decodeActModel({ ...file, version: 1 } as never, b64.decode)).toThrow(/version 1.*retrain/);
  });

  it('stores the first layer in 4 bits with a scale per row: every weight within half a step of its row\'s scale', () => {
    const model = tinyModel('lost my job', 'hardship', 'customer');
    for (let i = 0; i < 4000; i++) model.w1[(i * 7919) % model.w1.length] = Math.sin(i) * (1 + (i % 5));
    const back = decodeActModel(encodeActModel(model, { seed: 1, epochs: 1, examples: 1, corpus: 'x' }, b64.encode), b64.decode);
    for (let r = 0; r < FEATURE_BUCKETS; r++) {
      const row = model.w1.subarray(r * model.hidden, (r + 1) * model.hidden);
      const step = Math.max(...row.map(Math.abs)) / 7;
      row.forEach((v, j) => expect(Math.abs(back.w1[r * model.hidden + j]! - v)).toBeLessThanOrEqual(step / 2 + 1e-6));
    }
  });

  it('carries its word-cluster table through a save and load, and reads words through it', () => {
    const clusters = new Map([['sheriff', 0], ['police', 0], ['marshals', 0], ['teeth', 1], ['legs', 1]]);
    const model = { ...tinyModel('the sheriff will come', 'threat_arrest', 'agent'), clusters };
    const back = decodeActModel(JSON.parse(JSON.stringify(encodeActModel(model, { seed: 1, epochs: 1, examples: 1, corpus: 'x' }, b64.encode))), b64.decode);
    expect(back.clusters).toEqual(clusters);
    expect(modelFeatures(back, { text: 'the sheriff will come', speaker: 'agent' })).toEqual(featurize({ text: 'the sheriff will come', speaker: 'agent' }, clusters));
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

  it('keeps one of agreeing and refusing when the line has no "not" or "but" to make it a counter-proposal', () => {
    const refuses = tinyModel('yes', 'hardship', 'customer');
    // Make the tiny model's label the refusal: reuse its trigger for refuses_to_pay.
    const model: ActModel = { ...refuses, labels: ['threat_arrest', 'refuses_to_pay', 'other'] };
    const agreeRule = () => ['agrees_to_pay' as const];
    const classify = createActClassifier(model, agreeRule);
    expect(classify({ text: 'yes', speaker: 'customer' })).toEqual(['agrees_to_pay']);
    expect(classify({ text: 'yes, but not today', speaker: 'customer' })).toEqual(['agrees_to_pay', 'refuses_to_pay']);
  });

  it('turns purpose and balance into a disclosure when the consumer is not verified, as the contract says', () => {
    const model = tinyModel('zzz', 'hardship', 'customer');
    const classify = createActClassifier(model, () => ['state_purpose', 'state_balance']);
    expect(classify({ text: 'your balance is $400', speaker: 'agent', context: { rpc_verified: false } })).toEqual(['third_party_disclosure']);
    expect(classify({ text: 'your balance is $400', speaker: 'agent', context: { rpc_verified: true } })).toEqual(['state_purpose', 'state_balance']);
  });

  it('does not let the model alone hear a refusal in a line with no word that says no to paying', () => {
    const line = 'and then it will not go on my credit';
    const model: ActModel = { ...tinyModel(line, 'hardship', 'customer'), labels: ['threat_arrest', 'refuses_to_pay', 'other'] };
    const classify = createActClassifier(model, () => ['other' as const]);
    expect(classify({ text: "And then it won't go on my credit.", speaker: 'customer' })).toEqual(['other']);
    const refusal = 'i am not paying that';
    const refuses: ActModel = { ...tinyModel(refusal, 'hardship', 'customer'), labels: ['threat_arrest', 'refuses_to_pay', 'other'] };
    expect(createActClassifier(refuses, () => ['other' as const])({ text: "I'm not paying that.", speaker: 'customer' })).toEqual(['refuses_to_pay']);
  });

  it('does not let the model read an inbound "how can I help you?" as asking who is on the line', () => {
    const opening = 'thanks for calling, how can i help you';
    const model: ActModel = { ...tinyModel(opening, 'threat_arrest', 'agent'), labels: ['verify_identity', 'hardship', 'other'] };
    const classify = createActClassifier(model, () => ['greeting' as const]);
    expect(classify({ text: 'Thanks for calling, how can I help you?', speaker: 'agent' })).toEqual(['greeting']);
    // A line that also asks who is calling keeps the model's reading.
    expect(classify({ text: 'Thanks for calling, how can I help you? Can I get your name?', speaker: 'agent' })).toEqual(['greeting', 'verify_identity']);
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
