import { perConnection, type Db } from '../db/database.ts';
import type { CallMode } from './calls.ts';

/** One ended call of a cohort's trainee, with its stored report (JSON text). */
export interface ExportedCall {
  id: string;
  trainee_name: string;
  trainee_email: string;
  scenario_id: string;
  mode: CallMode;
  started_at: string;
  ended_at: string;
  score: number | null;
  overall: 'pass' | 'fail' | null;
  rubric_version: string | null;
  report: string | null;
}

/** Which calls to export: a cohort's, optionally one scenario's, ended within [from, to] (UTC days). */
export interface ExportFilter {
  cohortId: number;
  scenario?: string | undefined;
  /** `YYYY-MM-DD`, inclusive. */
  from?: string | undefined;
  /** `YYYY-MM-DD`, inclusive. */
  to?: string | undefined;
}

/** The day after a `YYYY-MM-DD` date, in the same form. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Data out: the calls a trainer or admin exports as CSV or xAPI. */
export const exportsRepository = perConnection((db: Db) => {
  // ended_at is an ISO UTC timestamp, so day bounds compare as strings: `>= from` and `< to + 1 day`.
  const endedCalls = db.prepare(
    `SELECT c.id, u.name AS trainee_name, u.email AS trainee_email, c.scenario_id, c.mode, c.started_at, c.ended_at,
       c.score, c.overall, c.rubric_version, c.report
     FROM calls c
     JOIN cohort_members m ON m.user_id = c.user_id AND m.role = 'trainee' AND m.cohort_id = @cohort
     JOIN users u ON u.id = c.user_id
     WHERE c.status = 'ended'
       AND (@scenario IS NULL OR c.scenario_id = @scenario)
       AND (@from IS NULL OR c.ended_at >= @from)
       AND (@before IS NULL OR c.ended_at < @before)
     ORDER BY c.ended_at, c.id`,
  );
  return {
    /** The cohort's trainees' ended calls matching the filter, oldest first. */
    endedCalls(filter: ExportFilter): ExportedCall[] {
      return endedCalls.all({
        cohort: filter.cohortId,
        scenario: filter.scenario ?? null,
        from: filter.from ?? null,
        before: filter.to === undefined ? null : nextDay(filter.to),
      }) as ExportedCall[];
    },
  };
});
