import { z } from 'zod';
import { getDb } from '../../../../server/db/database.ts';
import { HttpError } from '../../../../server/http-error.ts';
import { apiRoute, json, readJson, requireUser } from '../../../../server/http/json.ts';
import { cohortsRepository } from '../../../../server/repositories/cohorts.ts';

const HintsBody = z.strictObject({ enabled: z.boolean() });

/** A cohort's trainer (or an admin) turns live practice hints on or off: `{"enabled": true}`. */
export const POST = apiRoute(async (context) => {
  const user = requireUser(context, ['trainer', 'admin']);
  const id = Number(context.params.id);
  const body = await readJson(context.request, HintsBody);
  const cohorts = cohortsRepository(getDb());
  if (!Number.isInteger(id) || (user.role !== 'admin' && !cohorts.isTrainerOf(id, user.id))) throw new HttpError(404, 'no such cohort');
  if (!cohorts.setPracticeHints(id, body.enabled)) throw new HttpError(404, 'no such cohort');
  return json({ cohort: id, practice_hints: body.enabled });
});
