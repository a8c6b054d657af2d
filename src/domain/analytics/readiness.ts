/**
 * "Call-ready": when a trainee may take live calls. A trainee is ready once
 * every core scenario has been passed at the rule's minimum score and none of
 * their last few calls (any scenario) had a critical violation.
 */
import { z } from 'zod';

export interface ReadinessRule {
  /** Scenarios that must be passed; empty means every scenario in `allScenarios`. */
  coreScenarios: string[];
  /** Lowest score of a pass that counts. */
  minScore: number;
  /** How many of the latest calls must be free of critical violations. */
  window: number;
}

/** Every scenario passed at 80 or more, no critical violation in the last 3 calls. */
export const DEFAULT_READINESS_RULE: Readonly<ReadinessRule> = Object.freeze({ coreScenarios: [], minScore: 80, window: 3 });

/** Validates a rule a trainer configured. */
export const readinessRuleSchema = z.object({
  coreScenarios: z
    .array(z.string().min(1))
    .refine((ids) => new Set(ids).size === ids.length, { error: 'core scenarios must be unique' }),
  minScore: z.number().int().min(0).max(100),
  window: z.number().int().min(1).max(20),
}) satisfies z.ZodType<ReadinessRule>;

/** One ended call of a trainee, as readiness needs it. */
export interface Attempt {
  scenario: string;
  score: number;
  overall: 'pass' | 'fail';
  /** Count of critical violations in the call. */
  critical: number;
  /** ISO timestamp. */
  ended_at: string;
}

/** A core scenario not passed yet. */
export interface MissingScenario {
  scenario: string;
  /** Best score of any attempt of it, `null` if never attempted. */
  best: number | null;
  /** The score a pass needs (the rule's `minScore`). */
  needed: number;
}

/** A call among the latest `window` with critical violations. */
export interface RecentCritical {
  ended_at: string;
  scenario: string;
  count: number;
}

export interface ReadinessStatus {
  ready: boolean;
  /** Core scenarios not passed yet, in core-scenario order. */
  missing: MissingScenario[];
  /** Calls among the latest `window` with critical violations, oldest first. */
  recentCritical: RecentCritical[];
  /** How many attempts were considered. */
  attempts: number;
  /** The rule's window, so the status can be described on its own. */
  window: number;
}

/**
 * Attempts oldest first by the instant they ended (offsets honoured); attempts
 * ending at the same instant keep their given order.
 * Throws a RangeError for an `ended_at` that is not a date.
 */
function chronological(attempts: readonly Attempt[]): Attempt[] {
  const keyed = attempts.map((a) => {
    const t = Date.parse(a.ended_at);
    if (Number.isNaN(t)) throw new RangeError(`invalid ended_at: ${a.ended_at}`);
    return { a, t };
  });
  return keyed.sort((x, y) => x.t - y.t).map((k) => k.a);
}

/** The scenarios the rule requires, without repeats. */
function coreScenarios(rule: ReadinessRule, allScenarios: readonly string[]): string[] {
  return [...new Set(rule.coreScenarios.length > 0 ? rule.coreScenarios : allScenarios)];
}

/** Whether an attempt counts as passing its scenario under the rule. */
const countsAsPass = (rule: ReadinessRule, a: Attempt) => a.overall === 'pass' && a.score >= rule.minScore;

/** Index of the first attempt inside the window of the latest `window` of `n` attempts. */
const windowStart = (n: number, window: number) => Math.max(0, n - window);

/** Whether a trainee is call-ready under `rule`, and if not, what is missing. Attempts may come in any order. */
export function readiness(rule: ReadinessRule, attempts: readonly Attempt[], allScenarios: readonly string[]): ReadinessStatus {
  const ordered = chronological(attempts);
  const best = new Map<string, number>();
  const passed = new Set<string>();
  for (const a of ordered) {
    best.set(a.scenario, Math.max(best.get(a.scenario) ?? -Infinity, a.score));
    if (countsAsPass(rule, a)) passed.add(a.scenario);
  }
  const missing = coreScenarios(rule, allScenarios)
    .filter((s) => !passed.has(s))
    .map((scenario) => ({ scenario, best: best.get(scenario) ?? null, needed: rule.minScore }));
  const recentCritical = ordered
    .slice(windowStart(ordered.length, rule.window))
    .filter((a) => a.critical > 0)
    .map((a) => ({ ended_at: a.ended_at, scenario: a.scenario, count: a.critical }));
  return {
    ready: ordered.length > 0 && missing.length === 0 && recentCritical.length === 0,
    missing,
    recentCritical,
    attempts: ordered.length,
    window: rule.window,
  };
}

/**
 * After how many attempts (1-based, oldest first) the trainee first became
 * call-ready, `null` if never. One pass over the sorted attempts keeping the
 * set of core scenarios passed so far and the number of critical calls inside
 * the sliding window: O(n log n) for the sort, O(n) after it.
 */
export function attemptsUntilReady(rule: ReadinessRule, attempts: readonly Attempt[], allScenarios: readonly string[]): number | null {
  const ordered = chronological(attempts);
  const cores = new Set(coreScenarios(rule, allScenarios));
  const passed = new Set<string>();
  let criticalInWindow = 0;
  for (const [i, a] of ordered.entries()) {
    if (cores.has(a.scenario) && countsAsPass(rule, a)) passed.add(a.scenario);
    if (a.critical > 0) criticalInWindow++;
    const leaving = ordered[i - Math.max(0, rule.window)];
    if (leaving && leaving.critical > 0) criticalInWindow--;
    if (passed.size === cores.size && criticalInWindow === 0) return i + 1;
  }
  return null;
}

/** Calendar day (UTC) of an ISO timestamp. */
const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/**
 * Short sentences telling the trainee what stands between them and being
 * call-ready; empty when ready. `titleOf` turns a scenario id into its title.
 */
export function describeMissing(status: ReadinessStatus, titleOf: (id: string) => string = (id) => id): string[] {
  const lines = status.missing.map(({ scenario, best, needed }) => {
    const progress =
      best === null ? 'not attempted yet' : best >= needed ? `best so far ${best}, but not a pass` : `best so far ${best}`;
    return `Pass ‘${titleOf(scenario)}’ at ${needed} or more (${progress})`;
  });
  if (status.recentCritical.length > 0) {
    const calls = status.window === 1 ? 'the last call' : `the last ${status.window} calls`;
    const where = status.recentCritical.map((c) => `${c.count} in the call of ${day(c.ended_at)}`).join(', ');
    lines.push(`No critical violation in ${calls} (${where})`);
  }
  if (status.attempts === 0 && lines.length === 0) lines.push('Complete at least one call');
  return lines;
}
