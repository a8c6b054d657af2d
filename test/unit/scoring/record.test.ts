import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../src/domain/scoring/engine.ts';
import { datesIn, methodsIn } from '../../../src/domain/scoring/record.ts';
import type { CallContext, CallRecord } from '../../../src/domain/transcript/schema.ts';
import { call, FULL_CONTEXT, projectRubric, VERIFIED_OPENING, type Line } from '../../fixtures/scoring/calls.ts';

const V = VERIFIED_OPENING;
/** A Thursday. */
const CONTEXT: CallContext = { ...FULL_CONTEXT, call_timestamp_local: '2026-04-16T10:15:00' };

const PROMISE: Line[] = [
  ...V,
  ['agent', 'Your balance is $1,200. Can you pay it in full today?', ['state_balance', 'request_full_payment']],
  ['customer', "Not all of it. I could do $300 on Friday.", ['agrees_to_pay', 'refuses_to_pay']],
  ['agent', 'Thank you. So that is $300 on Friday, April 17th, by debit card. Is that right?', ['recap_terms']],
  ['customer', 'Yes, debit card is fine.', ['agrees_to_pay']],
];

function recordCheck(lines: Line[], record: CallRecord | undefined, context: CallContext = CONTEXT) {
  const { transcript, classify } = call(lines, context, record);
  const report = scoreTranscript(transcript, projectRubric(), classify);
  return report.criteria.find((c) => c.id === 'N_RECORD_TERMS')!;
}

describe('record-keeping (N_RECORD_TERMS)', () => {
  it('is met when the arrangement is filed as agreed, quoting the words that agreed it', () => {
    const c = recordCheck(PROMISE, { disposition: 'PTP', notes: 'Will pay $300 Friday by debit card.', arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } });
    expect(c).toMatchObject({ applicable: true, met: true, points: 5, max: 5 });
    expect(c.evidence.join(' ')).toContain('$300');
  });

  it('accepts a filed weekday for a spoken date, and a weekday spoken against an ISO date', () => {
    expect(recordCheck(PROMISE, { arrangement: { amount: 300, date: 'Friday', method: 'card' } }).met).toBe(true);
    expect(recordCheck(PROMISE, { arrangement: { amount: 300, date: '4/17/2026', method: 'Visa debit' } }).met).toBe(true);
  });

  it('fails notes that give a circumstance nobody spoke of, and not one that was said or is denied', () => {
    const arrangement = { amount: 300, date: '2026-04-17', method: 'debit card' };
    const c = recordCheck(PROMISE, { notes: 'Consumer lost her job, will pay $300 Friday.', arrangement });
    expect(c.met).toBe(false);
    expect(c.facts?.join(' ')).toMatch(/"lost her job" \(a job loss\), which nobody spoke of/);
    expect(recordCheck(PROMISE, { notes: 'No attorney, no dispute. $300 Friday.', arrangement }).met).toBe(true);
    expect(recordCheck(PROMISE, { notes: 'Supervisor approved exception; $300 Friday.', arrangement }).facts?.join(' ')).toMatch(/supervisor's approval/);
    const laidOff: Line[] = [...PROMISE.slice(0, -1), ['customer', "Yes, debit card. I'm between jobs but I get a check Friday.", ['agrees_to_pay']]];
    expect(recordCheck(laidOff, { notes: 'Laid off; $300 Friday by debit card.', arrangement }).met).toBe(true);
  });

  it('fails notes that file a payment for a day the call never set, and not other dates in them', () => {
    const arrangement = { amount: 300, date: '2026-04-17', method: 'debit card' };
    const wrong = recordCheck(PROMISE, { notes: 'PTP: $300 by debit card scheduled for 04/24/2026.', arrangement });
    expect(wrong.met).toBe(false);
    expect(wrong.facts?.join(' ')).toMatch(/the notes file the payment for 04\/24\/2026, a day the call never set/);
    expect(recordCheck(PROMISE, { notes: 'PTP: $300 by debit card scheduled for 4/17.', arrangement }).met).toBe(true);
    // A date the notes tie to something else: a letter, a birthday, a follow-up call.
    expect(recordCheck(PROMISE, { notes: 'Notice mailed 03/02/2026. DOB 05/09/1980. $300 Friday, follow-up call 04/24/2026.', arrangement }).met).toBe(true);
  });

  it('checks the day the notes file a callback for, not other days in them', () => {
    const callback: Line[] = [
      ...V,
      ['customer', "I'm in the hospital, they admitted me Saturday. Can this wait?", ['hardship', 'requests_callback']],
      ['agent', "Of course. How about next Tuesday, April 21st, after 2 p.m.? I'll call you then.", ['other']],
      ['customer', 'Okay. Thanks.', ['other']],
    ];
    const filed = (notes: string) => recordCheck(callback, { disposition: 'CALLBACK', notes });
    expect(filed('Consumer hospitalized (admitted Sat 4/11). Callback Tue 04/21/2026 after 2 PM.').met).toBe(true);
    expect(filed('Consumer hospitalized. Callback set for 04/28/2026 after 2 PM.').facts?.join(' ')).toMatch(/the notes file the callback for 04\/28\/2026/);
  });

  it('fails notes that leave out a request to stop calling, in whatever words they record it', () => {
    const cease: Line[] = [...V, ['customer', 'Stop calling me. Write to me instead.', ['requests_cease']], ['agent', "Understood, we'll only write to you from now on.", ['acknowledge_cease_request']]];
    const filed = (notes: string) => recordCheck(cease, { disposition: 'CEASE', notes });
    expect(filed('Consumer verified. Balance discussed.').facts?.join(' ')).toMatch(/asked at turn \d+ not to be called, and the notes do not say so/);
    expect(filed('Consumer asked for no further phone calls; written correspondence only.').met).toBe(true);
    expect(filed('Phone contact ceased.').met).toBe(true);
    expect(filed('Attorney-represented: all further communication to the attorney.').facts?.join(' ') ?? '').not.toMatch(/not to be called/);
  });

  it('takes "no fees" in the notes for a call that said no fees are added', () => {
    const noFees: Line[] = [...PROMISE.slice(0, -2), ['agent', 'So that is $300 on Friday, April 17th, by debit card, and that pays $300 of the $1,200, with no fees or interest added. Is that right?', ['recap_terms']], ['customer', 'Yes.', ['agrees_to_pay']]];
    const arrangement = { amount: 300, date: '2026-04-17', method: 'debit card' };
    expect(recordCheck(noFees, { notes: 'PTP $300 Friday by debit card. No fees.', arrangement }).facts?.join(' ') ?? '').not.toMatch(/priced a fee/);
  });

  it('fails notes that deny a hardship the consumer told of', () => {
    const laidOff: Line[] = [...PROMISE.slice(0, -1), ['customer', "Yes, debit card. I got laid off last month, so it's tight.", ['agrees_to_pay', 'hardship']]];
    const arrangement = { amount: 300, date: '2026-04-17', method: 'debit card' };
    expect(recordCheck(laidOff, { notes: 'PTP $300 Friday by debit card. No hardship stated.', arrangement }).facts?.join(' ')).toMatch(/the notes say "No hardship stated", but the consumer told of a hardship at turn \d+/);
    expect(recordCheck(PROMISE, { notes: 'PTP $300 Friday by debit card. No hardship stated.', arrangement }).met).toBe(true);
  });

  it('takes a surgery in the notes from an operation told in other words on the call', () => {
    const hip: Line[] = [...PROMISE.slice(0, -1), ['customer', 'Yes, debit card. He just had his hip done, so money is tight.', ['agrees_to_pay', 'hardship']]];
    expect(recordCheck(hip, { notes: 'Husband after hip surgery; $300 Friday by debit card.', arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }).met).toBe(true);
  });

  it('fails notes that deny a payment ask the agent made after a cease request, and notes that leave a lawyer out', () => {
    const pressed: Line[] = [
      ...V,
      ['customer', 'Please stop calling me. Send me mail.', ['requests_cease']],
      ['agent', 'Before I let you go, could you put even $50 toward it today?', ['request_full_payment']],
      ['customer', 'No. Goodbye.', ['refuses_to_pay']],
    ];
    const denied = recordCheck(pressed, { disposition: 'CEASE', notes: 'Consumer requested no further phone calls, mail only. No payment solicited after request.' });
    expect(denied.facts?.join(' ')).toMatch(/the notes say "No payment solicited[^"]*", but the agent asked for payment at turn 7/);
    const lawyer: Line[] = [...V, ['customer', 'My attorney Diane Cho handles these bills.', ['has_attorney']], ['agent', 'Okay.', ['other']]];
    expect(recordCheck(lawyer, { disposition: 'NA', notes: 'Consumer refused to pay. Follow up in 7 days.' }).facts?.join(' ')).toMatch(/a lawyer acts for them, and the notes do not say so/);
    expect(recordCheck(lawyer, { disposition: 'ATTY', notes: 'Represented by attorney Diane Cho.' }).met).toBe(true);
    // A request not to be called, filed as contact sent to the lawyer.
    const both: Line[] = [...lawyer.slice(0, -1), ['customer', 'And stop calling me. Call her.', ['requests_cease']], ['agent', "Understood, we'll contact her office.", ['acknowledge_attorney', 'acknowledge_cease_request']]];
    expect(recordCheck(both, { disposition: 'ATTY', notes: 'Represented by attorney Diane Cho; all contact to be directed to attorney.' }).facts?.join(' ') ?? '').not.toMatch(/not to be called/);
  });

  it('reads "a quarter to six" on the call as the 5:45 the notes file', () => {
    const callback: Line[] = [
      ...V,
      ['customer', "I'm at work, I can't talk now.", ['requests_callback']],
      ['agent', 'Of course. Would a quarter to six this evening work?', ['other']],
      ['customer', 'Yes.', ['other']],
    ];
    expect(recordCheck(callback, { disposition: 'CALLBACK', notes: 'Callback 5:45 PM today.' }).facts?.join(' ') ?? '').not.toMatch(/no one named that time/);
    expect(recordCheck(callback, { disposition: 'CALLBACK', notes: 'Callback 6:15 PM today.' }).facts?.join(' ')).toMatch(/no one named that time/);
  });

  it('fails a plan filed at another rhythm than the call agreed, and takes "payments of $X" as no rhythm', () => {
    const biweekly: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. Can you pay it in full?', ['state_balance', 'request_full_payment']],
      ['customer', "I can't. I could do $100 every other Friday.", ['refuses_to_pay', 'agrees_to_pay']],
      ['agent', 'So $100 every other Friday by debit card, starting Friday, April 17th, twelve payments.', ['offer_payment_plan', 'recap_terms']],
      ['customer', 'Yes.', ['agrees_to_pay']],
    ];
    const arrangement = { amount: 100, date: '2026-04-17', method: 'debit card', frequency: 'monthly' };
    expect(recordCheck(biweekly, { disposition: 'PPA', notes: 'Plan $100 by debit card from 4/17.', arrangement }).facts?.join(' ')).toMatch(/filed as monthly, but the call agreed payments every two weeks/);
    const asAgreed = { ...arrangement, frequency: 'biweekly' };
    expect(recordCheck(biweekly, { disposition: 'PPA', notes: 'Plan $100 by debit card from 4/17.', arrangement: asAgreed }).facts?.join(' ') ?? '').not.toMatch(/filed as/);
  });

  it('fails notes that give the settlement a share of the balance it is not, and not the offers on the way', () => {
    const settled: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. Can you pay it in full?', ['state_balance', 'request_full_payment']],
      ['customer', "I can't. I could do $480 to settle it.", ['refuses_to_pay', 'agrees_to_pay']],
      ['agent', 'Okay, I can accept $480 as a settlement in full, by debit card on Friday, April 17th.', ['offer_settlement', 'secure_commitment']],
      ['customer', 'Deal.', ['agrees_to_pay']],
    ];
    const arrangement = { amount: 480, date: '2026-04-17', method: 'debit card' };
    const filed = (notes: string) => recordCheck(settled, { disposition: 'SIF', notes, arrangement });
    expect(filed('SIF approved at 70% per client authority. $480 Friday by debit card.').facts?.join(' ')).toMatch(/the notes put the settlement at 70% of the balance, but \$480.00 of \$1200.00 is 40.0%/);
    expect(filed('Offered 70%; consumer countered $480 (40%), accepted SIF. Debit card Friday.').met).toBe(true);
    expect(filed('SIF $480 (40%) by debit card Friday; authority 70%.').met).toBe(true);
  });

  it("fails notes that file the balance at a figure the account does not have, not one left after paying", () => {
    const arrangement = { amount: 300, date: '2026-04-17', method: 'debit card' };
    const wrong = recordCheck(PROMISE, { notes: 'PTP $300 Friday by debit card. Current balance $1,260.00.', arrangement });
    expect(wrong.facts?.join(' ')).toMatch(/the notes file the balance as Current balance \$1,260.00/);
    expect(recordCheck(PROMISE, { notes: 'PTP $300 Friday by debit card. Balance $1,200.00.', arrangement }).met).toBe(true);
    expect(recordCheck(PROMISE, { notes: 'PTP $300 Friday by debit card. Remaining balance $900.00.', arrangement }).met).toBe(true);
  });

  it('takes the last read-back for a date or a way of paying the consumer changed', () => {
    const changed: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. Can you pay it in full?', ['state_balance', 'request_full_payment']],
      ['customer', 'I can do $300 on the 17th from checking.', ['agrees_to_pay']],
      ['agent', 'The 17th works. Checking account?', ['secure_commitment']],
      ['customer', "Actually, put it on my debit card. And can it be the 24th? I'm away that week.", ['agrees_to_pay']],
      ['agent', 'So to recap: $300 on your debit card on April 24th.', ['recap_terms']],
      ['customer', 'Yes.', ['agrees_to_pay']],
    ];
    expect(recordCheck(changed, { arrangement: { amount: 300, date: '2026-04-24', method: 'debit card' } }).met).toBe(true);
    const superseded = recordCheck(changed, { arrangement: { amount: 300, date: '2026-04-17', method: 'checking account' } });
    expect(superseded.met).toBe(false);
    expect(superseded.facts?.join(' ')).toMatch(/filed the date 2026-04-17/);
    expect(superseded.facts?.join(' ')).toMatch(/filed checking account/);
  });

  it('reads "my checking" as a bank account, and the numbers off a check as no paper check', () => {
    expect(methodsIn("My checking. Hang on, I'll read you the numbers off a check.").map((m) => m.method)).toEqual(['bank account']);
    expect(methodsIn("I'll mail a check.").map((m) => m.method)).toEqual(['check']);
  });

  it('fails notes that say nothing was disclosed on a call that told a third party about the debt', () => {
    const landlord: Line[] = [
      ['agent', 'Hi, is this the landlord for Unit B?', ['greeting']],
      ['third_party', "Yes, I'm the landlord. Dana moved out.", ['third_party']],
      ['agent', "Could you pass on that she has an overdue bill with us and needs to call about the balance?", ['third_party_disclosure']],
    ];
    const c = recordCheck(landlord, { disposition: 'WRONG_PARTY', notes: 'Landlord confirms address. Agency and account not disclosed.' });
    expect(c.met).toBe(false);
  });

  it('fails notes that deny a fee the agent priced on the call, and not notes of a fee-free call', () => {
    const arrangement = { amount: 300, date: '2026-04-17', method: 'debit card' };
    const feeCall: Line[] = [
      ...PROMISE.slice(0, -1),
      ['agent', 'Paying by card adds a $7.95 processing charge, so $307.95 in all.', ['unauthorized_fee']],
      ['customer', 'Yes, debit card is fine.', ['agrees_to_pay']],
    ];
    const c = recordCheck(feeCall, { notes: 'Will pay $300 Friday by debit card. No additional charges to consumer.', arrangement });
    expect(c.met).toBe(false);
    expect(c.facts?.join(' ')).toMatch(/"No additional charges", but turn \d+ priced a fee/);
    expect(recordCheck(PROMISE, { notes: 'Will pay $300 Friday by debit card. No additional charges to consumer.', arrangement }).met).toBe(true);
  });

  it('fails a method filed that the call reports declined, and accepts the one that went through', () => {
    const switched: Line[] = [
      ...PROMISE.slice(0, -1),
      ['customer', 'Take it from my checking account.', ['agrees_to_pay']],
      ['agent', 'That checking account came back invalid. Do you have a card?', ['secure_commitment']],
      ['customer', 'Use my debit card then.', ['agrees_to_pay']],
    ];
    const c = recordCheck(switched, { arrangement: { amount: 300, date: '2026-04-17', method: 'checking account' } });
    expect(c.met).toBe(false);
    expect(c.facts?.join(' ')).toMatch(/which was declined on the call/);
    expect(recordCheck(switched, { arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }).met).toBe(true);
  });

  it('fails a first payment filed a month late when the call named the month', () => {
    const plan: Line[] = [
      ...V,
      ['agent', 'We can do $100 a month on the 20th of each month, starting January 20th. Debit card?', ['offer_payment_plan']],
      ['customer', 'Okay, the 20th works, debit card.', ['agrees_to_pay']],
    ];
    const january: CallContext = { ...CONTEXT, call_timestamp_local: '2026-01-13T17:30:00' };
    expect(recordCheck(plan, { disposition: 'PPA', arrangement: { amount: 100, date: '2026-02-20', method: 'debit card' } }, january).met).toBe(false);
    expect(recordCheck(plan, { disposition: 'PPA', arrangement: { amount: 100, date: '2026-01-20', method: 'debit card' } }, january).met).toBe(true);
  });

  it('fails a wrong amount, naming both figures', () => {
    const c = recordCheck(PROMISE, { arrangement: { amount: 350, date: '2026-04-17', method: 'debit card' } });
    expect(c.met).toBe(false);
    expect(c.facts?.join(' ')).toMatch(/filed \$350, but the call agreed .*\$300/);
  });

  it('fails a wrong date and a wrong method', () => {
    expect(recordCheck(PROMISE, { arrangement: { amount: 300, date: '2026-04-24', method: 'debit card' } }).facts?.join(' ')).toMatch(/filed the date 2026-04-24/);
    expect(recordCheck(PROMISE, { arrangement: { amount: 300, date: '2026-04-17', method: 'money order' } }).facts?.join(' ')).toMatch(/filed money order, but the call agreed card/);
  });

  it('resolves "tomorrow" from the call date, and leaves it unchecked without one', () => {
    const lines: Line[] = [
      ...V,
      ['agent', 'Can you pay the $1,200 balance?', ['request_full_payment']],
      ['customer', 'I can pay it all tomorrow with a check.', ['agrees_to_pay']],
    ];
    expect(recordCheck(lines, { arrangement: { amount: 1200, date: '2026-04-17', method: 'check' } }).met).toBe(true);
    expect(recordCheck(lines, { arrangement: { amount: 1200, date: '2026-04-20', method: 'check' } }).met).toBe(false);
    const { call_timestamp_local: _, ...undated } = CONTEXT;
    const c = recordCheck(lines, { arrangement: { amount: 1200, date: '2026-04-20', method: 'check' } }, undated);
    expect(c.met).toBe(true);
    expect(c.facts?.join(' ')).toMatch(/could not be checked/);
  });

  it('reads "in full" as the balance on the account', () => {
    const lines: Line[] = [
      ...V,
      ['agent', 'Can you pay the balance in full by the 30th?', ['request_full_payment']],
      ['customer', 'Yes, online.', ['agrees_to_pay']],
    ];
    expect(recordCheck(lines, { arrangement: { amount: 1200, date: 'April 30', method: 'online' } }).met).toBe(true);
    expect(recordCheck(lines, { arrangement: { amount: 1000, date: 'April 30', method: 'online' } }).met).toBe(false);
  });

  it('fails an agreement filed without an arrangement, and an arrangement filed when nothing was agreed', () => {
    expect(recordCheck(PROMISE, { disposition: 'PTP' }).facts?.join(' ')).toMatch(/no arrangement/);
    const refused: Line[] = [...V, ['agent', 'Can you pay the $1,200 today?', ['request_full_payment']], ['customer', 'No, I will not pay.', ['refuses_to_pay']]];
    const c = recordCheck(refused, { disposition: 'NA', arrangement: { amount: 100, date: 'Friday', method: 'card' } });
    expect(c.met).toBe(false);
    expect(c.facts?.join(' ')).toMatch(/no payment was agreed/);
    expect(recordCheck(refused, { disposition: 'NA', notes: 'Refused to pay.' }).met).toBe(true);
  });

  it('fails a sum in the notes that nobody said, but not a total worked out from one that was', () => {
    const filed = { amount: 300, date: '2026-04-17', method: 'debit card' };
    expect(recordCheck(PROMISE, { notes: 'Promised $300 Friday; said she would add $150 next month.', arrangement: filed }).facts?.join(' ')).toMatch(
      /notes name \$150, which was never said/,
    );
    expect(recordCheck(PROMISE, { notes: 'Balance $1,200; paying $300 Friday.', arrangement: filed }).met).toBe(true);
  });

  it('takes a sum said in words, and leaves a date read out as a placeholder unchecked', () => {
    const lines: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. What can you pay on it?', ['state_balance', 'probe_ability_to_pay']],
      ['customer', "I don't know. Maybe two hundred?", ['agrees_to_pay']],
      ['agent', 'Fine. I put down two hundred on [DATE], the twenty-eighth, by card.', ['recap_terms']],
    ];
    const c = recordCheck(lines, { notes: 'Promised $200 on the 28th by card.', arrangement: { amount: 200, date: '2026-04-28', method: 'card' } });
    expect(c.met).toBe(true);
  });

  it('fails notes that say a subject never came up when the agent raised it', () => {
    const arrangement = { amount: 300, date: '2026-04-17', method: 'debit card' };
    const scared: Line[] = [...V, ['agent', 'If this goes unpaid it could go to our legal department and they could file a lawsuit. Can you pay it today?', ['request_full_payment']], ...PROMISE.slice(V.length + 1)];
    const denied = recordCheck(scared, { notes: 'PTP $300 Friday. No legal or credit reporting discussed.', arrangement });
    expect(denied.met).toBe(false);
    expect(denied.facts?.join(' ')).toMatch(/"No legal or credit reporting discussed", but the agent spoke of legal action at turn/);
    expect(recordCheck(PROMISE, { notes: 'PTP $300 Friday. No legal or credit reporting discussed.', arrangement }).met).toBe(true);
  });

  it('fails notes that say collecting stopped at once when the agent went on asking for payment', () => {
    const lawyer: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200.', ['state_balance']],
      ['customer', 'I have a lawyer handling my debts.', ['has_attorney']],
      ['agent', 'Could you do two hundred today anyway?', ['request_full_payment']],
      ['customer', 'No. Call my lawyer.', ['refuses_to_pay']],
      ['agent', 'Okay, what is the name and number of your attorney?', ['acknowledge_attorney']],
    ];
    const notes = 'Consumer represented by attorney. Agent ceased collection activity immediately.';
    const c = recordCheck(lawyer, { disposition: 'ATTY', notes });
    expect(c.facts?.join(' ')).toMatch(/"ceased collection activity immediately", but the agent asked for payment at turn/);
    const honest: Line[] = [...lawyer.slice(0, -3), ['agent', 'Understood, I will stop here. What is the name and number of your attorney?', ['acknowledge_attorney']]];
    expect(recordCheck(honest, { disposition: 'ATTY', notes }).facts?.join(' ') ?? '').not.toMatch(/ceased collection/);
  });

  it('fails a phone number filed with digits swapped, and leaves an unrelated number alone', () => {
    const lawyer: Line[] = [
      ...V,
      ['customer', 'My attorney is Raymond Cho, his number is 559-555-0187.', ['has_attorney']],
      ['agent', 'Thank you, I have that, 559-555-0187. We will contact him.', ['acknowledge_attorney']],
    ];
    const swapped = recordCheck(lawyer, { disposition: 'ATTY', notes: 'Atty Raymond Cho, ph 559-555-0178.' });
    expect(swapped.facts?.join(' ')).toMatch(/files the phone number 559-555-0178, but the call gave 559-555-0187/);
    expect(recordCheck(lawyer, { disposition: 'ATTY', notes: 'Atty Raymond Cho, ph (559) 555-0187. Our line 800-555-0100.' }).facts?.join(' ') ?? '').not.toMatch(/phone number/);
  });

  it('fails a way of paying the consumer turned down, and takes "credit bureaus" for no card', () => {
    const checking: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. Can you pay it in full today?', ['state_balance', 'request_full_payment']],
      ['customer', 'I could do $300 on Friday.', ['agrees_to_pay']],
      ['agent', 'Card or bank account?', ['secure_commitment']],
      ['customer', "Not a card. Take it out of my checking account.", ['agrees_to_pay']],
      ['agent', 'So that is $300 on Friday, April 17th, from your checking account. We will update the credit bureaus once it is paid.', ['recap_terms']],
      ['customer', 'Yes.', ['agrees_to_pay']],
    ];
    expect(recordCheck(checking, { arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }).facts?.join(' ')).toMatch(/filed debit card, which was declined/);
    expect(recordCheck(checking, { arrangement: { amount: 300, date: '2026-04-17', method: 'checking account' } }).met).toBe(true);
    expect(methodsIn('update it with the credit bureaus, your credit report')).toEqual([]);
  });

  it('fails notes that place a late Mini-Miranda at the start of the call', () => {
    const late: Line[] = [
      ...V.slice(0, -1),
      ['agent', 'Your balance is $1,200. Can you pay it in full today?', ['state_balance', 'request_full_payment']],
      ['customer', 'I could do $300 on Friday.', ['agrees_to_pay']],
      ['agent', 'Okay. Oh, and I am a debt collector, this is an attempt to collect a debt. So that is $300 on Friday, April 17th, by debit card.', ['mini_miranda', 'recap_terms']],
      ['customer', 'Yes.', ['agrees_to_pay']],
    ];
    const arrangement = { amount: 300, date: '2026-04-17', method: 'debit card' };
    expect(recordCheck(late, { notes: 'Mini-Miranda given at start of call. $300 Friday.', arrangement }).facts?.join(' ')).toMatch(/"Mini-Miranda given at start of call", but the debt was discussed at turn \d+, before the Mini-Miranda/);
    expect(recordCheck(late, { notes: 'Mini-Miranda given. $300 Friday.', arrangement }).met).toBe(true);
  });

  it("fails a way of paying filed for a call that named none, and a weekday nobody said", () => {
    const noMethod: Line[] = [...V, ['agent', 'Your balance is $1,200. Can you pay it in full today?', ['state_balance', 'request_full_payment']], ['customer', 'I can do $300 on the 17th.', ['agrees_to_pay']]];
    expect(recordCheck(noMethod, { arrangement: { amount: 300, date: '2026-04-17', method: 'debit card on file' } }).facts?.join(' ')).toMatch(/filed debit card on file, but no way of paying was named on the call/);
    const arrangement = { amount: 300, date: '2026-04-17', method: 'debit card' };
    expect(recordCheck(PROMISE, { notes: '$300 Friday by debit card; will call back Monday.', arrangement }).facts?.join(' ')).toMatch(/the notes name "Monday", but no such day was named on the call/);
    expect(recordCheck(PROMISE, { notes: '$300 Friday by debit card.', arrangement }).met).toBe(true);
  });

  it('fails a way of paying the consumer said they do not use, and reads a step left for the next call as no claim', () => {
    const checking: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. Can you pay it in full today?', ['state_balance', 'request_full_payment']],
      ['customer', "I can do $300 on the 17th. Take it out of my checking, I don't really use my debit card.", ['agrees_to_pay']],
      ['agent', 'So that is $300 on April 17th from your checking account. Is that right?', ['recap_terms']],
      ['customer', 'Yes.', ['agrees_to_pay']],
    ];
    expect(recordCheck(checking, { arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }).met).toBe(false);
    expect(recordCheck(checking, { arrangement: { amount: 300, date: '2026-04-17', method: 'checking account' } }).met).toBe(true);
    const callback: Line[] = [
      ['agent', 'Hi, is this Dana Reyes?', ['greeting', 'verify_identity']],
      ['customer', "Yes, but I'm at work. Can you call me tomorrow at 12:30?", ['confirms_identity', 'requests_callback']],
      ['agent', 'Of course. I will call you back tomorrow at 12:30 on this number.', ['close_call']],
    ];
    expect(recordCheck(callback, { disposition: 'CB', notes: 'Callback tomorrow 12:30. Verify and give mini-Miranda on callback.' }).met).toBe(true);
    expect(recordCheck(callback, { disposition: 'CB', notes: 'Callback tomorrow 12:30. Mini-Miranda given.' }).met).toBe(false);
  });

  it('fails notes that invent leave to call at work, or set the callback at a time nobody named', () => {
    const atWork: Line[] = [
      ['agent', 'Hi, is this Dana Reyes?', ['greeting', 'verify_identity']],
      ['customer', "Yes, but I'm at work. My manager doesn't let us take personal calls. Can you call me at twelve-thirty tomorrow on my cell?", ['confirms_identity', 'requests_callback']],
      ['agent', "Of course. I'll call you tomorrow at 12:30 on your cell.", ['close_call']],
    ];
    expect(recordCheck(atWork, { disposition: 'CB', notes: 'Callback tomorrow 12:30 on cell. Consumer OK with calls at work number.' }).facts?.join(' ')).toMatch(/the consumer said not to be called at work/);
    expect(recordCheck(atWork, { disposition: 'CB', notes: 'Callback scheduled 2:30 PM tomorrow on cell.' }).facts?.join(' ')).toMatch(/the notes set a call at 2:30, but no one named that time/);
    expect(recordCheck(atWork, { disposition: 'CB', notes: 'Dialed at 9:05 AM. Callback scheduled 12:30 PM tomorrow on cell. Do not call at work.' }).met).toBe(true);
  });

  it('reads a two-part settlement filed as its total and first day, and a death told as "my late husband"', () => {
    const twoParts: Line[] = [
      ...V,
      ['agent', 'We can do it: $900.00 settles it, $600.00 today and $300.00 on May 2nd.', ['offer_settlement']],
      ['customer', 'Okay, good.', ['agrees_to_pay']],
      ['agent', 'Thank you. The $600.00 has been processed today on your debit card, and the $300.00 is scheduled on the same card for May 2nd.', ['recap_terms']],
    ];
    const arrangement = { amount: 900, date: '2026-04-16', method: 'debit card' };
    expect(recordCheck(twoParts, { disposition: 'SIF', notes: 'Settled for $900 in two payments.', arrangement }).met).toBe(true);
    expect(recordCheck(twoParts, { disposition: 'SIF', notes: 'Settled for $900 in two payments.', arrangement: { ...arrangement, date: '2026-04-20' } }).met).toBe(false);
    const widow: Line[] = [...PROMISE.slice(0, -1), ['customer', 'Yes. It was our joint card, my late husband ran it up.', ['agrees_to_pay']]];
    expect(recordCheck(widow, { notes: '$300 Friday by debit card. Spouse deceased.', arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }).facts ?? []).not.toContainEqual(expect.stringMatching(/death/));
  });

  it('fails notes that invent a refusal, a dispute dropped, or a bankruptcy filed', () => {
    const offered: Line[] = [...V, ['agent', 'Your balance is $1,200. We will send you a statement.', ['state_balance']], ['customer', 'I could probably do something on it, I get paid every two weeks.', ['agrees_to_pay']], ['agent', "No, you're fine for now.", ['other']]];
    expect(recordCheck(offered, { disposition: 'RTP', notes: 'Cons refused to make a payment arrangement.' }).facts?.join(' ')).toMatch(/refused nothing and offered to pay at turn/);
    const disputed: Line[] = [...V, ['agent', 'Your balance is $1,200. Can you pay today?', ['state_balance', 'request_full_payment']], ['customer', "I don't owe any of it. I sent you a dispute.", ['disputes_debt']], ['agent', 'The balance stays open.', ['other']], ['customer', "I'm not paying anything until I get the paperwork.", ['disputes_debt', 'refuses_to_pay']]];
    expect(recordCheck(disputed, { disposition: 'NO PTP', notes: 'Consumer withdrew dispute and agreed balance is owed.' }).facts?.join(' ')).toMatch(/still disputed the debt at turn/);
    const weighed: Line[] = [...V, ['agent', 'Your balance is $1,200. Can you pay today?', ['state_balance', 'request_full_payment']], ['customer', "We're talking about filing bankruptcy. My lawyer is Andrea Voss.", ['has_attorney', 'bankruptcy']], ['agent', "Thank you, I'll note that and we'll contact her office.", ['acknowledge_attorney']]];
    expect(recordCheck(weighed, { disposition: 'ATTY', notes: 'Represented by Andrea Voss. Consumer filed Chapter 7 bankruptcy.' }).facts?.join(' ')).toMatch(/only spoke of filing/);
    expect(recordCheck(weighed, { disposition: 'ATTY', notes: 'Represented by Andrea Voss. Consumer considering bankruptcy.' }).facts ?? []).not.toContainEqual(expect.stringMatching(/only spoke of filing/));
  });

  it("reads a callback filed in its own field, and a channel named after the card as no change of card", () => {
    const callback: Line[] = [
      ['agent', 'Hi, is this Dana Reyes?', ['greeting', 'verify_identity']],
      ['customer', "Yes, but I'm at work. Can you call me Friday after five-thirty?", ['confirms_identity', 'requests_callback']],
      ['agent', "Okay, Friday, April 17th, around 6 p.m. your time, on this number. I'll call you then.", ['close_call']],
    ];
    expect(recordCheck(callback, { disposition: 'CB', callback: { datetime_local: '2026-04-17T18:00:00' } }).met).toBe(true);
    expect(recordCheck(callback, { disposition: 'CB', callback: { datetime_local: '2026-04-18T18:00:00' } }).facts?.join(' ')).toMatch(/filed for 2026-04-18, a day the call never set/);
    const channel: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. How would you like to pay the $300 on Friday, debit card or bank account?', ['state_balance', 'secure_commitment']],
      ['customer', 'Debit card. Can I do it myself instead of you auto-pulling it?', ['agrees_to_pay']],
      ['agent', 'Absolutely, nothing automatic. You can pay by phone or on our website. So that is $300 on Friday, April 17th. Does that sound right?', ['recap_terms']],
      ['customer', 'Yes.', ['agrees_to_pay']],
    ];
    expect(recordCheck(channel, { arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }).met).toBe(true);
  });

  it("takes a card's expiry for no date, and a callback's own slot for no payment arrangement", () => {
    expect(datesIn("Expiration's 08/28.")).toEqual([]);
    expect(datesIn('Pay on 08/28.').length).toBe(1);
    const callback: Line[] = [
      ...V,
      ['customer', "I'm at work, can you call me back after 6:30 tonight?", ['requests_callback']],
      ['agent', 'Of course. I will call you back today after 6:30 PM on this number.', ['close_call']],
    ];
    expect(recordCheck(callback, { disposition: 'CB', arrangement: { date: '2026-04-16', method: 'phone callback' } }).met).toBe(true);
    expect(recordCheck(callback, { disposition: 'CB', arrangement: { amount: 300, date: '2026-04-16', method: 'debit card' } }).met).toBe(false);
  });

  it('fails notes that file a dispute as a refusal, or claim rights and discretion the call never had', () => {
    const paid: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. Can you pay it today?', ['state_balance', 'request_full_payment']],
      ['customer', "I already paid that in cash at the front desk. I don't owe it.", ['disputes_debt']],
      ['agent', 'Well, it still shows open. Can you pay it today?', ['request_full_payment']],
      ['customer', 'No.', ['refuses_to_pay']],
    ];
    expect(recordCheck(paid, { disposition: 'RTP', notes: 'Consumer refused to pay $1,200.' }).facts?.join(' ')).toMatch(/the notes say "refused to pay", but the consumer disputed the debt at turn/);
    expect(recordCheck(PROMISE, { notes: 'Validation rights given. $300 Friday.', arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }).facts?.join(' ')).toMatch(/"Validation rights given", but the right to dispute or ask for validation was never stated/);
    expect(recordCheck(PROMISE, { notes: 'Validation rights not given. $300 Friday.', arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }).met).toBe(true);
  });

  it('reads "from checking" and a sum with its cents in words as said', () => {
    const words: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. Can you pay it in full today?', ['state_balance', 'request_full_payment']],
      ['customer', 'I can do part of it on Friday.', ['agrees_to_pay']],
      ['agent', 'Okay, recap: one hundred thirty three dollars and seventy cents from checking on Friday, April 17th.', ['recap_terms']],
      ['customer', 'Yes.', ['agrees_to_pay']],
    ];
    expect(recordCheck(words, { arrangement: { amount: 133.7, date: '2026-04-17', method: 'ACH checking' } }).met).toBe(true);
  });

  it("fails notes that turn the agent's misconduct around", () => {
    const swore: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. Can you pay it today?', ['state_balance', 'request_full_payment']],
      ['customer', "You people are vultures. I'm not paying.", ['refuses_to_pay', 'hostile']],
      ['agent', "Lady, I don't give a shit what you think of me.", ['profanity_abuse']],
    ];
    expect(recordCheck(swore, { disposition: 'RTP', notes: 'Consumer became verbally abusive; agent remained professional.' }).facts?.join(' ')).toMatch(/"agent remained professional", but the agent's words at turn \d+ broke the rules/);
    expect(recordCheck(swore, { disposition: 'RTP', notes: 'Consumer cursed at the agent and refused.' }).facts?.join(' ')).toMatch(/the abuse on the call was the agent's/);
    expect(recordCheck(PROMISE, { notes: 'Agent remained professional. $300 Friday.', arrangement: { amount: 300, date: '2026-04-17', method: 'debit card' } }).met).toBe(true);
  });

  it('fails notes that deny the lawyer the consumer named, or say the dispute raised was a balance confirmed', () => {
    const lawyer: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200.', ['state_balance']],
      ['customer', 'I have a lawyer for this. Nora Castellano, 208-555-0193.', ['has_attorney']],
      ['agent', 'I can do fifty-five percent today.', ['offer_settlement']],
      ['customer', 'Call her.', ['other']],
    ];
    expect(recordCheck(lawyer, { disposition: 'NA', notes: 'Declined the offer. No attorney information provided.' }).facts?.join(' ')).toMatch(/gave the lawyer's number/);
    expect(recordCheck(lawyer, { disposition: 'NA', notes: 'Consumer not represented, declined the offer.' }).facts?.join(' ')).toMatch(/not represented/);
    expect(recordCheck(lawyer, { disposition: 'NA', notes: 'Attorney Nora Castellano, 208-555-0193. Declined the offer.' }).met).toBe(true);
    const disputed: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200. Can you pay it today?', ['state_balance', 'request_full_payment']],
      ['customer', "I'm telling you it's wrong. My insurance paid it.", ['disputes_debt']],
      ['agent', 'This is what is showing as owed. Can you do it Friday by debit card?', ['secure_commitment']],
      ['customer', 'Fine. $1,200 Friday.', ['agrees_to_pay']],
    ];
    const arrangement = { amount: 1200, date: '2026-04-17', method: 'debit card' };
    expect(recordCheck(disputed, { disposition: 'PTP', notes: 'Consumer confirmed balance, will pay Friday by debit card.', arrangement }).met).toBe(false);
    expect(recordCheck(disputed, { disposition: 'PTP', notes: 'Consumer says insurance paid; will pay Friday by debit card.', arrangement }).met).toBe(true);
  });

  it('accepts a cease code filed for a request the agent pressed past, but not notes that say it was honoured', () => {
    const pressed: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200.', ['state_balance']],
      ['customer', "Stop calling me. I don't want any more calls about this.", ['requests_cease']],
      ['agent', 'I hear you, but could you do fifty a month?', ['offer_payment_plan']],
      ['customer', 'No. Goodbye.', ['refuses_to_pay']],
    ];
    const matches = (record: CallRecord) => {
      const { transcript, classify } = call(pressed, CONTEXT, record);
      return scoreTranscript(transcript, projectRubric(), classify).criteria.find((c) => c.id === 'N_RECORD_MATCHES')!;
    };
    expect(matches({ disposition: 'CEASE REQ', notes: 'Asked us to stop calling. Offered $50/mo anyway; declined.' }).met).toBe(true);
    expect(recordCheck(pressed, { disposition: 'CEASE', notes: 'Consumer requested no further calls. Agent acknowledged the request and closed the call.' }).met).toBe(false);
    expect(recordCheck(pressed, { disposition: 'CEASE', notes: 'Consumer requested no further calls. No further collection discussed after request.' }).met).toBe(false);
  });

  it('fails notes that put the verification before a debt told to whoever answered first', () => {
    const lines: Line[] = [
      ['agent', 'Hi, is this Dana Reyes?', ['greeting', 'verify_identity']],
      ['third_party', 'Yes?', ['confirms_identity']],
      ['agent', "This is an attempt to collect a debt. It's about your $1,200 Northside Bank card.", ['mini_miranda', 'third_party_disclosure']],
      ['third_party', "Oh, that's my mom. One second.", ['third_party']],
      ['customer', 'This is Dana.', ['confirms_identity']],
      ['agent', 'Can you confirm your date of birth?', ['verify_identity']],
      ['customer', 'March 4th, 1985.', ['confirms_identity']],
      ['agent', 'Thank you. Can you pay the $1,200 on Friday by debit card?', ['secure_commitment']],
      ['customer', 'Yes, Friday.', ['agrees_to_pay']],
    ];
    const arrangement = { amount: 1200, date: '2026-04-17', method: 'debit card' };
    expect(recordCheck(lines, { disposition: 'PTP', notes: 'RPC verified via DOB prior to discussing account. PTP $1,200 Friday by debit card.', arrangement }).facts?.join(' ')).toMatch(/before anyone was verified/);
    expect(recordCheck(lines, { disposition: 'PTP', notes: 'RPC verified via DOB. PTP $1,200 Friday by debit card.', arrangement }).met).toBe(true);
  });

  it('takes plans told for later, with no push today, as no payment requested', () => {
    const lines: Line[] = [
      ...V,
      ['agent', 'Your balance is $1,200.', ['state_balance']],
      ['customer', "My husband is in the hospital. I can't pay anything right now.", ['hardship', 'refuses_to_pay']],
      ['agent', "I'm sorry. I won't push you today. Just so you know what's possible later, we can do plans as small as forty a month. Would it help if I called you back in a few weeks?", ['empathy', 'offer_payment_plan']],
      ['customer', 'Yes. Call me on the 10th after five.', ['requests_callback']],
    ];
    expect(recordCheck(lines, { disposition: 'CALLBACK', notes: 'Hardship: spouse hospitalized. No payment requested. Callback on the 10th after 5 PM.' }).facts?.join(' ') ?? '').not.toMatch(/asked for payment/);
  });

  it('fails a refusal filed for a call where no payment was asked for', () => {
    const lines: Line[] = [
      ...V,
      ['agent', "It's for your Flint Hills Propane account, $1,200.", ['state_purpose', 'state_balance']],
      ['customer', "Oh yeah, the propane. I've been meaning to deal with it.", ['other']],
      ['agent', 'Well, just wanted to let you know it is with us now. Number is on the letter.', ['other']],
    ];
    expect(recordCheck(lines, { disposition: 'RTP', notes: 'Consumer refused to pay. No arrangement.' }).facts?.join(' ')).toMatch(/no payment was asked for/);
  });

  it('marks an RPC disposition wrong when the call reached only someone else', () => {
    const { transcript, classify } = call(
      [
        ['agent', 'Hi, may I speak with Dana Reyes?', ['greeting', 'verify_identity']],
        ['third_party', "She's not here, this is her brother.", ['third_party']],
        ['agent', "I'll try her later, thanks.", ['close_call']],
      ],
      CONTEXT,
      { disposition: 'RPC', notes: 'Left a callback number.' },
    );
    const matches = scoreTranscript(transcript, projectRubric(), classify).criteria.find((c) => c.id === 'N_RECORD_MATCHES')!;
    expect(matches).toMatchObject({ applicable: true, met: false });
    expect(matches.facts?.join(' ')).toMatch(/reached only someone else/);
  });

  it('does not apply when nothing was filed (an outside transcript)', () => {
    expect(recordCheck(PROMISE, undefined)).toMatchObject({ applicable: false, max: 0 });
  });
});

describe('datesIn and methodsIn', () => {
  it('reads the ways a payment date is said', () => {
    const kinds = (text: string) => datesIn(text).map((d) => d.term);
    expect(kinds('on the 15th')).toEqual([{ kind: 'calendar', month: null, day: 15, year: null }]);
    expect(kinds('March 3rd, 2027')).toEqual([{ kind: 'calendar', month: 3, day: 3, year: 2027 }]);
    expect(kinds('12/1')).toEqual([{ kind: 'calendar', month: 12, day: 1, year: null }]);
    expect(kinds('this Friday')).toEqual([{ kind: 'weekday', weekday: 5 }]);
    expect(kinds('in two weeks')).toEqual([{ kind: 'relative', days: 14 }]);
    expect(kinds('by the first of the month')).toEqual([{ kind: 'calendar', month: null, day: 1, year: null }]);
    expect(kinds('the first payment')).toEqual([]);
  });

  it('names methods by category, and does not take "let me check" for a check', () => {
    expect(methodsIn('by debit card').map((m) => m.method)).toEqual(['card']);
    expect(methodsIn('from my checking account').map((m) => m.method)).toEqual(['bank account']);
    expect(methodsIn("I'll mail a check").map((m) => m.method)).toEqual(['check']);
    expect(methodsIn('let me check that for you')).toEqual([]);
    expect(methodsIn('set up a direct debit').map((m) => m.method)).toEqual(['bank account']);
    expect(methodsIn('check', true).map((m) => m.method)).toEqual(['check']);
  });
});
