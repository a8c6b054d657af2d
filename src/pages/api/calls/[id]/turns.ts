import { z } from 'zod';
import { calls } from '../../../../server/app.ts';
import { apiRoute, json, readJson, requireUser } from '../../../../server/http/json.ts';

const TurnBody = z.object({
  text: z.string().trim().min(1, 'say something first').max(2000, 'keep a turn under 2,000 characters'),
});

export const POST = apiRoute(async (context) => {
  const user = requireUser(context);
  const body = await readJson(context.request, TurnBody);
  return json(calls().say(user, context.params.id ?? '', body.text));
});
