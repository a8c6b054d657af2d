import { createActClassifier } from '../../domain/language/combined.ts';
import type { Classify } from '../../domain/language/utterance.ts';
import { loadActModel } from './act-model-store.ts';

const KEY = Symbol.for('parley.classifier');

/**
 * The classifier the product ships: the rules plus the committed act model
 * (public/models/act-model.json), loaded once per process. The server, the CLI and the golden
 * tests all use this one, so what is tested is what runs.
 */
export function productClassifier(): Classify {
  const g = globalThis as { [KEY]?: Classify };
  g[KEY] ??= createActClassifier(loadActModel());
  return g[KEY];
}
