import { describe, expect, it } from 'vitest';
import { clip, EVIDENCE_MAX, findAmount, findDate, findMethod, moneyIn, numbersIn, sentences, sharesIn, wordsToNumber } from '../../../src/domain/scoring/words.ts';

describe('sentences', () => {
  it('splits a turn into exact, trimmed sentences', () => {
    const text = 'Thank you, Mr. Reyes.  Your balance is $1,234.56! Can you pay today?';
    const spans = sentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Thank you, Mr. Reyes.', 'Your balance is $1,234.56!', 'Can you pay today?']);
    for (const s of spans) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('keeps a turn without punctuation whole and ignores blank text', () => {
    expect(sentences('yeah ok [pause] fine').map((s) => s.text)).toEqual(['yeah ok [pause] fine']);
    expect(sentences('   ')).toEqual([]);
  });
});

describe('clip', () => {
  it('leaves a short quote alone', () => {
    expect(clip('  Pay now.  ')).toBe('Pay now.');
  });

  it('trims a long quote at word boundaries, around the words that matter, as an exact substring', () => {
    const long = `${'word '.repeat(60)}the police will arrest you ${'more '.repeat(60)}`.trim();
    const at = long.indexOf('the police');
    const quote = clip(long, at, at + 'the police will arrest you'.length);
    expect(quote.length).toBeLessThanOrEqual(EVIDENCE_MAX);
    expect(quote).toContain('the police will arrest you');
    expect(long).toContain(quote);
    expect(quote).not.toMatch(/^\S*or |wor$/);
  });
});

describe('numbers in words', () => {
  it.each([
    ['six hundred', 600],
    ['sixty-five', 65],
    ['one thousand two hundred and fifty', 1250],
    ['a hundred', 100],
    ['a', null],
  ])('reads "%s" as %s', (words, value) => {
    expect(wordsToNumber(words)).toBe(value);
  });
});

describe('moneyIn', () => {
  it('reads hundreds said in words with their day as sums, and a time of day as none', () => {
    expect(moneyIn('six hundred thirty today and six hundred thirty on Friday, August fourteenth').map((m) => m.value)).toEqual([630, 630]);
    expect(moneyIn('two hundred a month, starting the first').map((m) => [m.value, m.frequency])).toEqual([[200, 'month']]);
    expect(moneyIn('call me at six thirty today')).toEqual([]);
    // With a month's day, a money order, or as the instalment of "payments of".
    expect(moneyIn('ok so a hundred fifty on may first june first and july first').map((m) => m.value)).toEqual([150]);
    expect(moneyIn('you mail a hundred fifty money order each month').map((m) => m.value)).toEqual([150]);
    expect(moneyIn('a payment plan, three payments of a hundred fifty').map((m) => [m.value, m.frequency])).toEqual([[150, 'month']]);
    expect(moneyIn('six thirty on may first')).toEqual([]);
  });

  it('reads a bare number as a sum where the words make it one, and not a count, time, year or zip', () => {
    const values = (text: string) => moneyIn(text).map((m) => m.value);
    expect(values('ok we can take 1500 as settlment in full if u pay by friday')).toEqual([1500]);
    expect(values('best i can do is 2000 in one payment')).toEqual([2000]);
    expect(values('yes 1500 settles the account, ballance 3200.00')).toEqual([1500, 3200]);
    expect(values('theres a 12.95 convenience fee')).toEqual([12.95]);
    for (const none of ['zip is 60629', 'call me at 10.30', 'I paid in 2022', 'can you pay 12 months', 'take 5 minutes', 'on August 10 settles the balance', 'by May 15th, 2026 settles it']) {
      expect(values(none), none).toEqual([]);
    }
  });

  it('reads dollars in figures, words and thousands', () => {
    expect(moneyIn('a balance of $1,234.56, or 600 dollars, or six hundred dollars, or $2k').map((m) => m.value)).toEqual([1234.56, 600, 600, 2000]);
  });

  it('marks instalments with their frequency', () => {
    const found = moneyIn('We can do $100 a month, or $25 per week, or payments of $60, or $40 every two weeks. The total is $900.');
    expect(found.map((m) => [m.value, m.frequency])).toEqual([
      [100, 'month'],
      [25, 'week'],
      [60, 'month'],
      [40, 'biweek'],
      [900, null],
    ]);
  });

  it('reads "one payment of" as a single payment, not an instalment', () => {
    const found = moneyIn('So to recap: one payment of $612.40 on Friday. Or a monthly payment of $80, or installments of $25.');
    expect(found.map((m) => [m.value, m.frequency])).toEqual([
      [612.4, null],
      [80, 'month'],
      [25, 'month'],
    ]);
  });

  it('reads "take 60% of the balance" as 60% paid and "$960 is being forgiven" as let go', () => {
    expect(sharesIn('we can take 60% of the balance as settlement').map((x) => x.pct)).toEqual([60]);
    expect(sharesIn('we can take 40% off').map((x) => x.pct)).toEqual([60]);
    expect(sharesIn("I can actually do a settlement today, we'd take about sixty percent.").map((x) => x.pct)).toEqual([60]);
  });

  it('finds numbers in figures and in words', () => {
    expect(numbersIn('Maybe two hundred? About nineteen hundred a month, $1,840.00 and 62.5')).toEqual([200, 1900, 1840, 62.5]);
    expect(numbersIn("Unemployment's like four-ten a week.")).toEqual([410, 14]);
    // A tens said after a number that already has its tens or teens is the cents: "two ten fifty" is $210.50.
    expect(numbersIn('like four payments maybe two ten fifty each')).toEqual([4, 210.5]);
    expect(moneyIn('two hundred ten fifty each on what card').map((m) => m.value)).toEqual([210.5]);
    expect(numbersIn('two hundred fifty')).toEqual([250]);
    expect(moneyIn('three hundred a month').map((m) => m.value)).toEqual([300]);
  });

  it('finds an account named by its kind as the way to pay: "from my checking at Huntington"', () => {
    expect(findMethod('The 15th. From my checking at Huntington.')).not.toBeNull();
    expect(findMethod('$60 on the 15th of each month, from your Huntington checking.')).not.toBeNull();
    expect(findMethod("I'm checking with my wife first.")).toBeNull();
  });

  it('understands placeholders, the balance one as the balance', () => {
    const found = moneyIn('That is [DEBT_AMOUNT], and [PAYMENT_AMOUNT] today, for [CONSUMER_NAME].');
    expect(found.map((m) => [m.value, m.isBalance])).toEqual([
      [null, true],
      [null, false],
    ]);
  });
});

describe('sharesIn', () => {
  it('reads percentages as the share the consumer pays, discounts included', () => {
    expect(sharesIn('We can settle for 60% of the balance').map((s) => s.pct)).toEqual([60]);
    expect(sharesIn('I can take 40% off').map((s) => s.pct)).toEqual([60]);
    expect(sharesIn('a discount of 30 percent').map((s) => s.pct)).toEqual([70]);
    expect(sharesIn('sixty-five percent, or half the balance').map((s) => s.pct)).toEqual([65, 50]);
    expect(sharesIn('on behalf of the creditor').map((s) => s.pct)).toEqual([]);
  });
});

describe('commitment terms', () => {
  it.each([
    ['this Friday', true],
    ['on the 15th', true],
    ['tomorrow morning', true],
    ['by 5/1', true],
    ['on May 1st', true],
    ['[PAYMENT_DATE]', true],
    ['whenever I can', false],
  ])('finds a date in "%s": %s', (text, found) => {
    expect(findDate(text) !== null).toBe(found);
  });

  it.each([
    ['with my debit card', true],
    ['by bank transfer', true],
    ["I'll mail a check", true],
    ['online through the portal', true],
    ['[CARD_NUMBER]', true],
    ['let me check my calendar', false],
  ])('finds a payment method in "%s": %s', (text, found) => {
    expect(findMethod(text) !== null).toBe(found);
  });

  it.each([
    ['$250', true],
    ['the full balance', true],
    ["I'll pay it all", true],
    ['[PAYMENT_AMOUNT]', true],
    ['some money', false],
  ])('finds an amount in "%s": %s', (text, found) => {
    expect(findAmount(text) !== null).toBe(found);
  });
});
