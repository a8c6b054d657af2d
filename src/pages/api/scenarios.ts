import { scenarioSummary } from '../../domain/scenario/runtime.ts';
import { getCatalog } from '../../server/content/catalog.ts';
import { apiRoute, json, requireUser } from '../../server/http/json.ts';

export const GET = apiRoute((context) => {
  requireUser(context);
  const list = [...getCatalog().scenarios.values()].map(({ scenario }) => scenarioSummary(scenario));
  return json(list);
});
