import { scoreTranscript, type ScoreReport } from '../../domain/scoring/engine.ts';
import { diffReports, type ReportChange } from '../../domain/scoring/report-diff.ts';
import type { CallRecord } from '../../domain/transcript/schema.ts';
import type { Catalog } from '../content/catalog.ts';
import type { Db } from '../db/database.ts';
import { callsRepository } from '../repositories/calls.ts';
import { storedTranscript } from './calls.ts';
import { refreshCohortReadiness } from './progress.ts';
import { readinessRepository } from '../repositories/readiness.ts';
import { factsRepository } from '../repositories/facts.ts';

/** What `parley rescore` did. */
export interface RescoreSummary {
  rubricVersion: string;
  /** Ended calls looked at. */
  calls: number;
  changed: { id: string; scenario: string; change: ReportChange }[];
  /** Calls that could not be re-scored (their scenario is gone), with why. */
  skipped: { id: string; reason: string }[];
  /** False for a dry run: nothing was written. */
  written: boolean;
}

/**
 * Re-scores every ended call with the catalog's current rubric (and classifier) from its stored
 * turns and filed record, and stores the new reports unless `dryRun`. Each call is written in its
 * own statement, so an interrupted run leaves every call with either its old or its new report.
 */
export function rescoreCalls(db: Db, catalog: Catalog, options: { dryRun?: boolean } = {}): RescoreSummary {
  const calls = callsRepository(db);
  const summary: RescoreSummary = { rubricVersion: catalog.rubric.version, calls: 0, changed: [], skipped: [], written: !options.dryRun };
  for (const id of calls.endedCallIds()) {
    const call = calls.get(id);
    if (!call?.report) continue;
    summary.calls++;
    const entry = catalog.scenarios.get(call.scenario_id);
    if (!entry) {
      summary.skipped.push({ id, reason: `scenario "${call.scenario_id}" is no longer in the library` });
      continue;
    }
    const before = JSON.parse(call.report) as ScoreReport;
    const record = (JSON.parse(call.record ?? 'null') ?? undefined) as CallRecord | undefined;
    const after = scoreTranscript(storedTranscript(call, entry.scenario, calls.turns(id), record), catalog.rubric, catalog.classify, { timeline: true });
    const change = diffReports(before, after);
    if (change) summary.changed.push({ id, scenario: call.scenario_id, change });
    if (!options.dryRun && (change || before.rubric_version !== after.rubric_version)) {
      calls.replaceReport(id, { report: after, score: after.score, overall: after.overall, rubricVersion: after.rubric_version });
    }
  }
  if (!options.dryRun) {
    // Scores moved, so call-ready statuses may have too.
    factsRepository(db).backfill();
    for (const id of readinessRepository(db).cohortIds()) refreshCohortReadiness(db, catalog, id);
  }
  return summary;
}
