/**
 * Assignments: a cohort's trainees must pass a scenario at a required score by a due date, within
 * a number of attempts. How far a trainee is with one is decided here, from their attempts.
 */
import { z } from 'zod';

export interface Assignment {
  id: number;
  scenario: string;
  /** `YYYY-MM-DD`, the last day it counts. */
  due_on: string;
  required_score: number;
  /** `null`: as many as they like. */
  attempts_allowed: number | null;
}

/** One scored attempt of the assignment's scenario. */
export interface AssignmentAttempt {
  score: number;
  overall: 'pass' | 'fail';
  /** ISO timestamp. */
  ended_at: string;
}

export type AssignmentState = 'done' | 'due' | 'overdue' | 'out_of_attempts';

export interface AssignmentProgress {
  state: AssignmentState;
  /** Attempts that count (those up to the attempt that completed it, else all). */
  attempts: number;
  /** Attempts left; `null` when unlimited. */
  remaining: number | null;
  best: number | null;
  /** When it was completed (the passing attempt's `ended_at`). */
  completed_at: string | null;
  /** Completed after the due date. */
  late: boolean;
}

/** A trainer's new assignment, validated. */
export const assignmentInputSchema = z.strictObject({
  scenario: z.string().min(1).max(200),
  due_on: z.iso.date(),
  required_score: z.number().int().min(0).max(100),
  attempts_allowed: z.number().int().min(1).max(100).nullable().default(null),
});
export type AssignmentInput = z.output<typeof assignmentInputSchema>;

/**
 * Where a trainee stands on an assignment on `today` (`YYYY-MM-DD`): done once an attempt passes
 * at the required score within the allowed attempts (late if after the due date); out of attempts
 * when they are used up without that; otherwise due, or overdue after the due date.
 */
export function assignmentProgress(assignment: Assignment, attempts: readonly AssignmentAttempt[], today: string): AssignmentProgress {
  const ordered = [...attempts].sort((a, b) => a.ended_at.localeCompare(b.ended_at));
  const limit = assignment.attempts_allowed;
  let best: number | null = null;
  for (let i = 0; i < ordered.length; i++) {
    if (limit !== null && i >= limit) break;
    const a = ordered[i]!;
    best = best === null ? a.score : Math.max(best, a.score);
    if (a.overall === 'pass' && a.score >= assignment.required_score) {
      return {
        state: 'done',
        attempts: i + 1,
        remaining: limit === null ? null : limit - (i + 1),
        best,
        completed_at: a.ended_at,
        late: a.ended_at.slice(0, 10) > assignment.due_on,
      };
    }
  }
  const used = limit === null ? ordered.length : Math.min(ordered.length, limit);
  const remaining = limit === null ? null : limit - used;
  const state: AssignmentState = remaining === 0 ? 'out_of_attempts' : today > assignment.due_on ? 'overdue' : 'due';
  return { state, attempts: used, remaining, best, completed_at: null, late: false };
}
