import { z } from 'zod';
import { getDb } from '../../../../server/db/database.ts';
import { HttpError } from '../../../../server/http-error.ts';
import { apiRoute, json, readJson, requireUser } from '../../../../server/http/json.ts';
import { importAnswer, importTrainees } from '../../../../server/services/admin.ts';
import { canManageCohort } from '../../../../server/services/cohort-access.ts';

const CsvImport = z.strictObject({
  /** The same cohort as the path (the shared import form sends it). */
  cohort: z.number().int().positive().optional(),
  csv: z.string().min(1, 'the file is empty').max(1_000_000, 'the file is larger than 1 MB'),
});

/**
 * A cohort's trainer (or an admin) bulk-adds new trainees to it from a CSV file, all or nothing,
 * exactly as the admin import does: 201 `{created, trainees}` with generated passwords shown this
 * once, or 400 with every problem as `line N: …`. Another cohort is a 404.
 */
export const POST = apiRoute(async (context) => {
  const user = requireUser(context, ['trainer', 'admin']);
  const id = Number(context.params.id);
  if (!canManageCohort(getDb(), user, id)) throw new HttpError(404, 'no such cohort');
  const body = await readJson(context.request, CsvImport);
  if (body.cohort !== undefined && body.cohort !== id) throw new HttpError(400, 'cohort: does not match the address');
  const result = await importTrainees(getDb(), id, body.csv);
  const answer = importAnswer(id, result);
  return json(answer.body, answer.status);
});
