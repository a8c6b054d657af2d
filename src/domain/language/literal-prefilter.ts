/**
 * A literal prefilter for the rule patterns. Most patterns cannot match without some fixed
 * words ("arrest", "sheriff", "garnish"); reading those words out of each pattern's source lets
 * the classifier skip every pattern whose words are absent from an utterance, after one pass of
 * an Aho–Corasick automaton over the text. Only speed depends on it: a pattern is skipped only
 * when it provably cannot match, so the rules find exactly what they found without it.
 */

/** A node of the pattern's syntax, as far as the prefilter needs it. */
interface Info {
  /** The node always matches exactly this text (null: it can match different texts). */
  fixed: string | null;
  /** Every match of the node contains one of these strings (null: no such guarantee). */
  required: string[] | null;
  /** How the node's matches begin. */
  lead: Lead;
}

/**
 * Every match of a node begins with one of `starts` ('' among them: no promise); when `complete`,
 * every match is exactly one of them (the node's language is that finite set).
 */
interface Lead {
  starts: readonly string[];
  complete: boolean;
}

/**
 * Stands for the start of the text (`^`) in leading strings: "\u0001hello" begins a match only
 * at the start of the text. A scan reads the text as if this character came before it.
 */
export const TEXT_START = '\u0001';

const NO_LEAD: Lead = { starts: [''], complete: false };
const ANY: Info = { fixed: null, required: null, lead: NO_LEAD };
/** Beyond these, leading strings stop growing: they stay sound, only less selective. */
const MAX_LEAD_STRINGS = 256;
const MAX_LEAD_LENGTH = 16;

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** The leads of a node followed by another (`a` then `b`). */
function follow(a: Lead, b: Lead): Lead {
  if (!a.complete) return a;
  if (a.starts.length * b.starts.length > MAX_LEAD_STRINGS) return { starts: a.starts, complete: false };
  let complete = b.complete;
  const starts = new Set<string>();
  for (const x of a.starts) {
    for (const y of b.starts) {
      // `^^` is `^`: the text starts once.
      let s = x.endsWith(TEXT_START) && y.startsWith(TEXT_START) ? x + y.slice(1) : x + y;
      if (s.length > MAX_LEAD_LENGTH) {
        s = s.slice(0, MAX_LEAD_LENGTH);
        complete = false;
      }
      starts.add(s);
    }
  }
  return { starts: [...starts], complete };
}

/** The leads of a quantified node. */
function repeated(lead: Lead, min: number, max: number): Lead {
  if (min === 1 && max === 1) return lead;
  if (min === 0) return { starts: union(lead.starts, ['']), complete: lead.complete && max === 1 };
  return { starts: lead.starts, complete: false };
}

/** Better of two requirement sets: the one whose shortest string is longest (rarer), then the smaller. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || a.length === 0) return b;
  if (!b || b.length === 0) return a;
  const ma = Math.min(...a.map((s) => s.length));
  const mb = Math.min(...b.map((s) => s.length));
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

/** Recursive-descent reader of a JavaScript regular-expression source (no flags). */
class Reader {
  private i = 0;
  private readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Error(`unexpected ')' at ${this.i}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const first = branches[0]!.fixed;
    const fixed = first !== null && branches.every((b) => b.fixed === first) ? first : null;
    const lead: Lead = {
      starts: branches.reduce<string[]>((all, b) => union(all, b.lead.starts), []),
      complete: branches.every((b) => b.lead.complete),
    };
    const required: string[] = [];
    for (const b of branches) {
      const r = b.fixed !== null && b.fixed.length > 0 ? better([b.fixed], b.required) : b.required;
      if (!r || r.length === 0) return { fixed, required: null, lead };
      required.push(...r);
    }
    return { fixed, required: [...new Set(required)], lead };
  }

  private sequence(): Info {
    let best: string[] | null = null;
    let run = '';
    let wholeFixed: string | null = '';
    let lead: Lead = { starts: [''], complete: true };
    const endRun = () => {
      if (run.length > 0) best = better(best, [run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom === 'zero-width') continue; // \b, $, lookarounds: match no characters
      lead = follow(lead, repeated(atom.lead, q.min, q.max));
      let info: Info = atom;
      if (q.min === 0) info = ANY;
      else if (q.max !== 1 || q.min !== 1) info = { fixed: null, required: atom.fixed ? better([atom.fixed], atom.required) : atom.required, lead: NO_LEAD };
      if (info.fixed !== null) {
        run += info.fixed;
        if (wholeFixed !== null) wholeFixed += info.fixed;
        if (info.fixed.length === 0) continue;
      } else {
        endRun();
        wholeFixed = null;
        best = better(best, info.required);
      }
    }
    endRun();
    return { fixed: wholeFixed, required: best, lead };
  }

  private quantifier(): { min: number; max: number } {
    const c = this.src[this.i];
    let q: { min: number; max: number } | null = null;
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        this.i += m[0].length - 1;
        q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
      }
    }
    if (!q) return { min: 1, max: 1 };
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return q;
  }

  private atom(): Info | 'zero-width' {
    const c = this.src[this.i]!;
    if (c === '^') {
      // Matches no characters, but only at the start of the text.
      this.i++;
      return { fixed: '', required: null, lead: { starts: [TEXT_START], complete: true } };
    }
    if (c === '$') {
      this.i++;
      return 'zero-width';
    }
    if (c === '(') return this.group();
    if (c === '[') {
      const chars = this.readClass();
      return chars ? { fixed: null, required: null, lead: { starts: chars, complete: true } } : ANY;
    }
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '\\') {
      const e = this.src[this.i + 1];
      this.i += 2;
      if (e === undefined) throw new Error('trailing backslash');
      if (e === 'b' || e === 'B') return 'zero-width';
      if (e === 'd') return { fixed: null, required: null, lead: { starts: [...'0123456789'], complete: true } };
      if ('sSwWD'.includes(e)) return ANY;
      if (/[1-9kpPuxcntrfv0]/.test(e)) {
        if (e === 'u' || e === 'x' || e === 'p' || e === 'P' || e === 'k' || e === 'c') this.skipEscapeTail(e);
        return ANY;
      }
      return { fixed: e, required: null, lead: { starts: [e], complete: true } };
    }
    this.i++;
    return { fixed: c, required: null, lead: { starts: [c], complete: true } };
  }

  private skipEscapeTail(e: string): void {
    if (this.src[this.i] === '{' || (e === 'k' && this.src[this.i] === '<')) {
      const close = this.src.indexOf(e === 'k' ? '>' : '}', this.i);
      this.i = close < 0 ? this.src.length : close + 1;
    } else if (e === 'u') this.i += 4;
    else if (e === 'x') this.i += 2;
    else if (e === 'c') this.i += 1;
  }

  /**
   * Reads a character class; returns its characters when it is a short list of plain ones
   * (`[.!?,]`, `[\d,]`), else null.
   */
  private readClass(): string[] | null {
    const start = ++this.i;
    // JavaScript, not PCRE: a "]" right after "[" or "[^" closes the class ("[^]" is any character).
    if (this.src[this.i] === '^') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    if (this.i >= this.src.length) throw new Error('unterminated character class');
    const body = this.src.slice(start, this.i);
    this.i++;
    if (body.startsWith('^') || body.length === 0) return null;
    const chars = new Set<string>();
    for (let k = 0; k < body.length; k++) {
      let ch = body[k]!;
      if (ch === '\\') {
        const e = body[++k]!;
        if (e === 'd') {
          for (const digit of '0123456789') chars.add(digit);
          continue;
        }
        if (/[a-zA-Z0-9]/.test(e)) return null; // \s, \w, \u… and the like
        ch = e;
      } else if (body[k + 1] === '-' && k + 2 < body.length) return null; // a range
      chars.add(ch);
    }
    return chars.size <= 12 ? [...chars] : null;
  }

  private group(): Info | 'zero-width' {
    this.i++; // (
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const head = this.src.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (head === '?<=' || head === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (head.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Error('unterminated group name');
        this.i = close + 1;
      } else throw new Error(`unsupported group at ${this.i}`);
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error('unterminated group');
    this.i++;
    return lookaround ? 'zero-width' : inner;
  }
}

/**
 * Strings one of which every match of the pattern contains, or null when the pattern promises
 * none (or uses syntax this reader does not know, which only costs speed).
 */
export function requiredLiterals(source: string): string[] | null {
  try {
    const info = new Reader(source).parse();
    const r = info.fixed !== null && info.fixed.length > 0 ? better([info.fixed], info.required) : info.required;
    // The automaton reads ASCII only; a pattern needing other characters is simply always tried.
    return r && r.length > 0 && r.every((s) => s.length > 0 && /^[\x00-\x7f]+$/.test(s)) ? r : null;
  } catch {
    return null;
  }
}

/**
 * Strings one of which every match of the pattern begins with (after zero-width assertions such
 * as `\b` or a lookbehind; `TEXT_START` first for a match that can only begin the text), or null
 * when the pattern promises none.
 */
export function leadingLiterals(source: string): string[] | null {
  let starts: readonly string[];
  try {
    starts = new Reader(source).parse().lead.starts;
  } catch {
    return null;
  }
  if (starts.some((s) => s.length === 0 || !/^[\x00-\x7f]+$/.test(s))) return null;
  // A string another one begins with covers it: keep the shorter.
  return [...starts].sort((a, b) => a.length - b.length).filter((s, i, all) => !all.slice(0, i).some((t) => s.startsWith(t)));
}

/**
 * The top-level alternatives of a pattern, each a pattern of its own, or null when it has none:
 * `a|b|c`, and `\b(?:a|b|c)\b` read as `\b(?:a)\b`, `\b(?:b)\b`, `\b(?:c)\b`. A text has a match
 * of the whole exactly when it has a match of one of them. Null too for back-references, whose
 * group numbers would change.
 */
export function topLevelAlternatives(source: string): string[] | null {
  if (/\\[1-9]|\\k</.test(source)) return null;
  const direct = splitAtTopBars(source);
  if (direct) return direct;
  const wrapped = /^((?:\\b|\^)?)\(\?:([^]*)\)((?:\\b|\$)?)$/.exec(source);
  if (!wrapped || !closesAtEnd(source, wrapped[1]!.length)) return null;
  const inner = splitAtTopBars(wrapped[2]!);
  return inner && inner.map((a) => `${wrapped[1]}(?:${a})${wrapped[3]}`);
}

/** The pattern cut at every `|` outside groups and character classes (null: there is none). */
function splitAtTopBars(source: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(last, i));
      last = i + 1;
    }
  }
  if (parts.length === 0) return null;
  parts.push(source.slice(last));
  return parts;
}

/** Whether the group opening at `open` closes with the pattern's last `)`. */
function closesAtEnd(source: string, open: number): boolean {
  const end = source.lastIndexOf(')');
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i === end;
  }
  return false;
}

/** Literals found by a scan: literal `id` occurred when `marks[id] === gen`. */
export interface FoundLiterals {
  marks: Uint32Array;
  gen: number;
}

/**
 * Aho–Corasick automaton over a fixed set of ASCII strings, compiled to a dense transition table
 * (state × character class, where each character used by a literal is its own class and every
 * other character is class 0): which of the strings occur in a text, in one pass. A character
 * that no literal uses returns the automaton to its start.
 */
export class LiteralIndex {
  private readonly delta: Uint16Array | Int32Array;
  /** The literals that end in state `s`: `outIds[outFrom[s]]` up to `outIds[outFrom[s + 1]]`. */
  private readonly outFrom: Int32Array;
  private readonly outIds: Int32Array;
  private readonly classOf = new Uint8Array(128);
  private readonly width: number;
  readonly size: number;

  constructor(literals: readonly string[]) {
    this.size = literals.length;
    let classes = 1;
    for (const lit of literals) {
      for (let k = 0; k < lit.length; k++) {
        const c = lit.charCodeAt(k);
        if (c >= 128) throw new Error(`literal ${JSON.stringify(lit)} is not ASCII`);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    const width = (this.width = classes);
    const next: Map<number, number>[] = [new Map()];
    const outs: number[][] = [[]];
    literals.forEach((lit, id) => {
      let s = 0;
      for (let k = 0; k < lit.length; k++) {
        const c = this.classOf[lit.charCodeAt(k)]!;
        let t = next[s]!.get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          outs.push([]);
          next[s]!.set(c, t);
        }
        s = t;
      }
      outs[s]!.push(id);
    });
    const delta = next.length <= 65_536 ? new Uint16Array(next.length * width) : new Int32Array(next.length * width);
    const fail = new Int32Array(next.length);
    for (const [c, t] of next[0]!) delta[c] = t;
    const queue: number[] = [...next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      outs[s] = [...outs[s]!, ...outs[fail[s]!]!];
      // Class 0 (a character no literal has) always leads back to the start: it stays 0.
      for (let c = 1; c < width; c++) {
        const t = next[s]!.get(c);
        if (t === undefined) delta[s * width + c] = delta[fail[s]! * width + c]!;
        else {
          fail[t] = delta[fail[s]! * width + c]!;
          delta[s * width + c] = t;
          queue.push(t);
        }
      }
    }
    this.delta = delta;
    this.outFrom = new Int32Array(outs.length + 1);
    for (let k = 0; k < outs.length; k++) this.outFrom[k + 1] = this.outFrom[k]! + outs[k]!.length;
    this.outIds = Int32Array.from(outs.flat());
    this.lengths = Int32Array.from(literals, (l) => l.length);
    const textStart = this.classOf[TEXT_START.charCodeAt(0)]!;
    this.start = textStart === 0 ? 0 : delta[textStart]!;
    this.marks = [new Uint32Array(literals.length), new Uint32Array(literals.length)];
  }

  /** Reused marks (one set per slot), so a scan allocates and clears nothing. */
  private readonly marks: [Uint32Array, Uint32Array];
  private generation = 0;
  /** The state after reading TEXT_START. */
  private readonly start: number;
  /** Each literal's length, to turn where an occurrence ends into where it starts. */
  private readonly lengths: Int32Array;
  /** The occurrences found by the last scan: literal `hitIds[k]` starts at `hitStarts[k]`, k < `hitCount`. */
  hitIds: Int32Array = new Int32Array(64);
  hitStarts: Int32Array = new Int32Array(64);
  hitCount = 0;

  /**
   * The literals that occur in `text`: literal `id` occurred when `found.marks[id] === found.gen`.
   * The result stays valid until the next scan into the same slot (0 or 1). Every occurrence is
   * also listed in `hitIds`/`hitStarts` until the next scan.
   */
  scan(text: string, slot: 0 | 1 = 0): FoundLiterals {
    if (this.generation === 0xffff_ffff) {
      for (const m of this.marks) m.fill(0);
      this.generation = 0;
    }
    const gen = ++this.generation;
    const found = this.marks[slot]!;
    const { delta, outFrom, outIds, classOf, width, lengths } = this;
    let ids = this.hitIds;
    let starts = this.hitStarts;
    let count = 0;
    // The text is read as if TEXT_START came first: a literal that begins with it starts at 0.
    let s = this.start;
    for (let i = -1; i < text.length; i++) {
      if (i >= 0) {
        const c = text.charCodeAt(i);
        s = c < 128 ? delta[s * width + classOf[c]!]! : 0;
      }
      const to = outFrom[s + 1]!;
      for (let k = outFrom[s]!; k < to; k++) {
        const id = outIds[k]!;
        found[id] = gen;
        if (count === ids.length) {
          ids = grow(ids);
          starts = grow(starts);
        }
        ids[count] = id;
        starts[count++] = Math.max(0, i + 1 - lengths[id]!);
      }
    }
    this.hitIds = ids;
    this.hitStarts = starts;
    this.hitCount = count;
    return { marks: found, gen };
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
