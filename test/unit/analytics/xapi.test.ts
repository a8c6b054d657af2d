import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../../../src/server/services/exports.ts';
import { callStatements, isoDuration, validateStatement, type XapiCallInput, type XapiStatement } from '../../../src/domain/analytics/xapi.ts';

const BASE = 'https://parley.example.com';

const input = (overrides: Partial<XapiCallInput['call']> = {}): XapiCallInput => ({
  call: {
    id: 412,
    scenario: 'cooperative-first-time-late',
    scenarioTitle: 'Late first payment',
    mode: 'assessment',
    startedAt: '2026-11-02T10:00:00Z',
    endedAt: '2026-11-02T10:06:30.5Z',
    score: 84,
    overall: 'pass',
    rubricVersion: '2026.3',
    ...overrides,
  },
  learner: { name: 'Ana Ruiz', email: 'ana@example.com' },
  criteria: [
    { id: 'N_VERIFY', title: 'Verifies identity before disclosure', met: true, points: 10, max: 10 },
    { id: 'N_OFFER', title: 'Offers a payment plan', met: false, points: 2, max: 8 },
  ],
  violations: [
    { rule: 'FDCPA_806_THREAT_VIOLENCE', title: 'Threat of violence', severity: 'critical', turn: 7, evidence: 'You will regret this.' },
  ],
  baseIri: `${BASE}/`,
  uuid: uuidV5,
});

describe('callStatements', () => {
  const statements = callStatements(input());
  const [call, verify, offer, violation] = statements as [XapiStatement, XapiStatement, XapiStatement, XapiStatement];
  const actor = { objectType: 'Agent', name: 'Ana Ruiz', mbox: 'mailto:ana@example.com' };
  const scenario = {
    objectType: 'Activity',
    id: `${BASE}/scenarios/cooperative-first-time-late`,
    definition: { name: { 'en-US': 'Late first payment' }, type: 'http://adlnet.gov/expapi/activities/simulation' },
  };
  const extensions = { [`${BASE}/xapi/mode`]: 'assessment', [`${BASE}/xapi/rubric-version`]: '2026.3' };

  it('makes one statement for the call, then one per criterion and per violation', () => {
    expect(statements).toHaveLength(4);
    expect(new Set(statements.map((s) => s.id)).size).toBe(4);
  });

  it('records the call as a passed simulation with its score and duration', () => {
    expect(call).toEqual({
      id: uuidV5(`${BASE}/calls/412`),
      actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      object: scenario,
      result: { score: { scaled: 0.84, raw: 84, min: 0, max: 100 }, success: true, completion: true, duration: 'PT6M30.5S' },
      context: {
        contextActivities: {
          grouping: [{ objectType: 'Activity', id: BASE, definition: { name: { 'en-US': 'Parley' }, type: 'http://adlnet.gov/expapi/activities/course' } }],
        },
        platform: 'Parley',
        extensions,
      },
      timestamp: '2026-11-02T10:06:30.500Z',
    });
  });

  it('records a failed call with the failed verb', () => {
    const [failed] = callStatements(input({ overall: 'fail', score: 41 }));
    expect(failed?.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(failed?.result).toMatchObject({ success: false, score: { scaled: 0.41, raw: 41 } });
  });

  it('records each criterion as an objective passed or failed, pointing at the call', () => {
    expect(verify.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(verify.object).toEqual({
      objectType: 'Activity',
      id: `${BASE}/rubrics/N_VERIFY`,
      definition: { name: { 'en-US': 'Verifies identity before disclosure' }, type: 'http://adlnet.gov/expapi/activities/objective' },
    });
    expect(offer.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(offer.result).toEqual({ success: false, score: { scaled: 0.25, raw: 2, min: 0, max: 8 } });
    for (const s of [verify, offer, violation]) {
      expect(s.context?.statement).toEqual({ objectType: 'StatementRef', id: call.id });
      expect(s.context?.contextActivities?.parent).toEqual([scenario]);
      expect(s.context?.extensions).toEqual(extensions);
      expect(s.actor).toEqual(actor);
      expect(s.timestamp).toBe(call.timestamp);
    }
  });

  it('records a violation as a failed objective with the evidence as response', () => {
    expect(violation.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(violation.object.id).toBe(`${BASE}/rubrics/FDCPA_806_THREAT_VIOLENCE`);
    expect(violation.result).toEqual({
      success: false,
      response: 'You will regret this.',
      extensions: { [`${BASE}/xapi/severity`]: 'critical', [`${BASE}/xapi/turn`]: 7 },
    });
  });

  it('gives the same ids for the same call and different ids for another call', () => {
    expect(callStatements(input()).map((s) => s.id)).toEqual(statements.map((s) => s.id));
    const other = callStatements(input({ id: 413 })).map((s) => s.id);
    expect(other.some((id) => statements.some((s) => s.id === id))).toBe(false);
  });

  it('keeps repeated violations of one rule apart and leaves out a score with nothing available', () => {
    const base = input();
    const twice = callStatements({
      ...base,
      criteria: [{ id: 'N_BONUS', title: 'Bonus', met: false, points: 0, max: 0 }],
      violations: [base.violations[0]!, { ...base.violations[0]!, turn: 9 }],
    });
    expect(new Set(twice.map((s) => s.id)).size).toBe(4);
    expect(twice[1]?.result).toEqual({ success: false });
  });

  it('escapes ids into IRIs and accepts an email given as mailto:', () => {
    const [s] = callStatements({ ...input({ scenario: 'late payer/2' }), learner: { name: 'Ana', email: 'mailto:ana@example.com' } });
    expect(s?.object.id).toBe(`${BASE}/scenarios/late%20payer%2F2`);
    expect(s?.actor.mbox).toBe('mailto:ana@example.com');
  });

  it('produces statements that pass validation, also after a JSON round trip', () => {
    for (const s of statements) expect(validateStatement(JSON.parse(JSON.stringify(s)))).toEqual([]);
    for (const s of callStatements(input({ overall: 'fail', score: 0, endedAt: '2026-11-02T10:00:00Z' }))) expect(validateStatement(s)).toEqual([]);
  });

  it('rejects a call that ends before it starts or has no valid time', () => {
    expect(() => callStatements(input({ endedAt: '2026-11-02T09:59:59Z' }))).toThrow(RangeError);
    expect(() => callStatements(input({ startedAt: 'soon' }))).toThrow(RangeError);
  });
});

describe('isoDuration', () => {
  it('writes hours, minutes and seconds to the hundredth', () => {
    expect(isoDuration('2026-11-02T10:00:00Z', '2026-11-02T10:00:00Z')).toBe('PT0S');
    expect(isoDuration('2026-11-02T10:00:00Z', '2026-11-02T11:02:03.456Z')).toBe('PT1H2M3.46S');
    expect(isoDuration('2026-11-02T10:00:00Z', '2026-11-02T11:00:00Z')).toBe('PT1H');
    expect(isoDuration('2026-11-02T10:00:00+01:00', '2026-11-02T09:00:45Z')).toBe('PT45S');
    expect(isoDuration('2026-11-01T23:00:00Z', '2026-11-03T00:30:00Z')).toBe('PT25H30M');
  });
});

describe('validateStatement', () => {
  const good = callStatements(input())[0] as XapiStatement;
  const broken = (patch: Record<string, unknown>) => ({ ...good, ...patch });

  it.each([
    ['an id that is not a UUID', broken({ id: 'call-412' }), 'id is not a UUID'],
    ['a missing id', broken({ id: undefined }), 'id is not a UUID'],
    ['an actor with two identifiers', broken({ actor: { ...good.actor, account: { homePage: BASE, name: 'ana' } } }), 'actor must have exactly one identifier (has mbox, account)'],
    ['an actor without identifier', broken({ actor: { objectType: 'Agent', name: 'Ana' } }), 'actor must have exactly one identifier (has none)'],
    ['an mbox that is not mailto:', broken({ actor: { objectType: 'Agent', mbox: 'ana@example.com' } }), 'actor.mbox is not a mailto: IRI'],
    ['a verb id that is not an IRI', broken({ verb: { id: 'passed', display: { 'en-US': 'passed' } } }), 'verb.id is not an IRI'],
    ['an object id that is not an IRI', broken({ object: { objectType: 'Activity', id: 'scenario 1' } }), 'object.id is not an IRI'],
    ['a scaled score above 1', broken({ result: { score: { scaled: 1.5 } } }), 'result.score.scaled is outside −1..1'],
    ['a raw score above max', broken({ result: { score: { raw: 120, min: 0, max: 100 } } }), 'result.score.raw is above max'],
    ['min not below max', broken({ result: { score: { min: 5, max: 5 } } }), 'result.score.min is not below max'],
    ['a duration in words', broken({ result: { duration: '6 minutes' } }), 'result.duration is not an ISO 8601 duration'],
    ['a local date as timestamp', broken({ timestamp: '02/11/2026 10:06' }), 'timestamp is not an ISO 8601 timestamp'],
    ['a timestamp without offset', broken({ timestamp: '2026-11-02T10:06:30' }), 'timestamp is not an ISO 8601 timestamp'],
    ['the -00:00 offset', broken({ timestamp: '2026-11-02T10:06:30-00:00' }), 'timestamp uses the -00:00 offset'],
    ['a StatementRef without UUID', broken({ context: { statement: { objectType: 'StatementRef', id: '412' } } }), 'context.statement is not a StatementRef with a UUID'],
    ['an extension key that is not an IRI', broken({ context: { extensions: { mode: 'practice' } } }), 'context.extensions key mode is not an IRI'],
  ])('catches %s', (_, statement, problem) => {
    expect(validateStatement(statement)).toEqual([problem]);
  });

  it('collects every problem of a badly broken statement', () => {
    expect(validateStatement({ id: 'x', verb: {}, timestamp: 'now' })).toEqual([
      'id is not a UUID',
      'actor is missing',
      'verb.id is not an IRI',
      'object is missing',
      'timestamp is not an ISO 8601 timestamp',
    ]);
    expect(validateStatement(null)).toEqual(['statement is not an object']);
  });
});
