import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/domain/language/normalize.ts';
import { correctSpelling, KEY_TERMS, termsNear } from '../../../src/domain/language/spelling.ts';
import { NOT_TYPOS } from '../../../src/domain/language/spelling-exclusions.ts';
import { gloveWords } from '../../../src/server/language/spelling-lexicon.ts';

describe('typing slips in key terms', () => {
  it('puts right one slip: a letter left out, added, changed, or two swapped', () => {
    expect(correctSpelling('ballance')).toBe('balance');
    expect(correctSpelling('colect')).toBe('collect');
    expect(correctSpelling('attemp')).toBe('attempt');
    expect(correctSpelling('garnsh')).toBe('garnish');
    expect(correctSpelling('setlement')).toBe('settlement');
    expect(correctSpelling('settelment')).toBe('settlement');
    expect(correctSpelling('setelmnt')).toBe('setelmnt'); // two slips: left alone
    expect(correctSpelling('verfy')).toBe('verify');
    expect(correctSpelling('obtaind')).toBe('obtained');
    expect(correctSpelling('attroney')).toBe('attorney');
  });

  it('leaves real words, key terms and short words alone', () => {
    for (const w of ['debit', 'court', 'count', 'settles', 'reports', 'option', 'policy', 'calming', 'letters', 'service']) expect(correctSpelling(w)).toBe(w);
    for (const t of KEY_TERMS) expect(correctSpelling(t)).toBe(t);
    expect(correctSpelling('bale')).toBe('bale');
  });

  it('reads a typed line the way the rules expect it', () => {
    expect(normalize('this is an attemp to colect a det, ur ballance is $486.20')).toBe('this is an attempt to collect a debt, your balance is __amount__');
  });

  it('never corrects a word of the committed lexicon (spelling-exclusions.ts is up to date: npm run spelling)', () => {
    const terms = new Set(KEY_TERMS);
    const missing = [...gloveWords()].filter((w) => w.length >= 5 && !terms.has(w) && termsNear(w).length > 0 && !NOT_TYPOS.has(w));
    expect(missing).toEqual([]);
  });
});
