import type { Classify } from '../../domain/language/utterance.ts';
import type { Rubric } from '../../domain/scoring/rubric.ts';
import { productClassifier } from '../language/product-classifier.ts';
import { loadRubric } from './rubrics.ts';
import { loadScenarios } from './scenarios.ts';

/** Everything the app reads from the content folders, validated and compiled once. */
export interface Catalog {
  scenarios: ReturnType<typeof loadScenarios>;
  rubric: Rubric;
  classify: Classify;
}

const KEY = Symbol.for('parley.catalog');

/**
 * Loads scenarios and rubrics from disk on first use and keeps them for the life of the
 * process. A bad file throws here, at start-up, with its `file:line:col`, never mid-call.
 */
export function getCatalog(): Catalog {
  const g = globalThis as { [KEY]?: Catalog };
  g[KEY] ??= {
    scenarios: loadScenarios(process.env.PARLEY_SCENARIOS ?? 'scenarios'),
    rubric: loadRubric(process.env.PARLEY_RUBRICS ?? 'rubrics'),
    classify: productClassifier(),
  };
  return g[KEY];
}
