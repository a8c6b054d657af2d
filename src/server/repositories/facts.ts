import { weekOf } from '../../domain/analytics/score-trend.ts';
import { perConnection, type Db } from '../db/database.ts';

/** The parts of a score report the dashboards aggregate. */
export interface ReportFigures {
  score: number;
  overall: 'pass' | 'fail';
  critical_violations: readonly string[];
  violations: readonly { rule: string; severity: string; turn?: number | null }[];
  criteria: readonly { id: string; points: number; max: number }[];
  competencies: Readonly<Record<Competency, number>>;
}

/**
 * The figures of a stored report, tolerating a partial one (an older or hand-made report without
 * some lists contributes nothing for them rather than failing the write).
 */
export function reportFigures(report: unknown, score?: number, overall?: 'pass' | 'fail'): ReportFigures {
  const r = (report ?? {}) as Partial<ReportFigures>;
  return {
    score: score ?? r.score ?? 0,
    overall: overall ?? r.overall ?? 'fail',
    critical_violations: Array.isArray(r.critical_violations) ? r.critical_violations : [],
    violations: Array.isArray(r.violations) ? r.violations : [],
    criteria: Array.isArray(r.criteria) ? r.criteria : [],
    competencies: { ...(r.competencies ?? {}) } as Record<Competency, number>,
  };
}

export const COMPETENCIES = ['communication', 'negotiation', 'attention_to_detail', 'resilience', 'adaptability'] as const;
export type Competency = (typeof COMPETENCIES)[number];

/** The call a report belongs to. */
export interface FactCall {
  id: string;
  user_id: number;
  scenario_id: string;
  mode: 'practice' | 'assessment';
}

export const CRITERION_SLOTS = 24;
const SLOT_COLUMNS = Array.from({ length: CRITERION_SLOTS }, (_, i) => `c${i}`);

/**
 * The narrow per-call rows the dashboards sum (migration 003): written with each report, in the
 * caller's transaction, and replaced when a call is re-scored. Criterion shares go to a permanent
 * column per criterion id, allocated the first time the id is scored.
 */
export const factsRepository = perConnection((db: Db) => {
  const slotRows = db.prepare('SELECT criterion, slot FROM criterion_slots');
  const insertSlot = db.prepare('INSERT INTO criterion_slots (criterion, slot) VALUES (?, ?)');
  const deleteCall = db.prepare('DELETE FROM call_facts WHERE call_id = ?');
  const existing = db.prepare(
    `SELECT user_id, mode, week, scenario_id, ended_at, score, passed, critical, violations, ${SLOT_COLUMNS.join(', ')} FROM call_facts WHERE call_id = ?`,
  );
  const sumColumns = SLOT_COLUMNS.flatMap((_, i) => [`s${i}`, `n${i}`]);
  const addToWeek = db.prepare(
    `INSERT INTO week_stats (user_id, mode, week, scenario_id, calls, passes, score_sum, critical_calls, violations, last_ended_at, ${sumColumns.join(', ')})
     VALUES (${Array(10 + sumColumns.length).fill('?').join(', ')})
     ON CONFLICT (user_id, mode, week, scenario_id) DO UPDATE SET
       calls = calls + excluded.calls, passes = passes + excluded.passes, score_sum = score_sum + excluded.score_sum,
       critical_calls = critical_calls + excluded.critical_calls, violations = violations + excluded.violations,
       last_ended_at = MAX(last_ended_at, excluded.last_ended_at),
       ${sumColumns.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
  );
  const deleteViolations = db.prepare('DELETE FROM violation_facts WHERE call_id = ?');
  const insertCall = db.prepare(
    `INSERT INTO call_facts (call_id, user_id, scenario_id, mode, ended_at, ended_day, week, score, passed, critical, violations,
       ${COMPETENCIES.join(', ')}, ${SLOT_COLUMNS.join(', ')})
     VALUES (${Array(11 + COMPETENCIES.length + CRITERION_SLOTS).fill('?').join(', ')})`,
  );
  const insertViolation = db.prepare(
    `INSERT INTO violation_facts (call_id, n, user_id, mode, scenario_id, ended_day, week, rule, severity, turn)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const missing = db.prepare(
    `SELECT c.id, c.user_id, c.scenario_id, c.mode, c.ended_at, c.report FROM calls c
     WHERE c.status = 'ended' AND c.report IS NOT NULL AND c.ended_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM call_facts f WHERE f.call_id = c.id)`,
  );

  const slots = new Map<string, number>();
  const loadSlots = () => {
    slots.clear();
    for (const r of slotRows.all() as { criterion: string; slot: number }[]) slots.set(r.criterion, r.slot);
  };
  loadSlots();

  function slotOf(criterion: string): number {
    let slot = slots.get(criterion);
    if (slot !== undefined) return slot;
    loadSlots(); // another connection may have allocated it
    slot = slots.get(criterion);
    if (slot !== undefined) return slot;
    slot = slots.size;
    if (slot >= CRITERION_SLOTS) throw new Error(`more than ${CRITERION_SLOTS} negotiation criteria have been scored; add slots in a migration`);
    insertSlot.run(criterion, slot);
    slots.set(criterion, slot);
    return slot;
  }

  type FactRow = { user_id: number; mode: string; week: string; scenario_id: string; ended_at: string; score: number; passed: number; critical: number; violations: number } & Record<string, number | null>;
  /** Adds (sign 1) or takes out (sign -1) one call's figures from its trainee-week totals. */
  function toWeek(f: FactRow, sign: 1 | -1): void {
    const sums = SLOT_COLUMNS.flatMap((c) => {
      const v = f[c];
      return v === null || v === undefined ? [0, 0] : [sign * v, sign];
    });
    addToWeek.run(f.user_id, f.mode, f.week, f.scenario_id, sign, sign * f.passed, sign * f.score, sign * (f.critical > 0 ? 1 : 0), sign * f.violations, f.ended_at, ...sums);
  }

  function write(call: FactCall, endedAt: string, report: ReportFigures): void {
    const before = existing.get(call.id) as FactRow | undefined;
    if (before) toWeek(before, -1);
    deleteCall.run(call.id);
    deleteViolations.run(call.id);
    const day = endedAt.slice(0, 10);
    const week = weekOf(endedAt);
    const shares: (number | null)[] = Array(CRITERION_SLOTS).fill(null);
    for (const c of report.criteria) {
      if (c.max > 0) shares[slotOf(c.id)] = Math.round((100 * c.points) / c.max);
    }
    const figures = {
      user_id: call.user_id, mode: call.mode, week, scenario_id: call.scenario_id, ended_at: endedAt,
      score: Math.round(report.score), passed: report.overall === 'pass' ? 1 : 0,
      critical: report.critical_violations.length, violations: report.violations.length,
    };
    insertCall.run(
      call.id, call.user_id, call.scenario_id, call.mode, endedAt, day, week,
      figures.score, figures.passed, figures.critical, figures.violations,
      ...COMPETENCIES.map((c) => Math.round(report.competencies[c] ?? 0)),
      ...shares,
    );
    toWeek({ ...figures, ...Object.fromEntries(SLOT_COLUMNS.map((c, i) => [c, shares[i]!])) } as FactRow, 1);
    report.violations.forEach((v, n) => {
      insertViolation.run(call.id, n, call.user_id, call.mode, call.scenario_id, day, week, v.rule, v.severity, v.turn ?? null);
    });
  }

  return {
    /** Writes (or replaces) a scored call's figures. Run inside the transaction that stores the report. */
    write,
    /** The slot of every criterion id scored so far. */
    slots(): ReadonlyMap<string, number> {
      loadSlots();
      return slots;
    },
    /**
     * Adds figures for ended calls that have none (a database from before migration 003);
     * returns how many. Cheap when there are none.
     */
    backfill(): number {
      const rows = missing.all() as (FactCall & { ended_at: string; report: string })[];
      db.transaction(() => {
        for (const r of rows) write(r, r.ended_at, reportFigures(JSON.parse(r.report)));
      })();
      return rows.length;
    },
  };
});
