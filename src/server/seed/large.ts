import { randomBytes } from 'node:crypto';
import { randomSource } from '../../domain/scenario/random.ts';
import type { Catalog } from '../content/catalog.ts';
import type { Db } from '../db/database.ts';
import { callsRepository, type CallRow } from '../repositories/calls.ts';
import { assignmentsRepository } from '../repositories/assignments.ts';
import { cohortsRepository } from '../repositories/cohorts.ts';
import { factsRepository, type ReportFigures } from '../repositories/facts.ts';
import { usersRepository, type User } from '../repositories/users.ts';
import { refreshCohortReadiness } from '../services/progress.ts';
import { DEMO_CURRICULUM, playScript } from './demo.ts';
import { composeDemoScript } from './demo-scripts.ts';

const DAY = 24 * 3600 * 1000;
/** Skill levels the played calls are composed at, per scenario. */
const LEVELS = 12;

const FIRST = ['Avery', 'Blake', 'Casey', 'Dana', 'Eli', 'Farah', 'Gabe', 'Hana', 'Ian', 'Jada', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Pia', 'Quinn', 'Rosa', 'Sami', 'Tess', 'Uma', 'Vik', 'Wren', 'Yara', 'Zeke'];
const LAST = ['Adams', 'Baker', 'Chen', 'Diaz', 'Evans', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jones', 'Kim', 'Lopez', 'Mensah', 'Novak', 'Okafor', 'Patel', 'Quist', 'Reyes', 'Singh', 'Tran', 'Usman', 'Vargas', 'Walsh', 'Xu', 'Young', 'Zhou'];

export interface LargeSeedResult {
  cohortId: number;
  cohortName: string;
  trainees: number;
  calls: number;
  /** Calls played through the real engine; the others repeat one of them. */
  played: number;
}

/**
 * `parley seed --large`: a load-test cohort of `trainees` × `callsEach` scored practice calls.
 *
 * Playing 100,000 calls through the engine would take an hour, so a pool of calls is played for
 * real first: every curriculum scenario at twelve skill levels, each scored by the server exactly
 * as a trainee's call is. Every other call repeats one of those (its turns, record and report)
 * for another trainee on another day, chosen by that trainee's level then, so each stored call is
 * a real played, scored call and the dashboards have a true learning curve to show. Deterministic.
 * The cohort is named as load-test data and its trainees cannot sign in.
 */
export function seedLarge(db: Db, catalog: Catalog, options: { trainees?: number; callsEach?: number; now?: Date } = {}): LargeSeedResult {
  const traineeCount = options.trainees ?? 1000;
  const callsEach = options.callsEach ?? 100;
  const now = options.now ?? new Date();
  const random = randomSource(20261203);
  const users = usersRepository(db);
  const cohorts = cohortsRepository(db);
  const calls = callsRepository(db);
  const facts = factsRepository(db);

  const curriculum = DEMO_CURRICULUM.filter((id) => catalog.scenarios.has(id));
  const scenarioIds = curriculum.length > 0 ? curriculum : [...catalog.scenarios.keys()].sort();
  const tag = randomBytes(3).toString('hex');
  const cohortName = `Load test · ${traineeCount.toLocaleString('en-US')} trainees × ${callsEach} calls (${tag})`;
  const start = now.getTime() - callsEach * DAY;

  const trainees: User[] = [];
  let cohortId = 0;
  db.transaction(() => {
    cohortId = cohorts.create(cohortName, new Date(start - DAY));
    const trainer = users.findForLogin('trainer@example.com');
    if (trainer) cohorts.addMember(cohortId, trainer.id, 'trainer');
    for (let i = 0; i < traineeCount; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : ''}`;
      const email = `load-${tag}-${String(i + 1).padStart(4, '0')}@example.com`;
      const id = users.create({ email, name, role: 'trainee', passwordHash: null }, new Date(start - DAY));
      cohorts.addMember(cohortId, id, 'trainee');
      trainees.push({ id, email, name, role: 'trainee' });
    }
  })();

  // The pool, played as the first trainees' first calls.
  const pool = new Map<string, { call: CallRow; report: ReportFigures; compact: string }[]>();
  let played = 0;
  db.transaction(() => {
    for (const scenarioId of scenarioIds) {
      const levels: { call: CallRow; report: ReportFigures; compact: string }[] = [];
      for (let l = 0; l < LEVELS; l++) {
        const owner = trainees[played % trainees.length] as User;
        const at = new Date(start + Math.floor(played / trainees.length) * DAY + (played % 8) * 3600_000);
        const id = playScript(db, catalog, owner, scenarioId, composeDemoScript(l / (LEVELS - 1), random), at, Math.floor(random() * 2 ** 31));
        const call = calls.get(id) as CallRow;
        const report = JSON.parse(call.report as string) as ReportFigures & { timeline?: unknown };
        // Repeats keep the report without its per-turn timeline (a tenth of the size); the debrief
        // reads the turns and their acts from the turns table either way.
        const { timeline: _timeline, ...compact } = report;
        levels.push({ call, report, compact: JSON.stringify(compact) });
        played++;
      }
      pool.set(scenarioId, levels);
    }
  })();

  // The curriculum, assigned from the start (each due a little after its turn comes): the
  // scenarios whose played calls include a pass at 80, so the cohort can become call-ready.
  const assigned: string[] = [];
  scenarioIds.forEach((scenario, i) => {
    if (!pool.get(scenario)!.some((t) => t.report.overall === 'pass' && t.report.score >= 80)) return;
    assigned.push(scenario);
    const due = new Date(start + ((i + 1.5) / scenarioIds.length) * callsEach * DAY).toISOString().slice(0, 10);
    assignmentsRepository(db).upsert(cohortId, { scenario, due_on: due, required_score: 80, attempts_allowed: null }, null, new Date(start - DAY));
  });

  const insertCall = db.prepare(
    `INSERT INTO calls (id, user_id, scenario_id, mode, seed, status, snapshot, stage, started_at, hung_up_at, ended_at, record, report, score, overall, rubric_version)
     SELECT ?, ?, scenario_id, mode, seed, status, snapshot, stage, ?, ?, ?, record, ?, score, overall, rubric_version FROM calls WHERE id = ?`,
  );
  const copyTurns = db.prepare(
    `INSERT INTO turns (call_id, n, speaker, text, acts, snapshot, created_at) SELECT ?, n, speaker, text, acts, NULL, ? FROM turns WHERE call_id = ?`,
  );
  let total = played;
  const playedBy = new Map<number, number>();
  for (let i = 0; i < played; i++) playedBy.set(trainees[i % trainees.length]!.id, (playedBy.get(trainees[i % trainees.length]!.id) ?? 0) + 1);
  const batch = 50;
  for (let from = 0; from < trainees.length; from += batch) {
    db.transaction(() => {
      for (const trainee of trainees.slice(from, from + batch)) {
        // Assignments passed so far: a trainee goes back to the ones still open now and then.
        const passed = new Set<string>();
        const first = 0.05 + random() * 0.3;
        const pace = 0.3 + random() * 0.7;
        for (let c = playedBy.get(trainee.id) ?? 0; c < callsEach; c++) {
          const progress = c / callsEach;
          const level = Math.max(0, Math.min(1, first + pace * progress + (random() - 0.5) * 0.3));
          const step = Math.min(scenarioIds.length - 1, Math.floor((progress + random() * 0.15) * scenarioIds.length));
          const open = assigned.filter((id) => !passed.has(id) && scenarioIds.indexOf(id) < step);
          const scenario = open.length > 0 && random() < 0.35 ? (open[Math.floor(random() * open.length)] as string) : (scenarioIds[step] as string);
          const template = pool.get(scenario)![Math.round(level * (LEVELS - 1))]!;
          if (template.report.overall === 'pass' && template.report.score >= 80) passed.add(scenario);
          const startedAt = new Date(start + c * DAY + Math.floor(random() * 9 * 3600_000) + 8 * 3600_000);
          const endedAt = new Date(startedAt.getTime() + 4 * 60_000 + Math.floor(random() * 6 * 60_000)).toISOString();
          const id = randomBytes(12).toString('base64url');
          insertCall.run(id, trainee.id, startedAt.toISOString(), endedAt, endedAt, template.compact, template.call.id);
          copyTurns.run(id, startedAt.toISOString(), template.call.id);
          facts.write({ id, user_id: trainee.id, scenario_id: template.call.scenario_id, mode: 'practice' }, endedAt, template.report);
          total++;
        }
      }
    })();
  }
  refreshCohortReadiness(db, catalog, cohortId, now);
  return { cohortId, cohortName, trainees: trainees.length, calls: total, played };
}
