import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/rescore.ts';
import { parseRubric } from '../../src/domain/scoring/rubric.ts';
import type { ScoreReport } from '../../src/domain/scoring/engine.ts';
import { getCatalog, type Catalog } from '../../src/server/content/catalog.ts';
import { rubricFiles } from '../../src/server/content/rubrics.ts';
import { callsRepository } from '../../src/server/repositories/calls.ts';
import { usersRepository } from '../../src/server/repositories/users.ts';
import { composeDemoScript, DEMO_SCRIPTS, fillScriptLine } from '../../src/server/seed/demo-scripts.ts';
import { callService } from '../../src/server/services/calls.ts';
import { rescoreCalls } from '../../src/server/services/rescore.ts';
import { tempDatabase } from '../fixtures/temp-db.ts';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  delete process.env.PARLEY_DB;
});

/** The project's rubric with a stricter pass mark and another version: what a rubric change looks like. */
function strictCatalog(): Catalog {
  const files = rubricFiles(new URL('../../rubrics', import.meta.url).pathname);
  const negotiation = readFileSync(files.negotiation, 'utf8').replace(/^version: .*$/m, 'version: 0.9.0').replace(/^pass_mark: .*$/m, 'pass_mark: 99');
  const parsed = parseRubric({ text: readFileSync(files.compliance, 'utf8'), file: files.compliance }, { text: negotiation, file: files.negotiation });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { ...getCatalog(), rubric: parsed.value };
}

/**
 * Ends scripted calls scored under `catalog`: three of the fixed demo scripts and two more trainees
 * between them (seeded), so some call sits between the strict and the project pass marks.
 */
const SCRIPTS = [...DEMO_SCRIPTS.slice(1), ...[0.45, 0.75].map((level, i) => {
  let state = 4242 + i;
  return composeDemoScript(level, () => ((state = (state * 16807) % 2147483647) / 2147483647));
})];

function storeCalls(t: ReturnType<typeof tempDatabase>, catalog: Catalog): string[] {
  const id = usersRepository(t.db).create({ email: 'rescore@example.com', name: 'Rescore Trainee', role: 'trainee', passwordHash: null });
  const user = { id, email: 'rescore@example.com', name: 'Rescore Trainee', role: 'trainee' as const };
  const service = callService(t.db, catalog);
  const ids: string[] = [];
  for (const [i, script] of SCRIPTS.entries()) {
    const call = service.start(user, { scenario: 'cooperative-first-time-late', mode: 'practice', seed: i });
    for (const line of script.lines) if (service.say(user, call.id, fillScriptLine(line, call.account)).ended) break;
    service.hangUp(user, call.id);
    service.end(user, call.id, script.record.disposition ? { disposition: script.record.disposition } : undefined);
    ids.push(call.id);
  }
  return ids;
}

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  return { stdin: new PassThrough(), stdout, stderr, out: () => out };
}

describe('parley rescore', () => {
  it('re-scores stored calls after a rubric change, reports what changed, and writes only when asked', async () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    const strict = strictCatalog();
    const ids = storeCalls(t, strict);
    const calls = callsRepository(t.db);
    expect(ids.map((id) => calls.get(id)!.rubric_version)).toEqual(ids.map(() => strict.rubric.version));
    const before = ids.map((id) => calls.get(id)!);

    // A dry run reports and writes nothing.
    const project = getCatalog();
    const dry = rescoreCalls(t.db, project, { dryRun: true });
    expect(dry.calls).toBe(SCRIPTS.length);
    expect(dry.written).toBe(false);
    expect(ids.map((id) => calls.get(id)!.report)).toEqual(before.map((c) => c.report));
    // The scores stay (same criteria and penalties); calls at or above 70 now pass.
    for (const c of dry.changed) {
      expect(c.change.scoreAfter).toBe(c.change.scoreBefore);
      expect(c.change.overallAfter).not.toBe(c.change.overallBefore);
    }
    // The pass mark is applied to the call's own work: criteria outside it (the record) cannot fail a call alone.
    const outside = new Set(project.rubric.criteria.filter((c) => c.outside_pass_mark).map((c) => c.id));
    const judged = (report: ScoreReport) => {
      const own = report.criteria.filter((c) => !outside.has(c.id));
      const possible = own.reduce((sum, c) => sum + c.max, 0);
      const base = possible > 0 ? (own.reduce((sum, c) => sum + c.points, 0) / possible) * 100 : 100;
      return Math.max(report.score, Math.round(base - report.violations.reduce((sum, v) => sum + (v.points_lost ?? 0), 0)));
    };
    const shouldFlip = before.filter((c) => {
      const report = JSON.parse(c.report!) as ScoreReport;
      // A criterion that fails the call (a plan under the minimum, no payment asked for) fails it under either pass mark.
      return report.overall === 'fail' && judged(report) >= project.rubric.pass_mark && report.critical_violations.length === 0 && !report.criteria.some((c) => c.fails_call);
    });
    expect(shouldFlip.length).toBeGreaterThan(0);
    expect(dry.changed.map((c) => c.id).sort()).toEqual(shouldFlip.map((c) => c.id).sort());

    // The command writes the new reports, stamped with the current rubric version.
    process.env.PARLEY_DB = t.file;
    const out = io();
    expect(await run([], out)).toBe(0);
    expect(out.out()).toMatch(new RegExp(`re-scored ${SCRIPTS.length} calls in .* with ${project.rubric.version.replace(/[.+]/g, '\\$&')}: ${shouldFlip.length} changed \\(0 pass → fail, ${shouldFlip.length} fail → pass`));
    for (const c of shouldFlip) expect(out.out()).toContain(`${c.id} cooperative-first-time-late: ${c.score} → ${c.score} (fail → pass)`);
    for (const id of ids) {
      const row = calls.get(id)!;
      expect(row.rubric_version).toBe(project.rubric.version);
      expect(JSON.parse(row.report!).rubric_version).toBe(project.rubric.version);
    }

    // Run again: nothing left to change.
    const again = io();
    expect(await run(['--dry-run'], again)).toBe(0);
    expect(again.out()).toMatch(new RegExp(`would re-score ${SCRIPTS.length} calls .*: 0 changed`));
  });

  it('refuses an unknown option with usage', async () => {
    const out = io();
    let err = '';
    out.stderr.on('data', (c: Buffer) => (err += c.toString()));
    expect(await run(['--force'], out)).toBe(2);
    expect(err).toMatch(/usage: parley rescore/);
  });
});
