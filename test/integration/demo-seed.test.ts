import { afterEach, describe, expect, it } from 'vitest';
import { scoringContext } from '../../src/domain/scenario/runtime.ts';
import { scoreTranscript } from '../../src/domain/scoring/engine.ts';
import { getCatalog } from '../../src/server/content/catalog.ts';
import { callsRepository } from '../../src/server/repositories/calls.ts';
import { cohortsRepository } from '../../src/server/repositories/cohorts.ts';
import { isDemoMode } from '../../src/server/repositories/settings.ts';
import { usersRepository } from '../../src/server/repositories/users.ts';
import { seedDemoIfEmpty } from '../../src/server/seed/demo.ts';
import { tempDatabase } from '../fixtures/temp-db.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('demo data', () => {
  it('seeds the contract logins, a cohort and history made by playing calls through the real engine', async () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    const catalog = getCatalog();
    const now = new Date('2026-11-23T12:00:00Z');
    expect(await seedDemoIfEmpty(t.db, catalog, now)).toBe(true);
    expect(isDemoMode(t.db)).toBe(true);

    const users = usersRepository(t.db);
    for (const email of ['trainee@example.com', 'trainer@example.com', 'reviewer@example.com']) {
      expect(users.findForLogin(email)?.password_hash).toMatch(/^\$argon2id\$/);
    }
    const trainer = users.findForLogin('trainer@example.com')!;
    const [cohort] = cohortsRepository(t.db).forTrainer(trainer.id);
    expect(cohort).toBeDefined();
    const scored = callsRepository(t.db).cohortScores(cohort!.id);
    expect(scored.length).toBeGreaterThanOrEqual(30);
    expect(new Set(scored.map((c) => c.trainee)).size).toBeGreaterThanOrEqual(5);
    // History lies in the past four-odd weeks, and scores vary as trainees improve.
    for (const c of scored) expect(Date.parse(c.ended_at)).toBeLessThan(now.getTime());
    expect(new Set(scored.map((c) => c.score)).size).toBeGreaterThan(4);

    // Every stored score is what the scorer makes of that call's stored turns.
    const calls = callsRepository(t.db);
    for (const c of scored.slice(0, 12)) {
      const row = calls.get(c.id)!;
      const scenario = catalog.scenarios.get(row.scenario_id)!.scenario;
      const turns = calls.turns(c.id);
      expect(turns.length).toBeGreaterThanOrEqual(3);
      const rescored = scoreTranscript(
        { id: c.id, context: scoringContext(scenario), turns: turns.map((x) => ({ speaker: x.speaker, text: x.text })), record: JSON.parse(row.record ?? 'null') ?? undefined },
        catalog.rubric,
        catalog.classify,
      );
      expect(rescored.score).toBe(c.score);
      expect(rescored.overall).toBe(c.overall);
    }

    // Careful trainees file arrangements that match their calls; careless ones leave terms out.
    const recordChecks = scored
      .map((c) => JSON.parse(calls.get(c.id)!.report ?? 'null')?.criteria?.find((x: { id: string }) => x.id === 'N_RECORD_TERMS'))
      .filter((x) => x?.applicable);
    expect(recordChecks.some((x) => x.met)).toBe(true);
    expect(recordChecks.some((x) => !x.met)).toBe(true);

    expect(await seedDemoIfEmpty(t.db, catalog, now)).toBe(false);
  });
});
