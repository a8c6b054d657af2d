import { z } from 'zod';
import { getDb } from '../../../server/db/database.ts';
import { apiRoute, json, readJson, requireUser } from '../../../server/http/json.ts';
import { importAnswer, importTrainees } from '../../../server/services/admin.ts';

const CsvImport = z.strictObject({
  cohort: z.number().int().positive(),
  /** The file's text: `name,email[,password]` with a header row. */
  csv: z.string().min(1, 'the file is empty').max(1_000_000, 'the file is larger than 1 MB'),
});

/**
 * Bulk-creates trainees from a CSV file and enrols them in a cohort, all or nothing:
 * `{"cohort": 3, "csv": "name,email\n…"}`. 201 `{created, trainees}` with generated
 * passwords shown this once; a bad file is a 400 listing every problem as `line N: …`
 * in `problems`, and nobody is created. Admins only.
 */
export const POST = apiRoute(async (context) => {
  requireUser(context, ['admin']);
  const body = await readJson(context.request, CsvImport);
  const result = await importTrainees(getDb(), body.cohort, body.csv);
  const answer = importAnswer(body.cohort, result);
  return json(answer.body, answer.status);
});
