import { perConnection, type Db } from '../db/database.ts';
import { factsRepository, reportFigures } from './facts.ts';

export type CallStatus = 'active' | 'wrap_up' | 'ended';
export type CallMode = 'practice' | 'assessment';

/** A stored call without its turns. */
export interface CallRow {
  id: string;
  user_id: number;
  scenario_id: string;
  mode: CallMode;
  seed: number;
  status: CallStatus;
  snapshot: string;
  stage: string;
  started_at: string;
  hung_up_at: string | null;
  ended_at: string | null;
  record: string | null;
  report: string | null;
  score: number | null;
  overall: 'pass' | 'fail' | null;
  rubric_version: string | null;
}

/** One stored utterance. */
export interface TurnRow {
  n: number;
  speaker: 'agent' | 'customer' | 'third_party' | 'system';
  text: string;
  acts: string;
  created_at: string;
}

/** A new utterance to append; `snapshot` is the machine state after a customer reply. */
export interface NewTurn {
  speaker: TurnRow['speaker'];
  text: string;
  acts: readonly string[];
  snapshot?: string | undefined;
}

/** Calls and their turns. Every write that changes a call's state runs in one transaction. */
export const callsRepository = perConnection((db: Db) => {
  const facts = factsRepository(db);
  const insertCall = db.prepare(
    `INSERT INTO calls (id, user_id, scenario_id, mode, seed, status, snapshot, stage, started_at)
     VALUES (@id, @user_id, @scenario_id, @mode, @seed, 'active', @snapshot, @stage, @started_at)`,
  );
  const insertTurn = db.prepare(
    'INSERT INTO turns (call_id, n, speaker, text, acts, snapshot, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const lastTurnNumber = db.prepare('SELECT COALESCE(MAX(n), 0) AS n FROM turns WHERE call_id = ?');
  const updateState = db.prepare('UPDATE calls SET snapshot = ?, stage = ? WHERE id = ?');
  const hangUp = db.prepare(
    `UPDATE calls SET status = 'wrap_up', hung_up_at = ?, snapshot = ?, stage = ? WHERE id = ? AND status = 'active'`,
  );
  const finish = db.prepare(
    `UPDATE calls SET status = 'ended', ended_at = ?, record = ?, report = ?, score = ?, overall = ?, rubric_version = ?,
       hung_up_at = COALESCE(hung_up_at, ?) WHERE id = ? AND status != 'ended'`,
  );
  const byId = db.prepare('SELECT * FROM calls WHERE id = ?');
  const endedIds = db.prepare(`SELECT id FROM calls WHERE status = 'ended' AND report IS NOT NULL ORDER BY ended_at, id`);
  const rescored = db.prepare(
    `UPDATE calls SET report = ?, score = ?, overall = ?, rubric_version = ? WHERE id = ? AND status = 'ended'`,
  );
  const turnsOf = db.prepare('SELECT n, speaker, text, acts, created_at FROM turns WHERE call_id = ? ORDER BY n');
  const ofUser = db.prepare(
    `SELECT id, scenario_id, mode, status, started_at, ended_at, score, overall FROM calls
     WHERE user_id = ? ORDER BY started_at DESC LIMIT ?`,
  );
  const cohortScores = db.prepare(
    `SELECT c.id, c.user_id, u.name AS trainee, c.scenario_id, c.ended_at, c.score, c.overall
     FROM calls c
     JOIN cohort_members m ON m.user_id = c.user_id AND m.role = 'trainee'
     JOIN users u ON u.id = c.user_id
     WHERE m.cohort_id = ? AND c.status = 'ended' AND c.mode = 'practice'
     ORDER BY c.ended_at`,
  );

  const appendTurns = db.transaction((callId: string, turns: readonly NewTurn[], now: string) => {
    let n = (lastTurnNumber.get(callId) as { n: number }).n;
    const numbers: number[] = [];
    for (const t of turns) {
      n += 1;
      insertTurn.run(callId, n, t.speaker, t.text, JSON.stringify(t.acts), t.snapshot ?? null, now);
      numbers.push(n);
    }
    return numbers;
  });

  return {
    /** Stores a new call with the customer's opening words as turn 1. */
    create(
      call: { id: string; userId: number; scenarioId: string; mode: CallMode; seed: number; snapshot: string; stage: string },
      opening: NewTurn,
      now = new Date(),
    ): void {
      const at = now.toISOString();
      db.transaction(() => {
        insertCall.run({
          id: call.id,
          user_id: call.userId,
          scenario_id: call.scenarioId,
          mode: call.mode,
          seed: call.seed,
          snapshot: call.snapshot,
          stage: call.stage,
          started_at: at,
        });
        appendTurns(call.id, [opening], at);
      })();
    },

    /**
     * Appends the trainee's words and the customer's answer together with the machine's new
     * snapshot, atomically; when the customer ended the call it moves to wrap-up. Returns the
     * turn numbers given to the appended turns.
     */
    recordExchange(
      callId: string,
      turns: readonly NewTurn[],
      state: { snapshot: string; stage: string; ended: boolean },
      now = new Date(),
    ): number[] {
      const at = now.toISOString();
      return db.transaction(() => {
        const numbers = appendTurns(callId, turns, at);
        if (state.ended) hangUp.run(at, state.snapshot, state.stage, callId);
        else updateState.run(state.snapshot, state.stage, callId);
        return numbers;
      })();
    },

    /** The trainee pressed End call: the call moves to wrap-up (notes and disposition). */
    hangUp(callId: string, state: { snapshot: string; stage: string }, now = new Date()): void {
      hangUp.run(now.toISOString(), state.snapshot, state.stage, callId);
    },

    /** Stores the filed record and the server-computed report; returns false if already ended. */
    finish(
      callId: string,
      result: { record: unknown; report: unknown; score: number; overall: 'pass' | 'fail'; rubricVersion: string },
      now = new Date(),
    ): boolean {
      const at = now.toISOString();
      return db.transaction(() => {
        const info = finish.run(
          at,
          JSON.stringify(result.record ?? null),
          JSON.stringify(result.report),
          result.score,
          result.overall,
          result.rubricVersion,
          at,
          callId,
        );
        if (info.changes !== 1) return false;
        facts.write(byId.get(callId) as CallRow, at, reportFigures(result.report, result.score, result.overall));
        return true;
      })();
    },

    /** Ids of every ended, scored call, oldest first. */
    endedCallIds(): string[] {
      return (endedIds.all() as { id: string }[]).map((r) => r.id);
    },

    /** Replaces an ended call's report after a rubric change (`parley rescore`). */
    replaceReport(callId: string, result: { report: unknown; score: number; overall: 'pass' | 'fail'; rubricVersion: string }): void {
      db.transaction(() => {
        if (rescored.run(JSON.stringify(result.report), result.score, result.overall, result.rubricVersion, callId).changes !== 1) return;
        const call = byId.get(callId) as CallRow;
        facts.write(call, call.ended_at as string, reportFigures(result.report, result.score, result.overall));
      })();
    },

    get(callId: string): CallRow | undefined {
      return byId.get(callId) as CallRow | undefined;
    },

    turns(callId: string): TurnRow[] {
      return turnsOf.all(callId) as TurnRow[];
    },

    /** A user's most recent calls, newest first. */
    listForUser(userId: number, limit = 50) {
      return ofUser.all(userId, limit) as Pick<
        CallRow,
        'id' | 'scenario_id' | 'mode' | 'status' | 'started_at' | 'ended_at' | 'score' | 'overall'
      >[];
    },

    /** Every ended practice call of a cohort's trainees, oldest first. */
    cohortScores(cohortId: number) {
      return cohortScores.all(cohortId) as {
        id: string;
        user_id: number;
        trainee: string;
        scenario_id: string;
        ended_at: string;
        score: number;
        overall: 'pass' | 'fail';
      }[];
    },
  };
});
