import { parseYamlWithSchema, type ParseResult, type SourceError } from '../validation/yaml-source.ts';
import {
  RubricFileSchema,
  type ComplianceFile,
  type ComplianceRule,
  type Criterion,
  type NegotiationFile,
  type Penalties,
  type RubricFile,
  type Severity,
} from './rubric-schema.ts';

/**
 * A rubric is the two rubric files taken together: the compliance rules that can fail a
 * call and the negotiation criteria that earn its points. Pure: the file adapter
 * (src/server/content/rubrics.ts) reads the text.
 */
export interface Rubric {
  /** `compliance@<version>+negotiation@<version>`, stamped on every report. */
  version: string;
  /** Compliance rules, in report order. */
  rules: readonly ComplianceRule[];
  /** Negotiation criteria, in report order; their weights sum to 100. */
  criteria: readonly Criterion[];
  /** Lowest passing score. */
  pass_mark: number;
  /** Severities that fail the call whatever the score (always includes critical). */
  fails_on: readonly Severity[];
  /** Points off per broken rule, by severity. */
  penalties: Penalties;
  compliance: ComplianceFile;
  negotiation: NegotiationFile;
}

/** Parses and validates one rubric file; errors carry `file:line:col`. */
export function parseRubricFile(text: string, file: string): ParseResult<RubricFile> {
  return parseYamlWithSchema(text, file, RubricFileSchema);
}

/** Puts the compliance and negotiation files together into the rubric the scorer uses. */
export function combineRubrics(compliance: ComplianceFile, negotiation: NegotiationFile): Rubric {
  return {
    version: `${compliance.id}@${compliance.version}+${negotiation.id}@${negotiation.version}`,
    rules: compliance.rules,
    criteria: negotiation.criteria,
    pass_mark: negotiation.pass_mark,
    fails_on: negotiation.fails_on ?? ['critical'],
    penalties: negotiation.penalties,
    compliance,
    negotiation,
  };
}

/**
 * Parses both files' texts and combines them, or returns every error of both files
 * (including a file of the wrong kind).
 */
export function parseRubric(
  compliance: { text: string; file: string },
  negotiation: { text: string; file: string },
): ParseResult<Rubric> {
  const errors: SourceError[] = [];
  const c = parseRubricFile(compliance.text, compliance.file);
  const n = parseRubricFile(negotiation.text, negotiation.file);
  if (!c.ok) errors.push(...c.errors);
  else if (c.value.kind !== 'compliance') errors.push(wrongKind(compliance, 'compliance', c.value.kind));
  if (!n.ok) errors.push(...n.errors);
  else if (n.value.kind !== 'negotiation') errors.push(wrongKind(negotiation, 'negotiation', n.value.kind));
  if (errors.length > 0 || !c.ok || !n.ok || c.value.kind !== 'compliance' || n.value.kind !== 'negotiation') {
    return { ok: false, errors };
  }
  return { ok: true, value: combineRubrics(c.value, n.value) };
}

function wrongKind(source: { text: string; file: string }, expected: string, found: string): SourceError {
  const lines = source.text.split('\n');
  const i = lines.findIndex((l) => /^kind\s*:/.test(l));
  const line = i === -1 ? 1 : i + 1;
  const col = i === -1 ? 1 : (lines[i]!.indexOf(':') + 1 + (/:\s*/.exec(lines[i]!)?.[0].length ?? 1));
  return { file: source.file, line, col, message: `kind: expected '${expected}' in this file, found '${found}'` };
}
