import { z } from 'zod';
import { getDb } from '../../../../../server/db/database.ts';
import { HttpError } from '../../../../../server/http-error.ts';
import { apiRoute, json, readJson, requireUser } from '../../../../../server/http/json.ts';
import { cohortsRepository } from '../../../../../server/repositories/cohorts.ts';
import { addCohortMember } from '../../../../../server/services/admin.ts';

const Member = z.strictObject({
  user: z.number().int().positive(),
  role: z.enum(['trainer', 'trainee']),
});

function cohortId(param: string | undefined): number {
  const id = Number(param);
  if (!Number.isInteger(id) || id <= 0) throw new HttpError(404, 'no such cohort');
  return id;
}

/** Adds a trainer or trainee to the cohort: `{"user": 12, "role": "trainee"}`. Admins only. */
export const POST = apiRoute(async (context) => {
  requireUser(context, ['admin']);
  const id = cohortId(context.params.id);
  const body = await readJson(context.request, Member);
  const { added } = addCohortMember(getDb(), id, body.user, body.role);
  return json({ cohort: id, user: body.user, role: body.role, added }, added ? 201 : 200);
});

/** Takes a trainer or trainee out of the cohort: `{"user": 12, "role": "trainee"}`. Admins only. */
export const DELETE = apiRoute(async (context) => {
  requireUser(context, ['admin']);
  const id = cohortId(context.params.id);
  const body = await readJson(context.request, Member);
  const cohorts = cohortsRepository(getDb());
  if (!cohorts.get(id)) throw new HttpError(404, 'no such cohort');
  if (!cohorts.removeMember(id, body.user, body.role)) throw new HttpError(404, `that user is not a ${body.role} of this cohort`);
  return json({ cohort: id, user: body.user, role: body.role, removed: true });
});
