import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { AGENT_ACTS, CUSTOMER_ACTS, type Act } from '../../domain/language/acts.ts';
import { predictProbabilities, type ActModel } from '../../domain/language/act-model.ts';
import { classify as classifyByRules } from '../../domain/language/classify.ts';
import { createActClassifier } from '../../domain/language/combined.ts';
import { utteranceOf, type CorpusExample } from '../../domain/language/corpus.ts';
import { FEATURE_BUCKETS, featurize } from '../../domain/language/features.ts';
import { labelScores } from '../../domain/language/metrics.ts';
import { randomSource } from '../../domain/scenario/random.ts';
import { ACT_MODEL_FILE, CORPUS_DIR, loadCorpus, saveActModel } from '../../server/language/act-model-store.ts';
import type { CommandIo } from '../io.ts';

const SEED = 7;
const HIDDEN = 48;
const EPOCHS = 24;
const BATCH = 32;

/** Every label the model predicts, agent and customer (`other` once). */
export const MODEL_LABELS: Act[] = [...new Set<Act>([...AGENT_ACTS, ...CUSTOMER_ACTS])];

/** Starts tfjs on its WebAssembly backend (about 4× faster than the CPU one in Node). */
export async function startTf(): Promise<string> {
  tf.enableProdMode();
  const require = createRequire(import.meta.url);
  setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'))}/`);
  const ok = await tf.setBackend('wasm');
  if (!ok) await tf.setBackend('cpu');
  await tf.ready();
  return tf.getBackend();
}


function batchTensors(examples: { features: Uint32Array; labels: Float32Array }[]) {
  const x = new Float32Array(examples.length * FEATURE_BUCKETS);
  const y = new Float32Array(examples.length * MODEL_LABELS.length);
  examples.forEach((ex, i) => {
    for (const f of ex.features) x[i * FEATURE_BUCKETS + f] = 1;
    y.set(ex.labels, i * MODEL_LABELS.length);
  });
  return { xs: tf.tensor2d(x, [examples.length, FEATURE_BUCKETS]), ys: tf.tensor2d(y, [examples.length, MODEL_LABELS.length]) };
}

/**
 * `npm run train`: trains the act model on the corpus's train split with a fixed seed, tunes each
 * label's threshold on the validation split (for the rules + model combination the product uses),
 * and writes public/models/act-model.json. The test split is never read here.
 */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  const epochs = Number(argv.find((a) => a.startsWith('--epochs='))?.slice(9) ?? EPOCHS);
  const backend = await startTf();
  const corpus = loadCorpus(CORPUS_DIR);
  const train = corpus.filter((e) => e.split === 'train');
  const validation = corpus.filter((e) => e.split === 'validation');
  io.stdout.write(`corpus: ${corpus.length} utterances (${train.length} train, ${validation.length} validation, test held out); backend ${backend}\n`);

  const encode = (e: CorpusExample) => ({
    features: featurize(utteranceOf(e)),
    labels: Float32Array.from(MODEL_LABELS, (l) => (e.acts.includes(l) ? 1 : 0)),
  });
  const trainSet = train.map(encode);
  const net = tf.sequential();
  net.add(tf.layers.dense({ inputShape: [FEATURE_BUCKETS], units: HIDDEN, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: SEED }) }));
  net.add(tf.layers.dropout({ rate: 0.25, seed: SEED }));
  net.add(tf.layers.dense({ units: MODEL_LABELS.length, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: SEED + 1 }) }));
  net.compile({ optimizer: tf.train.adam(0.003), loss: 'binaryCrossentropy' });

  const rand = randomSource(SEED);
  const batches = Math.ceil(trainSet.length / BATCH);
  const bar = new SingleBar({ format: 'training [{bar}] {percentage}% | epoch {epoch}/{epochs} | loss {loss}', stream: io.stderr as NodeJS.WriteStream, noTTYOutput: true, notTTYSchedule: 5000 }, Presets.shades_classic);
  bar.start(epochs * batches, 0, { epoch: 1, epochs, loss: '-' });
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = trainSet.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let lossSum = 0;
    for (let b = 0; b < batches; b++) {
      const { xs, ys } = batchTensors(order.slice(b * BATCH, (b + 1) * BATCH).map((i) => trainSet[i]!));
      const loss = (await net.trainOnBatch(xs, ys)) as number;
      xs.dispose();
      ys.dispose();
      lossSum += loss;
      bar.increment(1, { epoch: epoch + 1, loss: (lossSum / (b + 1)).toFixed(4) });
    }
  }
  bar.stop();

  const [k1, b1, k2, b2] = net.getWeights().map((w) => w.dataSync() as Float32Array);
  const model: ActModel = {
    labels: MODEL_LABELS,
    hidden: HIDDEN,
    w1: Float32Array.from(k1!),
    b1: Float32Array.from(b1!),
    w2: Float32Array.from(k2!),
    b2: Float32Array.from(b2!),
    thresholds: new Float32Array(MODEL_LABELS.length).fill(0.5),
  };
  tuneThresholds(model, validation);
  const bytes = saveActModel(model, { seed: SEED, epochs, examples: train.length, corpus: CORPUS_DIR }, ACT_MODEL_FILE);
  const classify = createActClassifier(model);
  const scores = labelScores(validation.map((e) => e.acts), validation.map((e) => classify(utteranceOf(e))), MODEL_LABELS);
  const macro = scores.filter((s) => s.support > 0).reduce((s, x) => s + x.f1, 0) / scores.filter((s) => s.support > 0).length;
  io.stdout.write(`wrote ${ACT_MODEL_FILE} (${(bytes / 1024).toFixed(0)} KB); validation macro-F1 ${macro.toFixed(3)}\n`);
  return 0;
}

/**
 * For each label, the threshold in 0.15–0.95 that gives the best F1 of the combined classifier
 * (rules ∪ model) on the validation split; ties go to the higher, more precise threshold.
 */
function tuneThresholds(model: ActModel, validation: CorpusExample[]): void {
  const seen = validation.map((e) => {
    const u = utteranceOf(e);
    return { gold: new Set(e.acts), rules: new Set(classifyByRules(u)), p: predictProbabilities(model, featurize(u)), speaker: e.speaker };
  });
  const candidates = Array.from({ length: 17 }, (_, i) => 0.15 + i * 0.05);
  for (let k = 0; k < model.labels.length; k++) {
    const label = model.labels[k]!;
    let best = { f1: -1, t: 0.5 };
    for (const t of candidates) {
      let tp = 0, fp = 0, fn = 0;
      for (const e of seen) {
        const speakerHas = e.speaker === 'agent' ? (AGENT_ACTS as readonly string[]).includes(label) : (CUSTOMER_ACTS as readonly string[]).includes(label);
        const p = speakerHas && (e.rules.has(label) || e.p[k]! >= t);
        const g = e.gold.has(label);
        if (p && g) tp++;
        else if (p) fp++;
        else if (g) fn++;
      }
      const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
      if (f1 >= best.f1) best = { f1, t };
    }
    model.thresholds[k] = best.t;
  }
}
