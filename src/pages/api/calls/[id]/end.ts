import { z } from 'zod';
import { DISPOSITION_CODES } from '../../../../domain/transcript/dispositions.ts';
import { calls } from '../../../../server/app.ts';
import { apiRoute, json, readJson, requireUser } from '../../../../server/http/json.ts';

// The browser sends only what the trainee filed; the score is computed here, never taken.
const RecordBody = z
  .object({
    disposition: z.enum(DISPOSITION_CODES).optional(),
    notes: z.string().max(5000).optional(),
    arrangement: z
      .object({
        amount: z.number().nonnegative().max(10_000_000).optional(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional(),
        method: z.string().max(100).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
const EndBody = z.object({ record: RecordBody.optional() }).strict();

export const POST = apiRoute(async (context) => {
  const user = requireUser(context);
  const body = await readJson(context.request, EndBody);
  return json(calls().end(user, context.params.id ?? '', body.record));
});
