/**
 * Words grouped by meaning: k-means over pretrained word vectors (GloVe), so "sheriff", "cops" and
 * "marshals" share a cluster and "teeth", "legs" and "ribs" another. The act model reads each
 * utterance's words and word pairs a second time as cluster ids, which lets a phrasing the corpus
 * never had ("knock your teeth out" when it had "break your legs") light up the features its
 * cousins trained. Only the word → cluster table ships (inside the model file); the vectors are
 * needed once, to build it (`npm run clusters`).
 */
export type WordClusters = ReadonlyMap<string, number>;

/** The table as stored: cluster i's words, space-separated, most frequent first. */
export interface WordClustersFile {
  k: number;
  clusters: string[];
}

export function encodeWordClusters(clusters: WordClusters, k: number): WordClustersFile {
  const groups: string[][] = Array.from({ length: k }, () => []);
  for (const [word, id] of clusters) groups[id]!.push(word);
  return { k, clusters: groups.map((g) => g.join(' ')) };
}

export function decodeWordClusters(file: WordClustersFile): WordClusters {
  if (!Number.isInteger(file.k) || file.k < 1 || file.clusters.length !== file.k) throw new Error('word clusters: k does not match the table');
  const map = new Map<string, number>();
  file.clusters.forEach((words, id) => {
    for (const w of words.split(' ')) if (w) map.set(w, id);
  });
  return map;
}

/**
 * Spherical k-means (cosine similarity) of `vectors` (n × dims, row-major) into k clusters.
 * Deterministic: the initial centres are drawn with a fixed-seed generator and ties keep the
 * lower cluster. Returns each row's cluster.
 */
export function clusterVectors(vectors: Float32Array, dims: number, k: number, options: { seed: number; iterations: number; onIteration?: (i: number, moved: number) => void }): Int32Array {
  const n = vectors.length / dims;
  if (!Number.isInteger(n) || n < k) throw new Error(`cannot make ${k} clusters of ${n} vectors`);
  const x = new Float32Array(vectors);
  for (let i = 0; i < n; i++) normaliseRow(x, i, dims);
  const centres = new Float32Array(k * dims);
  let s = options.seed >>> 0;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let c = 0; c < k; c++) {
    const i = Math.floor(next() * n);
    centres.set(x.subarray(i * dims, (i + 1) * dims), c * dims);
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < options.iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let bestC = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += x[i * dims + d]! * centres[c * dims + d]!;
        if (dot > best) {
          best = dot;
          bestC = c;
        }
      }
      if (assign[i] !== bestC) moved++;
      assign[i] = bestC;
    }
    options.onIteration?.(it, moved);
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const c = assign[i]!;
      for (let d = 0; d < dims; d++) centres[c * dims + d]! += x[i * dims + d]!;
    }
    for (let c = 0; c < k; c++) normaliseRow(centres, c, dims);
    if (moved === 0) break;
  }
  return assign;
}

function normaliseRow(m: Float32Array, row: number, dims: number): void {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += m[row * dims + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) m[row * dims + d]! /= norm;
}
