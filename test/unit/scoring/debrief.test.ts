import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../src/domain/scoring/debrief.ts';
import { scoreTranscript } from '../../../src/domain/scoring/engine.ts';
import { call, FULL_CONTEXT, projectRubric, VERIFIED_OPENING, type Line } from '../../fixtures/scoring/calls.ts';

const LINES: Line[] = [
  ...VERIFIED_OPENING,
  ['agent', 'Your balance is $1,200. Pay it today or we will have you arrested.', ['state_balance', 'request_full_payment', 'threat_arrest']],
  ['customer', "Okay, okay, I'll pay $300 on Friday by debit card.", ['agrees_to_pay']],
  ['agent', 'So that is $300 this Friday, April 17th, by debit card.', ['recap_terms']],
];

function debriefOf(record = { disposition: 'PTP', arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }) {
  const { transcript, classify } = call(LINES, FULL_CONTEXT, record);
  const report = scoreTranscript(transcript, projectRubric(), classify, { timeline: true });
  const turns = transcript.turns.map((t, i) => ({ n: i + 1, speaker: t.speaker, text: t.text }));
  return { report, debrief: buildDebrief(report, turns, { record, balance: 1200, mood: { patience: 20, trust: 35 } }) };
}

describe('buildDebrief', () => {
  it('puts every turn on the timeline with the acts the scorer read', () => {
    const { debrief } = debriefOf();
    expect(debrief.turns).toHaveLength(LINES.length);
    expect(debrief.turns[5]!.acts).toEqual(['state_balance', 'request_full_payment', 'threat_arrest']);
  });

  it('marks the violation on its turn with the points it cost, why it matters and what to say instead', () => {
    const { debrief, report } = debriefOf();
    const v = debrief.turns[5]!.events.find((e) => e.kind === 'violation' && e.id === 'THREAT_ARREST')!;
    expect(v.points).toBe(-projectRubric().penalties.critical);
    expect(v.explanation).toBe(report.violations.find((x) => x.rule === 'THREAT_ARREST')!.explanation);
    expect(v.instead).toMatch(/\w/);
    expect(debrief.totals.penalties).toBe(projectRubric().penalties.critical);
  });

  it('credits criteria on the turns that earned them, the points once', () => {
    const { debrief, report } = debriefOf();
    const credited = debrief.turns.flatMap((t) => t.events.filter((e) => e.kind === 'credit'));
    const met = report.criteria.filter((c) => c.met && c.turns.length > 0);
    expect(credited.reduce((s, e) => s + e.points, 0)).toBe(met.reduce((s, c) => s + c.points, 0));
    expect(new Set(credited.map((e) => e.id))).toEqual(new Set(met.map((c) => c.id)));
  });

  it('gives the outcome in figures: the arrangement, its share of the balance, the mood at the end', () => {
    const { debrief } = debriefOf();
    expect(debrief.figures).toEqual({
      outcome: 'promise_to_pay',
      arrangementMade: true,
      balance: 1200,
      committed: 300,
      committedPct: 25,
      mood: { patience: 20, trust: 35 },
    });
    expect(debrief.radar.labels).toEqual(['communication', 'negotiation', 'attention to detail', 'resilience', 'adaptability']);
  });

  it('shows the record-keeping checks with what was found', () => {
    const { debrief } = debriefOf({ disposition: 'NA', arrangement: { amount: 350, date: '2026-04-17', method: 'debit card' } });
    const checks = Object.fromEntries(debrief.recordChecks.map((c) => [c.id, c]));
    expect(checks.N_RECORD_MATCHES).toMatchObject({ applicable: true, met: false });
    expect(checks.N_RECORD_TERMS!.facts.join(' ')).toMatch(/filed \$350/);
  });

  it('says when a call passed under the pass mark on its own work, the record costing points but not failing it', () => {
    const { report } = debriefOf();
    const turns = report.timeline!.map((t) => ({ n: t.turn, speaker: t.speaker, text: t.text }));
    expect(buildDebrief(report, turns).passedOnOwnWork).toBe(false);
    expect(buildDebrief({ ...report, overall: 'pass', score: report.pass_mark - 4 }, turns).passedOnOwnWork).toBe(true);
    expect(buildDebrief({ ...report, overall: 'fail', score: report.pass_mark - 4 }, turns).passedOnOwnWork).toBe(false);
  });
});
