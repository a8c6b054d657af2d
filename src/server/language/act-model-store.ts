import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeActModel, encodeActModel, type ActModel, type ActModelFile } from '../../domain/language/act-model.ts';
import { parseCorpus, type CorpusExample } from '../../domain/language/corpus.ts';
import { decodeWordClusters, type WordClusters, type WordClustersFile } from '../../domain/language/word-clusters.ts';

/** Where the trained act model is committed. */
export const ACT_MODEL_FILE = 'public/models/act-model.json';
/** Where the labelled corpus lives. */
export const CORPUS_DIR = 'src/corpus';
/** Where the word → meaning-cluster table that training reads is committed (`npm run clusters`). */
export const WORD_CLUSTERS_FILE = 'src/corpus/word-clusters.json';

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

/** Loads the committed model, or undefined when none has been trained yet. */
export function loadActModel(file = process.env.PARLEY_ACT_MODEL ?? ACT_MODEL_FILE): ActModel | undefined {
  if (!existsSync(file)) return undefined;
  return decodeActModel(JSON.parse(readFileSync(file, 'utf8')) as ActModelFile, fromBase64);
}

/** Writes a trained model (int8 weights, base64 in JSON); returns the file's size in bytes. */
export function saveActModel(model: ActModel, trained: ActModelFile['trained'], file = ACT_MODEL_FILE): number {
  mkdirSync(dirname(file), { recursive: true });
  const text = JSON.stringify(encodeActModel(model, trained, toBase64));
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/** The model as it will be read back from its file (weights quantised), for tuning what ships. */
export function asShipped(model: ActModel, trained: ActModelFile['trained']): ActModel {
  return decodeActModel(encodeActModel(model, trained, toBase64), fromBase64);
}

/** Reads the word-cluster table. */
export function loadWordClusters(file = WORD_CLUSTERS_FILE): WordClusters {
  return decodeWordClusters(JSON.parse(readFileSync(file, 'utf8')) as WordClustersFile);
}

/** Reads every `*.jsonl` file of the corpus; throws listing every bad line. */
export function loadCorpus(dir = CORPUS_DIR): CorpusExample[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const examples: CorpusExample[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const parsed = parseCorpus(readFileSync(join(dir, f), 'utf8'), join(dir, f));
    examples.push(...parsed.examples);
    errors.push(...parsed.errors);
  }
  if (errors.length > 0) throw new Error(`the corpus has ${errors.length} bad line(s):\n${errors.slice(0, 50).join('\n')}`);
  return examples;
}
