import type { Act } from './acts.ts';
import { FEATURE_BUCKETS, featurizeTransient } from './features.ts';
import { createRowSum, type RowSum } from './row-sum.ts';
import type { Utterance } from './utterance.ts';
import { decodeWordClusters, encodeWordClusters, type WordClusters, type WordClustersFile } from './word-clusters.ts';

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
  /** The word → meaning-cluster table the model was trained with (features read words through it). */
  clusters?: WordClusters;
}

/** An utterance's features as this model reads them (valid until the next utterance is read). */
export function modelFeatures(model: ActModel, u: Utterance): Uint32Array {
  return featurizeTransient(u, model.clusters);
}

/** Each model's first layer, made ready on first use (the weights are copied into the kernel). */
const FIRST_LAYERS = new WeakMap<ActModel, RowSum>();

/** The row summer for a model's first layer. */
export function firstLayer(model: ActModel): RowSum {
  let layer = FIRST_LAYERS.get(model);
  if (!layer) FIRST_LAYERS.set(model, (layer = createRowSum(model.w1, model.hidden)));
  return layer;
}

/**
 * Probability of each label for one utterance's features, in `into` when given (a buffer of the
 * labels' length reused by the caller: a new typed array costs microseconds in V8).
 */
export function predictProbabilities(model: ActModel, features: Uint32Array, into?: Float32Array): Float32Array {
  const { hidden, b1, w2, b2, labels } = model;
  const h = firstLayer(model).sum(features, b1);
  const out = into ?? new Float32Array(labels.length);
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

/** An int8 tensor: one scale for the whole tensor. */
interface Int8Tensor {
  scale: number;
  data: string;
}

/** A 4-bit tensor: one scale per row (the first layer, by far the largest), two values a byte. */
interface Int4Tensor {
  bits: 4;
  columns: number;
  scales: string;
  data: string;
}

/**
 * The serialised model file: the first layer in 4 bits with a scale per feature row (it is 16,384
 * rows; 4 bits per weight keep the file under 2 MB at 128 hidden units and cost under half a
 * point of F1), the small layers in int8, all base64; and the word-cluster table.
 */
export interface ActModelFile {
  format: 'parley-act-model';
  version: 2;
  buckets: number;
  labels: Act[];
  hidden: number;
  thresholds: number[];
  tensors: { w1: Int4Tensor; b1: Int8Tensor; w2: Int8Tensor; b2: Int8Tensor };
  wordClusters?: WordClustersFile;
  trained: { seed: number; epochs: number; examples: number; corpus: string };
}

type Encode = (bytes: Uint8Array) => string;
type Decode = (b64: string) => Uint8Array;

function packInt8(values: Float32Array, encode: Encode): Int8Tensor {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const bytes = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) bytes[i] = Math.round(values[i]! / scale);
  return { scale, data: encode(new Uint8Array(bytes.buffer)) };
}

function unpackInt8(t: Int8Tensor, decode: Decode): Float32Array {
  const raw = decode(t.data);
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  return Float32Array.from(bytes, (b) => b * t.scale);
}

/** Each row's values as −7…7 times the row's scale, stored as nibbles 1…15. */
function packInt4(values: Float32Array, columns: number, encode: Encode): Int4Tensor {
  const rows = values.length / columns;
  const scales = new Float32Array(rows);
  const bytes = new Uint8Array(Math.ceil(values.length / 2));
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let j = 0; j < columns; j++) max = Math.max(max, Math.abs(values[r * columns + j]!));
    const scale = max / 7 || 1;
    scales[r] = scale;
    for (let j = 0; j < columns; j++) {
      const i = r * columns + j;
      const nibble = Math.round(values[i]! / scale) + 8;
      bytes[i >> 1]! |= i & 1 ? nibble << 4 : nibble;
    }
  }
  return { bits: 4, columns, scales: encode(new Uint8Array(scales.buffer)), data: encode(bytes) };
}

function unpackInt4(t: Int4Tensor, decode: Decode): Float32Array {
  const raw = decode(t.scales);
  const scales = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const bytes = decode(t.data);
  const out = new Float32Array(scales.length * t.columns);
  for (let i = 0; i < out.length; i++) {
    const nibble = i & 1 ? bytes[i >> 1]! >> 4 : bytes[i >> 1]! & 15;
    out[i] = (nibble - 8) * scales[Math.floor(i / t.columns)]!;
  }
  return out;
}

/** Serialises a model (base64 via the caller's encoder, so the domain needs no Buffer). */
export function encodeActModel(model: ActModel, trained: ActModelFile['trained'], encode: Encode): ActModelFile {
  return {
    format: 'parley-act-model',
    version: 2,
    buckets: FEATURE_BUCKETS,
    labels: [...model.labels],
    hidden: model.hidden,
    thresholds: [...model.thresholds],
    tensors: { w1: packInt4(model.w1, model.hidden, encode), b1: packInt8(model.b1, encode), w2: packInt8(model.w2, encode), b2: packInt8(model.b2, encode) },
    ...(model.clusters ? { wordClusters: encodeWordClusters(model.clusters, Math.max(...model.clusters.values()) + 1) } : {}),
    trained,
  };
}

/** Reads a model file, checking that it matches the feature code it will run with. */
export function decodeActModel(file: ActModelFile, decode: Decode): ActModel {
  if (file.format !== 'parley-act-model') throw new Error('not a Parley act model file');
  if (file.version !== 2) throw new Error(`act model file version ${String(file.version)}: this code reads version 2, retrain`);
  if (file.buckets !== FEATURE_BUCKETS) throw new Error(`model has ${file.buckets} feature buckets, the code uses ${FEATURE_BUCKETS}: retrain`);
  const model: ActModel = {
    labels: file.labels,
    hidden: file.hidden,
    w1: unpackInt4(file.tensors.w1, decode),
    b1: unpackInt8(file.tensors.b1, decode),
    w2: unpackInt8(file.tensors.w2, decode),
    b2: unpackInt8(file.tensors.b2, decode),
    thresholds: Float32Array.from(file.thresholds),
    ...(file.wordClusters ? { clusters: decodeWordClusters(file.wordClusters) } : {}),
  };
  if (model.w1.length !== FEATURE_BUCKETS * model.hidden || model.w2.length !== model.hidden * model.labels.length) {
    throw new Error('model file tensors do not match its shape');
  }
  return model;
}
