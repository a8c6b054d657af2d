/**
 * The rule-based act classifier: the high-precision layer that a learned model is combined
 * with later. It normalises the words, runs the patterns of rules.ts (dropping negated,
 * disowned, quoted and reported matches where a rule asks for it), reads payment asks from
 * their parts (a payment, a time, an asking form) so that wordings no pattern names still
 * count, and then lets the context decide what the moment makes of them: "I understand,
 * I'll note that" acknowledges an attorney after "my lawyer handles this"; words that reveal
 * a debt disclose it to a third party when the right party is not verified.
 */
import { AGENT_ACTS, CUSTOMER_ACTS, type Act } from './acts.ts';
import { leadingLiterals, LiteralIndex, requiredLiterals, type FoundLiterals } from './literal-prefilter.ts';
import { normalize, normalizingOneCall, splitSentences } from './normalize.ts';
import {
  ASK_ALL,
  ASK_BOOKING,
  ASK_FORM,
  ASK_LATER,
  ASK_NOW,
  ASK_PAYMENT,
  CLAUSE_BOUNDARY,
  DISCLAIMER,
  ECHO_ANSWER,
  INTERROGATIVE_START,
  NEAR_NO,
  NEGATION_CUE,
  NOT_AN_ASK,
  PAY_COMMAND,
  PLAN_WORDS,
  QUOTED,
  REPORTED,
  RULES,
  TRAILING_NEGATION,
  URGENCY,
  type ActRule,
  type RuleLabel,
} from './rules.ts';
import type { Classify, Utterance, UtteranceContext } from './utterance.ts';

/** One pattern of a rule. */
interface Alternative {
  /** Its place in the order the rule's alternation would try the patterns at one position. */
  order: number;
  /** Global: finds the next match anywhere after `lastIndex`. */
  re: RegExp;
  /** Sticky: a match starting exactly at `lastIndex` (for patterns tried only where they can begin). */
  sticky: RegExp;
  /** Prefilter literals one of which it needs somewhere (null: none known). */
  literalIds: readonly number[] | null;
  /**
   * For an anchored pattern, literals one of which it needs besides its leading ones (null: none
   * known beyond them): where none occurs it is not tried at its starts. "I will … add a fee"
   * begins at every "i" but needs "add".
   */
  needIds: Int32Array | null;
  /** The scan `needMet` was worked out for: the reading's stamp, twice, plus one for its own words. */
  needScan: number;
  /** Whether one of `needIds` occurred in the text of scan `needScan`. */
  needMet: boolean;
  /** Every match begins where one of its leading literals does. */
  anchored: boolean;
  /** It begins with `\b` before a word character: it can only start where a word does. */
  atWordStart: boolean;
}

interface CompiledRule {
  act: RuleLabel;
  /** The patterns, in the order the rule's alternation tries them at one position (those starting at a word boundary first). */
  alternatives: Alternative[];
  /** The patterns with no leading literal: searched for, when their literals occur. */
  unanchored: Alternative[];
  negatable: boolean;
  negatedAfter: boolean;
  yetKeeps: boolean;
  ownWordsOnly: boolean;
  unless: RegExp | undefined;
  /** Where, in the utterance read `stamp`, each anchored pattern could begin: `start * ORDERS + order`. */
  starts: number[];
  stamp: number;
}

/** Patterns per rule fit below this (start and order share one number). */
const ORDERS = 1024;

/** Interns prefilter literals: one id per distinct string, shared by the rules of a speaker. */
function literalTable() {
  const ids = new Map<string, number>();
  const intern = (l: string) => {
    let id = ids.get(l);
    if (id === undefined) ids.set(l, (id = ids.size));
    return id;
  };
  return {
    idsOf(pattern: string): number[] | null {
      const literals = requiredLiterals(pattern);
      return literals ? literals.map(intern) : null;
    },
    intern,
    index: () => new LiteralIndex([...ids.keys()]),
  };
}

/** A pattern that can begin with a given literal: its rule, itself, and its place in the rule's order. */
interface Lead {
  rule: CompiledRule;
  alternative: Alternative;
  order: number;
}

/**
 * A speaker's rules with one literal automaton for all their patterns, and for each literal the
 * patterns (`rule * ORDERS + order`) that can begin with it.
 */
interface RuleTable {
  rules: CompiledRule[];
  index: LiteralIndex;
  leads: (readonly Lead[] | undefined)[];
}

function compileRules(rules: readonly ActRule[]): RuleTable {
  const literals = literalTable();
  const leads = new Map<number, number[]>();
  const compiled = rules.map((rule, r): CompiledRule => {
    const patterns = [...rule.patterns.filter((p) => p.startsWith('\\b')), ...rule.patterns.filter((p) => !p.startsWith('\\b'))];
    if (patterns.length >= ORDERS) throw new Error(`rule ${rule.act} has ${patterns.length} patterns; at most ${ORDERS - 1}`);
    const alternatives = patterns.map((p, order): Alternative => {
      const lead = leadingLiterals(p);
      for (const l of lead ?? []) {
        const id = literals.intern(l);
        leads.set(id, [...(leads.get(id) ?? []), r * ORDERS + order]);
      }
      const needed = lead ? requiredLiterals(p) : null;
      const needsMore = needed !== null && !needed.every((l) => lead!.includes(l));
      return {
        order,
        needIds: needsMore ? Int32Array.from(needed.map(literals.intern)) : null,
        needScan: -1,
        needMet: false,
        re: new RegExp(p, 'g'),
        sticky: new RegExp(p, 'y'),
        literalIds: lead ? null : literals.idsOf(p),
        anchored: lead !== null,
        atWordStart: lead !== null && p.startsWith('\\b') && lead.every((l) => /^\w/.test(l)),
      };
    });
    return {
      act: rule.act,
      alternatives,
      unanchored: alternatives.filter((a) => !a.anchored),
      negatable: rule.negatable === true,
      negatedAfter: rule.negatedAfter === true,
      yetKeeps: rule.yetKeeps === true,
      ownWordsOnly: rule.ownWordsOnly === true,
      unless: rule.unless ? new RegExp(rule.unless.map((p) => `(?:${p})`).join('|')) : undefined,
      starts: [],
      stamp: 0,
    };
  });
  const index = literals.index();
  const table: (readonly Lead[] | undefined)[] = new Array(index.size);
  for (const [id, refs] of leads) {
    table[id] = refs.map((ref): Lead => {
      const order = ref % ORDERS;
      const rule = compiled[(ref - order) / ORDERS]!;
      return { rule, alternative: rule.alternatives[order]!, order };
    });
  }
  return { rules: compiled, index, leads: table };
}

const AGENT_TABLE = compileRules(RULES.filter((r) => r.speaker === 'agent'));
const CUSTOMER_TABLE = compileRules(RULES.filter((r) => r.speaker === 'customer' && r.act !== 'not_a_question'));
const NOT_A_QUESTION = new RegExp(
  RULES.filter((r) => r.act === 'not_a_question').flatMap((r) => r.patterns).map((p) => `(?:${p})`).join('|'),
);

const NEGATION_RE = new RegExp(NEGATION_CUE);
const NEAR_NO_RE = new RegExp(NEAR_NO);
const BOUNDARY_RE = new RegExp(CLAUSE_BOUNDARY, 'g');
const TRAILING_RE = new RegExp(TRAILING_NEGATION);
const DISCLAIMER_RE = new RegExp(DISCLAIMER);
const ECHO_RE = new RegExp(ECHO_ANSWER);
const QUOTED_RE = new RegExp(QUOTED, 'g');
const REPORTED_RE = new RegExp(REPORTED, 'g');
const INTERROGATIVE_RE = new RegExp(INTERROGATIVE_START);
const URGENCY_RE = new RegExp(URGENCY, 'g');
const HAS_QUOTE_OR_REPORT = /["']|\b(?:said|say|says|told|tell me|mentioned|asked|ask|asking|saying|claim|think|thought|believe|feel|felt|heard|read|worr|called|accused|threatened)/;
// "Nobody has come to arrest you yet": the negation only postpones what it names.
const YET_AFTER = /^[^.,;!?]{0,40}\byet\b/;
const THREATS: readonly RuleLabel[] = ['threat_violence', 'threat_arrest', 'threat_legal_action_false'];
const ASK_PAYMENT_RE = new RegExp(ASK_PAYMENT);
const ASK_NOW_RE = new RegExp(ASK_NOW);
const ASK_LATER_RE = new RegExp(ASK_LATER);
/** Words that ask for the whole balance (normalised text). */
export const FULL_WORDS_RE = /\b(?:in full|full (?:amount|balance)|(?:whole|entire|total) (?:amount|balance)|the balance|pay (?:it|this|that) (?:all|off)|all of it)\b/;
const ASKS_HOW_MUCH_RE = /(?:^|[,;] )(?:(?:so|and|then|okay|well|if [^,]*),? )?(?:what|how much)\b/;
const EXPLICIT_RECAP = /\b(?:to recap|recap|confirmation|to summari[sz]e|in summary|to sum up|summary|so to confirm|to confirm|just to confirm|so we are (?:clear|on the same page)|for your records|here is what we (?:agreed|have))\b/;
const READS_BACK_DETAILS = /\b(?:read|repeat|say) (?:that|it|this|those|them) back\b/;
/** A business card, not a payment card: "is there an address or email on the card too?" */
const CONTACT_CARD = /\b(?:address|e-?mail|phone|number|name|fax)\b[^.?!]{0,30}\bon (?:the|his|her|their) card\b|\b(?:his|her|their|business) card\b/g;
/** Words of payment terms: without one, a read-back recaps no arrangement. */
const PAYMENT_TERMS = /__amount__|__percent__|\b(?:pay\w*|plan|settle\w*|instal\w*|card|checking|savings|debit\w*|draft\w*|ach|money order|check|balance|dollars?|bucks|month\w*|week\w*|arrangement|promise|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d+(?:st|nd|rd|th)?)\b/;
/** Asking the consumer to confirm terms just read out. */
const READ_BACK_RE = /\b(?:does (?:that|this|all that) sound (?:right|good|correct|okay)|(?:is|was) (?:that|this|all that) (?:right|correct|accurate)|did i get (?:that|all that|everything) right|have i got (?:that|it) right|do i have (?:that|it|everything) right|(?:that|it) sounds? right\?)/;
const ASK_BOOKING_RE = new RegExp(ASK_BOOKING);
const ASK_ALL_RE = new RegExp(ASK_ALL);
const ASK_FORM_RE = new RegExp(ASK_FORM);
const NOT_AN_ASK_RE = new RegExp(NOT_AN_ASK);
const PLAN_WORDS_RE = new RegExp(PLAN_WORDS);
const PAY_COMMAND_RE = new RegExp(PAY_COMMAND);
const YOU_OR_WE = /\b(?:you|your|we)\b/;
const MAYBE_COMMAND = /(?:^|[.!?] )(?:just |so |now |then |and |okay |look,? )*pay\b/;
// Cheap gate: a sentence with none of these words names no payment.
const MAYBE_PAYMENT = /pay|down|knock|wrap|square|clean|paid|install|instal|money|funds|__amount__|balance|amount|care of|clear|resolve|handled|settled|schedule|book|calendar|set|put|lock|process/;
const ASKS_AMOUNT = /\b(?:how much|what is (?:the|my) (?:balance|total|amount)|what do i owe|balance|the total|the amount|payoff)\b/;

/** Start of the clause that contains position `at`: negation does not reach past it. */
function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - 120);
  const window = text.slice(from, at);
  BOUNDARY_RE.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(window)) !== null) {
    last = m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY_RE.lastIndex++;
  }
  // Speech-to-text with no punctuation runs one clause on for a whole turn ("i never had desert sky i
  // have been with the same carrier for like ten years that is not mine"): there a clause is taken to
  // be the last dozen words or so.
  const start = from + last;
  if (at - start > UNPUNCTUATED_CLAUSE && !/[.,;:!?]/.test(text.slice(start, at))) {
    const cut = text.indexOf(' ', at - UNPUNCTUATED_CLAUSE);
    if (cut > start && cut < at) return cut + 1;
  }
  return start;
}
/** How far back (in characters) a clause with no punctuation is read for a negation. */
const UNPUNCTUATED_CLAUSE = 60;

/** End of the sentence after the one that holds `at` (disclaimers may follow in it). */
function followingText(text: string, at: number): { sameSentence: string; closesWithQuestion: boolean; afterSentence: string } {
  const rest = text.slice(at, at + 240);
  const end = rest.search(/[.!?]/);
  if (end < 0) return { sameSentence: rest, closesWithQuestion: false, afterSentence: '' };
  const afterSentence = rest.slice(end + 1);
  const nextEnd = afterSentence.search(/[.!?]/);
  return {
    sameSentence: rest.slice(0, end),
    closesWithQuestion: rest[end] === '?',
    afterSentence: nextEnd < 0 ? afterSentence : afterSentence.slice(0, nextEnd),
  };
}

/** A condition's own words: the clause began at "if this", "if you", … */
const AFTER_IF = /\bif (?:you|it|this|the|we|they|he|she|i)$/;
/** A clause that opens with its condition: "if we don't see a real payment this gets handed to …". */
const OPENS_WITH_IF = /^\W*(?:(?:and|so|but|now|look|listen|then|okay)\W+)*(?:if|unless)\b/;
/** After the condition's negation, the consequence begins: "… is not cleared up soon it stops being …". */
const CONSEQUENCE_AFTER_NEGATION =
  /\b(?:not|never)\b.*\b(?:it|you|we|they|he|she|this|that|there|things|(?:my|the|your|this) (?:file|account|case|check|matter))\b (?:\w+ )?(?:will|would|could|can|may|might|goes|gets|becomes|stops|turns|ends|is going to|are going to)\b/;

/**
 * "If this is not cleared up soon it stops being a collection matter and becomes something for
 * the county attorney": the negation belongs to the condition, not to what follows it.
 */
function negatedOnlyInCondition(text: string, from: number, prefix: string): boolean {
  if (!AFTER_IF.test(text.slice(Math.max(0, from - 12), from)) && !OPENS_WITH_IF.test(prefix)) return false;
  const consequence = CONSEQUENCE_AFTER_NEGATION.exec(prefix);
  if (consequence === null) return false;
  // "If we don't see a payment this will not go to …": the consequence negated too.
  const rest = prefix.slice(consequence.index + consequence[0].length);
  return !NEGATION_RE.test(rest) && !NEAR_NO_RE.test(rest);
}

/**
 * A match that opens with its own subject ("i got a lawyer", "we have an attorney") is a clause of
 * its own unless a word before it makes it the object of the negated words ("i do not think i have
 * a lawyer", "not that i have one", "i do not want to pay something i already paid"). Speech-to-text
 * leaves out the full stop that would have parted "i am not going to talk about that" from "i got
 * a lawyer handling all my debts". A bare "no" just before the subject still reaches it ("no i
 * cannot" refuses).
 */
const OWN_SUBJECT = /^(?:i|we)\b/;
const NEGATION_ALL_RE = new RegExp(`${NEGATION_CUE}|\\bno\\b`, 'g');
const REACHES_CLAUSE = /^(?:that\b|$)|\b(?:something|anything|everything|stuff|things?|bills?|debts?|money|an? (?:amount|account|loan|card))$|\b(?:think|thought|know|knew|guess|believe|believed|say|says|saying|said|sure|recall|remember|mean|meant|realize|realise|realized|claim|claiming|claimed|pretend|pretending|tell|told|telling|admit|admitting|if|whether|because|seem|seems|appear|expect|suppose|suggest|suggesting|imply|implying|heard|hear|feel|felt)\b/;

function negationStopsBeforeSubject(text: string, start: number, prefix: string): boolean {
  if (!OWN_SUBJECT.test(text.slice(start, start + 3))) return false;
  NEGATION_ALL_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m: RegExpExecArray | null; (m = NEGATION_ALL_RE.exec(prefix)) !== null; ) {
    last = m;
    if (m[0].length === 0) NEGATION_ALL_RE.lastIndex++;
  }
  if (last === null) return false;
  const between = prefix.slice(last.index + last[0].length).trim();
  return !REACHES_CLAUSE.test(between);
}

/** True when the match [start, end) is negated, disowned, or an echoed question answered "no". */
function isNegated(text: string, start: number, end: number, rule: CompiledRule): boolean {
  const from = clauseStart(text, start);
  const prefix = text.slice(from, start);
  if ((NEGATION_RE.test(prefix) || NEAR_NO_RE.test(prefix)) && !negatedOnlyInCondition(text, from, prefix) && !negationStopsBeforeSubject(text, start, prefix)) {
    return !(rule.yetKeeps && YET_AFTER.test(text.slice(end)));
  }
  if (rule.negatedAfter && TRAILING_RE.test(text.slice(end, end + 48))) return true;
  if (!rule.ownWordsOnly) return false;
  const next = followingText(text, end);
  if (DISCLAIMER_RE.test(next.sameSentence) || DISCLAIMER_RE.test(next.afterSentence)) return true;
  return next.closesWithQuestion && ECHO_RE.test(next.afterSentence);
}

/** The speaker's own words: quoted and reported speech removed. */
function ownWords(text: string): string {
  if (!HAS_QUOTE_OR_REPORT.test(text)) return text;
  return text.replace(QUOTED_RE, ' ').replace(REPORTED_RE, ' ');
}

/** The unanchored patterns whose literals occur in the text (the others cannot match). */
function searched(rule: CompiledRule, found: FoundLiterals): Alternative[] {
  if (rule.unanchored.length === 0) return rule.unanchored;
  const { marks, gen } = found;
  const out: Alternative[] = [];
  for (const a of rule.unanchored) {
    const ids = a.literalIds;
    if (ids === null) {
      out.push(a);
      continue;
    }
    for (let k = 0; k < ids.length; k++) {
      if (marks[ids[k]!] === gen) {
        out.push(a);
        break;
      }
    }
  }
  return out;
}

const NOTHING: ReadonlySet<RuleLabel> = new Set();

/**
 * Readings of whole lines, kept so a line is read once: its context-free rule reading (`agent`,
 * `customer`), and what it said or asked as the other side's last words (`said`, `asked`). While a
 * call is read (`readingOneCall`) they are kept for every line of that call, which is read again
 * as the next line's context and sentence by sentence for quotes; otherwise only for the last
 * `RECENT_LINES` lines, which is what a call read in order needs. Either way nothing outlives the
 * call: a benchmark that scores many calls measures the reading of each.
 */
interface Readings {
  agent: Map<string, ReadonlySet<RuleLabel>>;
  customer: Map<string, ReadonlySet<RuleLabel>>;
  said: Map<string, ReadonlySet<RuleLabel>>;
  asked: Map<string, ReadonlySet<RuleLabel>>;
  limit: number;
}
const RECENT_LINES = 2;
/** Far above any call's length; only a bound on memory for absurd input. */
const CALL_LINES = 20_000;

function emptyReadings(limit: number): Readings {
  return { agent: new Map(), customer: new Map(), said: new Map(), asked: new Map(), limit };
}
let kept: Readings = emptyReadings(RECENT_LINES);

function keptReading(memo: Map<string, ReadonlySet<RuleLabel>>, text: string, read: () => Set<RuleLabel>): ReadonlySet<RuleLabel> {
  let hits = memo.get(text);
  if (hits === undefined) {
    hits = read();
    if (memo.size >= kept.limit) memo.delete(memo.keys().next().value as string);
    memo.set(text, hits);
  }
  return hits;
}

/**
 * Runs `read` (the reading and scoring of one call) keeping every line's readings and
 * normalisation until it returns, then forgets them. Only speed depends on it: the readings are
 * those of pure functions of the line.
 */
export function readingOneCall<T>(read: () => T): T {
  const outer = kept;
  kept = emptyReadings(CALL_LINES);
  try {
    return normalizingOneCall(read);
  } finally {
    kept = outer;
  }
}

/**
 * The next match at or after `from` of the rule's alternation, found without running it: the
 * searched patterns look for their next match, the anchored ones are tried only where one of
 * their leading literals begins (`starts`, sorted). The leftmost start wins and, at the same
 * start, the pattern the alternation tries first — exactly the match the alternation would return.
 */
function nextMatch(rule: CompiledRule, searchedAlternatives: readonly Alternative[], starts: readonly number[], subject: string, from: number): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  let bestOrder = ORDERS;
  for (const a of searchedAlternatives) {
    a.re.lastIndex = from;
    const m = a.re.exec(subject);
    if (m && (best === null || m.index < best.index || (m.index === best.index && a.order < bestOrder))) {
      best = m;
      bestOrder = a.order;
    }
  }
  for (let k = 0; k < starts.length; k++) {
    const packed = starts[k]!;
    const order = packed % ORDERS;
    const start = (packed - order) / ORDERS;
    if (start < from) continue;
    if (best !== null && (start > best.index || (start === best.index && order > bestOrder))) break;
    const sticky = rule.alternatives[order]!.sticky;
    sticky.lastIndex = start;
    const m = sticky.exec(subject);
    if (m) return m;
  }
  return best;
}

const NO_STARTS: number[] = [];

/** The places anchored patterns could begin in the utterance read `stamp`, sorted (start, then order). */
function startsOf(rule: CompiledRule, stamp: number): readonly number[] {
  if (rule.stamp !== stamp) return NO_STARTS;
  const starts = rule.starts;
  // Insertion sort: a handful of entries, mostly in order already.
  for (let i = 1; i < starts.length; i++) {
    const v = starts[i]!;
    let j = i - 1;
    while (j >= 0 && starts[j]! > v) {
      starts[j + 1] = starts[j]!;
      j--;
    }
    starts[j + 1] = v;
  }
  return starts;
}

function fires(rule: CompiledRule, text: string, own: string, found: { text: FoundLiterals; own: FoundLiterals }, stamp: number): boolean {
  const subject = rule.ownWordsOnly ? own : text;
  const starts = startsOf(rule, stamp);
  const searchedAlternatives = searched(rule, rule.ownWordsOnly ? found.own : found.text);
  if (starts.length === 0 && searchedAlternatives.length === 0) return false;
  let from = 0;
  for (;;) {
    const m = nextMatch(rule, searchedAlternatives, starts, subject, from);
    if (m === null) return false;
    // The exceptions are looked for only once a match stands: most lines have none.
    if (!rule.negatable || !isNegated(subject, m.index, m.index + m[0].length, rule)) return !rule.unless?.test(text);
    // Another alternative may match unnegated a little further on.
    from = m.index + 1;
  }
}

/** A sum and a day or a way to pay, asked with nothing else: "So, two hundred by Friday?", "$50 today?", "How about a hundred on the card?". */
const ELLIPTICAL_ASK =
  /(?:^|[.!?] )(?:(?:so|okay|ok|alright|all right|well|then|and|fine|right|now),? )*(?:how about |what about |say |can we say |could we say )?(?:__amount__|(?:a|one|two|three|four|five|six|seven|eight|nine)(?: hundred| thousand)(?: and)?(?: [a-z]+(?:-[a-z]+)?)?(?: dollars| bucks)?) (?:by|on|this|next|today|tomorrow|tonight|before|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.!?]{0,25}\?/;

/**
 * Payment asks read from a sentence's parts (a payment, a time, an asking form) rather than
 * from one construction: "can you swing a payment today?", "so is today the day we get this
 * paid?", "can you have the $200 to us by the 30th?".
 */
function composedAsks(own: string, hits: Set<RuleLabel>): void {
  // "So, two hundred by Friday?": a sum and a day, asked.
  if (own.includes('?') && ELLIPTICAL_ASK.test(own)) hits.add('secure_commitment');
  if (!MAYBE_PAYMENT.test(own)) return;
  // Every ask needs a time; most utterances have none, so look once before splitting.
  const timed = ASK_NOW_RE.test(own) || ASK_LATER_RE.test(own);
  if (!timed && !MAYBE_COMMAND.test(own)) return;
  let commands = 0;
  for (const sentence of splitSentences(own)) {
    // "Pay your bill.", "Just pay the damn balance.": a bare command to pay is a demand for it.
    if (PAY_COMMAND_RE.test(sentence)) {
      commands++;
      hits.add('request_full_payment');
    }
    if (!timed) continue;
    const now = ASK_NOW_RE.test(sentence);
    const later = ASK_LATER_RE.test(sentence);
    if (!now && !later) continue;
    const payment = ASK_PAYMENT_RE.exec(sentence);
    const booking = ASK_BOOKING_RE.exec(sentence);
    const topic = payment ?? booking;
    if (!topic) continue;
    const asking = ASK_FORM_RE.test(sentence) || (sentence.endsWith('?') && YOU_OR_WE.test(sentence));
    if (!asking || NOT_AN_ASK_RE.test(sentence)) continue;
    const prefix = sentence.slice(clauseStart(sentence, topic.index), topic.index);
    if (NEGATION_RE.test(prefix) || NEAR_NO_RE.test(prefix)) continue;
    const all = !booking && !PLAN_WORDS_RE.test(sentence);
    if (later && all && ASK_ALL_RE.test(sentence)) hits.add('request_full_payment');
    else if (later || (booking && now)) hits.add('secure_commitment');
    // "What can you pay today?" asks how much, not for the balance.
    else if (now && payment && all && !ASKS_HOW_MUCH_RE.test(sentence)) hits.add('request_full_payment');
  }
  if (commands >= 2 && !ASK_LATER_RE.test(own)) hits.add('harassment_pressure');
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

let readings = 0;

/** Files each occurrence of a leading literal under the patterns that can begin there. */
function fileStarts(table: RuleTable, subject: string, ownWords: boolean | null, stamp: number, found: FoundLiterals): void {
  const { index, leads } = table;
  const { marks, gen } = found;
  const scan = stamp * 2 + (ownWords === true ? 1 : 0);
  const ids = index.hitIds;
  const at = index.hitStarts;
  for (let k = 0; k < index.hitCount; k++) {
    const refs = leads[ids[k]!];
    if (refs === undefined) continue;
    const start = at[k]!;
    const wordBefore = start > 0 && isWordChar(subject.charCodeAt(start - 1));
    for (let i = 0; i < refs.length; i++) {
      const { rule, alternative, order } = refs[i]!;
      if (ownWords !== null && rule.ownWordsOnly !== ownWords) continue;
      if (wordBefore && alternative.atWordStart) continue;
      // Whether the literals it needs occur is asked once per scan, not at every start.
      if (alternative.needIds !== null) {
        if (alternative.needScan !== scan) {
          alternative.needScan = scan;
          alternative.needMet = anyFound(alternative.needIds, marks, gen);
        }
        if (!alternative.needMet) continue;
      }
      if (rule.stamp !== stamp) {
        rule.stamp = stamp;
        rule.starts.length = 0;
      }
      rule.starts.push(start * ORDERS + order);
    }
  }
}

function anyFound(ids: Int32Array, marks: Uint32Array, gen: number): boolean {
  for (let k = 0; k < ids.length; k++) if (marks[ids[k]!] === gen) return true;
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

function ruleHits(table: RuleTable, text: string, own: string): Set<RuleLabel> {
  const hits = new Set<RuleLabel>();
  const stamp = ++readings;
  const inText = table.index.scan(text, 0);
  fileStarts(table, text, own === text ? null : false, stamp, inText);
  let inOwn = inText;
  if (own !== text) {
    inOwn = table.index.scan(own, 1);
    fileStarts(table, own, true, stamp, inOwn);
  }
  const found = { text: inText, own: inOwn };
  for (const rule of table.rules) if (!hits.has(rule.act) && fires(rule, text, own, found, stamp)) hits.add(rule.act);
  return hits;
}

const DISCLOSING_ACTS: readonly RuleLabel[] = [
  'state_purpose',
  'state_balance',
  'mini_miranda',
  'debt_words',
  'request_full_payment',
  'offer_payment_plan',
  'offer_settlement',
  'recap_terms',
  'explain_consequences_lawful',
];
const PAYMENT_ASKS: readonly RuleLabel[] = [
  'offer_payment_plan',
  'offer_settlement',
  'secure_commitment',
  'request_full_payment',
  'recap_terms',
  'probe_ability_to_pay',
];

/**
 * What the words of an agent line say whatever the moment: the patterns, payment asks read from
 * their parts, urgency and ultimatums. Kept (see `Readings`).
 */
/**
 * The agent asks the consumer's leave to speak in front of someone: "do you give me permission to
 * discuss your account with Ms. Albright, including the balance?" The question tells nothing.
 */
const ASKS_CONSENT =
  /\b(?:(?:i|we) (?:would|will|am going to|are going to) be (?:discussing|talking about|going over) (?:your|the|this) (?:account|balance|debt)\b[^?]{0,80}\b(?:is that|would that be|are you) (?:alright|all right|okay|ok|fine)|(?:do|would|will|can|may) (?:i|we) have your (?:permission|consent|okay|ok)|you are asking (?:me|us) to (?:go over|discuss|talk about|share) (?:this|the|your) (?:account|balance|debt)\b[^.?!]*\b(?:with|in front of)\b|you are (?:okay|ok|fine|comfortable|alright|all right) with (?:me|us) (?:discussing|talking about|going over|sharing)|(?:you are|are you|is it) (?:okay|ok|fine|comfortable|alright|all right) (?:with you )?(?:with |if )(?:your |my |the )?\w+(?: \w+)? (?:hearing|hears|listening|listens|being on|stays on|staying on)\b|you are giving (?:me|us) (?:your )?(?:permission|consent|the okay)|do you (?:give|grant) (?:me|us) (?:your )?(?:permission|consent)|(?:is it|are you) (?:okay|ok|alright|all right|comfortable|fine)(?: with you| with me| for me| with us| for us)?(?: if (?:i|we)| that (?:i|we)| for (?:me|us))? (?:to )?(?:discuss|talk about|go over|share|discussing|talking about|going over|(?:speak|talk|speaking|talking) (?:with|to) (?:him|her|them|\w+) about (?:the|your|this)\b)|(?:may|can|could) (?:i|we) (?:discuss|talk about|go over|share) (?:your|the|this) (?:account|balance|debt|bill)[^.?!]* (?:with|in front of) |(?:would|do) you (?:like|want) (?:me|us) to (?:discuss|talk about|go over|share) (?:your|the|this) (?:account|balance|debt|bill)[^.?!]* (?:with|in front of) )/;

/** What the consent asked for is about, said just before the question: "I'm about to go over a debt and your account details." */
const CONSENT_PREAMBLE = /\b(?:i am|we are) (?:about|going) to (?:go over|discuss|talk about|get into|go into)\b/;

function agentCore(text: string): ReadonlySet<RuleLabel> {
  return keptReading(kept.agent, text, () => {
    if (ASKS_CONSENT.test(text)) {
      // The question asked over two sentences ("I'd be discussing your account with him listening.
      // Is that alright with you?"): each of them is dropped, the one that tells and the one that asks.
      const sentences = splitSentences(text);
      const asking = new Set(sentences.filter((sentence, i) => ASKS_CONSENT.test(sentence) || CONSENT_PREAMBLE.test(sentence) || (i + 1 < sentences.length && ASKS_CONSENT.test(`${sentence} ${sentences[i + 1]}`)) || (i > 0 && ASKS_CONSENT.test(`${sentences[i - 1]} ${sentence}`))));
      const rest = sentences.filter((sentence) => !asking.has(sentence));
      if (rest.length === 0) return new Set<RuleLabel>();
      if (rest.length < sentences.length) return new Set(agentCore(rest.join(' ')));
    }
    const own = ownWords(text);
    const hits = ruleHits(AGENT_TABLE, text, own);
    composedAsks(own, hits);
    // "$285 by debit card on Friday, November 13th … Does that sound right?": terms read back.
    if (hits.has('amount_mention') && READ_BACK_RE.test(own) && (ASK_LATER_RE.test(own) || ASK_NOW_RE.test(own))) hits.add('recap_terms');
    // "Okay, $100 Friday March 6th from your checking. I'll note it.": a sum, its day and its way, stated back.
    if (!hits.has('recap_terms') && own.includes('__amount__') && splitSentences(own).some((x) => !x.endsWith('?') && x.includes('__amount__') && (DAY_NAMED.test(x) || MONTH_DAY_ONE.test(x)) && WAY_TO_PAY.test(x) && !NEGATION_RE.test(x))) hits.add('recap_terms');
    // "June 1st, June 15th and July 15th, $150 each, by Zelle": the plan's days, sums and way, read back.
    if (countMatches(MONTH_DAY, own) >= 2 && /__amount__ (?:each|apiece|a piece)\b/.test(own) && WAY_TO_PAY.test(own)) hits.add('recap_terms');
    // "Let me read that back: Margaret Oduya, 480-555-0147. Is that right?": details read back, no terms.
    // "After it's on file, call back and we'll be able to go over everything with you": no terms read back.
    if (hits.has('recap_terms') && !PAYMENT_TERMS.test(own.replace(CONTACT_CARD, ' ')) && (READS_BACK_DETAILS.test(own) || !EXPLICIT_RECAP.test(own))) hits.delete('recap_terms');
    // "Now, today, right now" piled up badgers; a deal's deadline ("fifty percent, paid today, and
    // I'll approve it right now") is an offer's terms.
    // "It's 7:41 your time, too early for me to be calling you. I'm not going to get into anything right now": the call put off, nobody pressed.
    if (countMatches(URGENCY_RE, own) >= 3 && !hits.has('offer_settlement') && !hits.has('offer_payment_plan') && !PUTS_CALL_OFF.test(own)) hits.add('harassment_pressure');
    // "You'd better pay, or …": when the threat is spelled out, it is the violation; bare, it badgers.
    if (hits.has('ultimatum') && !THREATS.some((t) => hits.has(t))) hits.add('harassment_pressure');
    // "I can knock thirty percent off if you pay it today": the payment asked for is the settlement.
    if (hits.has('offer_settlement') && hits.has('request_full_payment') && !FULL_WORDS_RE.test(own)) hits.delete('request_full_payment');
    // "This is an attempt to collect a debt … It's the Visa account, with a balance of $1,312.75":
    // the disclosure and the account named together say what the call is about.
    if (hits.has('mini_miranda') && hits.has('state_balance')) hits.add('state_purpose');
    // "A bounced check … in Michigan that's a criminal matter and we turn those over to the county
    // prosecutor": the debt called a crime is the arrest threatened when one is; said alone, it
    // misstates what the debt is.
    if (hits.delete('crime_recast') && !hits.has('threat_arrest')) hits.add('false_representation');
    if (hits.has('third_person_debt')) {
      hits.add('third_party_disclosure');
      hits.delete('state_purpose');
      hits.delete('state_balance');
    }
    return hits;
  });
}

/** The agent puts the conversation off: "too early for me to be calling you", "I'm not going to get into anything right now". */
// "I'll watch the clock, and if we can't wrap up before then I'll call you another day": the call put off when the hour comes.
const PUTS_CALL_OFF = /\b(?:too (?:early|late) (?:for (?:me|us) )?to be calling|(?:i am|we are) not going to (?:get into|go into|discuss) (?:anything|it|this|the account)|is there a better time|(?:i|we) will (?:call|try) you (?:back )?(?:another|a different|some other) (?:day|time)|(?:would|do) you (?:rather|prefer) (?:i|we) (?:just )?call (?:you )?back)\b/;

/** The consumer asks whether the caller collects debts. */
const ASKS_IF_COLLECTOR =
  /\b(?:did|has|is|was) (?:it|this|that|my (?:account|bill|balance)) (?:go|gone|been sent|been turned over|been sold|been placed|in|sent|turned over|placed) (?:to |with |in )?(?:collections?|a collection agency|a collector)\b|\b(?:are you|is this|is that|you are|so you are)(?: guys| people| folks| all)? (?:just )?(?:a |an |some (?:kind of |sort of )?)?(?:debt collectors?|collection (?:agency|agencies|company|call|outfit)|collections? (?:agency|company|call)|bill collectors?|collectors?|debt collection (?:agency|company|call|outfit))\b/;
/** A reply that opens by saying no, and does not go on to admit it. */
const DENIES_IT = /^(?:well,? |um,? |uh,? )?(?:no|nope|not at all|not really|nothing like that|of course not|absolutely not|not exactly)\b(?![^.?!]{0,40}\b(?:yes|we are|i am|but we do collect)\b)/;

/** A short yes to the consumer's question, or a refusal to rule it out. */
const AFFIRMS_FEAR =
  /^\W*(?:yes|yeah|yep|yup|correct|that is (?:correct|right)|right|exactly|you bet|absolutely|that is what (?:will|is going to) happen|that is (?:where|how) (?:this|it) (?:ends|goes|is headed))\W*$|\b(?:would not|cannot|can not|could not) rule (?:it|that) out\b|\b(?:not going to|will not|can not|cannot|could not|would not) (?:sit here and )?(?:promise|guarantee|tell) you (?:that )?(?:it|that|this) (?:can not|cannot|will not|would not|could not|is not going to) happen\b/;
const ASKS_IF_ABOUT_DEBT =
  /\b(?:is (?:this|it|that) (?:about|regarding|for|over)|are you calling (?:about|for|regarding)|(?:you are|you're) calling about)\b[^?]*\b(?:debts?|bills?|card|account|loan|money|balance|collections?|owes?|owed|payments?|hospital|medical|charges?|fees?|rent|lease|deposit)\b[^.!]*\?/;
/** The consumer's doubt is about what insurance paid. */
const INSURANCE_DOUBT = /\b(?:insurance|insurer|medicare|medicaid|tricare|blue cross|aetna|cigna|humana|united ?healthcare|covered|coverage)\b/;
/** The agent says what insurance paid and what is left as the consumer's own share. */
const INSURANCE_SHARE_EXPLAINED =
  /\b(?:insurance|they|it|blue cross|medicare|medicaid|your plan)\b[^.?!]{0,60}\b(?:paid|covered|allowed|picked up|processed|denied|applied)\b[^?!]{0,160}\b(?:patient (?:responsibility|portion|balance|share)|your (?:share|portion|part|responsibility|deductible|co-?insurance|co-?pay)|the (?:deductible|co-?insurance|co-?pay)|deductible|co-?insurance|co-?pay)\b|\b(?:the )?(?:part|portion|amount|balance|piece)(?: that)? (?:insurance|they|your (?:plan|insurance)) (?:did not|never|would not|does not) (?:pay|cover)\b/;
/** The consumer believes the debt was written off: "I thought that got written off", "they told me it was charged off". */
const WRITTEN_OFF = /\b(?:written|wrote|write|charged|charge) (?:it |that |this )?off\b/;
/** What a write-off is, explained: "charged off means the store took it off their books; the balance is still owed". */
const WRITE_OFF_EXPLAINED =
  /\b(?:charged?|written|write)[- ]off (?:just |only |simply )?(?:means|is an accounting|is a bookkeeping)\b|\b(?:charged|written|wrote) (?:it )?off\b[^.?!]{0,80}\b(?:still (?:owed|owe|due|valid|legally owed)|(?:does not|did not) (?:mean|erase|cancel|forgive|wipe))\b/;
/** A day said back with a yes: "Starting February 1st, yeah.", "The 15th, okay." */
const ECHOES_DAY_YES =
  /^\W*(?:starting |on |the |by |so )?[a-z ]{0,20}\b(?:\d{1,2}(?:st|nd|rd|th)|first|fifteenth|thirtieth|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.?!]{0,12}[,.]? (?:yes|yeah|yep|sure|okay|ok|that works|sounds good|fine)\b/;
/** The agent asks what else the consumer owns or earns. */
const ASKS_ASSETS = /\b(?:(?:any|other|another) (?:other )?(?:vehicles?|cars?|trucks?|property|properties|real estate|assets|savings|investments|income)|own (?:a|your|the) (?:home|house)|(?:a|any) (?:401k|retirement account|house|home) (?:in your name|you own))\b/;
/** A dispute in words no description of other belongings carries. */
const STRONG_DISPUTE = /\b(?:not mine|not my (?:debt|loan|account|bill)|(?:do not|don'?t|never) owe|never (?:had|opened|signed)|wrong|mistake|disput\w*|fraud|identity|already paid (?:this|the (?:debt|loan|balance|deficiency))|paid (?:this|the (?:loan|debt|balance|deficiency)) off)\b/;
/** The agent puts the consumer's words back to them. */
/** An acknowledgement taken back at once: "I understand, ma'am, but it was placed with us as owing". */
const ACK_THEN_BUT = /^\W*(?:i (?:understand|hear you|get (?:it|that)|see)|okay|ok|alright|all right|sure)(?:,? (?:ma'am|sir|mr\.? \w+|ms\.? \w+|mrs\.? \w+))?,? but\b/;
const PARAPHRASE_RE = /\b(?<!\bif )(?:so )?(?:you are|you're) (?:saying|telling me)|\bwhat you are (?:saying|telling me)|\bif i (?:am|'m) hearing you (?:right|correctly)|\bi hear you saying|\bsounds like you (?:are saying|believe|think)\b/;
const CONFIRMS_IN_PASSING = /\b(?:but|and|so) (?:yes|yep|correct|that is (?:right|correct))\b(?!\s*(?:\?|,? (?:or|is it|right)\b))/;
const ASKS_IF_AUTHORITY =
  /\b(?:are you|is this|am i (?:talking|speaking) (?:to|with)|is that) (?:a |an |the |my |some )?(?:lawyer|attorney|law (?:firm|office)|police(?: officer)?|cop|officer|sheriff|court|judge|government|irs)\b[^.!]*\?/;
// "My cousin said they can put you in jail for not paying a credit card. Is that true?": the fear told, then asked about.
const ASKS_ARREST = /\b(?:arrest\w*|jail|prison|cops|police|sheriff|locked up|criminal)\b(?:[^.!]*\?|[^.!?]*\.\s*(?:is (?:that|it|this) (?:true|right|real|so)|can they(?: do that)?|could they|will they|would they|is that a thing)\b[^.!?]*\?)/;
const ASKS_SUIT = /\b(?:sue|suing|sued|court|lawsuit|garnish\w*|judgment|take my (?:house|home|car|truck|wages|paycheck))\b[^.!]*\?/;

/** Only a day asked for: "What date were you thinking?", "Okay, which day works for you?" */
const ASKS_WHICH_DAY = /^\W*(?:(?:okay|ok|sure|alright|all right|no problem|of course)[,.!]?\s+)*(?:what|which) (?:date|day)(?: (?:were you thinking|works(?: for you)?|would work|would you like|do you want|are you thinking|is good|is best))?(?: of)?\?\W*$/;
const PAYMENT_TALK = /\b(?:pay|paying|payment|payments|payday|paycheck|draft|debit|money|afford|autopay|withdrawal|come out)\b/;
const CALL_TALK = /\b(?:call (?:me |us )?back|callback|call me|reach me|talk (?:later|another time))\b/;
function agentHits(text: string, context: UtteranceContext | undefined): Set<RuleLabel> {
  const hits = new Set(agentCore(text));
  const previous = context?.previous ? normalize(context.previous) : '';
  const said = previous ? keptReading(kept.said, previous, () => customerHits(previous, undefined)) : NOTHING;

  if (hits.has('ack')) {
    if (said.has('has_attorney')) hits.add('acknowledge_attorney');
    else if (said.has('requests_cease')) hits.add('acknowledge_cease_request');
    // "I understand, ma'am, but it was placed with us as owing … Were you wanting to put that on a card
    // today?": a nod before the push takes nothing on.
    else if (said.has('disputes_debt') && !PAYMENT_ASKS.some((a) => hits.has(a)) && !ACK_THEN_BUT.test(text)) hits.add('handle_dispute');
    // "Noted, I'll put a cease on the account": the acknowledgement is that act, not listening.
    else if (!hits.has('acknowledge_cease_request') && !hits.has('acknowledge_attorney') && !hits.has('handle_dispute')) hits.add('active_listening');
  }
  // "So you're saying you never opened an account with them": the dispute heard back is taken on.
  // Not "If you're saying someone else took this loan, that's a fraud report … a criminal matter": a threat built on it.
  if (said.has('disputes_debt') && hits.has('active_listening') && PARAPHRASE_RE.test(text) && !hits.has('false_representation') && !hits.has('threat_arrest')) hits.add('handle_dispute');
  // "I thought insurance covered that." "Insurance paid their portion; this is the patient
  // responsibility.": the doubt is answered on its substance, which acknowledges it.
  if (said.has('disputes_debt') && INSURANCE_DOUBT.test(previous) && INSURANCE_SHARE_EXPLAINED.test(text)) hits.add('handle_dispute');
  // "I thought that got written off." "Charged off means the store took it off their books as a loss;
  // the balance itself is still owed.": the belief answered on its substance.
  if (said.has('disputes_debt') && WRITTEN_OFF.test(previous) && WRITE_OFF_EXPLAINED.test(text)) hits.add('handle_dispute');
  if (said.has('has_attorney') && !said.has('requests_cease') && hits.delete('acknowledge_cease_request')) {
    hits.add('acknowledge_attorney');
  }
  if (said.has('asks_question') && ASKS_AMOUNT.test(previous) && hits.has('amount_mention')) hits.add('state_balance');
  // "Are you a debt collector?" "No, nothing like that": the denial hides who is calling.
  if (said.has('asks_question') && ASKS_IF_COLLECTOR.test(previous) && DENIES_IT.test(text)) hits.add('false_representation');
  // "So you're taking me to court?" "Yes." / "Can I go to jail?" "I wouldn't rule it out.":
  // confirming the consumer's fear makes the threat.
  // "Is this about that credit card?" "Yes.": the purpose told (to a third party, the debt disclosed).
  // "I can't really get into the details with you, but yeah, he should call us back": confirmed in passing.
  if (said.has('asks_question') && ASKS_IF_ABOUT_DEBT.test(previous) && (AFFIRMS_FEAR.test(text) || CONFIRMS_IN_PASSING.test(text))) hits.add('state_purpose');
  // "Are you a lawyer?" "Yes.": the agent takes on the authority the consumer asked about.
  if (said.has('asks_question') && ASKS_IF_AUTHORITY.test(previous) && AFFIRMS_FEAR.test(text)) hits.add('false_representation');
  // "Can it be later? … payday got pushed back." "What date were you thinking?": the payment's new day asked for.
  if (ASKS_WHICH_DAY.test(text) && PAYMENT_TALK.test(previous) && !CALL_TALK.test(previous)) hits.add('secure_commitment');
  if (said.has('asks_question') && AFFIRMS_FEAR.test(text)) {
    if (ASKS_ARREST.test(previous)) hits.add('threat_arrest');
    else if (ASKS_SUIT.test(previous)) hits.add('threat_legal_action_false');
  }

  if (context?.rpc_verified === false || context?.third_party_on_line === true) {
    if (DISCLOSING_ACTS.some((a) => hits.has(a))) hits.add('third_party_disclosure');
    hits.delete('state_purpose');
    hits.delete('state_balance');
  }
  return hits;
}

/** What the words of a customer line say whatever the moment: the patterns and its questions. */
function customerCore(text: string): ReadonlySet<RuleLabel> {
  return keptReading(kept.customer, text, () => {
    const hits = ruleHits(CUSTOMER_TABLE, text, text);
    for (const sentence of splitSentences(text)) {
      const question = sentence.endsWith('?') || INTERROGATIVE_RE.test(sentence);
      if (question && !NOT_A_QUESTION.test(sentence)) hits.add('asks_question');
    }
    return hits;
  });
}

/** The consumer owns the debt: "whatever, I know I owe it", "yeah, it's mine" (no dispute, whatever came first). */
export const ADMITS_DEBT = /\b(?:i know i owe (?:it|that|this|them|you|the money)|i (?:looked at|checked|went over|read|went through) (?:the |my |that )?(?:eob|statement|bill|itemization|breakdown|letter|explanation of benefits)\b[^.?!]{0,20}\b(?:it is|that is|they are) (?:right|correct|accurate)\b|i (?:do not|did not) (?:really |actually |even )?(?:want to )?dispute (?:it|this|that|the (?:debt|balance|loan|bill|account))|i took (?:out )?(?:the|that|this) (?:loan|card|money)\b|(?:no[,.!]? )+i did not[,.!]? (?:it is|i still have|i have got|i have) (?:it |still )?(?:in|at|here|sitting)\b|i (?:still )?(?:have|got) it (?:in|at) (?:my|the) (?:closet|house|garage|car|basement|apartment)\b|i (?:guess|suppose) i (?:never|did not) (?:actually |really |officially |technically )?(?:cancel(?:led|ed)?|close|closed|return|returned|send|sent|turn|turned) (?:it|that|them|the (?:membership|account|contract|service|equipment))\b|(?:insurance|medicare|medicaid|they) paid what (?:it|they) paid|i am not (?:going to |gonna )?(?:fight|fighting|dispute|contest|contesting|argue(?: about)?|arguing(?: about)?) (?:it|this|that)|(?:i know )?(?:the rest|the remainder|the balance|the difference|what is left|it|that|this) (?:is|was) (?:on (?:us|me)|ours|(?:our|my) (?:responsibility|part|share))|(?:it is|that is) not worth (?:fighting|arguing|disputing)(?: (?:over|about))?|(?:i|we) (?:did )?sign(?:ed)? (?:it|that|the contract|for it)(?:,? so)?(?![^.?!]*\bbut\b)|i (?:do|still) owe (?:it|that|this|the money)|(?<!\b(?:if|whether|as if|like|admit|admits|admitting|mean|means|(?:not|never|even) (?:\w+ )?(?:know|sure|think|believe|convinced|certain)(?: that)?) )(?:it|that|this) (?:is|was) (?:definitely |probably )?mine|i am not disputing|not disputing (?:it|that|this|the debt)|not saying (?:that )?i (?:do not|did not) (?:owe|use|have|buy|order|sign|run up|make|rent|open)|i am not trying to (?:stiff|cheat|skip out on|get out of (?:paying|it)|dodge)|(?:i would|i) (?:like|want) to be done with (?:it|this|that)|(?:the )?(?:principal|rest|rest of it|remainder)(?: is| was) mine|not pretending (?:it|that) (?:is not|was not)|i did not (?:know|realize) (?:that )?(?:the |they |it )?(?:\w+ )?(?:billed|bill|bills|charged|charge|charges) (?:separate|separately|on (?:their|its) own)|(?:^|[.!?] )(?:yes|yep|uh huh|okay),? i know(?=[.!])(?![^]*\b(?:not mine|do not owe|never (?:had|opened|ordered|signed|got)|already paid|paid (?:it|that|this))\b)|i (?:just )?want (?:it|this|that) (?:gone|done|over with|taken care of|off my back|behind me|paid off|settled)|let us (?:just )?get (?:it|this) (?:done|paid|over with|taken care of)|(?:can|could) i (?:just )?pay (?:it|that|this)(?! off)|(?:that|it) is my (?:part|share|deductible|responsibility|portion|co-?pay)|(?:that|it) (?:makes sense|tracks|adds up)(?! to me\?)|i (?:had not|did not|never) (?:met|hit|reached) (?:my|the) deductible|(?:^|[,.!?] )(?:no|yes|okay|oh),? (?:it|that|the (?:amount|balance|bill|total)) is (?:right|correct|accurate)|my bad|(?:i|and) (?:never|did not|forgot to) pa(?:y|id) (?:that|the|my) (?:last |final )?(?:bill|balance|one)|i forgot (?:all about it|completely|about (?:it|that|this))|i (?:figured|knew|guessed) (?:it|this|that|something|a bill) (?:would|was going to|was gonna|was) (?:come up|show up|catch up with me|come back around|come back|coming)(?: (?:eventually|sooner or later|at some point|one day))?|i did (?:go (?:there|in|to (?:that|the|them))|have (?:that|the) (?:visit|procedure|surgery|appointment|work done)))\b(?![^.?!]*[.?!][^]*\b(?:i (?:dispute|am disputing)|but (?:that|the|this|your) (?:number|amount|balance|figure|total)(?: is|'s)? (?:wrong|incorrect|not right|way off|too high))\b)/;

/** A consumer who holds back their yes: "I'd like to do the settlement, but I'm not agreeing to $1,500 without talking to him". */
export { ASKS_CONSENT };
export const ASKS_IF_CALLS_STOP = /\b(?:you(?: all| guys| people)? will|you(?: all| guys| people)? are going to|(?<!\b(?:can|could|would|please|just) )you(?:'ll)?|will you(?: all| guys| people)?|so you will|and you will) (?:stop|quit|cease) (?:calling|contacting|bothering)\b[^.!?]*\?|\bno more (?:calls|phone calls|calling)(?: after (?:that|this))?\?|\b(?:does|will|would) (?:that|this|it) mean (?:you(?: all| guys| people)?|y all|they) (?:will |are going to )?(?:stop|quit|cease) (?:calling|contacting|bothering)\b(?:[^.!?]*\?|,? or\b)|\b(?:do|does|would|will) (?:you(?: all| guys| people)?|y all|they|the calls) (?:stop|quit|cease)(?: calling| contacting| bothering)?(?: me)?[^.!?]*\?/;
export const CEASE_UNTIL_PROOF =
  /\b(?:call|calling|contact|contacting)\b[^.!?]{0,20}\b(?:until|till|unless) (?:you|y'?all|they|someone)\b[^.!?]{0,30}\b(?:proof|prove|verif\w*|validat\w*|paperwork|documents?|in writing|statements?|itemi[sz]\w*|checked|check (?:it|that|this)|looked into|look into|heard back|investigat\w*)\b/;
/** A promise that waits on the debt being found owed: "If it's really mine I'll just pay it." */
export const ONLY_IF_OWED = /\bif (?:it is|it turns out (?:it is|to be)|this is|that is|it was) (?:really |actually |truly |in fact )?(?:mine|my (?:debt|bill|account|deductible|share|part|portion|responsibility|co-?pay)|right|correct|legit(?:imate)?|accurate|owed)\b|\bif i (?:really |actually |truly |in fact )?(?:used|owe|ran up|ordered|signed for) (?:it|that|this|them|those|the (?:\w+ ){0,2}\w+)\b/;
/** Information taken in, not a promise: "Okay, fifty a month minimum, got it. I'll tell him." */
export const NOTES_ONLY = /\b(?:good to know|i will (?:tell|let) (?:him|her|them|my \w+)(?: know)?|i will pass (?:it|that|this) (?:on|along)|(?:i will|let me|lemme|hold on,? let me) (?:write|jot|put|get) (?:that|it|this|those|them)(?: all)? down|let me (?:get|grab|find) a pen|i will (?:think about|look at|look over|talk (?:it )?over) (?:it|that|this|them))\b/;
/** Words that commit to paying. */
export const COMMITS = /\b(?:i|we) (?:can|will|could|am going to|are going to) (?:pay|do|send|make|put|set|start|handle|take care of)\b|\b(?:let us|put me down|sign me up|set (?:it|that) up|go ahead|deal)\b/;
export const HOLDS_BACK =
  /\b(?:not (?:agreeing|committing|deciding)|(?:i am )?not saying yes (?:until|till|before|without)|(?:will not|won'?t|cannot|can'?t|am not going to|do not want to|don'?t want to) (?:agree|commit|decide|say yes)(?! (?:to )?(?:not|never))|(?:need|want|have|got) to (?:know|see|understand) [^.!?]{0,50}\bbefore i (?:do|agree to|commit to|pay|decide) (?:anything|a thing|something)|i (?:need|have|got|want) to (?:talk|speak|check) (?:to|with) (?:my|her|his) (?:son|daughter|husband|wife|kids?|family|partner|boyfriend|girlfriend|mom|mother|dad|father|brother|sister|lawyer|attorney|accountant)(?![^.!?]{0,40}\b(?:first|then) (?:i(?:'ll| will| can)|we can)\b[^.!?]{0,20}\bpay))\b/;

/** "Too much", said of a sum just offered, bargains over the price; "not mine", "wrong" still dispute. */
const PRICE_TOO_HIGH = /\b(?:(?:is|seems|sounds|looks) (?:way |still |a little |a bit |kind of )?too (?:high|much|steep)|way too much|too rich for me)\b/;
const SUM_OFFERED = /__amount__|\b(?:i|we) can (?:do|go|take|accept|settle)\b|\b(?:settle|settlement|one time|one-time|lump sum|a month|per month|monthly|payments? of)\b/;
const DISPUTE_BESIDES = /\b(?:not mine|do not owe|never (?:had|opened|signed|got)|already paid|paid (?:it|that|this)|wrong|incorrect|not right|not correct|inflated|scam|fraud)\b/;

/** "That's way too much. Eight-fifty, maybe nine." after "I can do $1,700, one time": a counter to the offer, not a dispute. */
export function bargainsOverPrice(text: string, previous: string): boolean {
  return PRICE_TOO_HIGH.test(text) && SUM_OFFERED.test(previous) && !DISPUTE_BESIDES.test(text);
}

/**
 * "I thought that one was in her name", "it was in her name, but … it's a community debt, right?":
 * whose name the account was in asks who pays, not whether the debt is owed.
 */
export function onlyWhoseName(text: string): boolean {
  return IN_ANOTHERS_NAME.test(text) && !DISPUTE_BESIDES.test(text);
}
const IN_ANOTHERS_NAME = /\b(?:in|under) (?:her|his|their|my (?:late )?(?:wife|husband|spouse|mom|mother|dad|father)(?:'s| s)?) name\b/;

function customerHits(text: string, context: UtteranceContext | undefined): Set<RuleLabel> {
  const hits = customerReading(text, context);
  if (hits.has('disputes_debt') && onlyWhoseName(text)) hits.delete('disputes_debt');
  // "I'll pay when you people stop calling me. Actually, no. Stop calling me.": the offer taken back in the same breath.
  if (hits.has('agrees_to_pay') && TAKEN_BACK.test(text)) hits.delete('agrees_to_pay');
  // "If you waive the fees and the interest, I'll pay the $2,950 … I'm not paying $460 in junk fees": a price put, not the debt denied.
  if (hits.has('disputes_debt') && WAIVE_FOR_PAYMENT.test(text) && !OWN_WORDS_DISPUTE.test(text)) hits.delete('disputes_debt');
  if (hits.has('disputes_debt') && context?.previous && bargainsOverPrice(text, normalize(context.previous))) hits.delete('disputes_debt');
  if (hits.has('agrees_to_pay') && (HOLDS_BACK.test(text) || ONLY_IF_OWED.test(text) || (NOTES_ONLY.test(text) && !COMMITS.test(text)))) hits.delete('agrees_to_pay');
  // "I thought my wife set up a payment thing with them": an arrangement believed made, not one promised now.
  if (hits.has('agrees_to_pay') && BELIEVED_ARRANGED.test(text) && !COMMITS.test(text)) hits.delete('agrees_to_pay');
  // "And you'll quit calling me every five minutes?" asks whether the calls stop; "don't call me
  // again until you've got actual proof" ties them to the dispute.
  if (hits.has('requests_cease') && (ASKS_IF_CALLS_STOP.test(text) || CEASE_UNTIL_PROOF.test(text))) hits.delete('requests_cease');
  // "What's the lowest you can take? Just so you stop calling me.": a reason to pay, not a request to stop.
  if (hits.has('requests_cease') && STOP_AS_REASON.test(text)) hits.delete('requests_cease');
  return hits;
}

/** A promise withdrawn before the line ends: "… I'll pay when you stop calling. Actually, no. Stop calling me." */
const TAKEN_BACK = /\b(?:i will|i can|i would|i could) (?:pay|do|send)\b[^]*?[.!?]\s*,?\s*(?:(?:actually|wait|on second thought|forget (?:it|that))\s*,?\s*)?no\b(?! (?:problem|worries|rush|doubt|pressure)\b)(?![^]*\b(?:i will|i can|i would|i could) (?:pay|do|send)\b)/;

/** A payment offered for the fees dropped: "if you waive the fees and the interest, I'll pay the $2,950". */
const WAIVE_FOR_PAYMENT = /\bif you (?:waive|drop|take off|knock off|remove|forgive|wipe) (?:the |all the |those |these |all )?(?:fees|interest|charges|late fees|penalties)\b[^.?!]*\b(?:i will|i can|i would|i could) (?:pay|do|send)\b/;

/** Calls stopping given as the reason to pay: "if it means you people stop calling", "just so you stop calling me". */
export const STOP_AS_REASON =
  /\bif (?:it|this|that) (?:means|gets|will make) (?:you|you people|you guys|you all|they|y all) (?:to )?(?:stop|quit) (?:calling|contacting|bothering)\b|\b(?:just )?so (?:that )?(?:you|you people|you guys|you all|y all|they) (?:will |would |can )?(?:stop|quit|leave me alone)(?: (?:calling|contacting|bothering))?\b|(?:__amount__|\b(?:hundred|thousand|bucks|dollars|one shot|lump sum))\b[^.?!]{0,60}\b(?:and|then) you (?:never|do not|will not|can) (?:call|contact|bother) me (?:again|anymore|ever again)\b/;

/** An arrangement the consumer believes was made before: "i thought my wife set up a payment thing". */
export const BELIEVED_ARRANGED = /\bi (?:thought|figured|assumed|believed)\b[^.?!]{0,40}\b(?:set up|arranged|made|worked out|took care of|paid)\b/;

/**
 * Surprise that insurance did not pay it all: "I thought insurance covered that", "Shouldn't my
 * insurance have covered some of that?", "insurance was supposed to cover more of that, but …".
 */
const COVERAGE_DOUBT =
  /\b(?:i (?:thought|figured|assumed|was told|believed)|i was under the impression|should(?: not|n't) (?:my |the )?(?:insurance|plan)|did(?: not|n't) (?:my |the )?(?:insurance|plan)|(?:my |the )?insurance (?:was )?supposed to)\b[^.?!]{0,40}\b(?:insurance|insurer|plan|medicare|medicaid|blue cross|covered|cover|paid|pick(?:ed)? up|took care)\b|\b(?:insurance|my plan|medicare|medicaid) (?:covered|paid|picked up) (?:way |a lot |much |so much )?less than (?:the (?:office|doctor|dentist|hospital|clinic)|they|you|he|she|i)(?: was| were)? (?:told|said|quoted|estimated|thought|expected)\b/;
/** Words that dispute the debt outright, beside the doubt: "that is not on me", "I do not owe it". */
const FIRM_DISPUTE =
  /\b(?:not mine|not (?:sure|convinced|certain) (?:that )?(?:this|that|it) is (?:even |really |actually )?mine|not on me|not my (?:debt|bill|problem|responsibility)|(?:do not|never) owe|disput\w*|wrong|not (?:paying|going to pay)|not valid|should not (?:exist|be)|appeal\w*|eobs?|explanation of benefits|already paid|i paid|zero|not (?:right|correct)|scam|fraud|never (?:had|went|been)|in network|balance bill\w*|billed wrong|coded)\b/;

/**
 * A story of another debt told as the reason for caution: "I got burned before. I paid one of these
 * collection places … they said it was settled, and then another company came after me".
 */
export const OTHER_DEBT_STORY = /\b(?:(?:got|been|was|get) burned (?:before|once|last time)|one of (?:these|those) (?:collection|debt) (?:places|companies|agencies|outfits|collectors)|happened to (?:me|my \w+) before)\b/;

/** A coverage doubt asks about the bill; only with words that deny it is it a dispute. */
export function onlyDoubtsCoverage(text: string): boolean {
  return COVERAGE_DOUBT.test(text) && !FIRM_DISPUTE.test(text);
}

function customerReading(text: string, context: UtteranceContext | undefined): Set<RuleLabel> {
  const hits = new Set(customerCore(text));
  if (hits.has('disputes_debt') && ADMITS_DEBT.test(text) && !PART_DISPUTED.test(text)) hits.delete('disputes_debt');
  if (hits.has('disputes_debt') && onlyDoubtsCoverage(text)) hits.delete('disputes_debt');
  if (hits.has('disputes_debt') && OTHER_DEBT_STORY.test(text) && !OWN_WORDS_DISPUTE.test(text)) hits.delete('disputes_debt');
  // "Isn't there a statute of limitations on this stuff? Can you even sue me?": a question about the law, not a dispute.
  if (hits.has('disputes_debt') && ASKS_ABOUT_LIMITS.test(text) && !OWN_WORDS_DISPUTE.test(text.replace(LIMITS_WORDS, ' '))) hits.delete('disputes_debt');
  // "And after the third one I don't owe anything?": a question about the deal's terms, not a denial.
  if (hits.has('disputes_debt') && OWES_NOTHING_AFTER.test(text) && !OWN_WORDS_DISPUTE.test(text.replace(OWES_NOTHING_AFTER, ' '))) hits.delete('disputes_debt');
  const unwilling = hits.has('refuses_to_pay') || hits.has('hardship') || hits.has('disputes_debt');
  if (!context?.previous) {
    if (hits.has('weak_agree') && hits.has('pay_words') && !unwilling) hits.add('agrees_to_pay');
    return hits;
  }
  const previous = normalize(context.previous);
  const asked = keptReading(kept.asked, previous, () => agentHits(previous, undefined));
  // "Would it help if I just called you back in a few weeks?" "Yeah. Could you call me next month?": a call taken up, no payment.
  const callOffered = offersCall(previous);
  const aboutPaying = !callOffered && PAYMENT_ASKS.some((a) => asked.has(a));
  // "Did you get the notice we mailed?" "Yeah, I never got it. It probably went to Como.": the letter missed, not the debt denied.
  if (hits.has('disputes_debt') && NEVER_GOT_IT.test(text) && LETTER_NAMED.test(previous) && !OWN_WORDS_DISPUTE.test(text)) hits.delete('disputes_debt');
  // "That's still way too much." to an offer: its price haggled over, not the debt disputed.
  if (hits.has('disputes_debt') && aboutPaying && OFFER_TOO_DEAR.test(text) && !OWN_WORDS_DISPUTE.test(text) && !INFLATED.test(text)) hits.delete('disputes_debt');
  // "Do you have any other vehicles? Any property?" "There's the Corolla, that's paid off": what else they own, told.
  if (hits.has('disputes_debt') && ASKS_ASSETS.test(previous) && !STRONG_DISPUTE.test(text)) hits.delete('disputes_debt');
  // "A hundred a month … Starting February 1st … from a checking account?" "Starting February 1st, yeah. Out of checking.": the terms said back, and a yes.
  if (aboutPaying && !hits.has('refuses_to_pay') && ECHOES_DAY_YES.test(text)) hits.add('agrees_to_pay');
  if (hits.has('weak_yes')) {
    if (!asked.has('verify_identity') && aboutPaying) hits.add('agrees_to_pay');
  }
  if (hits.has('leading_yes') && asked.has('verify_identity')) hits.add('confirms_identity');
  if (hits.has('weak_agree') && (aboutPaying || hits.has('pay_words')) && !unwilling) hits.add('agrees_to_pay');
  if (hits.has('self_name') && asked.has('verify_identity') && !hits.has('third_party')) hits.add('confirms_identity');
  if (hits.has('weak_no')) {
    if (asked.has('good_time_question')) hits.add('requests_callback');
    // "I can't. But I could do $50 a month" counters the ask rather than refusing it.
    else if (aboutPaying && !asked.has('probe_ability_to_pay') && !hits.has('agrees_to_pay')) hits.add('refuses_to_pay');
  }
  if (hits.has('identity_detail') && asked.has('verify_identity')) hits.add('confirms_identity');
  // "4417 Bellevue Road, Toledo. Well, that's my mom's.": the address asked for, not the debt disowned.
  if (hits.has('disputes_debt') && asked.has('verify_identity') && /\d/.test(text) && !OWN_WORDS_DISPUTE.test(text)) hits.delete('disputes_debt');
  // "And did you file with an attorney?" "Yeah. Gloria Stanek, Stanek and Reese.": a lawyer named in the answer.
  if (ASKED_IF_ATTORNEY.test(previous) && SAYS_YES_FIRST.test(text) && !NEGATION_RE.test(text)) hits.add('has_attorney');
  answeredByWhatWasAsked(text, previous, asked, hits);
  return hits;
}
/** "I'm not saying I don't owe anything. I'm saying I don't owe that.": part owned, the rest disputed. */
export const PART_DISPUTED = /\b(?:i am saying|but) i do not owe (?:that|this|the (?:interest|fees?|charges?|rest|extra))\b/;
/** The agent asks whether a lawyer acts for the consumer. */
const ASKED_IF_ATTORNEY = /\b(?:do you (?:mean (?:that )?)?(?:you )?have|did you (?:file|go) (?:it )?(?:with|through)|are you (?:being )?represented by|have you (?:hired|retained|got)|is there|did you (?:hire|retain|get)) (?:an? |your )?(?:attorney|lawyer|counsel)\b[^.!]*\?|\bis (?:he|she|that|mr \w+|mrs \w+|ms \w+|__name__) (?:an? |your )(?:attorney|lawyer)\b[^.!]*\?/;
/** A cheap first look for CALL_OFFERED: a call to "you" named, and a question at the end. */
const CALL_OFFER_CUE = /\b(?:call|called|try|tried|reach|reached|ring|rang) (?:you|back)\b[^?.!]*\?/;
/** The last question of a line: "… Do you want to set a time for me to call you both back? We can look at options then." */
function lastQuestion(text: string): string {
  const end = text.lastIndexOf('?');
  if (end < 0) return '';
  const start = Math.max(text.lastIndexOf('.', end), text.lastIndexOf('!', end), text.lastIndexOf('?', end - 1));
  return text.slice(start + 1, end + 1);
}
/**
 * The agent's last question offers a call back ("Would it be easier if I call you back next week?"):
 * a yes to it takes the call, not a payment. `previous` is normalised.
 */
export function offersCall(previous: string): boolean {
  if (!CALL_OFFER_CUE.test(previous)) return false;
  const last = lastQuestion(previous);
  if (CALL_OFFERED.test(last)) return true;
  // "Would it help if I called back after you've been paid? Friday evening, say?": a short question
  // after the offer only puts a time to it.
  // …and so does one that names the day: "I could set it for Monday, March twenty-third, in the afternoon?"
  if (last.trim().split(/\s+/).length > 4 && !TIME_FOR_A_CALL.test(last)) return false;
  const before = previous.slice(0, previous.length - last.length);
  return CALL_OFFERED.test(lastQuestion(before));
}
/** The agent offers to call back: "Would it help if I just called you back in a few weeks, once things settle?" */
const CALL_OFFERED =
  /\b(?:(?:would it help|would it (?:work|be (?:better|easier|okay|ok|alright|fine))|does it work|how about|what if|is it okay|is it ok) (?:if )?(?:i|we) (?:just )?(?:call|called|try|tried|reach|reached|ring|rang) (?:you(?: back)?|back)|(?:should|shall|can|could|may) (?:i|we) (?:just )?(?:call|try|reach|ring) you (?:back|again|later|another time|next)|(?:do you )?want (?:me|us) to (?:call|try|reach) you (?:back|again|later)|set (?:up )?a time for (?:me|us) to (?:call|reach|try) you)\b[^.!]*\?$/;
const SAYS_YES_FIRST = /^\W*(?:yes|yeah|yep|yup|i did|i do|we did|correct|uh-?huh)\b/;

const ASKS_ABOUT_LIMITS = /\b(?:is there|are there|is not there) (?:like )?(?:a |any )?(?:statute[- ]of[- ]limitations?|time limit)\b[^.!?]*\?/;
const LIMITS_WORDS = /\b(?:statute[- ]of[- ]limitations?|too old|time[- ]barred)\b/g;
/** A dispute in so many words, whatever else the line answers. */
/** An offer called too dear: "that's way too much", "too high for me", "that's a lot". */
const OFFER_TOO_DEAR = /\b(?:that|this|it) is (?:way |still |just |a little |a bit |far )?(?:too (?:much|high|steep)|a lot)\b/;
/** The sum itself said to be wrong: "inflated", "more than I owe", "you added". */
const INFLATED = /\b(?:inflated|more than i (?:owe|owed)|you added|padded|made up|not what i owe|where did (?:that|this) come from)\b/;
/** "After the third one I don't owe anything?", "once that clears I won't owe the rest, right?" */
const OWES_NOTHING_AFTER = /\b(?:after|once|when)\b[^.?!]{0,40}\bi (?:do not|will not|would not|won't|don't) owe (?:anything|any more|nothing|the rest|a thing)\b[^.?!]*\?|\band i (?:do not|will not|would not|won't|don't) owe (?:anything|nothing|a thing) (?:else|more)\b[^.!]*\?|\bnothing (?:else )?(?:comes|will come|is coming|is going to come) after (?:it|that|me|this)\b[^.!]*\?/;
/** "I never got it", "I didn't receive that": something sent, not received. */
const NEVER_GOT_IT = /\bi (?:never|did not|have not) (?:got|get|gotten|received?|seen|saw) (?:it|that|them|one|anything|any of (?:it|them|those))\b/;
/** A letter or notice the agent asks about. */
const LETTER_NAMED = /\b(?:letter|notice|notices|mail|mailed|statement|statements|envelope|validation)\b/;
export const OWN_WORDS_DISPUTE = /\b(?:not mine|not my (?:debt|account|bill|card|loan)|do not owe|never (?:had|opened|signed|owed)|disput\w*|wrong|already paid|paid (?:it|that|this)|fraud|identity theft)\b/;

/** A bare yes ("Yes.", "I do.", "Correct.", "That's right.") or no ("No.", "Not really.", "I don't."). */
const BARE_YES = /^\W*(?:yes|yeah|yep|yup|yes (?:sir|ma'?am)|correct|that is (?:right|correct)|right|exactly|i do|i am|i would|absolutely|definitely|uh-?huh|mm-?hmm|please)\W*$/;
const BARE_NO = /^\W*(?:no|nope|nah|not really|not at all|i do not|i don'?t|no,? i do not|absolutely not|no way)\W*$/;
const NOT_NOW = /^\W*(?:no|not (?:right )?now|not really|not a good time|bad time|not today|now is not good|i am (?:busy|driving|at work))\b[^?]*$/;
/** The agent asks whether the consumer disputes the debt: a yes disputes it. */
const ASKED_IF_DISPUTES =
  /\b(?:do you (?:want to )?dispute|are you disputing|you are (?:saying|telling me) (?:that )?you (?:do not|never|did not|have never)|you do not recogni[sz]e|you never (?:had|opened|signed|used))\b/;
/** The agent asks whether the consumer owes it: a no disputes it. */
const ASKED_IF_OWES = /\b(?:do you agree (?:that )?you owe|do you (?:acknowledge|recogni[sz]e) (?:this|the|that) (?:debt|balance|account|charge)|is (?:this|that) (?:your|a) (?:debt|account|balance) you recogni[sz]e)\b/;
/** The agent asks whether the consumer wants the calls to stop: a yes asks for it. */
const ASKED_IF_CEASE = /\b(?:(?:want|would like|like) us to stop (?:calling|contacting)|asking us to stop (?:calling|contacting)|(?:want|prefer) (?:no|that we not|us not to) (?:call|contact|more calls))\b/;
/** The agent reads back a callback the consumer wants: a yes asks for it. */
const ASKED_IF_CALLBACK = /\b(?:you would like (?:a |me to )?call ?back|(?:should|shall) i (?:call|try) you (?:back )?(?:at|on|tomorrow|later|after|then)|want (?:a|me to) call ?(?:you )?back)\b/;
/** The agent asks whether this is the person they are calling for. */
const ASKED_IF_THEM = /\b(?:am i (?:speaking|talking) (?:with|to)|is this|are you|(?:may|can|could) i (?:speak|talk) (?:with|to))\b[^?]*\?/;
const DEBT_TALK = /\b(?:debts?|bill|card|account|balance|loan|owe|payment|good time|okay|able|willing|aware|sure)\b/;
/** The agent asks when the payment will be made: a bare day answers with a promise. */
/** A day or an hour, as a time to be called. */
const TIME_FOR_A_CALL = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|this (?:evening|afternoon|weekend)|(?:mornings|afternoons|evenings)(?: are| is)? (?:fine|good|better|best|ok|okay|work)|after (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|work|lunch|school)|(?:at|around) (?:\d{1,2}|noon|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,2} ?(?:am|pm)|in the (?:morning|evening|afternoon))\b/;
/** The agent asks when to call: "Is there a day that would be better for me to call?", "When's a good time to reach you?" */
const ASKS_TIME_TO_CALL =
  /\b(?:(?:day|time|days|times) (?:that )?(?:would be |is |works )?(?:better|good|best|easier)(?: for you)? (?:for (?:me|us) )?to (?:call|reach|try|catch)|(?:better|good|best) (?:day|time) (?:to|for (?:me|us) to) (?:call|reach|try|catch)|when (?:can|could|should|would|may) (?:i|we) (?:call|reach|try|catch) you|when (?:is|would be|will be) (?:a )?(?:better|good|best|easier)(?: (?:time|day))?(?: (?:to|for (?:me|us) to) (?:call|reach|try|catch)(?: you)?)?|what (?:time|day) (?:works|would work|is good|is best|is better|suits you))\b[^.!]*\?/;
const NEVER_CALL = /\b(?:do not|never|no need to|not going to) (?:call|bother)\b|\bno,? (?:thanks|thank you)\b/;
const TERMS_PUT: readonly RuleLabel[] = ['offer_settlement', 'offer_payment_plan', 'recap_terms', 'secure_commitment'];
const DAY_NAMED = new RegExp(`\\b(?:today|tomorrow|(?:this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \\d{1,2}(?:st|nd|rd|th)|payday)\\b`);
const METHOD_NAMED = /\b(?:from|out of|on|with|by|using) (?:my|the|a|our) (?:checking|savings|bank|debit|credit|card|visa|mastercard|account)\b|\bby (?:check|card|debit|money order)\b/;
function hasAnyLabel(set: ReadonlySet<RuleLabel>, labels: readonly RuleLabel[]): boolean {
  return labels.some((l) => set.has(l));
}
/** The agent asks on which days the payments fall: "What dates line up with your paychecks?", "Which day of the month?" */
const DATES_ASKED = /\b(?:what|which) (?:dates?|days?)\b|\bwhen (?:would|do|can|could|will) (?:you|those|they|the payments?)\b/;
const PAYMENTS_WORDS = /\b(?:payments?|instal\w*|plan|__amount__|each|a month|monthly)\b/;
/** A way to pay named: "by Zelle", "from your checking", "on the card ending 4412". */
const WAY_TO_PAY = /\b(?:check|pay|payment) by phone\b|\b(?:by|with|through|via|on|from|using) (?:zelle|venmo|cash ?app|paypal|ach|check|card|debit(?: card)?|credit card|money order|bank (?:transfer|draft)|(?:the|our) (?:portal|website|app)|(?:my|the|your|a|our) (?:checking|savings|bank|debit|credit|card|account|visa|mastercard))\b/;
/** A day of a named month: "june 15th", "july 1". */
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b/g;
/** One month's day, tested (MONTH_DAY counts them). */
const MONTH_DAY_ONE = new RegExp(MONTH_DAY.source);
/** "Make the last one July 15th", "put the first one on the 5th". */
const MAKE_ONE_ON = /\b(?:make|put|do|move|set) the (?:first|last|second|third|next|final) one (?:on |for )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})/;
const ASKED_WHEN_PAY = /\b(?:when|what (?:date|day))\b[^?]*\b(?:pay|payment|make (?:it|that|the)|send (?:it|that|the))\b|\b(?:draft|debit|payment|charge|check)\b[^?]{0,40}\bwhat (?:date|day)\?/;
/** A day said alone: "Friday.", "The 15th.", "Next Friday? The nineteenth." */
const DAY_PIECE = String.raw`(?:on )?(?:today|tomorrow|tonight|(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))(?: of (?:the|this|next) month)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \w+)`;
const BARE_DAY = new RegExp(String.raw`^\W*${DAY_PIECE}(?:[?,.]?\s+${DAY_PIECE})?\W*$`);

/** A day and a way of paying, as an answer: "The fifteenth. From my checking." */
const DAY_AND_METHOD =
  /^\W*(?:on )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|tenth|twelfth|fifteenth|twentieth|thirtieth|(?:twenty|thirty)[- ]?first|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\W+(?:and )?(?:from|by|on|with|out of|through) (?:my |the |a |our )?(?:checking|savings|debit(?: card)?|card|credit card|bank(?: account)?|check|visa|mastercard)\W*$/;
/** A sum put forward as a question: "Could I do a hundred and twenty?", "Can we do fifty a month?" */
const SUM_PUT_FORWARD =
  /^\W*(?:(?:okay|ok|so|well|um|uh|hmm)\W+)*(?:could|can|may) (?:i|we) (?:just )?(?:do|pay|send|manage|try|start (?:with|at)) (?:__amount__|\$?\d[\d,.]*|(?:a |one )?hundred(?: and [a-z-]+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ][a-z]+)?)(?: dollars| bucks)?(?: (?:a|per|each) (?:month|week))?\W*$/;
const ASKED_HOW_MUCH = /\b(?:how much|what (?:amount|can you)|what would (?:be )?comfortable|what could you)\b/;

/**
 * The words of a short answer mean what they answer: "Yes." to "do you dispute it?" disputes,
 * "No." to "do you agree you owe this?" disputes, "I do." to "do you want us to stop calling?"
 * asks to stop, "No." to "is now a good time?" asks to be called later, "Tomorrow." to "when can
 * you make the payment?" promises it.
 */
function answeredByWhatWasAsked(text: string, previous: string, asked: ReadonlySet<RuleLabel>, hits: Set<RuleLabel>): void {
  // "Okay. Next Tuesday then, the 17th. From my checking." to an offer or its terms: the day and the way, taken.
  if (text.length <= 80 && hasAnyLabel(asked, TERMS_PUT) && DAY_NAMED.test(text) && METHOD_NAMED.test(text) && !NOT_NOW.test(text) && !NEGATION_RE.test(text)) hits.add('agrees_to_pay');
  // "So June 1st, June 15th, July 1st? … Make the last one July 15th." to "What dates line up with your paychecks?": the plan's days, set.
  if (DATES_ASKED.test(previous) && PAYMENTS_WORDS.test(previous) && (countMatches(MONTH_DAY, text) >= 2 || MAKE_ONE_ON.test(text)) && !NEGATION_RE.test(text.replace(/\bis rent\b/, ''))) hits.add('agrees_to_pay');
  // "Not Friday, I'm working a double. Monday after five." to "Would it help if I called back after payday?": the call's time, set.
  // "Next week. Monday, maybe. Afternoon." to "Is there a day that would be better for me to call?": the same.
  if (text.length <= 100 && (offersCall(previous) || ASKS_TIME_TO_CALL.test(previous)) && TIME_FOR_A_CALL.test(text) && !NEVER_CALL.test(text)) hits.add('requests_callback');
  if (text.length > 40) return;
  const yes = BARE_YES.test(text);
  const no = BARE_NO.test(text);
  if (yes && ASKED_IF_DISPUTES.test(previous)) hits.add('disputes_debt');
  if (no && ASKED_IF_OWES.test(previous)) hits.add('disputes_debt');
  if (yes && ASKED_IF_CEASE.test(previous)) hits.add('requests_cease');
  if (yes && ASKED_IF_CALLBACK.test(previous)) hits.add('requests_callback');
  if (asked.has('good_time_question') && NOT_NOW.test(text)) hits.add('requests_callback');
  if ((BARE_DAY.test(text) || DAY_AND_METHOD.test(text)) && ASKED_WHEN_PAY.test(previous)) hits.add('agrees_to_pay');
  // "Could I do a hundred and twenty?" to "what amount a month would be comfortable?": a sum put forward.
  if (SUM_PUT_FORWARD.test(text) && (asked.has('probe_ability_to_pay') || ASKED_HOW_MUCH.test(previous))) hits.add('agrees_to_pay');
  // "No." to "Am I speaking with Robert Chen?": not the person asked for.
  if (no && asked.has('verify_identity') && !asked.has('good_time_question') && ASKED_IF_THEM.test(previous) && !DEBT_TALK.test(previous)) hits.add('wrong_party');
}

function ordered(hits: Set<RuleLabel>, vocabulary: readonly Act[]): Act[] {
  const acts = vocabulary.filter((a) => a !== 'other' && hits.has(a));
  return acts.length > 0 ? acts : ['other'];
}

/**
 * The acts of one utterance, in the canonical order of AGENT_ACTS / CUSTOMER_ACTS, without
 * duplicates; `['other']` when nothing else applies.
 */
export function classify(u: Utterance): Act[] {
  const text = normalize(u.text);
  if (u.speaker === 'customer') return ordered(customerHits(text, u.context), CUSTOMER_ACTS);
  return ordered(agentHits(text, u.context), AGENT_ACTS);
}

/** The rule layer as a `Classify` function (the shape a learned model shares). */
export const classifyByRules: Classify = Object.assign((u: Utterance) => classify(u), { forOneCall: readingOneCall });
