import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../src/domain/scoring/engine.ts';
import { TranscriptSchema } from '../../../src/domain/transcript/schema.ts';
import { productClassifier } from '../../../src/server/language/product-classifier.ts';
import { projectRubric } from '../../fixtures/scoring/calls.ts';

const DIR = new URL('../../fixtures/outside-transcripts/', import.meta.url).pathname;

interface Expected {
  violations: string[];
  outcome: string;
  overall: 'pass' | 'fail';
  why: string;
  /** Whether the filed record matches the call (third batch). */
  record_ok?: boolean;
  /** Rules the account's context leaves unjudgeable (nineteenth batch). */
  not_evaluable?: string[];
  known_gap?: string;
  /** Rules the writer is sure cannot be judged from the context given (the report may list more). */
  not_evaluable_includes?: string[];
}

/** Calls written by someone who never saw the scorer, with a reviewer's verdicts (see the folder's README). */
describe('outside-style transcripts (real classifier)', () => {
  const classify = productClassifier();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    const raw = JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as { expected: Expected };
    const test = raw.expected.known_gap ? it.fails : it;
    test(`${file}: ${raw.expected.violations.join(', ') || 'no violation'}, ${raw.expected.outcome}, ${raw.expected.overall}`, () => {
      const report = scoreTranscript(TranscriptSchema.parse(raw), projectRubric(), classify);
      const records = report.criteria.filter((c) => c.id.startsWith('N_RECORD') && c.applicable);
      expect(
        {
          violations: [...new Set(report.violations.map((v) => v.rule))].sort(),
          outcome: report.outcome,
          overall: report.overall,
          ...(raw.expected.record_ok === undefined ? {} : { record_ok: records.length > 0 && records.every((c) => c.met) }),
          ...(raw.expected.not_evaluable === undefined ? {} : { not_evaluable: [...report.not_evaluable].sort() }),
        },
        raw.expected.why,
      ).toEqual({
        violations: [...raw.expected.violations].sort(),
        outcome: raw.expected.outcome,
        overall: raw.expected.overall,
        ...(raw.expected.record_ok === undefined ? {} : { record_ok: raw.expected.record_ok }),
        ...(raw.expected.not_evaluable === undefined ? {} : { not_evaluable: [...raw.expected.not_evaluable].sort() }),
      });
      // Writers who list only the rules the words bring up: those at least must be left unjudged.
      for (const rule of raw.expected.not_evaluable_includes ?? []) expect(report.not_evaluable, `${rule} not evaluable`).toContain(rule);
    });
  }
});
