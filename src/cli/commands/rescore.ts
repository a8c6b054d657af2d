import { parseArgs } from 'node:util';
import { describeChange } from '../../domain/scoring/report-diff.ts';
import { getCatalog } from '../../server/content/catalog.ts';
import { databasePath, openDatabase } from '../../server/db/database.ts';
import { rescoreCalls } from '../../server/services/rescore.ts';
import type { CommandIo } from '../io.ts';

/**
 * `parley rescore [--dry-run]`: after a rubric change, re-scores every ended call in PARLEY_DB
 * with the current rubrics and reports, call by call, what changed.
 */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean' } } }));
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\nusage: parley rescore [--dry-run]\n`);
    return 2;
  }
  const dryRun = values['dry-run'] === true;
  const file = databasePath();
  const db = openDatabase(file);
  try {
    const summary = rescoreCalls(db, getCatalog(), { dryRun });
    const out = (s: string) => io.stdout.write(`${s}\n`);
    for (const { id, scenario, change } of summary.changed) out(`${id} ${scenario}: ${describeChange(change)}`);
    for (const { id, reason } of summary.skipped) out(`${id}: skipped, ${reason}`);
    const flips = summary.changed.filter((c) => c.change.overallBefore !== c.change.overallAfter);
    const toFail = flips.filter((c) => c.change.overallAfter === 'fail').length;
    const delta = summary.changed.reduce((s, c) => s + c.change.scoreAfter - c.change.scoreBefore, 0);
    out(
      `${dryRun ? 'would re-score' : 're-scored'} ${summary.calls} calls in ${file} with ${summary.rubricVersion}: ` +
        `${summary.changed.length} changed (${toFail} pass → fail, ${flips.length - toFail} fail → pass; ` +
        `mean change ${summary.calls ? (delta / summary.calls).toFixed(1) : '0.0'} points), ${summary.skipped.length} skipped`,
    );
    return 0;
  } finally {
    db.close();
  }
}
