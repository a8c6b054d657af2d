import { describe, expect, it } from 'vitest';
import { MODEL_LABELS, startTf, trainNetwork } from '../../../src/cli/commands/train.ts';
import { predictLabels, type ActModel } from '../../../src/domain/language/act-model.ts';
import { featurize } from '../../../src/domain/language/features.ts';

const THREATS = ['the sheriff will come for you', 'deputies will pick you up', 'you will be arrested tonight', 'police are on the way to your house', 'a warrant is out for you'];
const GREETINGS = ['hi there good morning', 'hello how are you today', 'good afternoon to you', 'hey hi hello', 'morning, hope all is well'];

function examples() {
  const out = [];
  for (let i = 0; i < 40; i++) {
    const threat = i % 2 === 0;
    const text = `${(threat ? THREATS : GREETINGS)[i % 5]}${i > 20 ? ' okay' : ''}`;
    out.push({
      text,
      features: featurize({ text, speaker: 'agent' }),
      labels: Float32Array.from(MODEL_LABELS, (l) => (l === (threat ? 'threat_arrest' : 'greeting') ? 1 : 0)),
    });
  }
  return out;
}

describe('act model training (tfjs)', () => {
  it('learns a separable set and gives the same weights for the same seed', async () => {
    await startTf();
    const data = examples();
    const first = await trainNetwork(data, { epochs: 80, hidden: 8, seed: 3 });
    const second = await trainNetwork(data, { epochs: 80, hidden: 8, seed: 3 });
    expect(Buffer.from(second.w1.buffer).equals(Buffer.from(first.w1.buffer))).toBe(true);
    expect(Buffer.from(second.w2.buffer).equals(Buffer.from(first.w2.buffer))).toBe(true);
    const model: ActModel = { labels: MODEL_LABELS, hidden: 8, ...first, thresholds: new Float32Array(MODEL_LABELS.length).fill(0.5) };
    const right = data.filter((d) => {
      const want = MODEL_LABELS.filter((_, k) => d.labels[k] === 1);
      return JSON.stringify(predictLabels(model, d.features)) === JSON.stringify(want);
    });
    expect(right.length).toBe(data.length);
    expect(predictLabels(model, featurize({ text: 'the sheriff is on the way', speaker: 'agent' }))).toContain('threat_arrest');
  }, 60_000);
});
