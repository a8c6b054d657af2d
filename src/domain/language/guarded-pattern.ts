import { LineMemo } from './line-memo.ts';
import { leadingLiterals, LiteralIndex, requiredLiterals } from './literal-prefilter.ts';

/**
 * Regular expressions tested against the same few texts many times over (a call's turns, read by
 * every check of the rubric, the outcome and the record), each guarded by the literals it cannot
 * match without: "arrest", "garnish", "promise". One pass of an Aho–Corasick automaton over a text
 * tells which of all guarded patterns could match it at all; the rest answer "no" without running.
 * The same pass lists where each pattern's leading strings occur ("i'm", "you", the start of the
 * text), and a pattern that has them is run anchored (sticky) at those places only, in order: the
 * first place where it matches is where the expression's own search would have found its match,
 * and the match there is the same. Only speed depends on it: every guarded pattern answers exactly
 * what its regular expression does.
 */
export class GuardedPattern {
  readonly re: RegExp;
  /** Position in the registry (its flag in every text's mask). */
  readonly id: number;
  /** Lower-case literals one of which every match contains, or null when the pattern promises none. */
  readonly literals: readonly string[] | null;
  /** Lower-case strings every match begins with (TEXT_START first: at the start of the text), or null. */
  readonly leads: readonly string[] | null;
  /** The pattern run at one place (`lastIndex`), when it has leading strings. */
  readonly sticky: RegExp | null;
  /** It begins with `\b` before a word character: it can only start where a word does. */
  readonly atWordStart: boolean;

  constructor(re: RegExp, id: number) {
    if (re.global || re.sticky) throw new Error(`a guarded pattern is tested from the start of a text: /${re.source}/${re.flags}`);
    this.re = re;
    this.id = id;
    // With both `u` and `i`, letters outside ASCII match ASCII ones (the Kelvin sign matches "k")
    // in ways lower-casing does not follow: such a pattern is always tried.
    const caseSafe = !(re.unicode && re.ignoreCase);
    const literals = caseSafe ? requiredLiterals(re.source) : null;
    this.literals = literals === null ? null : [...new Set(literals.map((l) => l.toLowerCase()))];
    // A multiline `^` begins a match after any line break, which the leading strings do not follow.
    const leads = caseSafe && !re.multiline ? leadingLiterals(re.source) : null;
    this.leads = leads === null ? null : [...new Set(leads.map((l) => l.toLowerCase()))];
    this.sticky = this.leads === null ? null : new RegExp(re.source, `${re.flags}y`);
    this.atWordStart = this.leads !== null && re.source.startsWith('\\b') && this.leads.every((l) => /^\w/.test(l));
  }

  /** `re.test(text)`, skipped when the text lacks every literal the pattern needs. */
  test(text: string): boolean {
    const at = this.places(text);
    if (at === undefined) return this.re.test(text);
    const sticky = this.sticky!;
    for (let k = 0; at !== null && k < at.length; k++) {
      sticky.lastIndex = at[k]!;
      if (sticky.test(text)) return true;
    }
    return false;
  }

  /** `re.exec(text)`, skipped when the text lacks every literal the pattern needs. */
  exec(text: string): RegExpExecArray | null {
    const at = this.places(text);
    if (at === undefined) return this.re.exec(text);
    const sticky = this.sticky!;
    for (let k = 0; at !== null && k < at.length; k++) {
      sticky.lastIndex = at[k]!;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }

  /**
   * Where a match could begin in `text`: nowhere (null: a literal it needs is missing), at these
   * places (in order), or anywhere (undefined: the expression searches the text itself).
   */
  private places(text: string): Int32Array | null | undefined {
    if (this.literals === null && this.leads === null) return undefined;
    const scan = SCANS.get(text, scanOf, current);
    if (this.literals !== null && scan.mask[this.id] !== 1) return null;
    return this.sticky === null || !scan.aligned ? undefined : startsOf(this, scan);
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
  }
  return g;
}

/** The automaton over every guarded pattern's literals and leading strings, rebuilt when patterns were added since. */
interface Index {
  automaton: LiteralIndex;
  /** The patterns each literal guards. */
  patternsOf: readonly (readonly number[])[];
  /** For each pattern with leading strings, which literal ids are among them (1). */
  leadOf: readonly (Uint8Array | null)[];
  /** The mask of a text with none of the literals: the patterns without literals may match anything. */
  always: Uint8Array;
}
let index: Index | null = null;

function built(): Index {
  if (index) return index;
  const literalIds = new Map<string, number>();
  const idOf = (l: string): number => {
    let id = literalIds.get(l);
    if (id === undefined) {
      literalIds.set(l, (id = literalIds.size));
      patternsOf.push([]);
    }
    return id;
  };
  const patternsOf: number[][] = [];
  const always = new Uint8Array(patterns.length);
  for (const p of patterns) {
    if (p.literals === null) always[p.id] = 1;
    else for (const l of p.literals) patternsOf[idOf(l)]!.push(p.id);
    for (const l of p.leads ?? []) idOf(l);
  }
  const leadOf = patterns.map((p) => {
    if (p.leads === null) return null;
    const member = new Uint8Array(literalIds.size);
    for (const l of p.leads) member[literalIds.get(l)!] = 1;
    return member;
  });
  index = { automaton: new LiteralIndex([...literalIds.keys()]), patternsOf, leadOf, always };
  return index;
}

/** What one pass over a text found: which patterns could match it, and where the literals begin. */
interface TextScan {
  /** Which guarded patterns could match the text (1) and which cannot (0). */
  mask: Uint8Array;
  /** Literal `hitIds[k]` begins at `hitStarts[k]` of the text. */
  hitIds: Int32Array;
  hitStarts: Int32Array;
  /** The text lower-cased has the text's length, so places found in it are places in the text. */
  aligned: boolean;
  /** Where each pattern could begin, sorted, filled on first need. */
  starts: (Int32Array | undefined)[];
  text: string;
}

/**
 * One pass over `text`: which guarded patterns could match it, and where literals begin. The text
 * is read lower-cased: a pattern's literals are lower-cased too, so a case-sensitive pattern is at
 * worst tried in vain.
 */
function scanOf(text: string): TextScan {
  const { automaton, patternsOf, always } = built();
  const mask = always.slice();
  const lower = text.toLowerCase();
  automaton.scan(lower, 0);
  const ids = automaton.hitIds;
  const count = automaton.hitCount;
  for (let k = 0; k < count; k++) {
    const guardedBy = patternsOf[ids[k]!]!;
    for (let i = 0; i < guardedBy.length; i++) mask[guardedBy[i]!] = 1;
  }
  return {
    mask,
    hitIds: ids.slice(0, count),
    hitStarts: automaton.hitStarts.slice(0, count),
    aligned: lower.length === text.length,
    starts: [],
    text,
  };
}

/** The places in the scanned text where pattern `p` could begin, in order, each once. */
function startsOf(p: GuardedPattern, scan: TextScan): Int32Array {
  let starts = scan.starts[p.id];
  if (starts !== undefined) return starts;
  const member = built().leadOf[p.id]!;
  const { hitIds, hitStarts, text } = scan;
  const found: number[] = [];
  for (let k = 0; k < hitIds.length; k++) {
    if (member[hitIds[k]!] !== 1) continue;
    const at = hitStarts[k]!;
    if (p.atWordStart && at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    found.push(at);
  }
  found.sort((a, b) => a - b);
  starts = new Int32Array(found.length);
  let n = 0;
  for (const at of found) if (n === 0 || starts[n - 1] !== at) starts[n++] = at;
  starts = starts.subarray(0, n);
  scan.starts[p.id] = starts;
  return starts;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/*
 * Scans are kept while one call is read (`guardingOneCall`), for every text of it; otherwise for
 * the last few texts only. A scan made before patterns were added is made again.
 */
const SCANS = new LineMemo<TextScan>(4);
const current = (scan: TextScan): boolean => scan.mask.length === patterns.length;

/** Runs `read` (the reading of one call) keeping every text's scan until it returns. */
export function guardingOneCall<T>(read: () => T): T {
  return SCANS.during(read);
}
