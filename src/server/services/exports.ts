import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { z } from 'zod';
import { callStatements, type XapiStatement } from '../../domain/analytics/xapi.ts';
import type { Db } from '../db/database.ts';
import { HttpError } from '../http-error.ts';
import { cohortsRepository } from '../repositories/cohorts.ts';
import { canManageCohort } from './cohort-access.ts';
import { exportsRepository, type ExportedCall, type ExportFilter } from '../repositories/exports.ts';
import type { User } from '../repositories/users.ts';

/**
 * Data out for trainers and admins: a cohort's ended calls as CSV (one row per call) or as
 * xAPI statements (the call and each scored decision), filtered by scenario and end day.
 */

const Day = z.iso.date({ error: 'must be a real date as YYYY-MM-DD' });

const ExportQuery = z
  .object({
    cohort: z
      .string({ error: 'is required' })
      .regex(/^[1-9]\d{0,9}$/, 'must be a cohort id')
      .transform(Number),
    scenario: z.string().min(1).max(200).optional(),
    from: Day.optional(),
    to: Day.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from is after to', path: ['from'] });

/** Reads `cohort`, `scenario`, `from`, `to` from the query string; a 400 when they are bad. */
export function parseExportQuery(params: URLSearchParams): ExportFilter {
  const raw: Record<string, string> = {};
  for (const key of ['cohort', 'scenario', 'from', 'to']) {
    const v = params.get(key);
    if (v !== null && v !== '') raw[key] = v;
  }
  const parsed = ExportQuery.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new HttpError(400, `${where ? `${where} ` : ''}${issue?.message ?? 'invalid query'}`);
  }
  const { cohort, scenario, from, to } = parsed.data;
  return { cohortId: cohort, scenario, from, to };
}

/**
 * The cohort to export, if this user may: admins any, trainers only the cohorts they train.
 * Anything else is a 404, so a trainer cannot learn which other cohorts exist.
 */
export function exportableCohort(db: Db, user: User, cohortId: number): { id: number; name: string } {
  const cohort = canManageCohort(db, user, cohortId) ? cohortsRepository(db).get(cohortId) : undefined;
  if (!cohort) throw new HttpError(404, 'no such cohort');
  return { id: cohort.id, name: cohort.name };
}

/** The calls an export covers. */
export function callsToExport(db: Db, filter: ExportFilter): ExportedCall[] {
  return exportsRepository(db).endedCalls(filter);
}

/** The parts of a stored score report the exports read; anything missing reads as empty. */
const StoredReport = z.looseObject({
  critical_violations: z.array(z.string()).catch([]),
  outcome: z.string().catch(''),
  violations: z
    .array(
      z.looseObject({
        rule: z.string(),
        title: z.string().catch(''),
        severity: z.enum(['critical', 'major', 'minor']),
        turn: z.number(),
        evidence: z.string().catch(''),
      }),
    )
    .catch([]),
  criteria: z
    .array(
      z.looseObject({
        id: z.string(),
        title: z.string().catch(''),
        met: z.boolean(),
        points: z.number(),
        max: z.number(),
        applicable: z.boolean().catch(true),
      }),
    )
    .catch([]),
});
type StoredReport = z.output<typeof StoredReport>;

const EMPTY_REPORT: StoredReport = { critical_violations: [], outcome: '', violations: [], criteria: [] };

/** A call's stored report, read leniently: a missing or foreign report reads as empty. */
export function readReport(json: string | null): StoredReport {
  if (json === null) return EMPTY_REPORT;
  try {
    const parsed = StoredReport.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : EMPTY_REPORT;
  } catch {
    return EMPTY_REPORT;
  }
}

export const CSV_COLUMNS = [
  'call_id',
  'trainee_name',
  'trainee_email',
  'scenario_id',
  'mode',
  'started_at',
  'ended_at',
  'score',
  'overall',
  'critical_violations',
  'violation_count',
  'outcome',
  'rubric_version',
] as const;

/**
 * The CSV of calls: the fixed columns, then `points_<criterion id>` for every negotiation
 * criterion found in the reports (rubric order, first seen first). A criterion that did not
 * apply to a call, or that its rubric version lacked, is left empty rather than 0.
 * Cells starting with = + - @ (or a tab / carriage return) are prefixed with `'` so a
 * spreadsheet shows them as text instead of running them as formulas. Starts with a BOM so
 * spreadsheets read the file as UTF-8.
 */
export function callsCsv(calls: readonly ExportedCall[]): string {
  const reports = calls.map((c) => readReport(c.report));
  const criteria: string[] = [];
  for (const r of reports) for (const c of r.criteria) if (!criteria.includes(c.id)) criteria.push(c.id);
  const data = calls.map((call, i) => {
    const report = reports[i] as StoredReport;
    const points = new Map(report.criteria.filter((c) => c.applicable).map((c) => [c.id, c.points]));
    return [
      call.id,
      call.trainee_name,
      call.trainee_email,
      call.scenario_id,
      call.mode,
      call.started_at,
      call.ended_at,
      call.score ?? '',
      call.overall ?? '',
      report.critical_violations.join(' '),
      report.violations.length,
      report.outcome,
      call.rubric_version ?? '',
      ...criteria.map((id) => points.get(id) ?? ''),
    ];
  });
  const fields = [...CSV_COLUMNS, ...criteria.map((id) => `points_${id}`)];
  const body = Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
  return `\ufeff${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}

/** `parley-<slug>-calls.csv` for a cohort name, e.g. "New hires · November 2026" → new-hires-november-2026. */
export function csvFileName(cohort: { id: number; name: string }): string {
  const slug = cohort.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `parley-${slug || `cohort-${cohort.id}`}-calls.csv`;
}

/** RFC 9562 name-based UUID, version 5 (SHA-1), in the URL namespace: the same name, the same id. */
export function uuidV5(name: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const h = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * xAPI statements for the calls: per call, the call itself, each criterion that applied to
 * it (one that did not apply was not a decision) and each violation. Statement ids are
 * UUID v5 of names under `baseIri`, so exporting again yields the same ids.
 */
export function xapiStatements(
  calls: readonly ExportedCall[],
  options: { baseIri: string; scenarioTitle: (id: string) => string },
): XapiStatement[] {
  const out: XapiStatement[] = [];
  for (const call of calls) {
    if (call.score === null || call.overall === null) continue;
    const report = readReport(call.report);
    out.push(
      ...callStatements({
        call: {
          id: call.id,
          scenario: call.scenario_id,
          scenarioTitle: options.scenarioTitle(call.scenario_id),
          mode: call.mode,
          startedAt: call.started_at,
          endedAt: call.ended_at,
          score: call.score,
          overall: call.overall,
          rubricVersion: call.rubric_version ?? '',
        },
        learner: { name: call.trainee_name, email: call.trainee_email },
        criteria: report.criteria
          .filter((c) => c.applicable)
          .map(({ id, title, met, points, max }) => ({ id, title: title || id, met, points, max })),
        violations: report.violations.map(({ rule, title, severity, turn, evidence }) => ({
          rule,
          title: title || rule,
          severity,
          turn,
          evidence,
        })),
        baseIri: options.baseIri,
        uuid: uuidV5,
      }),
    );
  }
  return out;
}
