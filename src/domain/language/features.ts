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

/** 32-bit FNV-1a of a string, seeded by a namespace so feature kinds do not collide by design. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const NS = { word: 1, bigram: 2, char: 3, prev: 4, ctx: 5, speaker: 6, prevBigram: 7, cluster: 11, clusterBigram: 12 } as const;

function bucket(text: string, ns: number): number {
  return fnv1a(text, ns) & (FEATURE_BUCKETS - 1);
}

const WORD = /[a-z0-9_$%']+/g;

function words(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

/** Feature indices (sorted, unique) of one utterance. */
export function featurize(u: Utterance, clusters?: WordClusters): Uint32Array {
  const out = new Set<number>();
  const speaker = u.speaker;
  out.add(bucket(speaker, NS.speaker));
  const ws = words(normalize(u.text));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    out.add(bucket(`${speaker}|${w}`, NS.word));
    if (i > 0) out.add(bucket(`${speaker}|${ws[i - 1]} ${w}`, NS.bigram));
    if (w.length >= 4 && !w.startsWith('__')) {
      const padded = `<${w}>`;
      for (let n = 3; n <= 4; n++) for (let j = 0; j + n <= padded.length; j++) out.add(bucket(padded.slice(j, j + n), NS.char));
    }
  }
  if (ws.length === 0) out.add(bucket('<empty>', NS.word));
  if (clusters) {
    // A word without a cluster (a placeholder, a rare word) stands for itself.
    const cs = ws.map((w) => {
      const c = clusters.get(w);
      return c === undefined ? w : `#${c}`;
    });
    for (let i = 0; i < cs.length; i++) {
      out.add(bucket(`${speaker}|${cs[i]}`, NS.cluster));
      if (i > 0) out.add(bucket(`${speaker}|${cs[i - 1]} ${cs[i]}`, NS.clusterBigram));
    }
  }
  const ctx = u.context;
  if (ctx?.rpc_verified === false) out.add(bucket('unverified', NS.ctx));
  if (ctx?.rpc_verified === true) out.add(bucket('verified', NS.ctx));
  if (ctx?.third_party_on_line === true) out.add(bucket('third_party_on_line', NS.ctx));
  if (ctx?.previous) {
    const prev = words(normalize(ctx.previous));
    for (let i = 0; i < prev.length; i++) {
      out.add(bucket(prev[i] as string, NS.prev));
      if (i > 0) out.add(bucket(`${prev[i - 1]} ${prev[i]}`, NS.prevBigram));
    }
  }
  return Uint32Array.from([...out].sort((a, b) => a - b));
}
