import { getDb } from '../../../server/db/database.ts';
import { apiRoute, requireUser } from '../../../server/http/json.ts';
import { callsCsv, callsToExport, csvFileName, exportableCohort, parseExportQuery } from '../../../server/services/exports.ts';

/**
 * A cohort's ended calls and scores as CSV, one row per call:
 * `?cohort=ID[&scenario=ID][&from=YYYY-MM-DD][&to=YYYY-MM-DD]` (days inclusive, on when the call ended, UTC).
 * Trainers of the cohort and admins only; any other cohort is a 404.
 */
export const GET = apiRoute((context) => {
  const user = requireUser(context, ['trainer', 'admin']);
  const filter = parseExportQuery(context.url.searchParams);
  const db = getDb();
  const cohort = exportableCohort(db, user, filter.cohortId);
  const csv = callsCsv(callsToExport(db, filter));
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFileName(cohort)}"`,
      'x-content-type-options': 'nosniff',
    },
  });
});
