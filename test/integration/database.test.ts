import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/server/db/database.ts';
import { callsRepository } from '../../src/server/repositories/calls.ts';
import { cohortsRepository } from '../../src/server/repositories/cohorts.ts';
import { sessionsRepository } from '../../src/server/repositories/sessions.ts';
import { usersRepository } from '../../src/server/repositories/users.ts';
import { tempDatabase } from '../fixtures/temp-db.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function fresh() {
  const t = tempDatabase();
  cleanup = t.cleanup;
  return t.db;
}

describe('database and repositories (real SQLite file)', () => {
  it('applies every migration once and runs in WAL mode', () => {
    const db = fresh();
    const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(applied.map((m) => m.version)).toEqual(readMigrations().map((m) => m.version));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    migrate(db); // idempotent
    expect((db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(applied.length);
  });

  it('refuses a migration whose file changed after it was applied', () => {
    const db = fresh();
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    expect(() => migrate(db, edited)).toThrow(/changed after it was applied/);
  });

  it('finds users by email case-insensitively and never returns the hash from findById', () => {
    const db = fresh();
    const users = usersRepository(db);
    const id = users.create({ email: 'Kim@Example.com', name: 'Kim', role: 'trainee', passwordHash: 'h' });
    expect(users.findForLogin('kim@example.com')?.id).toBe(id);
    expect(users.findById(id)).toEqual({ id, email: 'Kim@Example.com', name: 'Kim', role: 'trainee' });
    expect(() => users.create({ email: 'kim@example.com', name: 'Dup', role: 'trainee', passwordHash: null })).toThrow();
  });

  it('resolves a session only until it expires, and stores only a hash of the token', () => {
    const db = fresh();
    const userId = usersRepository(db).create({ email: 'a@b.c', name: 'A', role: 'trainer', passwordHash: null });
    const sessions = sessionsRepository(db);
    const now = new Date('2026-11-23T10:00:00Z');
    sessions.create('secret-token', userId, new Date('2026-11-24T10:00:00Z'), now);
    expect(sessions.userFor('secret-token', now)?.id).toBe(userId);
    expect(sessions.userFor('secret-token', new Date('2026-11-25T10:00:00Z'))).toBeUndefined();
    expect(sessions.userFor('other-token', now)).toBeUndefined();
    const stored = db.prepare('SELECT token_hash FROM sessions').pluck().all() as string[];
    expect(stored).not.toContain('secret-token');
    sessions.delete('secret-token');
    expect(sessions.userFor('secret-token', now)).toBeUndefined();
  });

  it('stores a call turn by turn with the machine snapshot, and moves it through wrap-up to ended', () => {
    const db = fresh();
    const userId = usersRepository(db).create({ email: 't@x.y', name: 'T', role: 'trainee', passwordHash: null });
    const calls = callsRepository(db);
    calls.create(
      { id: 'c1', userId, scenarioId: 's', mode: 'practice', seed: 7, snapshot: '{"v":0}', stage: 'answer' },
      { speaker: 'customer', text: 'Hello?', acts: [] },
    );
    const numbers = calls.recordExchange(
      'c1',
      [
        { speaker: 'agent', text: 'Hi, is this Dana?', acts: ['greeting', 'verify_identity'] },
        { speaker: 'customer', text: 'Speaking.', acts: ['confirms_identity'], snapshot: '{"v":1}' },
      ],
      { snapshot: '{"v":1}', stage: 'identity', ended: false },
    );
    expect(numbers).toEqual([2, 3]);
    expect(calls.get('c1')).toMatchObject({ status: 'active', snapshot: '{"v":1}', stage: 'identity' });
    expect(calls.turns('c1').map((t) => [t.n, t.speaker, JSON.parse(t.acts)])).toEqual([
      [1, 'customer', []],
      [2, 'agent', ['greeting', 'verify_identity']],
      [3, 'customer', ['confirms_identity']],
    ]);

    calls.recordExchange('c1', [{ speaker: 'agent', text: 'Bye', acts: ['close_call'] }], { snapshot: '{"v":2}', stage: 'ended', ended: true });
    expect(calls.get('c1')?.status).toBe('wrap_up');

    const result = { record: { disposition: 'NA' }, report: { score: 55 }, score: 55, overall: 'fail' as const, rubricVersion: 'r1' };
    expect(calls.finish('c1', result)).toBe(true);
    expect(calls.finish('c1', result)).toBe(false); // a call is scored once
    expect(calls.get('c1')).toMatchObject({ status: 'ended', score: 55, overall: 'fail', rubric_version: 'r1' });
  });

  it("lists a cohort's scored practice calls for its trainer, oldest first", () => {
    const db = fresh();
    const users = usersRepository(db);
    const cohorts = cohortsRepository(db);
    const trainer = users.create({ email: 'tr@x.y', name: 'Tr', role: 'trainer', passwordHash: null });
    const inCohort = users.create({ email: 'in@x.y', name: 'In', role: 'trainee', passwordHash: null });
    const outsider = users.create({ email: 'out@x.y', name: 'Out', role: 'trainee', passwordHash: null });
    const cohort = cohorts.create('C1');
    cohorts.addMember(cohort, trainer, 'trainer');
    cohorts.addMember(cohort, inCohort, 'trainee');
    expect(cohorts.forTrainer(trainer)).toEqual([{ id: cohort, name: 'C1', practice_hints: 0 }]);
    // Live practice hints: off until a trainer turns them on, then on for the cohort's trainees.
    const traineeIds = cohorts.trainees(cohort).map((t) => t.id);
    expect(traineeIds.length).toBeGreaterThan(0);
    expect(traineeIds.every((id) => !cohorts.practiceHintsFor(id))).toBe(true);
    expect(cohorts.isTrainerOf(cohort, trainer)).toBe(true);
    expect(cohorts.setPracticeHints(cohort, true)).toBe(true);
    expect(traineeIds.every((id) => cohorts.practiceHintsFor(id))).toBe(true);
    expect(cohorts.practiceHintsFor(trainer)).toBe(false);
    expect(cohorts.setPracticeHints(9999, true)).toBe(false);

    const calls = callsRepository(db);
    const finish = (id: string, userId: number, at: string, score: number) => {
      calls.create({ id, userId, scenarioId: 's', mode: 'practice', seed: 1, snapshot: '{}', stage: 'a' }, { speaker: 'customer', text: 'Hi', acts: [] }, new Date(at));
      calls.finish(id, { record: null, report: {}, score, overall: score >= 70 ? 'pass' : 'fail', rubricVersion: 'r' }, new Date(at));
    };
    finish('late', inCohort, '2026-11-20T10:00:00Z', 80);
    finish('early', inCohort, '2026-11-10T10:00:00Z', 40);
    finish('other', outsider, '2026-11-12T10:00:00Z', 99);
    expect(calls.cohortScores(cohort).map((c) => [c.id, c.score])).toEqual([
      ['early', 40],
      ['late', 80],
    ]);
  });
});
