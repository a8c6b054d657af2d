import { calls } from '../../../../server/app.ts';
import { apiRoute, json, requireUser } from '../../../../server/http/json.ts';

export const GET = apiRoute((context) => {
  const user = requireUser(context);
  const view = calls().view(user, context.params.id ?? '');
  const { id, scenario, turns, ended, report } = view;
  return json({
    id,
    scenario,
    status: view.status,
    account: view.account,
    // CONTRACT: the other side is `customer`, whoever picked up; who it really was is for the debrief.
    turns: turns.map(({ speaker, text }) => ({ speaker: speaker === 'agent' ? 'agent' : 'customer', text })),
    ended,
    ...(report ? { report } : {}),
    // Live coaching, only on the trainee's own practice call when their cohort has it on.
    ...(view.hints ? { hints: view.hints } : {}),
  });
});
