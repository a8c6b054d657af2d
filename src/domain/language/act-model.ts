import type { Act } from './acts.ts';
import { FEATURE_BUCKETS } from './features.ts';

/**
 * The trained act model as plain numbers: one hidden ReLU layer over the hashed sparse features
 * and a sigmoid per label. Inference is a sum of embedding rows and one small matrix product, so
 * it needs no tensor library: the domain stays pure and runs the same in the server, CLI and tests.
 */
export interface ActModel {
  labels: readonly Act[];
  hidden: number;
  /** FEATURE_BUCKETS × hidden, row-major. */
  w1: Float32Array;
  b1: Float32Array;
  /** hidden × labels, row-major. */
  w2: Float32Array;
  b2: Float32Array;
  /** Per-label probability above which the label is predicted (tuned on the validation split). */
  thresholds: Float32Array;
}

/** Probability of each label for one utterance's features. */
export function predictProbabilities(model: ActModel, features: Uint32Array): Float32Array {
  const { hidden, w1, b1, w2, b2, labels } = model;
  const h = new Float32Array(hidden);
  h.set(b1);
  for (let f = 0; f < features.length; f++) {
    const row = (features[f] as number) * hidden;
    for (let j = 0; j < hidden; j++) h[j]! += w1[row + j]!;
  }
  const out = new Float32Array(labels.length);
  out.set(b2);
  for (let j = 0; j < hidden; j++) {
    const v = h[j]!;
    if (v <= 0) continue;
    const row = j * labels.length;
    for (let k = 0; k < labels.length; k++) out[k]! += v * w2[row + k]!;
  }
  for (let k = 0; k < out.length; k++) out[k] = 1 / (1 + Math.exp(-out[k]!));
  return out;
}

/** The labels whose probability passes their threshold. */
export function predictLabels(model: ActModel, features: Uint32Array): Act[] {
  const p = predictProbabilities(model, features);
  const acts: Act[] = [];
  for (let k = 0; k < p.length; k++) if (p[k]! >= model.thresholds[k]!) acts.push(model.labels[k] as Act);
  return acts;
}

/** The serialised model file: weights quantised to int8 per tensor, base64-encoded. */
export interface ActModelFile {
  format: 'parley-act-model';
  version: 1;
  buckets: number;
  labels: Act[];
  hidden: number;
  thresholds: number[];
  tensors: Record<'w1' | 'b1' | 'w2' | 'b2', { scale: number; data: string }>;
  trained: { seed: number; epochs: number; examples: number; corpus: string };
}

function quantise(values: Float32Array): { scale: number; bytes: Int8Array } {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const bytes = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) bytes[i] = Math.round(values[i]! / scale);
  return { scale, bytes };
}

function dequantise(t: { scale: number; data: string }, decode: (b64: string) => Uint8Array): Float32Array {
  const raw = decode(t.data);
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! * t.scale;
  return out;
}

/** Serialises a model (base64 via the caller's encoder, so the domain needs no Buffer). */
export function encodeActModel(
  model: ActModel,
  trained: ActModelFile['trained'],
  encode: (bytes: Uint8Array) => string,
): ActModelFile {
  const pack = (v: Float32Array) => {
    const { scale, bytes } = quantise(v);
    return { scale, data: encode(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
  };
  return {
    format: 'parley-act-model',
    version: 1,
    buckets: FEATURE_BUCKETS,
    labels: [...model.labels],
    hidden: model.hidden,
    thresholds: [...model.thresholds],
    tensors: { w1: pack(model.w1), b1: pack(model.b1), w2: pack(model.w2), b2: pack(model.b2) },
    trained,
  };
}

/** Reads a model file, checking that it matches the feature code it will run with. */
export function decodeActModel(file: ActModelFile, decode: (b64: string) => Uint8Array): ActModel {
  if (file.format !== 'parley-act-model' || file.version !== 1) throw new Error('not a Parley act model file');
  if (file.buckets !== FEATURE_BUCKETS) throw new Error(`model has ${file.buckets} feature buckets, the code uses ${FEATURE_BUCKETS}: retrain`);
  const model: ActModel = {
    labels: file.labels,
    hidden: file.hidden,
    w1: dequantise(file.tensors.w1, decode),
    b1: dequantise(file.tensors.b1, decode),
    w2: dequantise(file.tensors.w2, decode),
    b2: dequantise(file.tensors.b2, decode),
    thresholds: Float32Array.from(file.thresholds),
  };
  if (model.w1.length !== FEATURE_BUCKETS * model.hidden || model.w2.length !== model.hidden * model.labels.length) {
    throw new Error('model file tensors do not match its shape');
  }
  return model;
}
