import { LineMemo } from './line-memo.ts';
import { LiteralIndex, requiredLiterals, topLevelAlternatives } from './literal-prefilter.ts';

/**
 * Regular expressions tested against the same few texts many times over (a call's turns, read by
 * every check of the rubric, the outcome and the record), each guarded by the literals it cannot
 * match without: "arrest", "garnish", "promise". One pass of an Aho–Corasick automaton over a text
 * tells which of all guarded patterns could match it at all; the rest answer "no" without running.
 * Only speed depends on it: a pattern is skipped only when it provably cannot match, so every
 * guarded pattern answers exactly what its regular expression does.
 */
export class GuardedPattern {
  readonly re: RegExp;
  /** Position in the registry (its flag in every text's mask). */
  readonly id: number;
  /** Where its flag sits in a mask: the word, and the bit in it. */
  readonly word: number;
  readonly bit: number;
  /** Lower-case literals one of which every match contains, or null when the pattern promises none. */
  readonly literals: readonly string[] | null;
  /**
   * The top-level alternatives, each guarded by its own literals, when the pattern has several and
   * some of them need literals: a test then runs only those whose literals the text has (and those
   * that need none), instead of the whole alternation at every place in the text.
   */
  parts: readonly GuardedPattern[] | null = null;

  constructor(re: RegExp, id: number) {
    if (re.global || re.sticky) throw new Error(`a guarded pattern is tested from the start of a text: /${re.source}/${re.flags}`);
    this.re = re;
    this.id = id;
    this.word = (id / MASK_BITS) | 0;
    this.bit = 1 << id % MASK_BITS;
    // With both `u` and `i`, letters outside ASCII match ASCII ones (the Kelvin sign matches "k")
    // in ways lower-casing does not follow: such a pattern is always tried.
    const literals = re.unicode && re.ignoreCase ? null : requiredLiterals(re.source);
    this.literals = literals === null ? null : [...new Set(literals.map((l) => l.toLowerCase()))];
  }

  /** The regular expression's source, to build other patterns from it. */
  get source(): string {
    return this.re.source;
  }

  /** The pattern tried at one place only (`y`), to read the match the alternatives placed. */
  private stickyRe: RegExp | null = null;
  /** The pattern matched all through a text (`g`), to replace every match. */
  private globalRe: RegExp | null = null;

  /** `text.replace(/re/g, by)`: the text itself when the pattern cannot match it. */
  replace(text: string, by: string): string {
    return this.test(text) ? text.replace((this.globalRe ??= new RegExp(this.re.source, `${this.re.flags}g`)), by) : text;
  }

  /** `re.test(text)`, skipped when the text lacks every literal the pattern needs. */
  test(text: string): boolean {
    if (this.literals === null && this.parts === null) return this.re.test(text);
    const mask = MASKS.get(text, maskOf, current);
    return (mask[this.word]! & this.bit) !== 0 && (this.parts === null ? this.re.test(text) : this.partsTest(text, mask));
  }

  private partsTest(text: string, mask: Mask): boolean {
    const parts = this.parts!;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.literals !== null && (mask[part.word]! & part.bit) === 0) continue;
      if (part.parts === null ? part.re.test(text) : part.partsTest(text, mask)) return true;
    }
    return false;
  }

  /**
   * `re.exec(text)`, skipped when the text lacks every literal the pattern needs. With several
   * alternatives, only those whose literals the text has look for their first match; the pattern's
   * own first match starts where the earliest of theirs does (at a place, the alternatives are tried
   * in order, and one matches there exactly when its first match starts there), and is read there.
   */
  exec(text: string): RegExpExecArray | null {
    if (this.literals === null && this.parts === null) return this.re.exec(text);
    const mask = MASKS.get(text, maskOf, current);
    if ((mask[this.word]! & this.bit) === 0) return null;
    if (this.parts === null) return this.re.exec(text);
    const at = this.firstMatchAt(text, mask);
    if (at < 0) return null;
    const sticky = (this.stickyRe ??= new RegExp(this.re.source, `${this.re.flags}y`));
    sticky.lastIndex = at;
    return sticky.exec(text);
  }

  /** Where the pattern's first match in `text` starts (-1: none), from its alternatives' first matches. */
  private firstMatchAt(text: string, mask: Mask): number {
    if (this.parts === null) return this.re.exec(text)?.index ?? -1;
    let first = -1;
    for (let i = 0; i < this.parts.length; i++) {
      const part = this.parts[i]!;
      if (part.literals !== null && (mask[part.word]! & part.bit) === 0) continue;
      const at = part.firstMatchAt(text, mask);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
        if (first === 0) break;
      }
    }
    return first;
  }
}

const patterns: GuardedPattern[] = [];
const bySource = new Map<string, GuardedPattern>();

/** The guarded form of `re` (one per source and flags, shared by every caller). */
export function guarded(re: RegExp): GuardedPattern {
  const key = `${re.flags}/${re.source}`;
  let g = bySource.get(key);
  if (!g) {
    g = new GuardedPattern(re, patterns.length);
    patterns.push(g);
    bySource.set(key, g);
    index = null;
    // Alternatives are worth trying one by one when some can be skipped: "\d|\b(?:one|two|…)\b"
    // promises no literal as a whole, yet a text without number words needs only "\d" tried.
    const sources = re.unicode && re.ignoreCase ? null : topLevelAlternatives(re.source);
    const parts = sources && sources.map((source) => guarded(new RegExp(source, re.flags)));
    if (parts && parts.some((part) => part.literals !== null || part.parts !== null)) g.parts = parts;
  }
  return g;
}

/**
 * Which guarded patterns could match a text, one bit each (pattern `id` at bit `id % MASK_BITS` of
 * word `id / MASK_BITS`), then the number of patterns there were when it was made. Words of 30 bits
 * stay small integers, and a plain array of them is made far faster than a typed array is.
 */
type Mask = number[];
const MASK_BITS = 30;

/** The automaton over every guarded pattern's literals, rebuilt when patterns were added since. */
interface Index {
  automaton: LiteralIndex;
  /** The mask words each literal sets, and the bits it sets in them. */
  wordsOf: readonly Int32Array[];
  bitsOf: readonly Int32Array[];
  /** The mask of a text with none of the literals: the patterns without literals may match anything. */
  always: Mask;
}
let index: Index | null = null;

function built(): Index {
  if (index) return index;
  const literalIds = new Map<string, number>();
  const patternsOf: number[][] = [];
  const always: Mask = new Array<number>(Math.ceil(patterns.length / MASK_BITS) + 1).fill(0);
  always[always.length - 1] = patterns.length;
  for (const p of patterns) {
    if (p.literals === null) {
      always[p.word] = always[p.word]! | p.bit;
      continue;
    }
    for (const l of p.literals) {
      let id = literalIds.get(l);
      if (id === undefined) {
        literalIds.set(l, (id = literalIds.size));
        patternsOf.push([]);
      }
      patternsOf[id]!.push(p.id);
    }
  }
  // Each literal's patterns, as the words of a mask it sets and the bits in each.
  const wordsOf: Int32Array[] = [];
  const bitsOf: Int32Array[] = [];
  for (const ids of patternsOf) {
    const bits = new Map<number, number>();
    for (const id of ids) bits.set(patterns[id]!.word, (bits.get(patterns[id]!.word) ?? 0) | patterns[id]!.bit);
    wordsOf.push(Int32Array.from(bits.keys()));
    bitsOf.push(Int32Array.from(bits.values()));
  }
  index = { automaton: new LiteralIndex([...literalIds.keys()]), wordsOf, bitsOf, always };
  return index;
}

/**
 * Which guarded patterns could match `text` (1) and which cannot (0). The text is read lower-cased:
 * a pattern's literals are lower-cased too, so a case-sensitive pattern is at worst tried in vain.
 */
function maskOf(text: string): Mask {
  const { automaton, wordsOf, bitsOf, always } = built();
  const mask = always.slice();
  automaton.scan(text.toLowerCase(), 0);
  const ids = automaton.hitIds;
  for (let k = 0; k < automaton.hitCount; k++) {
    const words = wordsOf[ids[k]!]!;
    const bits = bitsOf[ids[k]!]!;
    for (let i = 0; i < words.length; i++) mask[words[i]!] = mask[words[i]!]! | bits[i]!;
  }
  return mask;
}

/*
 * Masks are kept while one call is read (`guardingOneCall`), for every text of it; otherwise for
 * the last few texts only. A mask made before patterns were added is made again.
 */
const MASKS = new LineMemo<Mask>(4);
const current = (mask: Mask): boolean => mask[mask.length - 1] === patterns.length;

/** Runs `read` (the reading of one call) keeping every text's mask until it returns. */
export function guardingOneCall<T>(read: () => T): T {
  return MASKS.during(read);
}
