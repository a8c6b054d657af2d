import { z } from 'zod';
import { calls } from '../../../server/app.ts';
import { apiRoute, json, readJson, requireUser } from '../../../server/http/json.ts';

const StartCallBody = z.object({
  scenario: z.string().min(1).max(200),
  mode: z.enum(['practice', 'assessment']).default('practice'),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  invite: z.string().max(200).optional(),
});

export const POST = apiRoute(async (context) => {
  const user = requireUser(context);
  const body = await readJson(context.request, StartCallBody);
  return json(calls().start(user, body), 201);
});
