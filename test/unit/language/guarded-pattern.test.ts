import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guarded, guardingOneCall } from '../../../src/domain/language/guarded-pattern.ts';
import { parse } from 'yaml';

const OUTSIDE = 'test/fixtures/outside-transcripts';

/** Every turn's words of the outside calls: text nobody wrote for these patterns. */
function outsideTexts(): string[] {
  const texts = new Set<string>();
  for (const f of readdirSync(OUTSIDE).filter((n) => n.endsWith('.json'))) {
    const call = JSON.parse(readFileSync(join(OUTSIDE, f), 'utf8')) as { turns: { text: string }[]; record?: { notes?: string } };
    for (const t of call.turns) texts.add(t.text);
    if (call.record?.notes) texts.add(call.record.notes);
  }
  return [...texts];
}

/** Every regular expression a rubric file holds (pattern, unless, and the like). */
function rubricPatterns(): string[] {
  const out: string[] = [];
  const walk = (o: unknown, key = ''): void => {
    if (Array.isArray(o)) o.forEach((x) => walk(x, key));
    else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, k);
    else if (typeof o === 'string' && /pattern|unless$|after_customer|answering/.test(key)) out.push(o);
  };
  for (const file of ['rubrics/compliance.yaml', 'rubrics/negotiation.yaml']) walk(parse(readFileSync(file, 'utf8')));
  return out;
}

/** Two matches alike: the same place, the same words and the same groups. */
function sameMatch(a: RegExpExecArray | null, b: RegExpExecArray | null): boolean {
  if (a === null || b === null) return a === b;
  return a.index === b.index && a.length === b.length && a.every((x, i) => x === b[i]);
}

describe('guarded patterns', () => {
  it('answer exactly what their regular expressions answer, on every rubric pattern and every outside turn', () => {
    const texts = outsideTexts();
    const sources = rubricPatterns();
    expect(sources.length).toBeGreaterThan(30);
    const differ: string[] = [];
    const check = (exec: boolean) => {
      for (const source of sources) {
        const re = new RegExp(source, 'i');
        const g = guarded(re);
        for (const t of texts) {
          if (g.test(t) !== re.test(t)) differ.push(`test ${source.slice(0, 60)} on ${t.slice(0, 60)}`);
          if (exec && !sameMatch(g.exec(t), re.exec(t))) differ.push(`exec ${source.slice(0, 60)} on ${t.slice(0, 60)}`);
        }
      }
    };
    // Within one call (every text's mask kept) and outside one (the last few kept); `exec` within one.
    guardingOneCall(() => check(true));
    check(false);
    expect(differ).toEqual([]);
  }, 240_000);

  it('skips a text that lacks every literal, and still matches across case', () => {
    const g = guarded(/\b(?:arrest(?:ed)?|jail)\b/i);
    expect(g.literals).toEqual(['arrest', 'jail']);
    expect(g.test('You could go to JAIL for this')).toBe(true);
    expect(g.exec('They will arrest you')?.[0]).toBe('arrest');
    expect(g.test('We can set up a plan today')).toBe(false);
    // A case-sensitive pattern with capitals is tried whenever its words occur in any case.
    const placeholder = guarded(/\[DEBT_AMOUNT\]/);
    expect(placeholder.test('you owe [DEBT_AMOUNT] today')).toBe(true);
    expect(placeholder.test('you owe [debt_amount] today')).toBe(false);
  });

  it('finds the first match from its alternatives, as the whole pattern does, groups and all', () => {
    // At the earliest place, the alternatives are tried in order: "payment" there, not the later "payment plan".
    const order = guarded(/\b(?:pay|payment)\b|\bpayment plan|\b(\d+) (dollars|bucks)\b/i);
    expect(order.parts?.length).toBe(3);
    const texts = ['a payment plan for 40 dollars', 'say 40 bucks, then a payment plan', 'no money words here', 'Payment Plan'];
    for (const t of texts) expect(sameMatch(order.exec(t), /\b(?:pay|payment)\b|\bpayment plan|\b(\d+) (dollars|bucks)\b/i.exec(t))).toBe(true);
    const m = order.exec('say 40 bucks, then a payment plan');
    expect([m?.index, m?.[0], m?.[1], m?.[2]]).toEqual([4, '40 bucks', '40', 'bucks']);
    // An alternative with no literals (digits) is always looked for; one placed earlier wins a tie.
    const tie = guarded(/\bon the \d+(?:st|th)\b|\b\d+(?:st|th)\b|\bfriday\b/i);
    expect(tie.exec('Friday, on the 5th')?.[0]).toBe('Friday');
    expect(tie.exec('paid on the 5th, Friday')?.[0]).toBe('on the 5th');
    expect(tie.exec('the 21st works')?.[0]).toBe('21st');
    expect(tie.exec('nothing at all')).toBeNull();
  });

  it('keeps answering right when patterns are added after texts were read', () => {
    guardingOneCall(() => {
      const first = guarded(/\bgarnish\w*/i);
      expect(first.test('we may garnish your wages')).toBe(true);
      const later = guarded(/\bwages?\b/i);
      expect(later.test('we may garnish your wages')).toBe(true);
      expect(later.test('we may garnish your pay')).toBe(false);
    });
  });

  it('refuses a global or sticky pattern, whose answers depend on where the last one ended', () => {
    expect(() => guarded(/pay/g)).toThrow(/tested from the start/);
    expect(() => guarded(/pay/y)).toThrow(/tested from the start/);
  });
});
