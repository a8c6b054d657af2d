import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRubric, type Rubric } from '../../domain/scoring/rubric.ts';
import { formatSourceError, type SourceError } from '../../domain/validation/yaml-source.ts';

/**
 * The file adapter for `rubrics/`: reads `compliance.yaml` and `negotiation.yaml` and hands
 * their text to the pure parser. A bad rubric throws here, with every `file:line:col`, so it
 * is caught at start-up and never while scoring a call.
 */

/** The two rubric files of a rubric folder. */
export function rubricFiles(dir = 'rubrics'): { compliance: string; negotiation: string } {
  return { compliance: path.join(dir, 'compliance.yaml'), negotiation: path.join(dir, 'negotiation.yaml') };
}

/** Loads and validates the rubric in `dir`; throws an Error listing every `file:line:col` problem. */
export function loadRubric(dir = 'rubrics'): Rubric {
  const files = rubricFiles(dir);
  const unreadable: SourceError[] = [];
  const read = (file: string): string => {
    try {
      return readFileSync(file, 'utf8');
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message;
      unreadable.push({ file, line: 1, col: 1, message: reason });
      return '';
    }
  };
  const compliance = read(files.compliance);
  const negotiation = read(files.negotiation);
  if (unreadable.length > 0) throw new Error(`invalid rubric in ${dir}:\n${unreadable.map(formatSourceError).join('\n')}`);
  const parsed = parseRubric({ text: compliance, file: files.compliance }, { text: negotiation, file: files.negotiation });
  if (!parsed.ok) throw new Error(`invalid rubric in ${dir}:\n${parsed.errors.map(formatSourceError).join('\n')}`);
  return parsed.value;
}
