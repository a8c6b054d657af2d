import type { CallRecord } from '../transcript/schema.ts';
import type { ScoreReport, Violation } from './engine.ts';

/**
 * The debrief's data, shaped from a stored report: a timeline of every turn with what it did
 * and what it earned or cost, the competency radar's series, the call's simulated outcome in
 * figures, and the record-keeping check. Pure, so the page only lays it out.
 */

/** Something a turn earned or cost. */
export interface TurnEvent {
  kind: 'credit' | 'violation';
  id: string;
  title: string;
  /** Points earned (positive) or taken off (negative). */
  points: number;
  /** For a violation: its severity, why it matters and what to say instead. */
  severity?: Violation['severity'];
  explanation?: string;
  instead?: string;
  source?: string;
  evidence?: string;
}

export interface DebriefTurn {
  n: number;
  speaker: string;
  text: string;
  /** The acts the scorer read in the turn (empty for system turns and old reports without them). */
  acts: readonly string[];
  events: TurnEvent[];
}

export interface OutcomeFigures {
  outcome: string;
  /** An arrangement (promise, plan or settlement) was reached on the call. */
  arrangementMade: boolean;
  balance: number | null;
  /** The amount the trainee filed as agreed, when filed. */
  committed: number | null;
  /** `committed` as a whole percentage of the balance, when both are known. */
  committedPct: number | null;
  /** The customer's mood when the call ended, 0–100 each, for simulated calls. */
  mood: { patience: number; trust: number } | null;
}

export interface Debrief {
  turns: DebriefTurn[];
  radar: { labels: string[]; values: number[] };
  figures: OutcomeFigures;
  /** The record-keeping criteria, with what was checked. */
  recordChecks: { id: string; title: string; applicable: boolean; met: boolean; facts: string[] }[];
  /** Points lost to compliance, and points earned of those available. */
  totals: { earned: number; available: number; penalties: number };
  /** The call passed under the pass mark: its own work reached it, and the record's lost points do not fail it alone. */
  passedOnOwnWork: boolean;
}

const AGREEMENTS = new Set(['promise_to_pay', 'payment_plan', 'settlement']);
const RECORD_CRITERIA = new Set(['N_RECORD_MATCHES', 'N_RECORD_TERMS']);

const label = (s: string) => s.replace(/_/g, ' ');

export function buildDebrief(
  report: ScoreReport,
  turns: readonly { n: number; speaker: string; text: string; acts?: readonly string[] }[],
  options: { record?: CallRecord | null; balance?: number | null; mood?: { patience: number; trust: number } | null } = {},
): Debrief {
  const actsByTurn = new Map<number, readonly string[]>();
  for (const t of report.timeline ?? []) actsByTurn.set(t.turn, t.acts);

  const events = new Map<number, TurnEvent[]>();
  const add = (turn: number, e: TurnEvent) => events.set(turn, [...(events.get(turn) ?? []), e]);
  for (const v of report.violations) {
    const occurrences = v.occurrences.length > 0 ? v.occurrences : [{ turn: v.turn, evidence: v.evidence }];
    occurrences.forEach((o, i) =>
      add(o.turn, {
        kind: 'violation',
        id: v.rule,
        title: v.title,
        // The penalty is taken once per rule: it is shown where the rule was first broken.
        points: i === 0 ? -(v.points_lost ?? 0) : 0,
        severity: v.severity,
        explanation: v.explanation,
        instead: v.instead,
        source: v.source,
        evidence: o.evidence,
      }),
    );
  }
  for (const c of report.criteria) {
    if (!c.met || c.turns.length === 0) continue;
    // The points are shown on the last turn that earned them; earlier ones are credited without.
    c.turns.forEach((t, i) => add(t, { kind: 'credit', id: c.id, title: c.title, points: i === c.turns.length - 1 ? c.points : 0 }));
  }

  const balance = options.balance ?? null;
  const committed = options.record?.arrangement?.amount ?? null;
  const arrangementMade = AGREEMENTS.has(report.outcome);
  return {
    turns: turns.map((t) => ({
      n: t.n,
      speaker: t.speaker,
      text: t.text,
      acts: (actsByTurn.get(t.n) ?? t.acts ?? []).filter((a) => a !== 'other'),
      events: events.get(t.n) ?? [],
    })),
    radar: { labels: Object.keys(report.competencies).map(label), values: Object.values(report.competencies) },
    figures: {
      outcome: report.outcome,
      arrangementMade,
      balance,
      committed: arrangementMade ? committed : null,
      committedPct: arrangementMade && committed !== null && balance ? Math.round((100 * committed) / balance) : null,
      mood: options.mood ?? null,
    },
    recordChecks: report.criteria
      .filter((c) => RECORD_CRITERIA.has(c.id))
      .map((c) => ({ id: c.id, title: c.title, applicable: c.applicable !== false, met: c.met, facts: c.facts ?? [] })),
    totals: {
      earned: report.criteria.reduce((s, c) => s + c.points, 0),
      available: report.criteria.reduce((s, c) => s + c.max, 0),
      penalties: report.violations.reduce((s, v) => s + (v.points_lost ?? 0), 0),
    },
    passedOnOwnWork: report.overall === 'pass' && report.score < report.pass_mark,
  };
}
