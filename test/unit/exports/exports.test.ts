import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateStatement } from '../../../src/domain/analytics/xapi.ts';
import type { ExportedCall } from '../../../src/server/repositories/exports.ts';
import { callsCsv, csvFileName, parseExportQuery, uuidV5, xapiStatements } from '../../../src/server/services/exports.ts';

const report = (criteria: { id: string; points: number; max: number; applicable: boolean }[], extra: object = {}) =>
  JSON.stringify({
    critical_violations: ['THREAT_ARREST'],
    outcome: 'promise_to_pay',
    violations: [
      { rule: 'THREAT_ARREST', title: 'Threat of arrest', severity: 'critical', turn: 4, evidence: 'You will be arrested.' },
      { rule: 'MINI_MIRANDA', title: 'Mini-Miranda', severity: 'major', turn: 2, evidence: 'Hello' },
    ],
    criteria: criteria.map((c) => ({ ...c, title: c.id, met: c.points === c.max && c.max > 0 })),
    ...extra,
  });

const call = (over: Partial<ExportedCall> = {}): ExportedCall => ({
  id: 'call-1',
  trainee_name: 'Ana Ruiz',
  trainee_email: 'ana@example.com',
  scenario_id: 'cooperative-first-time-late',
  mode: 'practice',
  started_at: '2026-11-02T10:00:00.000Z',
  ended_at: '2026-11-02T10:05:00.000Z',
  score: 62,
  overall: 'fail',
  rubric_version: '2026.1',
  report: report([
    { id: 'N_GREETING', points: 5, max: 5, applicable: true },
    { id: 'N_EMPATHY', points: 0, max: 0, applicable: false },
  ]),
  ...over,
});

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('callsCsv', () => {
  it('writes one row per call with the fixed columns, then one points column per criterion', () => {
    const csv = callsCsv([
      call(),
      call({ id: 'call-2', report: report([{ id: 'N_VERIFY', points: 3, max: 10, applicable: true }]), score: 90, overall: 'pass' }),
    ]);
    expect(csv.startsWith('\ufeffcall_id,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { data, meta, errors } = parse(csv);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([
      'call_id', 'trainee_name', 'trainee_email', 'scenario_id', 'mode', 'started_at', 'ended_at', 'score', 'overall',
      'critical_violations', 'violation_count', 'outcome', 'rubric_version', 'points_N_GREETING', 'points_N_EMPATHY', 'points_N_VERIFY',
    ]);
    expect(data[0]).toMatchObject({
      call_id: 'call-1', score: '62', overall: 'fail', critical_violations: 'THREAT_ARREST', violation_count: '2',
      outcome: 'promise_to_pay', points_N_GREETING: '5', points_N_EMPATHY: '', points_N_VERIFY: '',
    });
    expect(data[1]).toMatchObject({ call_id: 'call-2', points_N_GREETING: '', points_N_VERIFY: '3' });
  });

  it('prefixes cells that start with = + - @ with a quote, and keeps commas and quotes intact', () => {
    const rows = parse(
      callsCsv([
        call({ trainee_name: '=HYPERLINK("http://x")' }),
        call({ id: '-abc', trainee_name: '+1 Ana' }),
        call({ trainee_name: '@SUM(A1)', trainee_email: 'ruiz, "ana"@example.com' }),
      ]),
    ).data;
    expect(rows.map((r) => r.trainee_name)).toEqual([`'=HYPERLINK("http://x")`, "'+1 Ana", "'@SUM(A1)"]);
    expect(rows[1]?.call_id).toBe("'-abc");
    expect(rows[2]?.trainee_email).toBe('ruiz, "ana"@example.com');
  });

  it('reads a missing or foreign report as empty instead of failing', () => {
    const { data } = parse(callsCsv([call({ report: null }), call({ report: '{"criteria": "nope"}' }), call({ report: 'not json' })]));
    expect(data.map((r) => [r.violation_count, r.critical_violations, r.outcome])).toEqual([
      ['0', '', ''],
      ['0', '', ''],
      ['0', '', ''],
    ]);
  });

  it('writes just the header for no calls', () => {
    expect(callsCsv([])).toBe(
      '\ufeffcall_id,trainee_name,trainee_email,scenario_id,mode,started_at,ended_at,score,overall,critical_violations,violation_count,outcome,rubric_version\r\n',
    );
  });
});

describe('csvFileName', () => {
  it('slugs the cohort name, falling back to its id', () => {
    expect(csvFileName({ id: 1, name: 'New hires · November 2026' })).toBe('parley-new-hires-november-2026-calls.csv');
    expect(csvFileName({ id: 2, name: 'Équipe "Nord" / Été' })).toBe('parley-equipe-nord-ete-calls.csv');
    expect(csvFileName({ id: 3, name: '日本語' })).toBe('parley-cohort-3-calls.csv');
  });
});

describe('parseExportQuery', () => {
  const q = (s: string) => parseExportQuery(new URLSearchParams(s));
  it('reads the cohort and the optional filters', () => {
    expect(q('cohort=4')).toEqual({ cohortId: 4, scenario: undefined, from: undefined, to: undefined });
    expect(q('cohort=4&scenario=x&from=2026-11-01&to=2026-11-01&other=1')).toEqual({ cohortId: 4, scenario: 'x', from: '2026-11-01', to: '2026-11-01' });
    expect(q('cohort=4&from=&to=')).toMatchObject({ from: undefined, to: undefined });
  });
  it('refuses a missing cohort, bad dates and a range that ends before it starts', () => {
    for (const bad of ['', 'cohort=0', 'cohort=1.5', 'cohort=x', 'cohort=1&from=2026-02-30', 'cohort=1&to=2026-1-1', 'cohort=1&from=2026-11-02&to=2026-11-01']) {
      expect(() => q(bad), bad).toThrow(expect.objectContaining({ status: 400 }));
    }
  });
});

describe('uuidV5 and xapiStatements', () => {
  it('makes stable RFC 9562 version-5 UUIDs in the URL namespace', () => {
    const a = uuidV5('https://parley.example.com/calls/1');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5('https://parley.example.com/calls/1')).toBe(a);
    expect(uuidV5('https://parley.example.com/calls/2')).not.toBe(a);
    // Known value: uuid v5 of "http://example.com/" in the URL namespace.
    expect(uuidV5('http://example.com/')).toBe('0a300ee9-f9e4-5697-a51a-efc7fafaba67');
  });

  it('makes valid statements for each call, each criterion that applied and each violation', () => {
    const statements = xapiStatements([call()], { baseIri: 'https://parley.example.com', scenarioTitle: () => 'Late first payment' });
    expect(statements).toHaveLength(1 + 1 + 2);
    for (const s of statements) expect(validateStatement(s)).toEqual([]);
    expect(statements.map((s) => s.object.id)).toEqual([
      'https://parley.example.com/scenarios/cooperative-first-time-late',
      'https://parley.example.com/rubrics/N_GREETING',
      'https://parley.example.com/rubrics/THREAT_ARREST',
      'https://parley.example.com/rubrics/MINI_MIRANDA',
    ]);
  });
});
