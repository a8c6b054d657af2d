import { randomSource } from '../../domain/scenario/random.ts';
import type { Catalog } from '../content/catalog.ts';
import type { Db } from '../db/database.ts';
import { hashPassword } from '../auth/passwords.ts';
import { assignmentsRepository } from '../repositories/assignments.ts';
import { cohortsRepository } from '../repositories/cohorts.ts';
import { settingsRepository } from '../repositories/settings.ts';
import { usersRepository, type User } from '../repositories/users.ts';
import { callService } from '../services/calls.ts';
import { refreshCohortReadiness } from '../services/progress.ts';
import { DEMO_ACCOUNTS, DEMO_COHORT, DEMO_COHORT_MATES, DEMO_PASSWORD } from './demo-accounts.ts';
import { composeDemoScript, fillScriptLine, type DemoScript } from './demo-scripts.ts';

const DAY = 24 * 3600 * 1000;

/**
 * The demo cohort's practice curriculum: calls where the consumer answers and the scripted
 * collector's approach fits, from the easiest to the hardest negotiation.
 */
export const DEMO_CURRICULUM = [
  'cooperative-first-time-late',
  'broken-promise-follow-up',
  'job-loss-hardship',
  'evasive-staller',
  'elderly-confused',
  'already-paid-dispute',
  'hostile-customer',
  'settlement-negotiator',
];


/**
 * Seeds the demo users, a cohort and four weeks of practice history into an empty database.
 * Returns false (and does nothing) when the database already has users.
 */
export async function seedDemoIfEmpty(db: Db, catalog: Catalog, now = new Date()): Promise<boolean> {
  if (process.env.PARLEY_DEMO === '0') return false;
  const users = usersRepository(db);
  if (users.count() > 0) return false;

  const hash = await hashPassword(DEMO_PASSWORD);
  const cohorts = cohortsRepository(db);
  const traineeUsers: User[] = [];
  let cohortId = 0;
  db.transaction(() => {
    cohortId = cohorts.create(DEMO_COHORT, new Date(now.getTime() - 30 * DAY));
    let trainerId: number | null = null;
    for (const a of DEMO_ACCOUNTS) {
      const id = users.create({ email: a.email, name: a.name, role: a.role, passwordHash: hash });
      if (a.role === 'trainer') {
        cohorts.addMember(cohortId, id, 'trainer');
        trainerId = id;
      }
      if (a.role === 'trainee') {
        cohorts.addMember(cohortId, id, 'trainee');
        traineeUsers.push({ id, email: a.email, name: a.name, role: 'trainee' });
      }
    }
    for (const m of DEMO_COHORT_MATES) {
      const id = users.create({ email: m.email, name: m.name, role: 'trainee', passwordHash: null });
      cohorts.addMember(cohortId, id, 'trainee');
      traineeUsers.push({ id, email: m.email, name: m.name, role: 'trainee' });
    }
    // The trainer assigned the first half of the curriculum when the cohort started: two are
    // past due, two come due over the next week.
    const assigned = DEMO_CURRICULUM.filter((id) => catalog.scenarios.has(id)).slice(0, 4);
    assigned.forEach((scenario, i) => {
      const due = new Date(now.getTime() + (-12 + i * 6) * DAY).toISOString().slice(0, 10);
      assignmentsRepository(db).upsert(cohortId, { scenario, due_on: due, required_score: 70 + 5 * (i % 2), attempts_allowed: i === 3 ? 3 : null }, trainerId, new Date(now.getTime() - 30 * DAY));
    });
    settingsRepository(db).set('demo_seeded', '1');
  })();

  playDemoHistory(db, catalog, traineeUsers, now);
  refreshCohortReadiness(db, catalog, cohortId, now);
  return true;
}

/**
 * Four weeks of practice: each trainee improves at their own pace, and each
 * call is composed for their level that day and played through the real engine at a past time.
 */
function playDemoHistory(db: Db, catalog: Catalog, trainees: User[], now: Date): void {
  // Deterministic, so the demo history is the same on every fresh install.
  const random = randomSource(20261101);
  // The order a trainer would assign them in: easy calls first, the harder negotiations later.
  const curriculum = DEMO_CURRICULUM.filter((id) => catalog.scenarios.has(id));
  const scenarioIds = curriculum.length > 0 ? curriculum : [...catalog.scenarios.keys()].sort();
  const sessions = 10;
  db.transaction(() => {
    trainees.forEach((trainee, ti) => {
      const start = 0.05 + random() * 0.25;
      const pace = 0.4 + random() * 0.6;
      for (let s = 0; s < sessions; s++) {
        const level = Math.min(1, start + (pace * s) / sessions + (random() - 0.5) * 0.3);
        const script = composeDemoScript(Math.max(0, level), random);
        // Each trainee moves through the curriculum over the four weeks, some a step ahead.
        const step = Math.floor(((s + (ti % 3)) * scenarioIds.length) / (sessions + 2));
        const scenarioId = scenarioIds[Math.min(scenarioIds.length - 1, step)] as string;
        const daysAgo = 30 - s * 2.9 - random() * 2;
        const startedAt = new Date(now.getTime() - daysAgo * DAY + ti * 37 * 60_000);
        playScript(db, catalog, trainee, scenarioId, script, startedAt, Math.floor(random() * 2 ** 31));
      }
    });
  })();
}

/** Plays one composed call through the real call service at a past time and files its record; returns the call id. */
export function playScript(
  db: Db,
  catalog: Catalog,
  trainee: User,
  scenarioId: string,
  script: DemoScript,
  startedAt: Date,
  seed: number,
): string {
  let t = startedAt.getTime();
  const service = callService(db, catalog, () => new Date((t += 9_000 + (seed % 7) * 1_000)));
  const call = service.start(trainee, { scenario: scenarioId, mode: 'practice', seed });
  const balance = call.account.balance;
  for (const line of script.lines) {
    const answer = service.say(trainee, call.id, fillScriptLine(line, call.account));
    if (answer.ended) break;
  }
  service.hangUp(trainee, call.id);
  const { amountShare, firstDueWeekday, method } = script.record.arrangement ?? {};
  const dueDate = firstDueWeekday === undefined ? undefined : comingWeekday(call.account.consumer_local_time, firstDueWeekday);
  service.end(trainee, call.id, {
    disposition: script.record.disposition,
    notes: script.record.notes,
    ...(amountShare !== undefined || method
      ? {
          arrangement: {
            ...(amountShare !== undefined ? { amount: Math.ceil(balance * amountShare * 100) / 100 } : {}),
            ...(dueDate ? { date: dueDate } : {}),
            ...(method ? { method } : {}),
          },
        }
      : {}),
  });
  return call.id;
}

/** The ISO date of the first `weekday` (0 = Sunday) after the call's local date. */
function comingWeekday(localTime: string, weekday: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(localTime);
  if (!m) return undefined;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const ahead = (weekday - day.getUTCDay() + 7) % 7 || 7;
  return new Date(day.getTime() + ahead * 86_400_000).toISOString().slice(0, 10);
}
