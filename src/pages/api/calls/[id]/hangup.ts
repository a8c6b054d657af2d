import { calls } from '../../../../server/app.ts';
import { apiRoute, json, requireUser } from '../../../../server/http/json.ts';

export const POST = apiRoute((context) => {
  const user = requireUser(context);
  calls().hangUp(user, context.params.id ?? '');
  return json({ ok: true });
});
