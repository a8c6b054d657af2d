import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFieldsOf } from '../../../src/domain/scoring/checks.ts';
import { parseRubric, parseRubricFile } from '../../../src/domain/scoring/rubric.ts';
import { COMPETENCIES, RULE_IDS } from '../../../src/domain/scoring/rubric-schema.ts';
import { formatSourceError } from '../../../src/domain/validation/yaml-source.ts';
import { loadRubric } from '../../../src/server/content/rubrics.ts';
import { projectRubric } from '../../fixtures/scoring/calls.ts';

const RUBRICS = new URL('../../../rubrics/', import.meta.url).pathname;
const complianceText = readFileSync(path.join(RUBRICS, 'compliance.yaml'), 'utf8');
const negotiationText = readFileSync(path.join(RUBRICS, 'negotiation.yaml'), 'utf8');

const NEGOTIATION = (criteria: string, extra = '') => `id: negotiation
version: 1.0.0
kind: negotiation
pass_mark: 70
penalties: { critical: 20, major: 10, minor: 5 }
${extra}criteria:
${criteria}`;

const criterion = (id: string, weight: number, check = '{ kind: agent_act, acts: [greeting] }', competencies = COMPETENCIES.join(', ')) => `  - id: ${id}
    weight: ${weight}
    competencies: [${competencies}]
    title: A title
    explanation: Why it matters.
    check: ${check}
`;

const COMPLIANCE = (check: string, id = 'THREAT_ARREST') => `id: compliance
version: 1.0.0
kind: compliance
rules:
  - id: ${id}
    severity: critical
    source: "FDCPA §807(4)"
    title: A title
    explanation: Why it matters.
    instead: Say this.
    competencies: [communication]
    check: ${check}
`;

function errorsOf(text: string, file = 'rubrics/test.yaml'): string[] {
  const r = parseRubricFile(text, file);
  if (r.ok) throw new Error('expected the rubric to be rejected');
  return r.errors.map(formatSourceError);
}

describe('the project rubric', () => {
  const rubric = projectRubric();

  it('has a rule for every compliance rule id of the contract, each with its legal source', () => {
    expect(rubric.rules.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of rubric.rules) expect(rule.source, rule.id).toMatch(/FDCPA|Reg F/);
  });

  it('keeps the contract severities', () => {
    const major = rubric.rules.filter((r) => r.severity === 'major').map((r) => r.id).sort();
    const minor = rubric.rules.filter((r) => r.severity === 'minor').map((r) => r.id);
    expect(major).toEqual(['CALL_FREQUENCY', 'INCONVENIENT_TIME_PLACE', 'POSTDATED_PAYMENT']);
    expect(minor).toEqual(['VALIDATION_RIGHTS']);
  });

  it('weights its negotiation criteria to 100 and maps every competency', () => {
    expect(rubric.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    const covered = new Set(rubric.criteria.flatMap((c) => c.competencies));
    for (const k of COMPETENCIES) expect(covered.has(k), k).toBe(true);
    for (const c of rubric.criteria) expect(c.id).toMatch(/^N_/);
  });

  it('is versioned as compliance@x+negotiation@y', () => {
    expect(rubric.version).toMatch(/^compliance@\d+\.\d+\.\d+\+negotiation@\d+\.\d+\.\d+$/);
  });

  it('declares the context each account-dependent rule reads', () => {
    const fields = (id: string) => contextFieldsOf(rubric.rules.find((r) => r.id === id)!.check);
    expect(fields('CALL_TIME')).toContain('call_timestamp_local');
    expect(fields('CALL_FREQUENCY')).toEqual(['call_attempts_7day']);
    expect(fields('SETTLEMENT_AUTHORITY')).toContain('settlement_authority_pct');
    expect(fields('UNAUTHORIZED_FEE')).toEqual(['fees_authorized']);
    expect(fields('THREAT_ARREST')).toEqual([]);
  });
});

describe('rubric validation', () => {
  it('accepts a minimal valid negotiation file', () => {
    const r = parseRubricFile(NEGOTIATION(criterion('N_A', 60) + criterion('N_B', 40)), 'n.yaml');
    expect(r.ok).toBe(true);
  });

  it('rejects criterion weights that do not sum to 100, pointing at the criteria', () => {
    const text = NEGOTIATION(criterion('N_A', 60) + criterion('N_B', 30));
    const errors = errorsOf(text, 'rubrics/negotiation.yaml');
    expect(errors).toEqual([expect.stringMatching(/^rubrics\/negotiation\.yaml:7:\d+ criteria: criterion weights must sum to 100, they sum to 90$/)]);
  });

  it('rejects an unknown check kind with the list of kinds, at its line', () => {
    const text = NEGOTIATION(criterion('N_A', 100, '{ kind: agent_said_nicely, acts: [greeting] }'));
    const [error] = errorsOf(text);
    expect(error).toMatch(/^rubrics\/test\.yaml:12:\d+ criteria\.0\.check\.kind: unknown check kind 'agent_said_nicely' \(kinds: agent_act, /);
  });

  it('rejects an unknown act label, naming the label and the vocabulary', () => {
    const errors = errorsOf(COMPLIANCE('{ kind: agent_act, acts: [threaten_arrest] }'));
    expect(errors).toEqual([expect.stringMatching(/:12:\d+ rules\.0\.check\.acts\.0: unknown agent act label 'threaten_arrest' \(agent acts: greeting, /)]);
  });

  it('rejects a customer act where an agent act is expected, and the reverse', () => {
    const check = `
      kind: act_after_customer_act
      customer_acts: [empathy]
      agent_acts: [hardship]`;
    const errors = errorsOf(COMPLIANCE(check));
    expect(errors.some((e) => e.includes("unknown customer act label 'empathy'"))).toBe(true);
    expect(errors.some((e) => e.includes("unknown agent act label 'hardship'"))).toBe(true);
  });

  it('rejects unknown acts inside nested checks', () => {
    const check = `
      kind: any_of
      checks:
        - kind: all_of
          checks:
            - { kind: agent_act, acts: [greetings] }`;
    const [error] = errorsOf(COMPLIANCE(check));
    expect(error).toMatch(/:17:\d+ rules\.0\.check\.checks\.0\.checks\.0\.acts\.0: unknown agent act label 'greetings'/);
  });

  it('rejects a rule id that is not in the contract, and duplicate ids', () => {
    expect(errorsOf(COMPLIANCE('{ kind: agent_act, acts: [threat_arrest] }', 'THREAT_ARRESTS'))[0]).toMatch(/unknown rule id 'THREAT_ARRESTS'/);
    const twice = NEGOTIATION(criterion('N_A', 50) + criterion('N_A', 50));
    expect(errorsOf(twice)[0]).toMatch(/criteria\.1\.id: duplicate criterion id 'N_A'/);
  });

  it('rejects misspelt keys instead of ignoring them', () => {
    const errors = errorsOf(COMPLIANCE('{ kind: agent_act, acts: [threat_arrest], min_cout: 2 }'));
    expect(errors[0]).toMatch(/Unrecognized key: "min_cout"/);
  });

  it('rejects an invalid pattern and a malformed clock', () => {
    expect(errorsOf(COMPLIANCE('{ kind: agent_text, pattern: "(unclosed" }'))[0]).toMatch(/invalid regular expression '\(unclosed'/);
    expect(errorsOf(COMPLIANCE('{ kind: call_time, start: "8am", end: "21:00" }'))[0]).toMatch(/expected a 24-hour time HH:MM, got '8am'/);
  });

  it('requires every competency to be fed by some criterion', () => {
    const text = NEGOTIATION(criterion('N_A', 100, undefined, 'communication, negotiation'));
    expect(errorsOf(text)[0]).toMatch(/none for: attention_to_detail, resilience, adaptability/);
  });

  it('reports broken YAML at its line and column', () => {
    const text = 'id: compliance\nversion: 1.0.0\nkind: compliance\nrules:\n  - id: THREAT_ARREST\n    severity: [critical\n';
    const [error] = errorsOf(text, 'bad.yaml');
    expect(error).toMatch(/^bad\.yaml:\d+:\d+ /);
    expect(Number(error!.split(':')[1])).toBeGreaterThanOrEqual(6);
  });

  it('rejects a negotiation file given where the compliance file belongs', () => {
    const r = parseRubric({ text: negotiationText, file: 'compliance.yaml' }, { text: negotiationText, file: 'negotiation.yaml' });
    expect(r.ok).toBe(false);
    const line = negotiationText.split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
    if (!r.ok) expect(r.errors.map(formatSourceError)).toEqual([`compliance.yaml:${line}:7 kind: expected 'compliance' in this file, found 'negotiation'`]);
  });
});

describe('loadRubric', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('throws an error listing every file:line:col problem of both files', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parley-rubric-'));
    writeFileSync(path.join(dir, 'compliance.yaml'), complianceText.replace('acts: [threat_arrest]', 'acts: [threat_arest]'));
    writeFileSync(path.join(dir, 'negotiation.yaml'), negotiationText.replace('weight: 10', 'weight: 11'));
    let message = '';
    try {
      loadRubric(dir);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(new RegExp(`compliance\\.yaml:\\d+:\\d+ .*unknown agent act label 'threat_arest'`));
    expect(message).toMatch(/negotiation\.yaml:\d+:\d+ criteria: criterion weights must sum to 100, they sum to 101/);
  });

  it('names a missing rubric file', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parley-rubric-'));
    writeFileSync(path.join(dir, 'compliance.yaml'), complianceText);
    expect(() => loadRubric(dir)).toThrow(/negotiation\.yaml:1:1 file not found/);
  });
});
