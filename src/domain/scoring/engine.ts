import type { Act } from '../language/acts.ts';
import type { Classify } from '../language/utterance.ts';
import type { Speaker, Transcript } from '../transcript/schema.ts';
import { annotate, type AnnotatedCall } from './annotate.ts';
import { evaluate, type CheckEnv, type CheckResult, type Decided } from './checks.ts';
import { detectOutcome, type Outcome } from './outcome.ts';
import type { Rubric } from './rubric.ts';
import { guardingOneCall } from '../language/guarded-pattern.ts';
import { readingWordsOfOneCall } from './words.ts';
import { COMPETENCIES, type Competency, type Severity } from './rubric-schema.ts';

/**
 * The scorer: a pure function from a transcript, a rubric and a classifier to the score
 * report of CONTRACT.md ("Score report"). Every violation and criterion carries the turns
 * and the quoted words that decided it.
 */

/** One broken compliance rule. `turn`/`evidence` are its first occurrence; `occurrences` lists all. */
export interface Violation {
  rule: string;
  severity: Severity;
  /** The turn that broke the rule (for a breach of context, such as the hour, the first agent turn). */
  turn: number;
  /** The agent's words that broke it, or the fact that did when no words did. */
  evidence: string;
  occurrences: { turn: number; evidence: string }[];
  /** Context facts that decided it (the hour, the settlement authority …). */
  facts?: string[];
  title: string;
  explanation: string;
  instead: string;
  source: string;
  /** Points taken off the score for it (the rubric's penalty for its severity). */
  points_lost?: number;
}

/** One negotiation criterion: points earned, and the turns and words that earned them. */
export interface CriterionResult {
  id: string;
  met: boolean;
  points: number;
  /** The weight; 0 when the criterion does not apply to this call. */
  max: number;
  turns: number[];
  evidence: string[];
  /** False when the call never gave the chance (no hardship to be empathetic about). */
  applicable: boolean;
  /** Context fields that would have been needed to judge it, when it could not be. */
  not_evaluable?: string[];
  facts?: string[];
  /** A breach of the client's policy that fails the call whatever the score; its facts say what. */
  fails_call?: boolean;
  title: string;
  explanation: string;
}

/** A turn as the scorer understood it (the debrief's timeline). */
export interface TimelineTurn {
  turn: number;
  speaker: Speaker;
  text: string;
  acts: readonly Act[];
  rpc_verified: boolean;
  third_party_on_line: boolean;
  voicemail: boolean;
}

/** The score report of CONTRACT.md, with the explanations the debrief shows. */
export interface ScoreReport {
  id: string;
  overall: 'pass' | 'fail';
  score: number;
  critical_violations: string[];
  not_evaluable: string[];
  violations: Violation[];
  criteria: CriterionResult[];
  competencies: Record<Competency, number>;
  outcome: Outcome;
  rubric_version: string;
  /** The turn and words that decided the outcome, when any did. */
  outcome_evidence?: { turn: number; evidence: string };
  /** The lowest passing score the report was judged against. */
  pass_mark: number;
  /** Each turn's acts and call state; only with `{ timeline: true }`. */
  timeline?: TimelineTurn[];
}

export interface ScoreOptions {
  /** Include the annotated turns (for the debrief); off by default to keep reports compact. */
  timeline?: boolean;
  /** The id to report when the transcript has none (e.g. the file name). */
  id?: string;
}

/** Scores one transcript against a rubric, understanding each turn with `classify`. */
export function scoreTranscript(transcript: Transcript, rubric: Rubric, classify: Classify, options: ScoreOptions = {}): ScoreReport {
  const id = transcript.id ?? options.id;
  const read = () => guardingOneCall(() => scoreAnnotated(annotate(transcript, classify), rubric, id === undefined ? options : { ...options, id }));
  return classify.forOneCall ? classify.forOneCall(read) : read();
}

/** Scores a call already understood by `annotate` (for callers that also read the annotated turns). */
export function scoreAnnotated(call: AnnotatedCall, rubric: Rubric, options: ScoreOptions = {}): ScoreReport {
  return guardingOneCall(() => readingWordsOfOneCall(() => scoreUnderstood(call, rubric, options)));
}

function scoreUnderstood(call: AnnotatedCall, rubric: Rubric, options: ScoreOptions): ScoreReport {
  const outcome = detectOutcome(call);
  const env: CheckEnv = { call, outcome };

  const violations: Violation[] = [];
  const notEvaluable: string[] = [];
  for (const rule of rubric.rules) {
    const r = evaluate(rule.check, env);
    if ('notEvaluable' in r) {
      notEvaluable.push(rule.id);
      continue;
    }
    if (!('held' in r) || !r.held) continue;
    const occurrences: Violation['occurrences'] = [];
    r.turns.forEach((turn, i) => {
      if (!occurrences.some((o) => o.turn === turn)) occurrences.push({ turn, evidence: r.evidence[i] ?? '' });
    });
    const first = occurrences[0];
    const violation: Violation = {
      rule: rule.id,
      severity: rule.severity,
      turn: first?.turn ?? fallbackTurn(call),
      evidence: first?.evidence ?? r.facts?.[0] ?? rule.title,
      occurrences,
      title: rule.title,
      explanation: rule.explanation,
      instead: rule.instead,
      source: rule.source,
      points_lost: rubric.penalties[rule.severity],
    };
    if (r.facts && r.facts.length > 0) violation.facts = [...new Set(r.facts)];
    violations.push(violation);
  }

  const criteria = rubric.criteria.map((c): CriterionResult => {
    // A gate that cannot be decided for want of context counts as open: the usual case applies.
    const gate = c.applies_if === undefined ? null : evaluate(c.applies_if, env);
    const applies = gate === null || 'notEvaluable' in gate || ('held' in gate && gate.held);
    const r: CheckResult = applies ? evaluate(c.check, env) : { notApplicable: true };
    const base = { id: c.id, title: c.title, explanation: c.explanation };
    if ('notApplicable' in r) return { ...base, met: false, points: 0, max: 0, turns: [], evidence: [], applicable: false };
    if ('notEvaluable' in r) {
      return { ...base, met: false, points: 0, max: 0, turns: [], evidence: [], applicable: false, not_evaluable: r.notEvaluable };
    }
    const result: CriterionResult = {
      ...base,
      met: r.held,
      points: r.held ? c.weight : 0,
      max: c.weight,
      turns: r.held ? r.turns : [],
      evidence: r.held ? r.evidence : [],
      applicable: true,
    };
    const facts = factsOf(r);
    if (facts) result.facts = facts;
    return result;
  });
  // A policy breach a criterion names fails the call whether or not the criterion applied.
  rubric.criteria.forEach((c, i) => {
    if (!c.fails_call_when) return;
    const breach = evaluate(c.fails_call_when, env);
    if (!('held' in breach) || !breach.held) return;
    const result = criteria[i]!;
    result.fails_call = true;
    result.met = false;
    result.points = 0;
    result.turns = [];
    result.evidence = [];
    // What the breach states, else the words that made it; "not found in the call" from a condition
    // that something is absent says nothing the other facts do not.
    const stated = (breach.facts ?? []).filter((f) => f !== 'not found in the call');
    result.facts = [...new Set([...(result.facts ?? []), ...(stated.length > 0 ? stated : breach.evidence.map((e) => `"${e}"`))])];
  });

  const penaltyOf = (severity: Severity) => rubric.penalties[severity];
  const penalties = violations.reduce((sum, v) => sum + penaltyOf(v.severity), 0);
  const score = scoreOf(criteria, penalties);
  // The pass mark is applied to the call's own work: criteria marked outside_pass_mark (the record
  // filed after the call) cost points but cannot fail a call that otherwise passes.
  const judged = criteria.filter((_, i) => !rubric.criteria[i]!.outside_pass_mark);
  const passMarkScore = judged.length === criteria.length ? score : Math.max(score, scoreOf(judged, penalties));
  const critical = violations.filter((v) => v.severity === 'critical').map((v) => v.rule);

  const report: ScoreReport = {
    id: options.id ?? '',
    overall:
      critical.length > 0 || passMarkScore < rubric.pass_mark || violations.some((v) => rubric.fails_on.includes(v.severity)) || criteria.some((c) => c.fails_call) ? 'fail' : 'pass',
    score,
    critical_violations: critical,
    not_evaluable: notEvaluable,
    violations,
    criteria,
    competencies: competencies(rubric, criteria, violations),
    outcome: outcome.outcome,
    rubric_version: rubric.version,
    pass_mark: rubric.pass_mark,
  };
  if (outcome.turn !== null && outcome.evidence !== null) report.outcome_evidence = { turn: outcome.turn, evidence: outcome.evidence };
  if (options.timeline) report.timeline = timeline(call);
  return report;
}

/** The share of applicable criterion points earned, less the penalties (100 when none applied: nothing was there to earn). */
function scoreOf(criteria: readonly CriterionResult[], penalties: number): number {
  const earned = criteria.reduce((sum, c) => sum + c.points, 0);
  const possible = criteria.reduce((sum, c) => sum + c.max, 0);
  const base = possible > 0 ? (earned / possible) * 100 : 100;
  return clampScore(base - penalties);
}

function factsOf(r: Decided): string[] | undefined {
  return r.facts && r.facts.length > 0 ? r.facts : undefined;
}

/** The turn a context breach is pinned to: the agent's first words (the call they placed). */
function fallbackTurn(call: AnnotatedCall): number {
  return call.agentTurns[0]?.index ?? call.turns[0]?.index ?? 1;
}

function clampScore(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}

/**
 * Each competency: the share of applicable criterion points mapped to it (100 when none
 * applied), less the penalties of the broken rules mapped to it.
 */
function competencies(rubric: Rubric, criteria: readonly CriterionResult[], violations: readonly Violation[]): Record<Competency, number> {
  const earned: Record<string, number> = {};
  const possible: Record<string, number> = {};
  const penalty: Record<string, number> = {};
  rubric.criteria.forEach((c, i) => {
    const r = criteria[i]!;
    for (const k of c.competencies) {
      earned[k] = (earned[k] ?? 0) + r.points;
      possible[k] = (possible[k] ?? 0) + r.max;
    }
  });
  const byId = new Map<string, (typeof rubric.rules)[number]>(rubric.rules.map((r) => [r.id, r]));
  for (const v of violations) {
    for (const k of byId.get(v.rule)?.competencies ?? []) penalty[k] = (penalty[k] ?? 0) + rubric.penalties[v.severity];
  }
  const out = {} as Record<Competency, number>;
  for (const k of COMPETENCIES) {
    const p = possible[k] ?? 0;
    const base = p > 0 ? ((earned[k] ?? 0) / p) * 100 : 100;
    out[k] = clampScore(base - (penalty[k] ?? 0));
  }
  return out;
}

function timeline(call: AnnotatedCall): TimelineTurn[] {
  return call.turns.map((t) => ({
    turn: t.index,
    speaker: t.speaker,
    text: t.text,
    acts: t.acts,
    rpc_verified: t.state.rpcVerified,
    third_party_on_line: t.state.thirdPartyOnLine,
    voicemail: t.state.voicemail,
  }));
}
