import { getCatalog } from '../../../server/content/catalog.ts';
import { getDb } from '../../../server/db/database.ts';
import { apiRoute, json, requireUser } from '../../../server/http/json.ts';
import { callsToExport, exportableCohort, parseExportQuery, xapiStatements } from '../../../server/services/exports.ts';

/**
 * A cohort's ended calls as a JSON array of xAPI 1.0.3 statements (each call, each criterion
 * that applied, each violation), for an LRS. Same access and filters as `calls.csv`.
 * Activity IRIs live under this server's origin.
 */
export const GET = apiRoute((context) => {
  const user = requireUser(context, ['trainer', 'admin']);
  const filter = parseExportQuery(context.url.searchParams);
  const db = getDb();
  exportableCohort(db, user, filter.cohortId);
  const scenarios = getCatalog().scenarios;
  const statements = xapiStatements(callsToExport(db, filter), {
    baseIri: context.url.origin,
    scenarioTitle: (id) => scenarios.get(id)?.scenario.title ?? id,
  });
  return json(statements);
});
