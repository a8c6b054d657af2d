import { describe, expect, it } from 'vitest';
import { practiceHints } from '../../../src/domain/scoring/hints.ts';
import { call, FULL_CONTEXT, projectRubric, VERIFIED_OPENING, type Line } from '../../fixtures/scoring/calls.ts';

const hints = (lines: Line[]) => {
  const { transcript, classify } = call(lines, FULL_CONTEXT);
  return practiceHints(transcript, projectRubric(), classify);
};
const tips = (lines: Line[]) => hints(lines).filter((h) => h.kind === 'tip').map((h) => h.text);
const V = VERIFIED_OPENING;
const ASK: Line = ['agent', 'Your balance is $1,200. Can you pay it in full today?', ['state_balance', 'request_full_payment']];

describe('practiceHints', () => {
  it('asks for verification first, then the Mini-Miranda', () => {
    expect(tips([['agent', 'Hi, this is Sam from Acme Recovery.', ['greeting', 'identify_self', 'identify_company']], ['customer', 'Hello?', ['other']]])).toEqual([
      expect.stringMatching(/^Confirm you are speaking with the consumer/),
    ]);
    expect(tips(V.slice(0, 4))).toEqual([expect.stringMatching(/^Give the Mini-Miranda/)]);
  });

  it('warns about what the last words broke, with what to say instead, and only about the last words', () => {
    const threat: Line = ['agent', 'Pay today or the police will arrest you.', ['threat_arrest', 'request_full_payment']];
    const warned = hints([...V, ASK, ['customer', 'No.', ['refuses_to_pay']], threat, ['customer', 'What?!', ['hostile']]]);
    expect(warned[0]).toMatchObject({ kind: 'warning', rule: 'THREAT_ARREST', text: expect.stringContaining('Instead:') });
    const later = hints([...V, ASK, ['customer', 'No.', ['refuses_to_pay']], threat, ['customer', 'What?!', ['hostile']], ['agent', 'I understand.', ['active_listening']], ['customer', 'Okay.', ['other']]]);
    expect(later.filter((h) => h.kind === 'warning')).toEqual([]);
  });

  it('does not repeat a warning as a tip', () => {
    const h = hints([...V.slice(0, 4), ['agent', 'Your balance is $1,200. Can you pay it today?', ['state_balance', 'request_full_payment']], ['customer', 'Hm.', ['other']]]);
    expect(h.filter((x) => x.kind === 'warning').map((x) => x.rule)).toEqual(['MINI_MIRANDA']);
    expect(h.filter((x) => x.kind === 'tip').some((x) => /Mini-Miranda/.test(x.text))).toBe(false);
  });

  it('puts duties first: a dispute, a cease request, an attorney', () => {
    expect(tips([...V, ASK, ['customer', 'That is not my debt.', ['disputes_debt']]])[0]).toMatch(/dispute the debt/);
    expect(tips([...V, ASK, ['customer', 'Stop calling me.', ['requests_cease']]])[0]).toMatch(/stop contacting/);
    expect(tips([...V, ASK, ['customer', 'Talk to my lawyer.', ['has_attorney']]])[0]).toMatch(/attorney/);
  });

  it('walks the negotiation: ask in full, probe after a refusal, then offer within policy, then recap', () => {
    expect(tips([...V, ['agent', 'I am calling about your Northside account, balance $1,200.', ['state_purpose', 'state_balance']], ['customer', 'Okay.', ['other']]])).toEqual([
      'Ask for the full balance first.',
    ]);
    expect(tips([...V, ASK, ['customer', "I can't.", ['refuses_to_pay']]])).toEqual([expect.stringMatching(/^Ask what they can realistically pay/)]);
    const probed: Line[] = [...V, ASK, ['customer', "I can't.", ['refuses_to_pay']], ['agent', 'What could you manage?', ['probe_ability_to_pay']], ['customer', "I really can't pay.", ['refuses_to_pay']]];
    expect(tips(probed)).toEqual(['Offer an option within policy (a plan from $50 a month, or a settlement down to 70%).']);
    expect(tips([...V, ASK, ['customer', "Okay, I'll pay Friday.", ['agrees_to_pay']]])).toEqual([expect.stringMatching(/^Pin down the amount, the date and the payment method/)]);
  });

  it('acknowledges hardship before anything else in the negotiation', () => {
    expect(tips([...V, ASK, ['customer', 'I lost my job.', ['hardship']]])[0]).toMatch(/^Acknowledge the hardship/);
  });
});
