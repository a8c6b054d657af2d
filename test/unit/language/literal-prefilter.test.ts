import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingLiterals, LiteralIndex, requiredLiterals, TEXT_START, topLevelAlternatives } from '../../../src/domain/language/literal-prefilter.ts';
import { normalize } from '../../../src/domain/language/normalize.ts';
import { RULES } from '../../../src/domain/language/rules.ts';
import { CORPUS_DIR, loadCorpus } from '../../../src/server/language/act-model-store.ts';

describe('requiredLiterals', () => {
  it('reads the fixed words a pattern cannot match without', () => {
    expect(requiredLiterals(String.raw`\bwe will (?:sue|garnish) you\b`)).toEqual(['we will ']);
    expect(requiredLiterals(String.raw`\b(?:arrested|jailed)\b`)).toEqual(['arrested', 'jailed']);
    expect(requiredLiterals(String.raw`\bsheriff(?:'s)? (?:office|department)`)).toEqual(['sheriff']);
    expect(requiredLiterals(String.raw`(?<!not )\bpay now\b`)).toEqual(['pay now']);
    expect(requiredLiterals(String.raw`\bcall(?:ing)? (?:you )?back\b`)).toEqual(['call']);
  });

  it('promises nothing where a pattern has no fixed part or optional words only', () => {
    expect(requiredLiterals(String.raw`\b\d+ dollars?`)).toEqual([' dollar']);
    expect(requiredLiterals(String.raw`[a-z]+`)).toBeNull();
    expect(requiredLiterals(String.raw`(?:really )?`)).toBeNull();
    expect(requiredLiterals(String.raw`\b(?:yes|)\b`)).toBeNull();
    expect(requiredLiterals('(unbalanced')).toBeNull();
  });

  it('is sound on every rule pattern: a corpus line a pattern matches holds one of its literals, and is matched only where a leading literal begins', () => {
    const texts = loadCorpus(CORPUS_DIR).map((e) => normalize(e.text));
    const unsound: string[] = [];
    for (const rule of RULES) {
      for (const pattern of rule.patterns) {
        const literals = requiredLiterals(pattern);
        const lead = leadingLiterals(pattern);
        if (!literals && !lead) continue;
        const re = new RegExp(pattern);
        for (const t of texts) {
          if (!re.test(t)) continue;
          if (literals && !literals.some((l) => t.includes(l))) unsound.push(`required, ${rule.act}: ${pattern} on ${t}`);
          if (lead && unsoundStarts(pattern, t).length > 0) unsound.push(`leading, ${rule.act}: ${pattern} on ${t}`);
        }
      }
    }
    expect(unsound).toEqual([]);
    // Every pattern against the whole corpus: slow on a busy two-core runner, not a hang.
  }, 180_000);

  it('is sound on random texts for generated patterns', () => {
    const word = fc.constantFrom('pay', 'you', 'jail', 'not', 'sue', 'a', 'the');
    const atom = fc.oneof(
      word,
      word.map((w) => `(?:${w})?`),
      fc.tuple(word, word).map(([a, b]) => `(?:${a}|${b})`),
      word.map((w) => `${w}+`),
      fc.constant(String.raw`\s`),
      fc.constant(' '),
      fc.constant(String.raw`\b`),
      fc.constant('[a-z]{0,3}'),
    );
    const pattern = fc.array(atom, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    const text = fc.array(word, { maxLength: 10 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 5 }), (p, texts) => {
        const literals = requiredLiterals(p);
        if (!literals) return true;
        const re = new RegExp(p);
        return texts.every((t) => !re.test(t) || literals.some((l) => t.includes(l)));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

/** Every place the pattern matches: a match may begin only where a leading literal does (or at 0). */
function unsoundStarts(pattern: string, text: string): number[] {
  const lead = leadingLiterals(pattern);
  if (!lead) return [];
  const sticky = new RegExp(pattern, 'y');
  const bad: number[] = [];
  for (let at = 0; at <= text.length; at++) {
    sticky.lastIndex = at;
    if (!sticky.test(text)) continue;
    const led = lead.some((l) => (l.startsWith(TEXT_START) ? at === 0 && text.startsWith(l.slice(1)) : text.startsWith(l, at)));
    if (!led) bad.push(at);
  }
  return bad;
}

describe('character classes', () => {
  it('reads "[^]" as any character, the way JavaScript does, so the alternatives after it keep their literals', () => {
    const source = "\\b(?:not disputing(?![^]*\\bbut wrong)|let'?s just pay)\\b";
    const literals = requiredLiterals(source)!;
    expect(literals.some((l) => l.includes('just pay'))).toBe(true);
    const text = "let's just pay it";
    expect(new RegExp(source, 'i').test(text)).toBe(true);
    expect(literals.some((l) => text.includes(l))).toBe(true);
  });
});

describe('topLevelAlternatives', () => {
  it('cuts a pattern at its top-level bars, inside a wrapping word-bounded group too', () => {
    expect(topLevelAlternatives('sue|arrest')).toEqual(['sue', 'arrest']);
    expect(topLevelAlternatives('\\b(?:sue|(?:jail|prison) time)\\b')).toEqual(['\\b(?:sue)\\b', '\\b(?:(?:jail|prison) time)\\b']);
    expect(topLevelAlternatives('^(?:yes|yeah)$')).toEqual(['^(?:yes)$', '^(?:yeah)$']);
  });

  it('leaves alone what has no top-level alternation, or whose groups would be renumbered', () => {
    expect(topLevelAlternatives('\\b(?:a|b)c\\b')).toBeNull();
    expect(topLevelAlternatives('\\b(?:a)x(?:b|c)\\b')).toBeNull();
    expect(topLevelAlternatives('[|]x')).toBeNull();
    expect(topLevelAlternatives('a\\|b')).toBeNull();
    expect(topLevelAlternatives('(a)x|\\1')).toBeNull();
  });

  it('a text has a match exactly when one of the alternatives has one', () => {
    const word = fc.constantFrom('call', 'me', 'back', 'later', 'busy', 'now', 'at work', 'not');
    const alternative = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(alternative, { minLength: 2, maxLength: 5 }), fc.array(word, { maxLength: 8 }), (alts, words) => {
        const source = `\\b(?:${alts.join('|')})\\b`;
        const text = words.join(' ');
        const parts = topLevelAlternatives(source)!;
        expect(parts).toHaveLength(alts.length);
        expect(parts.some((p) => new RegExp(p, 'i').test(text))).toBe(new RegExp(source, 'i').test(text));
      }),
    );
  });
});

describe('leadingLiterals', () => {
  it('reads the strings every match begins with, through optional words and alternatives', () => {
    expect(leadingLiterals(String.raw`\b(?:arrested|jailed)\b`)).toEqual(['jailed', 'arrested']);
    expect(leadingLiterals(String.raw`\b(?:the )?sheriff`)).toEqual(['sheriff', 'the sheriff']);
    expect(leadingLiterals(String.raw`(?<!not )\bpay(?:ing)? now`)).toEqual(['pay now', 'paying now']);
    expect(leadingLiterals(String.raw`\d+ dollars`)).toEqual([...'0123456789']);
    expect(leadingLiterals(String.raw`[.!?] so`)?.sort()).toEqual(['! so', '. so', '? so']);
    expect(leadingLiterals(String.raw`(?:^|[.!?] )(?:oh )?well`)?.sort()).toEqual([`${TEXT_START}oh well`, `${TEXT_START}well`, '! oh well', '! well', '. oh well', '. well', '? oh well', '? well']);
  });

  it('promises nothing where a match may begin with anything', () => {
    expect(leadingLiterals(String.raw`(?:really )?`)).toBeNull();
    expect(leadingLiterals(String.raw`[a-z]+ pay`)).toBeNull();
    expect(leadingLiterals(String.raw`\w+ owes`)).toBeNull();
    expect(leadingLiterals(String.raw`(?:very )*sorry`)).toBeNull();
    expect(leadingLiterals('(unbalanced')).toBeNull();
  });


  it('is sound on random texts for generated patterns', () => {
    const word = fc.constantFrom('pay', 'you', 'jail', 'not', 'a', '4', '.');
    const atom = fc.oneof(
      word,
      word.map((w) => `(?:${w} )?`),
      fc.tuple(word, word).map(([a, b]) => `(?:${a}|${b})`),
      word.map((w) => `(?:${w})+`),
      fc.constant(String.raw`\d`),
      fc.constant('[.!?,] '),
      fc.constant(' '),
      fc.constant(String.raw`\b`),
      fc.constant('^'),
      fc.constant('(?:^|[.!?] )'),
      fc.constant('(?:^|(?:so )?)'),
      fc.constant('[a-z]{0,3}'),
    );
    const pattern = fc.array(atom, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    const text = fc.array(word, { maxLength: 10 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(pattern, text, (p, t) => unsoundStarts(p, t).length === 0),
      { seed: 11, numRuns: 3000 },
    );
  });
});

describe('LiteralIndex', () => {
  it('finds exactly the literals that occur, overlapping ones included', () => {
    const literals = ['he', 'she', 'his', 'hers', 'sheriff', 'x'];
    const index = new LiteralIndex(literals);
    const found = (t: string) => {
      const f = index.scan(t);
      return literals.filter((_, id) => f.marks[id] === f.gen);
    };
    expect(found('ushers')).toEqual(['he', 'she', 'hers']);
    expect(found('the sheriff é his')).toEqual(['he', 'she', 'his', 'sheriff']);
    expect(found('nothing')).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('h', 'e', 's', 'i', 'r', 'f', 'x', ' ') , maxLength: 30 }), (t) => {
        expect(found(t)).toEqual(literals.filter((l) => t.includes(l)));
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('lists every occurrence with where it starts', () => {
    const literals = ['he', 'she', 'hers'];
    const index = new LiteralIndex(literals);
    const occurrences = (t: string) => {
      index.scan(t);
      const out: string[] = [];
      for (let k = 0; k < index.hitCount; k++) out.push(`${literals[index.hitIds[k]!]}@${index.hitStarts[k]}`);
      return out.sort();
    };
    expect(occurrences('she ushers')).toEqual(['he@1', 'he@6', 'hers@6', 'she@0', 'she@5']);
    // More occurrences than the first buffer holds.
    expect(occurrences('he '.repeat(200))).toHaveLength(200);
  });
});
