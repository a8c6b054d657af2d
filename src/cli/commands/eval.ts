import { parseArgs } from 'node:util';
import { VIOLATION_ACTS } from '../../domain/language/acts.ts';
import { classify as classifyByRules } from '../../domain/language/classify.ts';
import { createActClassifier } from '../../domain/language/combined.ts';
import { utteranceOf } from '../../domain/language/corpus.ts';
import { confusedPairs, labelScores, macroF1, type LabelScore } from '../../domain/language/metrics.ts';
import { CORPUS_DIR, loadActModel, loadCorpus } from '../../server/language/act-model-store.ts';
import type { CommandIo } from '../io.ts';
import { MODEL_LABELS } from './train.ts';

const pct = (x: number) => (100 * x).toFixed(1);

/**
 * `npm run eval`: per-label precision, recall and F1 on the corpus's held-out test split for the
 * classifier the product uses (rules + model), macro-F1, the violation acts against their floors,
 * and the most confused pairs. `--markdown` prints the table for the README.
 */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { markdown: { type: 'boolean' }, model: { type: 'string' }, corpus: { type: 'string' } } }));
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\nusage: parley eval [--markdown] [--model=FILE] [--corpus=DIR]\n`);
    return 2;
  }
  const markdown = values.markdown === true;
  const model = loadActModel(values.model);
  const test = loadCorpus(values.corpus ?? CORPUS_DIR).filter((e) => e.split === 'test');
  const gold = test.map((e) => e.acts);
  const combined = createActClassifier(model);
  const predicted = test.map((e) => combined(utteranceOf(e)));
  const rulesOnly = test.map((e) => classifyByRules(utteranceOf(e)));
  const scores = labelScores(gold, predicted, MODEL_LABELS);
  const macro = macroF1(scores);
  const rulesMacro = macroF1(labelScores(gold, rulesOnly, MODEL_LABELS));

  const out = (s: string) => io.stdout.write(`${s}\n`);
  out(`test split: ${test.length} utterances; classifier: rules${model ? ' + model' : ' only (no model file)'}`);
  if (markdown) {
    out('| act | support | precision | recall | F1 |');
    out('| --- | ---: | ---: | ---: | ---: |');
    for (const s of scores) out(`| ${s.label} | ${s.support} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`);
  } else {
    out(`${'act'.padEnd(28)} ${'support'.padStart(7)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)}`);
    for (const s of scores) out(`${s.label.padEnd(28)} ${String(s.support).padStart(7)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)}`);
  }
  out('');
  out(`macro-F1: ${macro.toFixed(3)} (rules alone: ${rulesMacro.toFixed(3)})`);
  const violations = scores.filter((s) => (VIOLATION_ACTS as readonly string[]).includes(s.label));
  const v = pool(violations);
  out(`violation acts (pooled): precision ${pct(v.precision)}, recall ${pct(v.recall)}`);
  const weakest = violations.filter((s) => s.support > 0 && (s.recall < 0.97 || s.precision < 0.9)).map((s) => s.label);
  out(`violation acts under recall 97% or precision 90%: ${weakest.length ? weakest.join(', ') : 'none'}`);
  out('');
  out('most confused (gold → predicted instead):');
  for (const c of confusedPairs(gold, predicted)) out(`  ${c.gold} → ${c.predicted}: ${c.count}`);
  return 0;
}

function pool(scores: LabelScore[]): { precision: number; recall: number } {
  const tp = scores.reduce((s, x) => s + x.tp, 0);
  const fp = scores.reduce((s, x) => s + x.fp, 0);
  const fn = scores.reduce((s, x) => s + x.fn, 0);
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
}

