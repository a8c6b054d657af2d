import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { parseYamlWithSchema, type ParseResult, type SourceError } from '../validation/yaml-source.ts';
import {
  didYouMean,
  ENDED_STAGE,
  PLACEHOLDERS,
  RESERVED_FLAGS,
  ScenarioSchema,
  type Condition,
  type Interrupt,
  type Rule,
  type Scenario,
} from './schema.ts';

/**
 * Reads a scenario file: YAML syntax and shape (zod, via `parseYamlWithSchema`), then the
 * cross-references a schema cannot see, each reported at its `file:line:col`. A scenario that
 * passes cannot fail at call time: every `goto` lands on a stage, every placeholder has a value.
 */

/** A problem with its severity: errors reject the file, warnings only inform the author. */
export interface ScenarioIssue extends SourceError {
  severity: 'error' | 'warning';
}

/** The parse result plus warnings (unreachable stages, flags tested but never set…). */
export type ScenarioParseResult = ParseResult<Scenario> & { warnings: ScenarioIssue[] };

/** Parses and checks one scenario file's text; `file` is used in the positions only. */
export function parseScenario(text: string, file: string, options: { expectedId?: string } = {}): ScenarioParseResult {
  const parsed = parseYamlWithSchema(text, file, ScenarioSchema);
  if (!parsed.ok) return { ...parsed, warnings: [] };

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const issues: ScenarioIssue[] = [];
  const report = (severity: ScenarioIssue['severity'], path: Path, message: string, at: 'key' | 'value' = 'value') => {
    const offset = at === 'key' ? keyOffset(doc, path) : valueOffset(doc, path);
    const { line, col } = lineCounter.linePos(offset);
    issues.push({ file, line, col, message: `${path.join('.')}: ${message}`, severity });
  };
  // `when` may be one condition set or a list of them; positions must follow what was written.
  const whenPath = (rulePath: Path, j: number): Path => {
    const node = doc.getIn([...rulePath, 'when'], true);
    return isSeq(node) ? [...rulePath, 'when', j] : [...rulePath, 'when'];
  };
  checkScenario(parsed.value, report, whenPath, options.expectedId);

  issues.sort((a, b) => a.line - b.line || a.col - b.col);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, value: parsed.value, warnings };
}

type Path = (string | number)[];
type Report = (severity: ScenarioIssue['severity'], path: Path, message: string, at?: 'key' | 'value') => void;
type WhenPath = (rulePath: Path, j: number) => Path;

interface RuleAt {
  rule: Rule | Interrupt;
  path: Path;
  /** Stages where the rule can fire. */
  stages: string[];
}

function checkScenario(s: Scenario, report: Report, whenPath: WhenPath, expectedId: string | undefined): void {
  const stageIds = Object.keys(s.stages);
  const stageSet = new Set(stageIds);
  const revealIds = s.persona.reveals.map((r) => r.id);

  if (expectedId !== undefined && s.id !== expectedId) {
    report('error', ['id'], `id "${s.id}" does not match the file name (expected "${expectedId}")`);
  }
  if (s.persona.answers === 'consumer' && s.persona.name.trim() !== s.account.holder.name.trim()) {
    report('warning', ['persona', 'name'], `the consumer answers, but the name differs from account.holder.name "${s.account.holder.name}"`);
  }
  if (s.start !== undefined && !stageSet.has(s.start)) {
    report('error', ['start'], `unknown stage "${s.start}"${didYouMean(s.start, stageIds)}`);
  }
  if (stageSet.has(ENDED_STAGE)) {
    report('error', ['stages', ENDED_STAGE], `"${ENDED_STAGE}" is the built-in final stage: use goto: ${ENDED_STAGE} or end: true instead of defining it`, 'key');
  }

  const seen = new Map<string, number>();
  s.persona.reveals.forEach((r, i) => {
    if (seen.has(r.id)) report('error', ['persona', 'reveals', i, 'id'], `reveal "${r.id}" is declared twice`);
    seen.set(r.id, i);
  });
  checkLines(s.persona.opening, ['persona', 'opening'], report);
  if (s.fallback) checkLines(s.fallback, ['fallback'], report);

  const rules: RuleAt[] = [];
  s.interrupts.forEach((rule, i) => {
    const path: Path = ['interrupts', i];
    (rule.stages ?? []).forEach((st, j) => {
      if (!stageSet.has(st)) report('error', [...path, 'stages', j], `unknown stage "${st}"${didYouMean(st, stageIds)}`);
    });
    rules.push({ rule, path, stages: (rule.stages ?? stageIds).filter((st) => stageSet.has(st)) });
  });
  for (const [stageId, stage] of Object.entries(s.stages)) {
    if (!stage.fallback && !s.fallback) {
      report('error', ['stages', stageId], 'no fallback: give the stage a fallback or the scenario a top-level fallback', 'key');
    }
    if (stage.fallback) checkLines(stage.fallback, ['stages', stageId, 'fallback'], report);
    stage.rules.forEach((rule, i) => rules.push({ rule, path: ['stages', stageId, 'rules', i], stages: [stageId] }));
  }

  const ruleIds = new Map<string, Path>();
  for (const { rule, path } of rules) {
    if (rule.id !== undefined) {
      if (ruleIds.has(rule.id)) report('error', [...path, 'id'], `rule id "${rule.id}" is used twice`);
      ruleIds.set(rule.id, path);
    }
    if (rule.goto !== undefined && rule.goto !== ENDED_STAGE && !stageSet.has(rule.goto)) {
      report('error', [...path, 'goto'], `unknown stage "${rule.goto}"${didYouMean(rule.goto, [...stageIds, ENDED_STAGE])}`);
    }
    if (rule.end === true && rule.goto !== undefined && rule.goto !== ENDED_STAGE) {
      report('error', [...path, 'end'], `end: true contradicts goto: ${rule.goto}`);
    }
    (rule.reveal ?? []).forEach((id, j) => {
      if (!revealIds.includes(id)) {
        report('error', [...path, 'reveal', j], `"${id}" is not one of persona.reveals${didYouMean(id, revealIds)}`);
      }
    });
    checkLines(rule.say, [...path, 'say'], report);
    (rule.when ?? []).forEach((c, j) => checkCondition(c, whenPath(path, j), report));
  }

  checkShadowedRules(s, report);
  checkFlags(s, rules, report, whenPath);
  checkReachability(s, rules, report);

  const revealed = new Set(rules.flatMap(({ rule }) => rule.reveal ?? []));
  s.persona.reveals.forEach((r, i) => {
    if (!revealed.has(r.id)) report('warning', ['persona', 'reveals', i, 'id'], `no rule reveals "${r.id}"`);
  });
  const verifies = rules.some(({ rule }) => rule.set?.includes(RESERVED_FLAGS.rpcVerified)) || s.flags.includes(RESERVED_FLAGS.rpcVerified);
  if (!verifies && s.persona.answers !== 'voicemail') {
    report('warning', ['stages'], `no rule sets ${RESERVED_FLAGS.rpcVerified}: the consumer can never be verified`, 'key');
  }
}

/** Placeholders must be ones the compiler can fill. */
function checkLines(lines: readonly string[], path: Path, report: Report): void {
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/\{([^{}\s]*)\}/g)) {
      const key = m[1] ?? '';
      if (!(PLACEHOLDERS as readonly string[]).includes(key)) {
        report('error', [...path, i], `unknown placeholder {${key}}${didYouMean(key, PLACEHOLDERS)}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`);
      }
    }
  });
}

/** Conditions that can never hold are almost always a slip of the author. */
function checkCondition(c: Condition, path: Path, report: Report): void {
  if (c.mentions) checkLines(c.mentions, [...path, 'mentions'], report);
  for (const key of ['any', 'all'] as const) {
    for (const act of c[key] ?? []) {
      if (c.none?.includes(act)) report('error', [...path, 'none'], `"${act}" is in both ${key} and none: the condition can never hold`);
    }
  }
  for (const flag of c.flags ?? []) {
    if (c.not_flags?.includes(flag)) report('error', [...path, 'not_flags'], `"${flag}" is in both flags and not_flags: the condition can never hold`);
  }
  for (const key of ['patience', 'trust', 'turn'] as const) {
    const r = c[key];
    if (!r) continue;
    if (r.at_least !== undefined && r.at_most !== undefined && r.at_least > r.at_most) {
      report('error', [...path, key], `at_least (${r.at_least}) is above at_most (${r.at_most}): the condition can never hold`);
    }
    const max = key === 'turn' ? Infinity : 100;
    const min = key === 'turn' ? 1 : 0;
    if ((r.at_least !== undefined && r.at_least > max) || (r.at_most !== undefined && r.at_most < min)) {
      report('error', [...path, key], `${key} is always between ${min} and ${max === Infinity ? 'the last turn' : max}: the condition can never hold`);
    }
  }
}

/** A rule after one that always applies can never answer. */
function checkShadowedRules(s: Scenario, report: Report): void {
  const lists: [Path, (Rule | Interrupt)[]][] = [
    [['interrupts'], s.interrupts],
    ...Object.entries(s.stages).map(([id, st]): [Path, Rule[]] => [['stages', id, 'rules'], st.rules]),
  ];
  for (const [path, list] of lists) {
    const always = list.findIndex((r) => alwaysHolds(r) && !('stages' in r && r.stages !== undefined));
    if (always === -1) continue;
    for (let i = always + 1; i < list.length; i++) {
      report('warning', [...path, i], `never used: ${[...path, always].join('.')} above it has no conditions and always answers first`);
    }
  }
}

function alwaysHolds(rule: Rule | Interrupt): boolean {
  return rule.when === undefined || rule.when.some((c) => Object.values(c).every((v) => v === undefined));
}

/** A flag tested but never set is usually a typo, and the rule testing it is dead. */
function checkFlags(s: Scenario, rules: RuleAt[], report: Report, whenPath: WhenPath): void {
  const settable = new Set<string>([
    ...s.flags,
    ...rules.flatMap(({ rule }) => [...(rule.set ?? []), ...(rule.reveal ?? [])]),
  ]);
  if (s.persona.answers === 'spouse' || s.persona.answers === 'roommate') settable.add(RESERVED_FLAGS.thirdPartyOnLine);
  const known = [...settable];
  for (const { rule, path } of rules) {
    (rule.when ?? []).forEach((c, j) => {
      const base = whenPath(path, j);
      (c.flags ?? []).forEach((f, k) => {
        if (!settable.has(f)) report('warning', [...base, 'flags', k], `flag "${f}" is never set, so this rule never applies${didYouMean(f, known)}`);
      });
      (c.not_flags ?? []).forEach((f, k) => {
        if (!settable.has(f)) report('warning', [...base, 'not_flags', k], `flag "${f}" is never set${didYouMean(f, known)}`);
      });
    });
  }
}

/** Stages no `goto` leads to from the start stage can never be played. */
function checkReachability(s: Scenario, rules: RuleAt[], report: Report): void {
  const stageIds = Object.keys(s.stages);
  // An unknown `start` is reported on its own; read the graph from the first stage instead.
  const start = s.start !== undefined && s.start in s.stages ? s.start : stageIds[0];
  if (start === undefined) return;
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const from = queue.shift() as string;
    for (const { rule, stages } of rules) {
      if (!stages.includes(from) || rule.goto === undefined || !(rule.goto in s.stages)) continue;
      if (!reached.has(rule.goto)) {
        reached.add(rule.goto);
        queue.push(rule.goto);
      }
    }
  }
  for (const id of stageIds) {
    if (!reached.has(id) && id !== ENDED_STAGE) report('warning', ['stages', id], `stage "${id}" is unreachable: no goto leads to it from "${start}"`, 'key');
  }
}

/** Offset of the deepest existing node along `path` (a single-item list given as a scalar included). */
function valueOffset(doc: Document, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
    if (depth > 0) {
      const k = keyOffset(doc, path.slice(0, depth));
      if (k >= 0) return k;
    }
  }
  return 0;
}

/** Offset of the key naming `path`'s last step in its map, or -1. */
function keyOffset(doc: Document, path: Path): number {
  const parent = path.length <= 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (!isMap(parent)) return path.length > 0 ? valueOffset(doc, path.slice(0, -1)) : 0;
  for (const item of parent.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === last && item.key.range) return item.key.range[0];
  }
  return -1;
}
