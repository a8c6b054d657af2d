/**
 * xAPI 1.0.3 statements for one scored call, so an LMS / LRS can import the
 * call and each scored decision in it.
 *
 * Vocabulary (ADL's registered IRIs, which every LRS and LMS report knows):
 * - verbs `http://adlnet.gov/expapi/verbs/passed` and `…/failed`: the call, and
 *   each rubric item, is something the learner either passed or failed —
 *   `result.success` says the same in data;
 * - activity type `http://adlnet.gov/expapi/activities/simulation` for the
 *   scenario: a mock call is a simulation, not a test with questions;
 * - activity type `http://adlnet.gov/expapi/activities/objective` for each
 *   negotiation criterion and each compliance rule: they are the learning
 *   objectives the rubric checks. The `interaction` type is not used because it
 *   models a question with a response pattern (`interactionType`,
 *   `correctResponsesPattern`), which a rubric item has not; `assessment` is a
 *   whole test, not one of its items;
 * - activity type `http://adlnet.gov/expapi/activities/course` for Parley
 *   itself, the grouping every statement belongs to.
 *
 * A violation is a failed objective (comply with rule X): verb `failed`,
 * `result.success: false`, the evidence quoted in `result.response`.
 * Criterion and violation statements point at the call statement through
 * `context.statement` and have the scenario as `contextActivities.parent`.
 */

const VERB_PASSED = { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } };
const VERB_FAILED = { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } };
const TYPE_SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';
const TYPE_OBJECTIVE = 'http://adlnet.gov/expapi/activities/objective';
const TYPE_COURSE = 'http://adlnet.gov/expapi/activities/course';

/** Language map, e.g. `{ 'en-US': 'passed' }`. */
export type LanguageMap = Record<string, string>;

export interface XapiAgent {
  objectType: 'Agent';
  name: string;
  mbox: string;
}

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: { name?: LanguageMap; description?: LanguageMap; type?: string };
}

export interface XapiStatementRef {
  objectType: 'StatementRef';
  id: string;
}

export interface XapiScore {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface XapiResult {
  score?: XapiScore;
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration, e.g. `PT4M12.5S`. */
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiContext {
  contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
  statement?: XapiStatementRef;
  platform?: string;
  language?: string;
  extensions?: Record<string, unknown>;
}

/** The statements this module produces (a subset of what xAPI allows). */
export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
}

export interface XapiCallInput {
  call: {
    id: string | number;
    scenario: string;
    scenarioTitle: string;
    mode: 'practice' | 'assessment';
    /** ISO timestamps. */
    startedAt: string;
    endedAt: string;
    score: number;
    overall: 'pass' | 'fail';
    rubricVersion: string;
  };
  learner: { name: string; email: string };
  criteria: { id: string; title: string; met: boolean; points: number; max: number }[];
  violations: { rule: string; title: string; severity: 'critical' | 'major' | 'minor'; turn: number; evidence: string }[];
  /** Absolute IRI under which Parley's activities and extensions live, e.g. `https://parley.example.com`. */
  baseIri: string;
  /**
   * Name-based UUID (e.g. v5) of a name: statement ids are `uuid` of
   * `<baseIri>/calls/<call id>`, `…/criteria/<id>` and `…/violations/<index>`,
   * so exporting the same call twice yields the same ids and an LRS ignores the repeat.
   */
  uuid: (name: string) => string;
}

/** A timestamp normalised to UTC, e.g. `2026-11-02T10:04:12.000Z`. Throws a RangeError for a non-date. */
function utc(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new RangeError(`invalid timestamp: ${iso}`);
  return new Date(t).toISOString();
}

/** ISO 8601 duration between two timestamps, to the 0.01 s xAPI keeps, e.g. `PT1H2M3.45S`. */
export function isoDuration(startIso: string, endIso: string): string {
  const cs = Math.round((Date.parse(utc(endIso)) - Date.parse(utc(startIso))) / 10);
  if (cs < 0) throw new RangeError(`call ends (${endIso}) before it starts (${startIso})`);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6_000);
  const s = (cs % 6_000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** The xAPI statements for one call: the call first, then its criteria, then its violations. */
export function callStatements(input: XapiCallInput): XapiStatement[] {
  const { call, learner, uuid } = input;
  const base = input.baseIri.replace(/\/+$/, '');
  const timestamp = utc(call.endedAt);
  const actor: XapiAgent = { objectType: 'Agent', name: learner.name, mbox: `mailto:${learner.email.replace(/^mailto:/i, '')}` };
  const scenario: XapiActivity = {
    objectType: 'Activity',
    id: `${base}/scenarios/${encodeURIComponent(call.scenario)}`,
    definition: { name: { 'en-US': call.scenarioTitle }, type: TYPE_SIMULATION },
  };
  const grouping: XapiActivity[] = [
    { objectType: 'Activity', id: base, definition: { name: { 'en-US': 'Parley' }, type: TYPE_COURSE } },
  ];
  const extensions = { [`${base}/xapi/mode`]: call.mode, [`${base}/xapi/rubric-version`]: call.rubricVersion };
  const callName = `${base}/calls/${encodeURIComponent(String(call.id))}`;
  const callId = uuid(callName);
  const rubricItem = (id: string, title: string): XapiActivity => ({
    objectType: 'Activity',
    id: `${base}/rubrics/${encodeURIComponent(id)}`,
    definition: { name: { 'en-US': title }, type: TYPE_OBJECTIVE },
  });
  const itemContext: XapiContext = {
    contextActivities: { parent: [scenario], grouping },
    statement: { objectType: 'StatementRef', id: callId },
    platform: 'Parley',
    extensions,
  };

  const callStatement: XapiStatement = {
    id: callId,
    actor,
    verb: call.overall === 'pass' ? VERB_PASSED : VERB_FAILED,
    object: scenario,
    result: {
      score: { scaled: call.score / 100, raw: call.score, min: 0, max: 100 },
      success: call.overall === 'pass',
      completion: true,
      duration: isoDuration(call.startedAt, call.endedAt),
    },
    context: { contextActivities: { grouping }, platform: 'Parley', extensions },
    timestamp,
  };
  const criterionStatements = input.criteria.map(
    (c): XapiStatement => ({
      id: uuid(`${callName}/criteria/${encodeURIComponent(c.id)}`),
      actor,
      verb: c.met ? VERB_PASSED : VERB_FAILED,
      object: rubricItem(c.id, c.title),
      result: {
        success: c.met,
        ...(c.max > 0 && { score: { scaled: c.points / c.max, raw: c.points, min: 0, max: c.max } }),
      },
      context: itemContext,
      timestamp,
    }),
  );
  const violationStatements = input.violations.map(
    (v, i): XapiStatement => ({
      id: uuid(`${callName}/violations/${i}`),
      actor,
      verb: VERB_FAILED,
      object: rubricItem(v.rule, v.title),
      result: {
        success: false,
        response: v.evidence,
        extensions: { [`${base}/xapi/severity`]: v.severity, [`${base}/xapi/turn`]: v.turn },
      },
      context: itemContext,
      timestamp,
    }),
  );
  return [callStatement, ...criterionStatements, ...violationStatements];
}

/** An RFC 4122 / 9562 UUID: versions 1–8 of the variant xAPI requires. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** An absolute IRI: a scheme, a colon, no white space. */
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
/** ISO 8601 date-time with an offset (the RFC 3339 profile xAPI recommends). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const AGENT_IDENTIFIERS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkTimestamp(value: unknown, where: string, problems: string[]): void {
  if (typeof value !== 'string' || !TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) {
    problems.push(`${where} is not an ISO 8601 timestamp`);
  } else if (value.endsWith('-00:00')) {
    problems.push(`${where} uses the -00:00 offset`);
  }
}

function checkExtensions(value: unknown, where: string, problems: string[]): void {
  if (value === undefined) return;
  if (!isObject(value)) problems.push(`${where} is not an object`);
  else for (const key of Object.keys(value)) if (!IRI.test(key)) problems.push(`${where} key ${key} is not an IRI`);
}

function checkActor(actor: unknown, problems: string[]): void {
  if (!isObject(actor)) {
    problems.push('actor is missing');
    return;
  }
  const kind = actor['objectType'] ?? 'Agent';
  if (kind !== 'Agent' && kind !== 'Group') problems.push(`actor.objectType ${String(kind)} is neither Agent nor Group`);
  const ids = AGENT_IDENTIFIERS.filter((k) => actor[k] !== undefined);
  const anonymousGroup = kind === 'Group' && ids.length === 0 && Array.isArray(actor['member']) && actor['member'].length > 0;
  if (ids.length !== 1 && !anonymousGroup) {
    problems.push(`actor must have exactly one identifier (has ${ids.length === 0 ? 'none' : ids.join(', ')})`);
  }
  const mbox = actor['mbox'];
  if (mbox !== undefined && (typeof mbox !== 'string' || !/^mailto:[^@\s]+@[^@\s]+$/.test(mbox))) {
    problems.push('actor.mbox is not a mailto: IRI');
  }
}

function checkObject(object: unknown, problems: string[]): void {
  if (!isObject(object)) {
    problems.push('object is missing');
    return;
  }
  const kind = object['objectType'] ?? 'Activity';
  if (kind === 'Activity') {
    if (typeof object['id'] !== 'string' || !IRI.test(object['id'])) problems.push('object.id is not an IRI');
    const type = isObject(object['definition']) ? object['definition']['type'] : undefined;
    if (type !== undefined && (typeof type !== 'string' || !IRI.test(type))) problems.push('object.definition.type is not an IRI');
  } else if (kind === 'StatementRef') {
    if (typeof object['id'] !== 'string' || !UUID.test(object['id'])) problems.push('object.id is not a UUID');
  }
}

function checkResult(result: unknown, problems: string[]): void {
  if (result === undefined) return;
  if (!isObject(result)) {
    problems.push('result is not an object');
    return;
  }
  const score = result['score'];
  if (score !== undefined) {
    if (!isObject(score)) problems.push('result.score is not an object');
    else {
      const { scaled, raw, min, max } = score;
      for (const [k, v] of Object.entries({ scaled, raw, min, max })) {
        if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) problems.push(`result.score.${k} is not a number`);
      }
      if (typeof scaled === 'number' && (scaled < -1 || scaled > 1)) problems.push('result.score.scaled is outside −1..1');
      if (typeof min === 'number' && typeof max === 'number' && !(min < max)) problems.push('result.score.min is not below max');
      if (typeof raw === 'number' && typeof min === 'number' && raw < min) problems.push('result.score.raw is below min');
      if (typeof raw === 'number' && typeof max === 'number' && raw > max) problems.push('result.score.raw is above max');
    }
  }
  for (const k of ['success', 'completion'] as const) {
    if (result[k] !== undefined && typeof result[k] !== 'boolean') problems.push(`result.${k} is not a boolean`);
  }
  const duration = result['duration'];
  if (duration !== undefined && (typeof duration !== 'string' || !DURATION.test(duration))) {
    problems.push('result.duration is not an ISO 8601 duration');
  }
  checkExtensions(result['extensions'], 'result.extensions', problems);
}

function checkContext(context: unknown, problems: string[]): void {
  if (context === undefined) return;
  if (!isObject(context)) {
    problems.push('context is not an object');
    return;
  }
  const ref = context['statement'];
  if (ref !== undefined && (!isObject(ref) || ref['objectType'] !== 'StatementRef' || typeof ref['id'] !== 'string' || !UUID.test(ref['id']))) {
    problems.push('context.statement is not a StatementRef with a UUID');
  }
  const activities = context['contextActivities'];
  if (isObject(activities)) {
    for (const [key, list] of Object.entries(activities)) {
      for (const a of Array.isArray(list) ? list : [list]) {
        if (!isObject(a) || typeof a['id'] !== 'string' || !IRI.test(a['id'])) problems.push(`context.contextActivities.${key} has an activity without an IRI`);
      }
    }
  }
  checkExtensions(context['extensions'], 'context.extensions', problems);
}

/**
 * The structural problems xAPI 1.0.3 forbids in a statement, empty when there
 * are none: id a UUID; actor an Agent (or Group) with exactly one inverse
 * functional identifier, `mbox` a `mailto:` IRI; verb id an IRI; an Activity
 * object with an IRI id (a StatementRef with a UUID); score numbers with scaled
 * in −1..1, min < max and min ≤ raw ≤ max;
 * duration an ISO 8601 duration; timestamps ISO 8601 with an offset other than
 * -00:00; extension keys IRIs; `context.statement` a StatementRef.
 */
export function validateStatement(s: unknown): string[] {
  if (!isObject(s)) return ['statement is not an object'];
  const problems: string[] = [];
  if (typeof s['id'] !== 'string' || !UUID.test(s['id'])) problems.push('id is not a UUID');
  checkActor(s['actor'], problems);
  const verb = s['verb'];
  if (!isObject(verb) || typeof verb['id'] !== 'string' || !IRI.test(verb['id'])) problems.push('verb.id is not an IRI');
  else if (verb['display'] !== undefined && (!isObject(verb['display']) || !Object.values(verb['display']).every((v) => typeof v === 'string'))) {
    problems.push('verb.display is not a language map');
  }
  checkObject(s['object'], problems);
  checkResult(s['result'], problems);
  checkContext(s['context'], problems);
  if (s['timestamp'] !== undefined) checkTimestamp(s['timestamp'], 'timestamp', problems);
  if (s['stored'] !== undefined) checkTimestamp(s['stored'], 'stored', problems);
  return problems;
}
