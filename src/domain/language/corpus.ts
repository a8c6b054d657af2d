import { z } from 'zod';
import { AGENT_ACTS, CUSTOMER_ACTS, type Act } from './acts.ts';
import type { Utterance } from './utterance.ts';

/** One labelled utterance of the act corpus (`src/corpus/*.jsonl`; guide: src/corpus/LABELING.md). */
export const CorpusExampleSchema = z
  .object({
    /** The words, as spoken or transcribed. */
    text: z.string().min(1),
    /** Who said them. */
    speaker: z.enum(['agent', 'customer']),
    /** Every act that applies. */
    acts: z.array(z.string()).min(1),
    /** What the labels depend on: the other side's last words, whether the consumer is verified. */
    context: z
      .object({ previous: z.string().optional(), rpc_verified: z.boolean().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((ex, ctx) => {
    const allowed = new Set<string>(ex.speaker === 'agent' ? AGENT_ACTS : CUSTOMER_ACTS);
    for (const a of ex.acts) if (!allowed.has(a)) ctx.addIssue({ code: 'custom', path: ['acts'], message: `"${a}" is not a ${ex.speaker} act` });
    if (ex.acts.includes('other') && ex.acts.length > 1) ctx.addIssue({ code: 'custom', path: ['acts'], message: '"other" cannot go with another act' });
    if (new Set(ex.acts).size !== ex.acts.length) ctx.addIssue({ code: 'custom', path: ['acts'], message: 'an act is listed twice' });
  });

export interface CorpusExample {
  text: string;
  speaker: 'agent' | 'customer';
  acts: Act[];
  context?: { previous?: string | undefined; rpc_verified?: boolean | undefined } | undefined;
  /** Where it came from, `file:line`. */
  source: string;
  split: Split;
}

export type Split = 'train' | 'validation' | 'test';

/** The seed of the one and only split; changing it would leak test examples into training. */
export const SPLIT_SEED = 20261123;

/**
 * The split an utterance belongs to, decided by a seeded hash of its speaker and text: 80% train,
 * 10% validation, 10% test. The same words always land in the same split, so a duplicate can
 * never sit in train and test at once, and adding lines never moves existing ones.
 */
export function splitOf(speaker: string, text: string, seed = SPLIT_SEED): Split {
  const key = `${speaker}|${text.trim().toLowerCase().replace(/\s+/g, ' ')}`;
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b) >>> 0;
  const r = (h >>> 0) % 100;
  return r < 80 ? 'train' : r < 90 ? 'validation' : 'test';
}

/** Parses one corpus file; every bad line is reported as `file:line message`. */
export function parseCorpus(text: string, file: string): { examples: CorpusExample[]; errors: string[] } {
  const examples: CorpusExample[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      errors.push(`${where} not valid JSON: ${(err as Error).message}`);
      return;
    }
    const parsed = CorpusExampleSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${where} ${issue.path.join('.')}${issue.path.length ? ': ' : ''}${issue.message}`);
      return;
    }
    const ex = parsed.data;
    examples.push({ ...ex, acts: ex.acts as Act[], source: where, split: splitOf(ex.speaker, ex.text) });
  });
  return { examples, errors };
}

/** The utterance the classifier sees for a corpus example. */
export function utteranceOf(ex: CorpusExample): Utterance {
  return { text: ex.text, speaker: ex.speaker, ...(ex.context ? { context: ex.context } : {}) };
}
