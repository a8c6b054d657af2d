import { describe, expect, it } from 'vitest';
import { outcomeOfDisposition } from '../../../src/domain/transcript/dispositions.ts';
import { TranscriptSchema } from '../../../src/domain/transcript/schema.ts';
import { findDate, findMethod, moneyIn } from '../../../src/domain/scoring/words.ts';

describe('transcript fields a recorder export leaves null', () => {
  it('reads null as not given, in the context, the record and the arrangement', () => {
    const t = TranscriptSchema.parse({
      id: null,
      context: { first_contact: null, debt_amount_claimed: 100, settlement_authority_pct: null },
      turns: [{ speaker: 'agent', text: 'Hello' }],
      record: { disposition: 'CB', notes: null, arrangement: null },
    });
    expect(t.id).toBeUndefined();
    expect(t.context).toEqual({ debt_amount_claimed: 100 });
    expect(t.record).toEqual({ disposition: 'CB' });
  });

  it('still refuses a wrong type', () => {
    expect(TranscriptSchema.safeParse({ turns: [], context: { first_contact: 'yes' } }).success).toBe(false);
    expect(TranscriptSchema.safeParse({ turns: [], record: { arrangement: 'tomorrow' } }).success).toBe(false);
  });
});

describe('disposition codes', () => {
  it.each([
    ['PTP', 'promise_to_pay'],
    ['ppa', 'payment_plan'],
    ['PAYMENT PLAN', 'payment_plan'],
    ['payment_plan', 'payment_plan'],
    ['SETTLED', 'settlement'],
    ['DISP', 'dispute_logged'],
    ['Validation requested', 'dispute_logged'],
    ['C&D', 'cease_acknowledged'],
    ['CALLBACK', 'callback_scheduled'],
    ['RTP', 'no_agreement'],
    ['LM', 'no_agreement'],
    ['NO PTP', 'no_agreement'],
    ['WRONG_NUMBER', 'wrong_party'],
    ['TPC', 'wrong_party'],
  ])('%s is %s', (code, outcome) => expect(outcomeOfDisposition(code)).toBe(outcome));

  it('does not guess an unknown code', () => {
    expect(outcomeOfDisposition('ZZQ')).toBeUndefined();
    expect(outcomeOfDisposition('')).toBeUndefined();
  });

  it('reads composite codes whose other parts only qualify the contact, and no others', () => {
    expect(outcomeOfDisposition('RPC - CALLBACK')).toBe('callback_scheduled');
    expect(outcomeOfDisposition('PAYMENT PLAN - PDC')).toBe('payment_plan');
    expect(outcomeOfDisposition('RPC/PTP')).toBe('promise_to_pay');
    expect(outcomeOfDisposition('LM - NO PTP')).toBe('no_agreement');
    // A service call about a payment already made, and a code naming two outcomes, are left unread.
    expect(outcomeOfDisposition('PIF-SERVICE')).toBeUndefined();
    expect(outcomeOfDisposition('PAID_IN_FULL_CONFIRMED')).toBeUndefined();
    expect(outcomeOfDisposition('3RD PARTY - CALLBACK REQ')).toBeUndefined();
  });
});

describe('sums and days said in words', () => {
  it('keeps the cents said after a sum in words, and reads a month with an ordinal word as a day', () => {
    expect(moneyIn('four payments of one hundred thirty three dollars and seventy cents').map((m) => m.value)).toEqual([133.7]);
    expect(moneyIn('monthly plans starting at $75').map((m) => m.frequency)).toEqual(['month']);
    expect(findDate('Yes, date it July first.')).not.toBeNull();
    expect(findDate('first of February through May')).not.toBeNull();
  });
});

describe('instalment wording', () => {
  it('reads "monthly payments as low as sixty dollars" and "payments starting at $50" as monthly, "one payment of $600" as a single sum', () => {
    const found = moneyIn('monthly payments as low as sixty dollars, payments starting at $50, or one payment of $600');
    expect(found.map((m) => [m.value, m.frequency])).toEqual([
      [60, 'month'],
      [50, 'month'],
      [600, null],
    ]);
  });
});

describe('a check as the payment method', () => {
  it('reads the noun in "write the check out" and "one check for $1,150", never the verb', () => {
    expect(findMethod('write the check out for the full amount')).not.toBeNull();
    expect(findMethod('one check for $1,150.00, payable to Bridgeport')).not.toBeNull();
    expect(findMethod('let me check your account')).toBeNull();
    expect(findMethod("I'll check on it and call you back")).toBeNull();
  });
});
