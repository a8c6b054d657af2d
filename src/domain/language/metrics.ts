import type { Act } from './acts.ts';

/** Precision, recall and F1 of one label over a set of examples. */
export interface LabelScore {
  label: Act;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Per-label scores for multi-label predictions; labels with no gold and no predicted use are left out. */
export function labelScores(gold: readonly (readonly Act[])[], predicted: readonly (readonly Act[])[], labels: readonly Act[]): LabelScore[] {
  const counts = new Map<Act, { tp: number; fp: number; fn: number }>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i]);
    const p = new Set(predicted[i]);
    for (const l of labels) {
      const c = counts.get(l)!;
      if (g.has(l) && p.has(l)) c.tp++;
      else if (p.has(l)) c.fp++;
      else if (g.has(l)) c.fn++;
    }
  }
  return labels
    .map((label) => {
      const { tp, fp, fn } = counts.get(label)!;
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      return { label, support: tp + fn, tp, fp, fn, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
    })
    .filter((s) => s.support > 0 || s.fp > 0);
}

/** Unweighted mean F1 over labels that occur in the gold labels. */
export function macroF1(scores: readonly LabelScore[]): number {
  const present = scores.filter((s) => s.support > 0);
  return present.reduce((sum, s) => sum + s.f1, 0) / (present.length || 1);
}

/**
 * The most frequent confusions: a label predicted where it was not gold (`predicted`) while a
 * gold label was missed on the same example (`gold`).
 */
export function confusedPairs(
  gold: readonly (readonly Act[])[],
  predicted: readonly (readonly Act[])[],
  top = 10,
): { gold: Act; predicted: Act; count: number }[] {
  const pairs = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i]);
    const p = new Set(predicted[i]);
    const missed = [...g].filter((a) => !p.has(a));
    const extra = [...p].filter((a) => !g.has(a));
    for (const m of missed) for (const e of extra) pairs.set(`${m}>${e}`, (pairs.get(`${m}>${e}`) ?? 0) + 1);
  }
  return [...pairs.entries()]
    .map(([k, count]) => {
      const [g, p] = k.split('>') as [Act, Act];
      return { gold: g, predicted: p, count };
    })
    .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold))
    .slice(0, top);
}
