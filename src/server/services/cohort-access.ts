import { z } from 'zod';
import type { Catalog } from '../content/catalog.ts';
import type { Db } from '../db/database.ts';
import type { DashboardFilter } from '../repositories/dashboard.ts';
import { cohortsRepository } from '../repositories/cohorts.ts';
import type { User } from '../repositories/users.ts';

/** The cohorts a user may watch: all of them for an admin, the ones they train for a trainer. */
export function visibleCohorts(db: Db, user: User): { id: number; name: string; practice_hints: 0 | 1 }[] {
  const cohorts = cohortsRepository(db);
  if (user.role === 'admin') return cohorts.list().map((c) => ({ id: c.id, name: c.name, practice_hints: c.practice_hints }));
  if (user.role === 'trainer') return cohorts.forTrainer(user.id);
  return [];
}

/** Whether a user may manage a cohort (its assignments, rule and exports): an admin, or one of its trainers. */
export function canManageCohort(db: Db, user: User, cohortId: number): boolean {
  if (!Number.isInteger(cohortId)) return false;
  const cohorts = cohortsRepository(db);
  if (user.role === 'admin') return cohorts.get(cohortId) !== undefined;
  return user.role === 'trainer' && cohorts.isTrainerOf(cohortId, user.id);
}

/** Whether a user may see a trainee's progress: the trainee, an admin, or a trainer of one of their cohorts. */
export function canSeeTrainee(db: Db, user: User, traineeId: number): boolean {
  if (user.id === traineeId) return true;
  if (user.role === 'admin') return true;
  if (user.role !== 'trainer') return false;
  return cohortsRepository(db)
    .forTrainer(user.id)
    .some((c) => cohortsRepository(db).roleOf(c.id, traineeId) === 'trainee');
}

const day = z.iso.date();

/**
 * A dashboard filter read from query parameters (`scenario`, `from`, `to`); unknown scenarios and
 * malformed dates are dropped with a note saying so, never an error page.
 */
export function parseDashboardFilter(params: URLSearchParams, catalog: Catalog): { filter: DashboardFilter; problems: string[] } {
  const problems: string[] = [];
  const filter: DashboardFilter = {};
  const scenario = params.get('scenario')?.trim();
  if (scenario) {
    if (catalog.scenarios.has(scenario)) filter.scenario = scenario;
    else problems.push(`There is no scenario "${scenario}"; showing all scenarios.`);
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (day.safeParse(value).success) filter[key] = value;
    else problems.push(`"${value}" is not a date (YYYY-MM-DD); the ${key === 'from' ? 'start' : 'end'} of the range is open.`);
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    problems.push('The range ends before it starts; the dates were swapped.');
    [filter.from, filter.to] = [filter.to, filter.from];
  }
  return { filter, problems };
}
