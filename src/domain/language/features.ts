import type { Utterance } from './utterance.ts';
import { normalize } from './normalize.ts';
import type { WordClusters } from './word-clusters.ts';

/**
 * Sparse features of an utterance for the act model: hashed word unigrams and bigrams, character
 * 3- and 4-grams inside words (so typos and unseen inflections still share most of their
 * features), the same words and word pairs read as meaning clusters when the model has them
 * (word-clusters.ts), the other side's last words, and the call context. Hashing keeps the model a fixed
 * size whatever the vocabulary, and the same code runs in training and at inference.
 */

/** Number of hash buckets; the model's input width. */
export const FEATURE_BUCKETS = 1 << 14;

/*
 * Every feature is a 32-bit FNV-1a hash of a string, seeded by a namespace so feature kinds do not
 * collide by design. The strings are never built: a hash is carried on from a shared prefix
 * ("agent|", a word, a word and a space) one character code at a time, which gives the same value
 * as hashing the joined string and keeps featurising allocation-light.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function seeded(ns: number): number {
  return (FNV_OFFSET ^ ns) >>> 0;
}

/** The hash state `h` carried on over `text`. */
function feed(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

function feedCode(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

const NS = { word: 1, bigram: 2, char: 3, prev: 4, ctx: 5, speaker: 6, prevBigram: 7, cluster: 11, clusterBigram: 12 } as const;
const MASK = FEATURE_BUCKETS - 1;
const SPACE = 32;
const LT = 60;
const GT = 62;

function bucket(text: string, ns: number): number {
  return (feed(seeded(ns), text) >>> 0) & MASK;
}

const WORD = /[a-z0-9_$%']+/g;

function words(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

/** Hash states after "speaker|" in each namespace that prefixes it. */
function speakerPrefixes(speaker: string) {
  const prefix = `${speaker}|`;
  return {
    word: feed(seeded(NS.word), prefix),
    bigram: feed(seeded(NS.bigram), prefix),
    cluster: feed(seeded(NS.cluster), prefix),
    clusterBigram: feed(seeded(NS.clusterBigram), prefix),
  };
}
const PREFIXES = new Map<string, ReturnType<typeof speakerPrefixes>>();
const CLUSTER_TOKENS: string[] = [];

/** A growable list of feature ids, reused between calls (featurising is synchronous). */
let scratch = new Uint32Array(512);
let used = 0;
function add(feature: number): void {
  if (used === scratch.length) {
    const bigger = new Uint32Array(scratch.length * 2);
    bigger.set(scratch);
    scratch = bigger;
  }
  scratch[used++] = feature;
}

/** Character 3- and 4-grams of `<word>` (the word padded with angle brackets). */
function charGrams(w: string): Uint32Array {
  const padded = w.length + 2;
  const code = (j: number) => (j === 0 ? LT : j === padded - 1 ? GT : w.charCodeAt(j - 1));
  const grams = new Uint32Array(2 * padded - 5);
  let g = 0;
  for (let n = 3; n <= 4; n++) {
    for (let j = 0; j + n <= padded; j++) {
      let h = seeded(NS.char);
      for (let k = j; k < j + n; k++) h = feedCode(h, code(k));
      grams[g++] = (h >>> 0) & MASK;
    }
  }
  return grams;
}

/**
 * The character grams of words seen lately. They depend on the word alone, and a call centre's
 * vocabulary is a few thousand words, so nearly every word is found here; the table is emptied
 * when it reaches WORDS_KEPT, which bounds its memory whatever the input.
 */
const GRAMS = new Map<string, Uint32Array>();
const WORDS_KEPT = 50_000;

function addCharGrams(w: string): void {
  let grams = GRAMS.get(w);
  if (grams === undefined) {
    if (GRAMS.size >= WORDS_KEPT) GRAMS.clear();
    GRAMS.set(w, (grams = charGrams(w)));
  }
  for (let i = 0; i < grams.length; i++) add(grams[i]!);
}

/** Feature indices (sorted, unique) of one utterance. */
export function featurize(u: Utterance, clusters?: WordClusters): Uint32Array {
  return features(u, clusters, false);
}

/**
 * `featurize`, in a buffer the next call reuses: for a reading used at once (a prediction). A new
 * typed array of more than 64 bytes costs microseconds in V8; a view of a kept one costs nothing.
 */
export function featurizeTransient(u: Utterance, clusters?: WordClusters): Uint32Array {
  return features(u, clusters, true);
}

function features(u: Utterance, clusters: WordClusters | undefined, transient: boolean): Uint32Array {
  used = 0;
  const speaker = u.speaker;
  let p = PREFIXES.get(speaker);
  if (!p) PREFIXES.set(speaker, (p = speakerPrefixes(speaker)));
  add(bucket(speaker, NS.speaker));
  const ws = words(normalize(u.text));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    add((feed(p.word, w) >>> 0) & MASK);
    if (i > 0) add((feed(feedCode(feed(p.bigram, ws[i - 1] as string), SPACE), w) >>> 0) & MASK);
    if (w.length >= 4 && !w.startsWith('__')) addCharGrams(w);
  }
  if (ws.length === 0) add(bucket('<empty>', NS.word));
  if (clusters) {
    // A word without a cluster (a placeholder, a rare word) stands for itself.
    let before = '';
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] as string;
      const c = clusters.get(w);
      const token = c === undefined ? w : (CLUSTER_TOKENS[c] ??= `#${c}`);
      add((feed(p.cluster, token) >>> 0) & MASK);
      if (i > 0) add((feed(feedCode(feed(p.clusterBigram, before), SPACE), token) >>> 0) & MASK);
      before = token;
    }
  }
  const ctx = u.context;
  if (ctx?.rpc_verified === false) add(bucket('unverified', NS.ctx));
  if (ctx?.rpc_verified === true) add(bucket('verified', NS.ctx));
  if (ctx?.third_party_on_line === true) add(bucket('third_party_on_line', NS.ctx));
  if (ctx?.previous) {
    const prev = words(normalize(ctx.previous));
    for (let i = 0; i < prev.length; i++) {
      add(bucket(prev[i] as string, NS.prev));
      if (i > 0) add((feed(feedCode(feed(seeded(NS.prevBigram), prev[i - 1] as string), SPACE), prev[i] as string) >>> 0) & MASK);
    }
  }
  return sortedUnique(scratch, used, transient);
}

/** Generation marks per bucket, to drop repeated features without sorting them first. */
const SEEN = new Uint32Array(FEATURE_BUCKETS);
let seenGeneration = 0;
const HALF_BITS = 7;
if (FEATURE_BUCKETS > 1 << (2 * HALF_BITS)) throw new Error("sortedUnique sorts 14-bit bucket numbers: widen it for more buckets");
const HALF = 1 << HALF_BITS;
const COUNTS = new Uint32Array(HALF);
let spare = new Uint32Array(512);
let kept = new Uint32Array(512);

/**
 * The distinct values of `values[0..n)` in ascending order: repeats dropped by generation marks,
 * then a two-pass radix sort on the 14-bit bucket numbers (seven bits a pass).
 */
function sortedUnique(values: Uint32Array, n: number, transient: boolean): Uint32Array {
  if (++seenGeneration === 0xffff_ffff) {
    SEEN.fill(0);
    seenGeneration = 1;
  }
  const gen = seenGeneration;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (SEEN[v] !== gen) {
      SEEN[v] = gen;
      values[m++] = v;
    }
  }
  if (spare.length < m) spare = new Uint32Array(values.length);
  if (transient && kept.length < m) kept = new Uint32Array(values.length);
  const out = transient ? kept.subarray(0, m) : new Uint32Array(m);
  radixPass(values, spare, m, 0);
  radixPass(spare, out, m, HALF_BITS);
  return out;
}

function radixPass(from: Uint32Array, to: Uint32Array, n: number, shift: number): void {
  COUNTS.fill(0);
  for (let i = 0; i < n; i++) COUNTS[(from[i]! >>> shift) & (HALF - 1)]!++;
  let total = 0;
  for (let d = 0; d < HALF; d++) {
    const c = COUNTS[d]!;
    COUNTS[d] = total;
    total += c;
  }
  for (let i = 0; i < n; i++) {
    const v = from[i]!;
    to[COUNTS[(v >>> shift) & (HALF - 1)]!++] = v;
  }
}
