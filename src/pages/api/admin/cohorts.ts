import { z } from 'zod';
import { getDb } from '../../../server/db/database.ts';
import { HttpError } from '../../../server/http-error.ts';
import { apiRoute, json, readJson, requireUser } from '../../../server/http/json.ts';
import { cohortsRepository } from '../../../server/repositories/cohorts.ts';
import { isUniqueViolation } from '../../../server/services/admin.ts';

const NewCohort = z.strictObject({ name: z.string().trim().min(1, 'name is empty').max(120) });

/** Every cohort with its trainers and trainee count. Admins only. */
export const GET = apiRoute((context) => {
  requireUser(context, ['admin']);
  const cohorts = cohortsRepository(getDb());
  const trainers = cohorts.memberships().filter((m) => m.role === 'trainer');
  return json(
    cohorts.list().map((c) => ({
      id: c.id,
      name: c.name,
      created_at: c.created_at,
      trainees: c.trainees,
      trainers: trainers.filter((t) => t.cohort_id === c.id).map((t) => ({ id: t.user_id, name: t.name, email: t.email })),
    })),
  );
});

/** Creates a cohort: `{"name"}`. 201 with its id; a name already used is a 409. Admins only. */
export const POST = apiRoute(async (context) => {
  requireUser(context, ['admin']);
  const { name } = await readJson(context.request, NewCohort);
  try {
    const id = cohortsRepository(getDb()).create(name);
    return json({ id, name }, 201);
  } catch (err) {
    if (isUniqueViolation(err)) throw new HttpError(409, `a cohort named "${name}" already exists`);
    throw err;
  }
});
