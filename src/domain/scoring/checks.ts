import { guarded, type GuardedPattern } from '../language/guarded-pattern.ts';
import { claimsRightParty, outcomeOfDisposition } from '../transcript/dispositions.ts';
import { hasAny, isConsumer, previousCustomerTurn, quoteActs, quoteAt, quoteSpan, sentencesCarrying, spansOf, type AnnotatedCall, type AnnotatedTurn, type CallState } from './annotate.ts';
import type { OutcomeResult } from './outcome.ts';
import { callDay, checkRecord, fullBalancePromised } from './record.ts';
import type { Check, CheckKind, ContextField, StateFilter, Term, WhenAbsent } from './rubric-schema.ts';
import { clip, dayOfMonth, findAmount, findDate, findMethod, moneyIn, NO_SETTLEMENT, numbersIn, ORDINAL_WORD, sharesIn, type Found } from './words.ts';

/**
 * The operator table: one evaluator per check kind. A result either holds or not, with the
 * turns and the exact words that decided it, or says which context fields it would need, or
 * that the check does not apply to this call (its trigger never happened).
 *
 * Missing context is handled with three-valued logic: an evaluator asks for a context field
 * only when the answer depends on it (a settlement figure was named, but the authority is
 * unknown). When the words alone settle the question (no settlement was ever offered), the
 * check is decided without it. `all_of` is false as soon as one part is false, and unknown
 * otherwise if a part is unknown; `any_of` is true as soon as one part is true.
 */

/** A decided check: whether it held, and the turns and quoted words that decided it. */
export interface Decided {
  held: boolean;
  /** Turns that decided it; `evidence[i]` quotes `turns[i]`. */
  turns: number[];
  /** The exact words (a sentence or clause of the turn, at most 160 characters). */
  evidence: string[];
  /** Facts from the context or about absences that decided it, in words. */
  facts?: string[];
}
/** A check that needs context fields the transcript does not have. */
export interface NotEvaluable {
  notEvaluable: string[];
}
/** A check whose trigger never happened on this call. */
export interface NotApplicable {
  notApplicable: true;
}
export type CheckResult = Decided | NotEvaluable | NotApplicable;

/** What an evaluator reads: the annotated call and its detected outcome. */
export interface CheckEnv {
  call: AnnotatedCall;
  outcome: OutcomeResult;
}

type Evaluator<K extends CheckKind> = (check: Extract<Check, { kind: K }>, env: CheckEnv) => CheckResult;

const NO: Decided = Object.freeze({ held: false, turns: [], evidence: [] }) as Decided;

/**
 * Within one agent turn: the sentence that takes the request on (`acks`) comes before every
 * sentence that goes on collecting (`acts`), and that one leaves the consumer a choice ("… or do you
 * want to look into the insurance first?").
 */
/**
 * The consumer, or one who speaks for them (an interpreter, a co-obligor): not a listener the
 * consumer let hear the call, whose "I never signed anything for his card" denies their own part.
 */
function speaksAsConsumer(t: AnnotatedTurn): boolean {
  return isConsumer(t) && !(t.speaker === 'third_party' && !t.state.obligorOnLine && !t.state.interpreterOnLine && DENIES_OWN_PART.test(t.text));
}
const DENIES_OWN_PART = guarded(/\bi (?:never|did not|didn'?t) (?:sign|co-?sign|agree to|open)\b[^.?!]*\b(?:his|her|their|dad'?s|mom'?s)\b|\b(?:i'?m|am i|i am) on the hook\b/i);
function acknowledgedFirst(call: AnnotatedCall, turn: AnnotatedTurn, acks: readonly string[], acts: readonly string[]): boolean {
  const spans = spansOf(turn);
  if (spans.length < 2 || !call.classify.byRules) return false;
  let ackAt = -1;
  let firstAsk = -1;
  for (let i = 0; i < spans.length; i++) {
    const found = call.classify.byRules({ text: spans[i]!.text, speaker: 'agent', context: turn.context });
    if (ackAt < 0 && hasAny(found, acks)) ackAt = i;
    if (firstAsk < 0 && hasAny(found, acts)) firstAsk = i;
  }
  // No sentence the rules read as a push ("I've noted it and put a hold on the account … Does that
  // work?"): the model's push is the acknowledgement's own question.
  if (ackAt >= 0 && firstAsk < 0) return true;
  if (ackAt < 0 || firstAsk < ackAt) return false;
  // "Pay the piece they know is theirs now and let the rest ride on the resubmission. Would that
  // work for you?": the ask is for the part not in question, in the acknowledgement or just after it.
  if (firstAsk <= ackAt + 1 && ONLY_THE_UNDISPUTED_PART.test(spans[ackAt]!.text)) return true;
  return firstAsk > ackAt && OFFERS_CHOICE.test(spans[firstAsk]!.text);
}
/** "Pay the piece they know is theirs now and let the rest ride on the resubmission": only what is not in question. */
const ONLY_THE_UNDISPUTED_PART = guarded(/\b(?:let|leave|hold) the rest (?:ride|sit|wait|aside|open)\b|\b(?:part|portion|piece|amount) (?:that )?(?:you|they) (?:know|agree|accept) (?:is|are) (?:yours|theirs|owed)\b/i);
const OFFERS_CHOICE =
  guarded(/\bor (?:do you|would you|you can|you could|if you(?:'d| would)? (?:rather|prefer))\b|\bor (?:wait|hold off|look into|check)\b|\bif (?:it|this|that) (?:does )?turns? out (?:to be )?(?:yours|valid|right|correct)\b|\b(?:if|once) (?:it'?s|it is|you find it'?s|you confirm it'?s) (?:yours|valid|right|correct)\b/i);
/** The consumer catches a figure the agent said ("You said fourteen-fifty"), and the agent's next words own the slip. */
function slipPutRight(call: AnnotatedCall, turn: AnnotatedTurn): boolean {
  const reply = call.turns.find((x) => x.index > turn.index && x.speaker !== 'system');
  if (!reply || reply.speaker === 'agent' || !CATCHES_SLIP.test(reply.text)) return false;
  const answer = call.turns.find((x) => x.index > reply.index && x.speaker !== 'system');
  return answer !== undefined && answer.speaker === 'agent' && OWNS_SLIP.test(answer.text);
}
const CATCHES_SLIP = guarded(/\b(?:you (?:just )?said|i thought you said|that'?s not what you (?:said|told me)|wasn'?t it)\b/i);
const OWNS_SLIP = guarded(/\b(?:i transposed|transposed (?:it|the|that)|i misspoke|i mis-?read|i flipped|my mistake|my bad|slip of the tongue|i said (?:it|that) wrong|(?:sorry|apologies),? (?:i|that was|wrong))\b/i);
/** A payment said to leave the rest owed. */
// "Could you make a good-faith payment of $25 today?": a part paid toward the balance, not a price that closes it.
const PART_PAYMENT = guarded(/\bgood[- ]faith (?:payment|amount|deposit)\b|\b(?:won'?t|will not|doesn'?t|does not|isn'?t going to|is not going to) (?:close|settle|clear|pay) (?:it|this|that|the (?:account|balance))(?: out| off| in full)?\b|\bthe (?:remaining|rest)\b[^.?!]{0,30}\b(?:stays|remains|is still) (?:open|owed|due|on the account)\b|\bgoes (?:toward|towards|against|to) the balance\b[^.?!]{0,40}\b(?:leave|leaves|leaving|would leave)\b|\b(?:a )?settlement on what'?s left\b/i);
/** A fee or charge added on (not "the full charge": a provider's whole bill, the balance itself). */
const FEE_NAMED = guarded(/\b(?:fees?|surcharges?|(?<!\b(?:full|total|whole|original|entire) )charges?|convenience|processing|(?:payment |card )processors?)\b/i);
const INTEREST_NAMED = guarded(/\binterest\b/i);
const NOT_FOUND = 'not found in the call';
const NA: NotApplicable = Object.freeze({ notApplicable: true }) as NotApplicable;

/** Runs one check against an annotated call. */
export function evaluate(check: Check, env: CheckEnv): CheckResult {
  return (EVALUATORS[check.kind] as Evaluator<CheckKind>)(check as never, env);
}

/** True for a result that holds. */
export function isHeld(r: CheckResult): r is Decided {
  return 'held' in r && r.held;
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

function matchesState(state: CallState, when: StateFilter | undefined): boolean {
  if (!when) return true;
  if (when.rpc_verified !== undefined && state.rpcVerified !== when.rpc_verified) return false;
  if (when.third_party_on_line !== undefined && state.thirdPartyOnLine !== when.third_party_on_line) return false;
  if (when.voicemail !== undefined && state.voicemail !== when.voicemail) return false;
  if (when.listener_limited !== undefined && state.listenerLimited !== when.listener_limited) return false;
  if (when.answered_as_consumer !== undefined && state.answeredAsConsumer !== when.answered_as_consumer) return false;
  return true;
}

function isCustomerSide(t: AnnotatedTurn): boolean {
  return t.speaker === 'customer' || t.speaker === 'third_party';
}

/** Quotes each turn for the acts that put it there. */
function heldFor(env: CheckEnv, turns: readonly AnnotatedTurn[], acts: readonly string[]): Decided {
  return quotedOnRead({ held: true, turns: turns.map((t) => t.index) }, () => turns.map((t) => quoteActs(env.call, t, acts)));
}

/**
 * A result whose quotes are made when first read. Most held parts are dropped (a later part of
 * an `all_of` fails, a gate only opens a criterion, a `not` turns them over), and quoting a turn
 * for an act may read its sentences one by one.
 */
function quotedOnRead(result: Omit<Decided, 'evidence'>, quote: () => string[]): Decided {
  let quotes: string[] | undefined;
  return Object.defineProperty(result, 'evidence', { get: () => (quotes ??= quote()), enumerable: true, configurable: false }) as Decided;
}

function whenAbsent(value: WhenAbsent | undefined): CheckResult {
  if (value === 'met') return { held: true, turns: [], evidence: [] };
  if (value === 'not_applicable') return NA;
  return NO;
}

const regexCache = new Map<string, GuardedPattern>();
/** Rubric patterns, compiled once per source (guarded by their literals) and reused across calls. */
function regex(source: string): GuardedPattern {
  let re = regexCache.get(source);
  if (!re) {
    re = guarded(new RegExp(source, 'i'));
    regexCache.set(source, re);
  }
  return re;
}

/** The held parts together: each turn once (its first quote), in call order, and every fact once. */
function merge(results: readonly Decided[]): Decided {
  // Each turn's first quote, by the result and place it comes from: quoted only when read.
  const byTurn = new Map<number, { from: Decided; at: number }>();
  const facts = new Set<string>();
  for (const r of results) {
    r.turns.forEach((t, i) => {
      if (!byTurn.has(t)) byTurn.set(t, { from: r, at: i });
    });
    for (const f of r.facts ?? []) facts.add(f);
  }
  const turns = [...byTurn.keys()].sort((a, b) => a - b);
  const out = quotedOnRead({ held: true, turns }, () =>
    turns.map((t) => {
      const { from, at } = byTurn.get(t)!;
      return from.evidence[at] ?? '';
    }),
  );
  if (facts.size > 0) out.facts = [...facts];
  return out;
}

/** What a recording that began mid-call lacks: the checks of the call's opening report it. */
const LATE_TAPE = 'the opening of the call (the recording began mid-call)';

function missing(fields: Iterable<string>): NotEvaluable {
  return { notEvaluable: [...new Set(fields)].sort() };
}

// ---------------------------------------------------------------------------------------
// Money figures (settlement share, plan instalments) named in a turn or accepted from the customer
// ---------------------------------------------------------------------------------------

const SETTLE_WORDS =
  guarded(/\b(?:mark (?:it|this|the account) (?:as )?closed|nothing (?:more|else|further) owed|(?:take|accept) (?:it|that|this|__amount__|\$[\d,.]+) as (?:payment|paid) in full|(?<!\b(?:batch|batches|transaction|funds|deposit|payment|check|charge|it) )(?:settle|settles|settled)|settles (?:the|your|this|that) (?:[\w-]+ ){0,3}?(?:balance|account|debt|\w*card|loan|line(?: of credit)?|bill)\b|set+le?ment|settling|lump[- ]sum|(?:the )?(?:rest|remainder|remaining balance|difference)(?: of it)? (?:gets|is|will be|would be) (?:waived|forgiven|written off|wiped)|discount(?:ed)?|reduced|reduce|knock(?:ed|ing)? (?:(?:it|that|this|some|a (?:little|bit)|\$?\d[\d,.]*|\w+ (?:percent|dollars|bucks|hundred)) )?(?:off|down (?:to|by))|take off|off the balance|percent off|resolves? (?:it|this|the (?:[\w-]+ ){0,3}?(?:account|balance|debt))|resolves? (?:the|your) \$[\d,.]+ (?:balance|account|debt)|close (?:out )?(?:the|your|this) account|(?<!\bso (?:we|i|you) can (?:just )?)close (?:it|this|the whole thing) out|account zeroed|zero (?:it|(?:the|this|that)(?: whole)? (?:account|balance|thing|debt)) out|for less|(?:\d+ ?(?:%|percent)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))? percent) of (?:the|your) (?:balance|total|amount)|(?:you'?d|you would|you'?ll|you will) save __amount__|(?:you'?d|you would|you'?ll|you will) save \$|call it (?:even|paid|settled|done)|paid in full for|in full satisfaction|one[- ]time (?:deal|offer|thing|discount))\b|% off/i);

interface Figure {
  turn: AnnotatedTurn;
  found: Found;
  /** Share of the balance the consumer would pay, when named as a percentage. */
  pct: number | null;
  /** Sum named, when named as money. */
  amount: number | null;
  /** Named as a discount ("$400 off"): the consumer pays the balance minus this. */
  discount: boolean;
  /** A rough share ("almost half off"), which the sum named beside it outweighs. */
  hedged?: boolean;
}

const MONEY_DISCOUNT_BEFORE =
  // "would take $2,436 to close it out" accepts a sum; "take off $960", "we won't ask you for the remaining $1,275", "nobody collects the remaining $7,940" let one go.
  /(?:(?:discount|reduction|knock|save|saving|savings|waive|waiving|forgive|forgiving)\w*\s+(?:(?:you|him|her|them)\s+)?(?:of\s+|off\s+)?(?:about\s+|up to\s+)?|\b(?:take|taking|took)\s+off\s+(?:about\s+|up to\s+)?|\b(?:pursu(?:e|es|ed|ing)|collect(?:s|ed|ing)?|ask(?:s|ed|ing)?(?:\s+(?:you|him|her|them))?\s+for|chas(?:e|es|ed|ing)|come after(?:\s+(?:you|him|her|them)\s+for)?)\s+(?:the\s+)?(?:remaining|other|rest of the|leftover)\s+|\b(?:won'?t|will not|wouldn'?t|would not|no longer|don'?t|do not|never)\s+(?:have to\s+)?(?:owe|pay)\s+(?:the\s+)?(?:remaining|rest of the|other|leftover)?\s*)$/i;
// "$960 off", "$960 is being forgiven", "$960 waived": the part let go, not the sum paid.
/** A sum taken or put forward by the agent: "let's do two thousand", "I can take fifteen hundred". */
const ACCEPTS_SUM = guarded(/^(?![^]*\b(?:not|never|cannot|can'?t|won'?t|isn'?t)\b)[^]*\b(?:let'?s do|let us do|i can do|we can do|i'?ll take|we'?ll take|i will take|we will take|i can (?:take|accept)|we can (?:take|accept))\b/i);
/** The rest let go, said in words: "the remaining eleven hundred fifty is waived". */
const WAIVED_REST = guarded(/\b(?:remaining|rest|remainder|difference|other)\b[^.?!]{0,40}\b(?:is|are|will be|would be|gets?)[\s,]+(?:(?:uh|um|er|like)[\s,]+)?(?:being\s+)?(?:waived|forgiven|written off|wiped out|taken off|knocked off)\b|\b(?:won'?t|will not|don'?t|do not|no longer|never) (?:owe|have to pay|pay|be asked for) (?:the )?(?:remaining|rest|remainder|difference|other)\b(?:\s+(?:\$?[\d,.]+|(?!and\b)[a-z-]+)){0,4}/i);
const MONEY_DISCOUNT_AFTER = guarded(/^\s*(?:off\b|(?:less|under|below) than (?:the|your) (?:full )?(?:balance|total|amount)\b|less (?:than what you owe|off)\b|(?:is|are|will be|would be|gets?|being)\s+(?:being\s+)?(?:forgiven|waived|written off|taken off|knocked off|saved|discounted)\b|(?:forgiven|waived|written off|in savings|savings)\b|(?:won'?t|will not|wouldn'?t|would not|will never|is not going to|isn'?t going to) be (?:collected|owed|due|pursued|charged|billed|asked for)\b|(?:is|are) (?:not|no longer) (?:owed|due|collectible)\b|you(?:'re| are) not (?:paying|going to pay|going to owe)\b|you (?:don'?t|do not|won'?t|will not|never) (?:have to |need to )?pay\b|(?:you )?(?:save|saved|saving)\b)/i);

/** Settlement figures in the settlement sentences of a turn. */
/**
 * A sentence that turns a figure down ("Forty percent is well below what I'm authorized to
 * accept", "I can't go that low"): its figures are the consumer's, refused, not an offer.
 */
const SELF_CORRECTED = guarded(/^[^.?!]{0,10}(?:[-,—–]\s*|\.\s*)?(?:sorry|i mean|i meant|correction|let me correct|excuse me|my mistake|my bad|scratch that|no,? wait)\b/i);
/** A figure taken back just after it is said: "— no, hold on, that's sixty percent, I did that wrong". */
const CORRECTS_ITSELF = guarded(/^[^.?!]{0,12}(?:[-,—–]\s*|\.\s*)?(?:no,? (?:hold on|wait|sorry)|hold on|wait|sorry|i mean|i meant|correction|scratch that|my mistake|my bad)\b[^]{0,60}\b(?:wrong|mistake|misspoke|i mean|i meant|let me (?:redo|re-?do|fix|correct)|that'?s not right)\b|^\s*[-,—–.]?\s*(?:i did (?:that|it|the math) wrong|that'?s wrong|i got (?:that|it) wrong|i misspoke|that'?s not right|my mistake|my bad)\b/i);
/** A sum said later in the figure's turn that is within authority and short of the balance: the figure put right. */
function putRightWithin(f: Figure, balance: number | undefined, authority: number): boolean {
  if (balance === undefined || balance <= 0) return false;
  return moneyIn(f.turn.text).some((m) => m.start > f.found.end && m.value !== null && m.frequency === null && m.value < balance * 0.995 && (m.value / balance) * 100 >= authority - 1e-6);
}
const CHARGES_AFTER = guarded(/^\s*(?:in|of) (?:accrued |added |deferred )?(?:interest|fees?|late (?:fees?|charges)|charges|penalties)\b/i);
const TURNS_DOWN =
  guarded(/\bmore of a (?:reduction|discount|cut) than (?:i|we)(?:'m| am| are)? (?:able|allowed|authori[sz]ed) to (?:approve|accept|take|do|give)\b|\b(?:cannot|can'?t|can not|could not|couldn'?t) do (?:half|fifty percent|50 ?%|that(?: much| low)?|(?:a |the )?\w+ percent)\b|\b(?:below|under|less than|lower than)\b[^.?!]{0,30}\b(?:authori[sz]ed|allowed|able to|can (?:accept|go|do|approve))|\b(?:cannot|can'?t|won'?t|unable to|not able to|not authori[sz]ed to|not allowed to)\s+(?:\w+\s+){0,2}?(?:accept|take|approve|(?:settle|close)(?: it| this| that| the (?:account|balance))?(?: out)? for|go (?:that|as|so) low|go (?:down )?(?:to|below|under|lower))\b|\btoo low\b|\b(?:\d|hundred|thousand|grand|half|percent)\w*,? (?:i|we) (?:cannot|can'?t|can not|could not|couldn'?t|am not able to|'m not able to) (?:do|accept|take|approve)\b(?![^.?!]*\bbut\b)|\b(?:not|isn'?t|is not) (?:something|an amount|a number|an offer|a figure) (?:i'?m|i am|we'?re|we are|that i'?m|that we'?re) (?:able|allowed|authori[sz]ed|permitted) to (?:accept|take|approve)\b/i);

/** An exception approved on the call: "my supervisor approved $40 a month", "the client signed off on it". */
const EXCEPTION_APPROVED =
  guarded(/\b(?:my |the |our )?(?:supervisor|manager|team lead|client|creditor)(?: has| just)? (?:approved|authori[sz]ed|okayed|ok'?d|signed off on|agreed to|accepted|allowed)\b(?=[^.?!]{0,40}(?:\$|\d|\b(?:a month|monthly|per month|exception|arrangement|hardship|payment plan|lower payment|smaller payment|that amount|it|that)\b))(?![^.?!]{0,30}\b(?:not|never|legal|lawsuit|suit|court)\b)/i);

/** A sentence about the tax on forgiven debt ("amounts of $600 or more go to the IRS on a 1099-C"): its figures are the law's. */
const TAX_TALK = guarded(/\b(?:irs|1099|internal revenue|tax(?:es|able)?)\b/i);
/** A sentence about instalments: "over twelve months it'd be $246", "$150 a month". */
const INSTALMENT_TALK = guarded(/\b(?:over|across|for) (?:\w+ ){0,2}(?:months|weeks|payments)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: more| equal| monthly| weekly)? (?:payments|instal?lments) of\b|\b(?:final|last) (?:payment|instal?lment) of\b|\b(?:a|per|each|every) (?:month|week)\b|\b(?:monthly|weekly|bi-?weekly|instal?lments?|payment plan)\b/i);
/** The plan's last, smaller payment that closes the account: "then $18.40 to close it out". */
const CLOSING_INSTALMENT = /\b(?:then|and|plus|with)(?: a (?:last|final|smaller) (?:one|payment|instal\w*) of)? (?:\$\s?[\d,.]+|__amount__|[a-z]+(?:[- ][a-z]+)* (?:dollars|bucks))(?: \w+)? to (?:close|pay|finish) (?:it|this|the (?:account|balance)) (?:out|off)\b/gi;
/** A payment dated for a day of the month: "date it the 20th", "a check dated March 20th", "post-date it for the fifteenth". */
const DAY_WORDS = `(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? )?(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD})\\b`;
const DATED_FOR = new RegExp(`\\b(?:post[- ]?dated?|dated?)(?: (?:it|this|that|them|the (?:check|cheque|payment|draft)))?(?: (?:for|to|on|as))?(?: the)? ${DAY_WORDS}`, 'gi');
/** The agent's day for running it: "I'll send it through on the 17th", "we deposit it the 18th". */
// "we run our check batch Monday the 31st": the batch run on a weekday and a day; "send it through with the batch on the 22nd".
// "We'll run it through as soon as it lands, probably around the 20th": the day it is run, said after a pause.
const RUN_ON = new RegExp(
  `\\b(?:send|put|push|run|deposit|process|present|submit|cash|draft)\\w*(?: (?:it|this|that|them|the (?:check|cheque|payment|draft)|(?:our|the|a) (?:check |payment |ach |deposit )?(?:batch|batches|run|deposits?)))? (?:through |in )?(?:with (?:the|our|a) (?:[\\w-]+ )?batch(?:es)? )?(?:[^.?!\\d]{0,40}?\\b(?:around|about|roughly|by) )?(?:on |for )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:the )?${DAY_WORDS}`,
  'gi',
);
const RUN_NEGATED = guarded(/\b(?:not|never|won'?t|will not|don'?t|do not|can'?t|cannot|wouldn'?t)\s+(?:\w+\s+)?$/i);
const MAYBE_DATED = guarded(/\bdate/i);
/** A payment sent through the day of the call: "our system batches same day, so it'll go out today", "submit it with tonight's batch". */
const RUN_TODAY = guarded(/\b(?:(?:it|that|this|the (?:check|payment|draft))(?:'ll| will)? (?:go|goes|going) (?:out|through)|(?:run|process|deposit|submit|send|draft|present)\w*(?: it| that| this| the (?:check|payment|draft))?(?: through)?)\b[^.?!]{0,20}\b(?:today|tonight)\b|\bruns? the (?:same )?day it(?:'s| is) (?:keyed|entered|put) in\b/i);
const MAYBE_DATED_OR_RUN = guarded(/\bdate|\b(?:send|put|push|run|deposit|process|present|submit|cash|draft)/i);
function ordinal(day: number): string {
  const tens = day % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
  return `${day}${suffix}`;
}

/** A sum said in words: "fifteen hundred", "two thousand", "three grand". */
const SPOKEN_SUM = guarded(/\b(?:hundred|thousand|grand)\b/i);
/** A figure named as a threshold, not a sum: "$600 or more", "at least $50". */
const THRESHOLD_AFTER = guarded(/^\s*(?:or (?:more|less|above|over|higher|greater|under|below)|and (?:up|above|over))\b/i);
const THRESHOLD_BEFORE = guarded(/\b(?:at least|more than|less than|over|above|under|below|exceeding|in excess of)\s+$/i);

function settlementFigures(turn: AnnotatedTurn, wholeTurn: boolean): Figure[] {
  const out: Figure[] = [];
  // "Five hundred on the twentieth. That won't close it out, but it brings it down to $1,142.18": a
  // part paid, the rest still owed, settles nothing.
  if (PART_PAYMENT.test(turn.text)) return out;
  for (const span of spansOf(turn)) {
    // "eleven payments, then $18.40 to close it out": the plan's last instalment pays off the rest.
    // "No settlement; instead $150 by mailed check on the 1st of each month": a settlement ruled out is no talk of one.
    const unsettled = span.text.replace(NO_SETTLEMENT, ' ');
    const settleTalk = SETTLE_WORDS.test(INSTALMENT_TALK.test(unsettled) ? unsettled.replace(CLOSING_INSTALMENT, ' ') : unsettled);
    if (!wholeTurn && !settleTalk) continue;
    if (TURNS_DOWN.test(span.text) || TAX_TALK.test(span.text)) continue;
    // "Let's look at monthly. Over twelve months it'd be about $246", "22 payments of $175 and a final
    // payment of $30": a plan's instalments.
    if (wholeTurn && !settleTalk && INSTALMENT_TALK.test(span.text)) continue;
    for (const s of sharesIn(span.text)) {
      const hedged = HEDGED_SHARE.test(span.text.slice(Math.max(0, s.start - 20), s.start));
      out.push({ turn, found: { start: span.start + s.start, end: span.start + s.end }, pct: s.pct, amount: null, discount: false, hedged });
    }
    let added = false;
    for (const m of moneyIn(span.text)) {
      if (m.frequency !== null || m.isBalance || m.value === null) continue;
      if (THRESHOLD_AFTER.test(span.text.slice(m.end, m.end + 20)) || THRESHOLD_BEFORE.test(span.text.slice(Math.max(0, m.start - 20), m.start))) continue;
      // "Your dispute of the $1,180.00 in interest stays noted": charges named, not a sum to pay.
      if (CHARGES_AFTER.test(span.text.slice(m.end, m.end + 30))) continue;
      // "roughly another nine hundred dollars on top": a sum added to the balance, not a price for it.
      if (EXTRA_BEFORE.test(span.text.slice(Math.max(0, m.start - 20), m.start).replace(/\b(?:roughly|about|around|nearly|almost|like|some)\s+$/i, '')) || ON_TOP_AFTER.test(span.text.slice(m.end, m.end + 20))) {
        added = true;
        continue;
      }
      const discount =
        MONEY_DISCOUNT_BEFORE.test(span.text.slice(Math.max(0, m.start - 30), m.start)) ||
        MONEY_DISCOUNT_AFTER.test(span.text.slice(m.end, m.end + 30));
      out.push({ turn, found: { start: span.start + m.start, end: span.start + m.end }, pct: null, amount: m.value, discount });
    }
    // "my supervisor's gonna let me do the fifteen hundred to settle it in full": a speech-to-text
    // export writes the sum in words, with no dollar sign or "dollars" to mark it.
    // "So five hundred on February twenty-seventh and four fifty-five on March twenty-seventh, nine
    // fifty-five total": the sums read as money are not all the sums said.
    const inSpan = out.filter((f) => f.turn === turn && f.found.start >= span.start && f.found.start < span.start + span.text.length);
    // "Yeah, let's do two thousand. That'll settle it.": the sum in one sentence of a turn that settles in another.
    if ((settleTalk || (wholeTurn && ACCEPTS_SUM.test(span.text))) && !added && SPOKEN_SUM.test(span.text) && !/[$\d]/.test(span.text) && !INSTALMENT_TALK.test(span.text) && (inSpan.length === 0 || (inSpan.every((f) => f.pct === null) && SAYS_TOTAL.test(span.text)))) {
      // "the remaining eleven hundred fifty is waived": the sum let go, not the price.
      const waivedAt = WAIVED_REST.exec(span.text);
      const waived = new Set(waivedAt ? numbersIn(waivedAt[0]) : []);
      for (const n of numbersIn(span.text)) {
        if (n >= 100 && Number.isInteger(n) && !inSpan.some((f) => f.amount === n)) out.push({ turn, found: { start: span.start, end: span.start + span.text.length }, pct: null, amount: n, discount: waived.has(n) });
      }
    }
  }
  // "$1,800. That's almost half off.": a rough share beside the sum itself says no other price.
  return out.some((f) => f.amount !== null) ? out.filter((f) => !f.hedged) : out;
}
/** A sum named as the whole of what is paid: "nine fifty-five total". */
const SAYS_TOTAL = guarded(/\b(?:total|in all|altogether|all together)\b/i);
/** Words that make a share a rough one: "almost half off", "about 60 percent". */
const HEDGED_SHARE = guarded(/\b(?:almost|nearly|about|around|roughly|approximately|close to|just (?:over|under)|a little (?:over|under|more than|less than)|more than|less than|over|under)\s+$/i);

/**
 * The sums of a turn that are instalments of a larger sum it names, not offers of their own:
 * "$2,200 in two payments: $1,100 on the 16th and $1,100 on the 30th". A part is a whole number
 * of times smaller than the sum (2 to 24 payments), or the parts together make it. The balance
 * itself is no sum to be split into.
 */
function instalmentsOfAnother(figures: readonly Figure[], balance: number | undefined): Set<Figure> {
  const parts = new Set<Figure>();
  const sums = figures.filter((f) => f.amount !== null && !f.discount);
  if (sums.length < 2) return parts;
  for (const whole of sums) {
    const total = whole.amount!;
    if (balance !== undefined && total >= balance * 0.995) continue;
    const smaller = sums.filter((f) => f.amount! < total - 0.005);
    if (smaller.length === 0) continue;
    const together = smaller.reduce((sum, f) => sum + f.amount!, 0);
    for (const f of smaller) {
      const times = total / f.amount!;
      const count = Math.round(times);
      if (Math.abs(together - total) < 0.01 * smaller.length || (count >= 2 && count <= 24 && Math.abs(times - count) * f.amount! < 0.01 * count)) parts.add(f);
    }
  }
  return parts;
}

/**
 * A settlement said as its instalments, with no total ("the settlement in two payments: $2,158.75
 * now and $2,158.75 in thirty days"): the parts stand for their sum.
 */
function joinedInstalments(turn: AnnotatedTurn, figures: Figure[], balance: number | undefined): Figure[] {
  const sums = figures.filter((f) => f.amount !== null && !f.discount && f.turn === turn);
  if (sums.length < 2 || !IN_PAYMENTS.test(turn.text) || instalmentsOfAnother(figures, balance).size > 0) return figures;
  const total = sums.reduce((sum, f) => sum + f.amount!, 0);
  if (balance !== undefined && total >= balance * 0.995) return figures;
  const joined: Figure = { turn, found: { start: sums[0]!.found.start, end: sums[sums.length - 1]!.found.end }, pct: null, amount: total, discount: false };
  return [...figures.filter((f) => !sums.includes(f)), joined];
}
// "$2,000 on October 1st and $2,000 on November 15th, both from your checking": the two parts of one sum.
// "$470 on June 15th and $470 on July 15th, and it's settled in full": the second part named with its day, then the settling.
const IN_PAYMENTS = guarded(/\band \$?\d[\d,.]*(?: dollars)? on [^.?!]{0,40}\b(?:(?:it'?s|it is|that'?s|that is|is) )?(?:settled|settles|closes|resolves|closed|resolved)\b|\b(?:in|over|across|as) (?:two|three|four|2|3|4) (?:payments|instal?lments|parts|chunks|pieces)\b|\bsplit (?:it|that|this|the settlement|the payment)\b|\bboth (?:from|on|by|drafted|charged|payments)\b|\bonce both (?:clear|post|go through)\b|\bboth (?:have to|need to|must) (?:come in|clear|post|be paid|go through)\b/i);

// "So $600 in late fees disputed": the charges named, then the dispute of them.
const CHARGES_DISPUTED = guarded(/\b(?:you(?:'re| are)? disput\w*|(?:is|are|being) disputed|your dispute (?:of|about|over)|won'?t (?:try to )?collect (?:that|those|on)|not (?:going to )?collect(?:ing)? (?:that|those|on))\b(?:[^.!?]|\.\d){0,80}\b(?:fees?|charges?|interest)\b|\b(?:fees?|charges?|interest) (?:are |is |were |was |being |now )?(?:disputed|in dispute|marked disputed)\b/i);
const CHARGES_ARE_THE_DEBT = guarded(/^\s*(?:in|for|of)\s+(?:[\w-]+\s+){0,3}?(?:charges?|fees?)\b/i);

/**
 * A turn that reads the balance out as its parts (or names the balance as the creditor's charges, or
 * the charges the consumer disputes): two or more of its sums add up to the balance
 * ("$1,212.00 … interest of $137.55 and one late fee of $40.00 … charged off at $1,389.55"). The
 * fees in it are the creditor's, already in the debt, not charges the agency adds.
 */
function itemizesBalance(turn: AnnotatedTurn, balance: number | undefined): boolean {
  if (balance === undefined || balance <= 0) return false;
  // "I'm noting that you dispute $340.00 of the balance, the $215.00 in late fees": charges the consumer disputes, not charges added.
  if (CHARGES_DISPUTED.test(turn.text)) return true;
  // "a balance from Sunridge Apartments for $1,650.00 in move-out charges": the charges are the debt itself.
  if (moneyIn(turn.text).some((m) => m.value !== null && Math.abs(m.value - balance) < 0.005 && CHARGES_ARE_THE_DEBT.test(turn.text.slice(m.end, m.end + 40)))) return true;
  const values = moneyIn(turn.text)
    .map((m) => m.value)
    .filter((v): v is number => v !== null && v > 0 && Math.abs(v - balance) >= 0.005)
    .slice(0, 10);
  for (let mask = 1; mask < 1 << values.length; mask++) {
    if ((mask & (mask - 1)) === 0) continue; // two parts at least
    let sum = 0;
    for (let k = 0; k < values.length; k++) if (mask & (1 << k)) sum += values[k]!;
    if (Math.abs(sum - balance) < 0.015) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Evaluators
// ---------------------------------------------------------------------------------------

/** The agent says the consumer asked for this call: "You'd asked me on Monday to call you back today", "calling you back as you asked". */
const CALL_ASKED_FOR =
  guarded(/\byou(?:'d| had| have)? asked (?:me |us )?(?:on \w+ |yesterday |earlier |last \w+ )?to (?:call|give you a call|try you|reach you|ring you)\b|\b(?:calling|call) (?:you )?back (?:like|as) you (?:asked|requested)\b|\bthe (?:call ?back|callback|call) you (?:asked for|requested|scheduled|set up|booked)\b/i);
const DEFAULT_SETTLEMENT_ACTS = ['offer_settlement', 'secure_commitment', 'recap_terms'] as const;
const DEFAULT_PLAN_ACTS = ['offer_payment_plan', 'secure_commitment', 'recap_terms'] as const;
const COMMITMENT_ACTS = ['secure_commitment', 'agrees_to_pay'] as const;
const COMMITMENT_TERM_ACTS = ['secure_commitment', 'recap_terms', 'offer_payment_plan', 'offer_settlement', 'request_full_payment'] as const;
/** A balance as it stood before: "the balance was", "the original balance", "at charge-off it was". */
const PAST_BALANCE =
  guarded(/\b(?:balance|amount|loan|it|payoff|pay-?off amount)(?: (?:on|of|under) (?:the|your|that) \w+)?(?: at that (?:point|time))? (?:was|were|had been|stood at|came to)\b|\b(?:when|once|before) (?:the|your|that) (?:\w+ )?(?:was|got) (?:repossessed|repoed|sold|auctioned|charged off|taken)\b|\b(?:original|starting|opening|charge-?off|pre-?sale) (?:balance|amount|loan)\b|\b(?:at|before|after) (?:the )?(?:charge-?off|repossession|repo|sale|auction)\b/i);
const BALANCE_WORDS = guarded(/\b(?:balance|you owe|owing|owed|amount (?:due|owed)|outstanding|total(?: due)?|past[- ]due|the debt (?:is|of|for)|payoff|(?:the )?(?:number|amount|figure) to pay|(?:it'?s|it is|that'?s|that is|comes to|brings it to) \$\s?[\d,.]+ now|full (?:charge|amount|bill)|what (?:i'?m|i am|we'?re|we are) showing)\b/i);
/** A sum added on top of the payment, not the payment: "an extra $5", "another five bucks". */
const EXTRA_BEFORE = guarded(/\b(?:extra|additional|another)\s+$/i);
/** A sum added on: "$900 on top", "nine hundred dollars more". */
const ON_TOP_AFTER = guarded(/^\s*(?:dollars\s+)?(?:on top|more\b|extra\b)/i);
/** The sum at [start, end) is named as the balance or the total: "the whole $3,410 balance", "$3,410 total". */
function namedAsBalance(text: string, start: number, end: number): boolean {
  return SUM_AS_BALANCE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || SUM_AS_BALANCE_AFTER.test(text.slice(end, end + 20));
}
/** Words that may name a sum as the balance or the total beside a plan's terms (tried before reading the sums). */
const TOTAL_NAMED = guarded(/\b(?:whole|full|entire|total|remaining|altogether)\b|\bbalance (?:of|is|comes to)\b/i);
const SUM_AS_BALANCE_BEFORE = guarded(/\b(?:the (?:whole|full|entire|total|remaining) |(?:a |the )?total (?:of |balance of )?|(?:the |your )?balance (?:of |is |comes to ))$/i);
const SUM_AS_BALANCE_AFTER = guarded(/^,? (?:balance|total|in total|altogether)\b/i);
/** A balance's growth, not an instalment: "It does, by roughly thirty-two dollars a month", "interest adds about $30 a month". */
const GROWTH_BY = guarded(/\b(?:does|grows?|grew|goes up|went up|increases?|increased|rises?|rose|climbs?|accrues?|accrued)\b[^.?!]{0,12}\bby\s+(?:roughly |about |around |approximately |nearly |almost |only |just )?$/i);
const INTEREST_OF = guarded(/\b(?:interest|accru\w*)\b[^.?!]{0,25}\b(?:adds?|added|tacks? on|accrues?|accrued|runs?|comes to|is|of)\s+(?:roughly |about |around |approximately |nearly |almost |only |just |another )?$/i);
function grows(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return GROWTH_BY.test(before) || INTEREST_OF.test(before);
}
/** Days past a dated payment's day beyond which a run on that day of the month is the month before. */
const MONTH_TURNS = 20;
/** The wall-clock time in a local timestamp: `2026-04-16T21:40:00`, `2026-04-16 9:40 PM`. */
const CLOCK = guarded(/(?:T|\s|^)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?/i);

/** Seconds after midnight of a context timestamp's wall-clock time, or null. */
function secondsOfDay(stamp: unknown): number | null {
  const m = typeof stamp === 'string' ? CLOCK.exec(stamp) : null;
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  let hours = Number(m[1]);
  const meridiem = m[4]?.toLowerCase();
  if (meridiem?.startsWith('p') && hours < 12) hours += 12;
  if (meridiem?.startsWith('a') && hours === 12) hours = 0;
  return hours * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

function clockSeconds(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 3600 + m * 60;
}

function clockText(seconds: number): string {
  const s = ((seconds % 86_400) + 86_400) % 86_400;
  return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;
}

/** "My phone says 9:06", "it's after nine": the hour said on the line. */
const SAID_CLOCK =
  guarded(/\b(?:it'?s|it is|(?:clock|phone|watch|time) (?:says|reads|shows)|right now it'?s|it'?s already|already)\s+(?:(past|after)\s+)?(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|o'?clock|at night|in the (?:morning|evening))?(?![\d%$]|\s*(?:dollars|bucks|percent|days?|weeks?|months?|years?|minutes?|hours?|times|payments?|of)\b)/i);
/** "[call timer 00:08:14]", "elapsed: 08:14", "[on hold until 00:07:49]": how long the call has run. */
const CALL_TIMER = guarded(/\b(?:call timer|timer|elapsed(?: time)?|call duration|duration)\s*:?\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\b|\b(?:until|till|up to|resumes? at)\s+(0?0):(\d{2}):(\d{2})\b/i);
/** How far past the start a clock said on a call may lie (beyond it, the words are not about now). */
const CALL_SPAN = 4 * 3600;

/**
 * The consumer's local time at a turn, when the turn tells it: a call timer added to the start,
 * or a time of day said on the line, read as the hour nearest after the start ("9:06" on a call
 * that began at 20:58 is 21:06).
 */
function clockAt(text: string, startAt: number): number | null {
  const timer = CALL_TIMER.exec(text);
  // "[no speech to the caller until 00:07:49]": a recorder's offset from the start, hours first.
  if (timer) return timer[2] !== undefined ? startAt + Number(timer[1] ?? 0) * 3600 + Number(timer[2]) * 60 + Number(timer[3]) : startAt + Number(timer[4]) * 3600 + Number(timer[5]) * 60 + Number(timer[6]);
  const said = SAID_CLOCK.exec(text);
  if (!said) return null;
  const hour = Number(said[2]);
  const minutes = said[3] === undefined ? (said[1] ? 1 : 0) : Number(said[3]);
  if (hour > 23 || minutes > 59 || (said[3] === undefined && !said[1] && !said[4])) return null;
  const tag = said[4]?.toLowerCase() ?? '';
  const candidates = hour >= 13 ? [hour] : tag.startsWith('p') || tag.includes('night') || tag.includes('evening') ? [hour % 12 + 12] : tag.startsWith('a') || tag.includes('morning') ? [hour % 12] : [hour % 12, hour % 12 + 12];
  let best: number | null = null;
  for (const h of candidates) {
    for (const day of [0, 86_400]) {
      const at = h * 3600 + minutes * 60 + day;
      const after = at - startAt;
      if (after >= -600 && after <= CALL_SPAN && (best === null || at < best)) best = at;
    }
  }
  return best;
}
const STATE_KEYS = { rpc_verified: 'rpcVerified', third_party_on_line: 'thirdPartyOnLine', voicemail: 'voicemail' } as const;
const MONTHLY_FACTOR = { month: 1, biweek: 26 / 12, week: 52 / 12 } as const;

const EVALUATORS: { [K in CheckKind]: Evaluator<K> } = {
  agent_act(check, env) {
    let pool = env.call.agentTurns;
    if (check.within_last_agent_turns !== undefined) pool = pool.slice(-check.within_last_agent_turns);
    const unless = check.unless === undefined ? null : regex(check.unless);
    const hits = pool.filter(
      // An exception clears a turn only when it covers every sentence that carries the act.
      (t) =>
        matchesState(t.state, check.when) &&
        hasAny(t.acts, check.acts) &&
        !(check.except !== undefined && hasAny(t.acts, check.except)) &&
        !(unless && sentencesCarrying(env.call, t, check.acts).every((q) => unless.test(q))) &&
        !(check.unless_itemizing_balance && itemizesBalance(t, env.call.context.debt_amount_claimed)),
    );
    if (check.require === 'all') {
      const firsts: AnnotatedTurn[] = [];
      for (const act of check.acts) {
        const first = hits.find((t) => t.acts.includes(act));
        if (!first) return NO;
        if (!firsts.includes(first)) firsts.push(first);
      }
      return heldFor(env, firsts, check.acts);
    }
    if (hits.length < (check.min_count ?? 1)) return NO;
    return heldFor(env, check.first_only ? hits.slice(0, 1) : hits, check.acts);
  },

  customer_act(check, env) {
    const unless = check.unless === undefined ? null : regex(check.unless);
    const hits = env.call.turns.filter((t) => isCustomerSide(t) && hasAny(t.acts, check.acts) && !(unless !== null && unless.test(t.text)));
    return hits.length > 0 ? heldFor(env, hits, check.acts) : NO;
  },

  state_reached(check, env) {
    if (check.state === 'recording_joined_late') return env.call.joinedLate ? { held: true, turns: [], evidence: [], facts: [LATE_TAPE] } : NO;
    if (check.state === 'inbound') return env.call.inbound ? { held: true, turns: [], evidence: [], facts: ['the consumer called in'] } : NO;
    if (check.state === 'line_ended') return env.call.lineEnded ? { held: true, turns: [], evidence: [], facts: ['the line went dead before the call was closed'] } : NO;
    if (check.state === 'cut_short') return env.call.cutShort ? { held: true, turns: [], evidence: [], facts: ['the line went dead before the agent got to the debt'] } : NO;
    const key = STATE_KEYS[check.state];
    // Verification counts once the agent speaks on it, or it stands at the end: a date of birth the
    // agent at once finds wrong ("that doesn't match what I have") verified no one.
    const first =
      key === 'rpcVerified'
        ? env.call.turns.find((t) => t.state.rpcVerified && (t.speaker === 'agent' || env.call.final.rpcVerified || env.call.agentTurns.some((a) => a.index > t.index && a.state.rpcVerified)))
        : env.call.turns.find((t) => t.state[key] && !(check.before_verification === true && t.state.rpcVerified));
    return first ? { held: true, turns: [first.index], evidence: [clip(first.text)] } : NO;
  },

  act_before_verification(check, env) {
    if (env.call.joinedLate) return missing([LATE_TAPE]);
    const hits = env.call.agentTurns.filter(
      (t) => !t.state.rpcVerified && matchesState(t.state, check.when) && hasAny(t.acts, check.acts),
    );
    return hits.length > 0 ? heldFor(env, hits, check.acts) : NO;
  },

  act_after_verification(check, env) {
    const verified = env.call.agentTurns.filter((t) => t.state.rpcVerified);
    if (check.require === 'any') {
      const first = verified.find((t) => hasAny(t.acts, check.acts));
      return first ? heldFor(env, [first], check.acts) : NO;
    }
    const firsts: AnnotatedTurn[] = [];
    for (const act of check.acts) {
      const first = verified.find((t) => t.acts.includes(act));
      if (!first) return NO;
      if (!firsts.includes(first)) firsts.push(first);
    }
    firsts.sort((a, b) => a.index - b.index);
    return heldFor(env, firsts, check.acts);
  },

  required_before(check, env) {
    if (env.call.joinedLate) return missing([LATE_TAPE]);
    for (const t of env.call.agentTurns) {
      // Said in the same turn counts as said first: the order inside one breath is not graded.
      // A disclosure told only to someone else on the line ("This is an attempt to collect a debt …"
      // "No, this is her husband.") is not told to the consumer verified later.
      if (t.acts.includes(check.act) && !(check.only_after_verification && t.state.thirdPartyOnLine && !t.state.rpcVerified)) return NO;
      if (check.only_after_verification && !t.state.rpcVerified) continue;
      if (hasAny(t.acts, check.before)) {
        const out = heldFor(env, [t], check.before);
        out.facts = [`'${check.act}' not said before turn ${t.index}`];
        return out;
      }
    }
    return NO;
  },

  act_after_customer_act(check, env) {
    const pattern = check.customer_pattern === undefined ? null : regex(check.customer_pattern);
    const unless = check.customer_unless === undefined ? null : regex(check.customer_unless);
    const agentUnless = check.agent_unless === undefined ? null : regex(check.agent_unless);
    const answering = check.unless_answering === undefined ? null : regex(check.unless_answering);
    const trigger = env.call.turns.find(
      (t) =>
        (check.by_consumer ? speaksAsConsumer(t) : isCustomerSide(t)) &&
        (hasAny(t.acts, check.customer_acts) || (pattern !== null && pattern.test(t.text))) &&
        !(unless !== null && unless.test(t.text)) &&
        !(check.customer_except_acts !== undefined && hasAny(t.acts, check.customer_except_acts)),
    );
    if (!trigger) return whenAbsent(check.when_absent);
    // The consumer's later go-ahead ("No, now's fine, I'm home") clears the turns after it.
    const consent =
      unless === null ? undefined : env.call.turns.find((t) => t.index > trigger.index && isCustomerSide(t) && unless.test(t.text));
    const roundWords = check.until_customer_pattern === undefined ? null : regex(check.until_customer_pattern);
    const cameRound =
      check.until_customer_acts === undefined && roundWords === null
        ? undefined
        : env.call.turns.find((t) => t.index > trigger.index && isCustomerSide(t) && ((check.until_customer_acts !== undefined && hasAny(t.acts, check.until_customer_acts)) || (roundWords !== null && roundWords.test(t.text))));
    const hits: AnnotatedTurn[] = [];
    let seen = 0;
    // After an acknowledgement, the consumer who says it again ("I don't owe this. I'm disputing
    // it.") opens the window again: pressing on after that is the violation.
    let acknowledgedAt: number | null = null;
    for (const t of env.call.agentTurns) {
      if (t.index <= trigger.index) continue;
      if (acknowledgedAt !== null) {
        const again = env.call.turns.some(
          (x) => x.index > acknowledgedAt! && x.index < t.index && (check.by_consumer ? speaksAsConsumer(x) : isCustomerSide(x)) && (hasAny(x.acts, check.customer_acts) || (pattern !== null && pattern.test(x.text))) && !(unless !== null && unless.test(x.text)) && !(check.customer_except_acts !== undefined && hasAny(x.acts, check.customer_except_acts)),
        );
        if (!again) continue;
        acknowledgedAt = null;
      }
      if (consent && t.index > consent.index) break;
      if (cameRound && t.index > cameRound.index) break;
      if (check.within_agent_turns !== undefined && seen >= check.within_agent_turns) break;
      seen++;
      if (check.except && hasAny(t.acts, check.except)) continue;
      if (agentUnless !== null && agentUnless.test(t.text)) continue;
      if (answering !== null) {
        const asked = previousCustomerTurn(env.call, t);
        if (asked !== null && answering.test(asked.text)) continue;
      }
      // Acknowledging clears the turns after it, and the turn itself only when the acknowledgement
      // comes first and the ask offers the other way too ("… you have 30 days to dispute it.
      // Would you want to take care of the $289 today, or look into the insurance first?").
      const acknowledged = check.unless_preceded_by !== undefined && hasAny(t.acts, check.unless_preceded_by);
      if (hasAny(t.acts, check.agent_acts) && !(acknowledged && acknowledgedFirst(env.call, t, check.unless_preceded_by!, check.agent_acts))) hits.push(t);
      if (acknowledged) acknowledgedAt = t.index;
    }
    return hits.length >= (check.min_count ?? 1) ? heldFor(env, hits, check.agent_acts) : NO;
  },

  act_before_act(check, env) {
    const first = env.call.agentTurns.find((t) => t.acts.includes(check.act));
    if (!first) return NO;
    const rival = env.call.agentTurns.find((t) => hasAny(t.acts, check.before));
    return !rival || first.index <= rival.index ? heldFor(env, [first], [check.act]) : NO;
  },

  act_after_act(check, env) {
    const opener = env.call.turns.find((t) => hasAny(t.acts, check.after));
    if (!opener) return whenAbsent(check.when_absent);
    let hit = env.call.agentTurns.find((t) => t.index >= opener.index && t.acts.includes(check.act));
    if (!hit && check.or_answered) {
      // "So that's three eighty-nine from checking on October first." "Sounds good.": read back, then taken.
      hit = env.call.agentTurns.find((t) => {
        if (!t.acts.includes(check.act)) return false;
        const answer = env.call.turns.slice(t.index).find((u) => u.speaker !== 'system');
        return answer !== undefined && isCustomerSide(answer) && hasAny(answer.acts, check.after);
      });
    }
    return hit ? heldFor(env, [hit], [check.act]) : NO;
  },

  agent_text(check, env) {
    const pattern = regex(check.pattern);
    const also = check.and_pattern === undefined ? null : regex(check.and_pattern);
    const unless = check.unless === undefined ? null : regex(check.unless);
    const turns: number[] = [];
    const evidence: string[] = [];
    let from = 0;
    if (check.after_customer !== undefined) {
      const cue = regex(check.after_customer);
      const said = env.call.turns.find((t) => isCustomerSide(t) && cue.test(t.text));
      if (!said) return NO;
      from = said.index;
    }
    const pool = check.within_last_agent_turns === undefined ? env.call.agentTurns : env.call.agentTurns.slice(-check.within_last_agent_turns);
    for (const t of pool) {
      if (t.index <= from) continue;
      if (!matchesState(t.state, check.when)) continue;
      if (check.acts && !hasAny(t.acts, check.acts)) continue;
      if (check.unless_itemizing_balance && itemizesBalance(t, env.call.context.debt_amount_claimed)) continue;
      if (check.scope === 'turn') {
        const m = pattern.exec(t.text);
        if (!m || (also && !also.test(t.text)) || (unless && unless.test(t.text))) continue;
        turns.push(t.index);
        evidence.push(quoteAt(t, m.index, m.index + m[0].length));
        continue;
      }
      for (const span of spansOf(t)) {
        const m = pattern.exec(span.text);
        if (!m || (also && !also.test(span.text)) || (unless && unless.test(span.text))) continue;
        turns.push(t.index);
        evidence.push(quoteAt(t, span.start + m.index, span.start + m.index + m[0].length));
        break;
      }
    }
    return turns.length > 0 ? { held: true, turns, evidence } : NO;
  },

  context_is(check, env) {
    const value = env.call.context[check.field];
    if (value === undefined || value === null) {
      if (check.if_missing === 'held') return { held: true, turns: [], evidence: [], facts: [`${check.field} not given`] };
      if (check.if_missing === 'not_held') return NO;
      return missing([check.field]);
    }
    return value === check.equals ? { held: true, turns: [], evidence: [], facts: [`${check.field} is ${String(value)}`] } : NO;
  },

  call_time(check, env) {
    const seconds = secondsOfDay(env.call.context.call_timestamp_local);
    if (seconds === null) return missing(['call_timestamp_local']);
    if (check.placed_calls_only && env.call.inbound) return NO;
    if (seconds >= clockSeconds(check.start) && seconds <= clockSeconds(check.end)) return NO;
    return { held: true, turns: [], evidence: [], facts: [`the call started at ${clockText(seconds)} consumer local time, outside ${check.start}–${check.end}`] };
  },

  hours_passed_during_call(check, env) {
    const startAt = secondsOfDay(env.call.context.call_timestamp_local);
    if (startAt === null) return missing(['call_timestamp_local']);
    if (check.placed_calls_only && env.call.inbound) return NO;
    const from = clockSeconds(check.start);
    const to = clockSeconds(check.end);
    // Only a call that began inside the window can leave it (one that began outside is `call_time`'s).
    if (startAt < from || startAt > to) return NO;
    for (const t of env.call.turns) {
      const now = clockAt(t.text, startAt);
      if (now === null || (now >= from && now <= to)) continue;
      const late = env.call.agentTurns.filter((a) => a.index >= t.index && hasAny(a.acts, check.acts));
      if (late.length === 0) return NO;
      const out = heldFor(env, late.slice(0, 1), check.acts);
      out.facts = [`turn ${t.index} puts the consumer's local time at ${clockText(now)}, outside ${check.start}–${check.end}, and the debt was discussed after it`];
      return out;
    }
    return NO;
  },

  call_frequency(check, env) {
    const attempts = env.call.context.call_attempts_7day;
    if (typeof attempts !== 'number') return missing(['call_attempts_7day']);
    if (attempts < check.max_attempts || (check.placed_calls_only && env.call.inbound)) return NO;
    // "You'd asked me on Monday to call you back today at noon": a call made with the consumer's consent.
    if (check.unless_asked_for && env.call.agentTurns.slice(0, 2).some((t) => CALL_ASKED_FOR.test(t.text))) return NO;
    return {
      held: true,
      turns: [],
      evidence: [],
      facts: [`${attempts} earlier call attempts in 7 days: this call exceeds the limit of ${check.max_attempts}`],
    };
  },

  settlement_below_authority(check, env) {
    const { call } = env;
    const acts = check.acts ?? DEFAULT_SETTLEMENT_ACTS;
    const authority = call.context.settlement_authority_pct;
    const balance = call.context.debt_amount_claimed;
    const needs = new Set<ContextField>();
    const hits: { turn: AnnotatedTurn; found: Found; pct: number }[] = [];
    for (const t of call.agentTurns) {
      if (!hasAny(t.acts, acts)) continue;
      // "We're settling it for $1,045—" "Ha! I wish. You said fourteen-fifty." "I did, I'm sorry, I transposed it": a slip caught and put right.
      if (slipPutRight(call, t)) continue;
      // The model's offer_settlement on "If you can do $300 on Friday, I can hold off" is a partial
      // payment: the whole turn's figures count only when the turn speaks of settling.
      let figures = settlementFigures(t, t.acts.includes('offer_settlement') && SETTLE_WORDS.test(t.text));
      if (figures.length === 0 && hasAny(t.acts, ['secure_commitment', 'recap_terms', 'offer_settlement'])) {
        // "Okay, we can accept that": the figure is in the customer's proposal just before.
        const asked = previousCustomerTurn(call, t);
        // "$2,000 is less than half the balance, so I can't accept that" turns the proposal down.
        if (asked && SETTLE_WORDS.test(asked.text) && !TURNS_DOWN.test(t.text)) figures = settlementFigures(asked, true);
      }
      figures = joinedInstalments(t, figures, balance);
      const parts = instalmentsOfAnother(figures, balance);
      for (const f of figures) {
        if (parts.has(f)) continue;
        let pct = f.pct;
        if (pct === null && f.amount !== null) {
          if (balance === undefined || balance <= 0) {
            needs.add('debt_amount_claimed');
            continue;
          }
          pct = ((f.discount ? balance - f.amount : f.amount) / balance) * 100;
        }
        if (pct === null || pct >= 99.5) continue; // the balance itself, not an offer
        if (authority === undefined) {
          needs.add('settlement_authority_pct');
          continue;
        }
        if (pct >= authority - 1e-6) continue;
        // "That's $1,176 — no, hold on, that's sixty percent, I did that wrong. Seventy percent of $1,960
        // is $1,372": a figure put right in the same breath by one within authority.
        if (CORRECTS_ITSELF.test(f.turn.text.slice(f.found.end, f.found.end + 80)) && putRightWithin(f, balance, authority)) continue;
        // One hit per turn: the lowest figure it named.
        const same = hits.find((h) => h.turn === f.turn);
        if (!same) hits.push({ turn: f.turn, found: f.found, pct });
        else if (pct < same.pct) Object.assign(same, { found: f.found, pct });
      }
    }
    if (hits.length > 0) {
      return {
        held: true,
        turns: hits.map((h) => h.turn.index),
        evidence: hits.map((h) => quoteAt(h.turn, h.found.start, h.found.end)),
        facts: hits.map((h) => `settlement at ${Math.round(h.pct * 10) / 10}% of the balance, authority ${String(authority)}%`),
      };
    }
    return needs.size > 0 ? missing(needs) : NO;
  },

  plan_below_minimum(check, env) {
    const { call } = env;
    const acts = check.acts ?? DEFAULT_PLAN_ACTS;
    const minimum = call.context.min_plan_payment;
    let needed = false;
    const hits: { turn: AnnotatedTurn; found: Found; monthly: number }[] = [];
    // "Good news: my supervisor approved $40 a month as a hardship arrangement": an exception
    // approved on the call is within policy from then on.
    const approved = call.agentTurns.find((t) => EXCEPTION_APPROVED.test(t.text));
    // "I'm not paying an extra five bucks every month": a fee turned down, no instalment.
    const instalmentsOf = (text: string) => moneyIn(text).filter((m) => m.frequency !== null && m.value !== null && !EXTRA_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) && !grows(text, m.start));
    for (const t of call.agentTurns) {
      if (!hasAny(t.acts, acts)) continue;
      if (approved && t.index >= approved.index) continue;
      let instalments = instalmentsOf(t.text);
      let source = t;
      if (instalments.length === 0 && hasAny(t.acts, ['secure_commitment', 'recap_terms'])) {
        const asked = previousCustomerTurn(call, t);
        if (asked) {
          instalments = instalmentsOf(asked.text);
          source = asked;
        }
      }
      for (const m of instalments) {
        if (minimum === undefined) {
          needed = true;
          continue;
        }
        const monthly = m.value! * MONTHLY_FACTOR[m.frequency!];
        if (monthly < minimum - 0.005) hits.push({ turn: source, found: m, monthly });
      }
    }
    if (hits.length > 0) {
      return {
        held: true,
        turns: hits.map((h) => h.turn.index),
        evidence: hits.map((h) => quoteAt(h.turn, h.found.start, h.found.end)),
        facts: hits.map((h) => `about $${h.monthly.toFixed(2)} a month, below the minimum of $${String(minimum)}`),
      };
    }
    return needed ? missing(['min_plan_payment']) : NO;
  },

  balance_misstated(check, env) {
    const { call } = env;
    const balance = call.context.debt_amount_claimed;
    const tolerance = check.tolerance ?? 0.01;
    let needed = false;
    const turns: number[] = [];
    const evidence: string[] = [];
    // Totals the agent built from their parts earlier ("a $75 recovery fee added, so the total is
    // $1,439.50"): said again later ("So the payoff is $1,439.50"), they are still the fee's business.
    const explained: number[] = [];
    for (const t of call.agentTurns) {
      if (!t.acts.includes('state_balance') && !BALANCE_WORDS.test(t.text)) continue;
      for (const span of spansOf(t)) {
        // "When the truck was repossessed, the loan balance was $17,230": a figure from the past.
        if (!BALANCE_WORDS.test(span.text) || PAST_BALANCE.test(span.text)) continue;
        // In a plan's terms ("$341 a month for ten months") only a sum named as the balance or the
        // total counts: "that takes care of the whole $3,410 balance", "ten payments, $3,410 total".
        const instalments = INSTALMENT_TALK.test(span.text);
        if (instalments && !TOTAL_NAMED.test(span.text)) continue;
        const sums = moneyIn(span.text).filter(
          (m) => m.frequency === null && !m.isBalance && m.value !== null && (!instalments || namedAsBalance(span.text, m.start, m.end)),
        );
        if (sums.length === 0) continue;
        if (balance === undefined) {
          needed = true;
          continue;
        }
        if (sums.some((m) => Math.abs(m.value! - balance) <= balance * tolerance + 0.005)) continue;
        const inflated = sums.find((m) => m.value! > balance * (1 + tolerance) + 0.005);
        if (!inflated) continue;
        // "$1,420.50 — sorry, I flipped the digits there. It's $1,240.50": put right in the same breath.
        if (SELF_CORRECTED.test(t.text.slice(span.start + inflated.end, span.start + inflated.end + 60)) && moneyIn(t.text).some((m) => m.value !== null && Math.abs(m.value - balance) <= balance * tolerance + 0.005)) continue;
        // "Three thousand? Nah." "You're right, I'm sorry, I misread it. It's $2,317.55.": put right at the next turn.
        const answer = call.agentTurns.find((a) => a.index > t.index);
        if (answer !== undefined && answer.index <= t.index + 2 && OWNS_SLIP.test(answer.text) && moneyIn(answer.text).some((m) => m.value !== null && Math.abs(m.value - balance) <= balance * tolerance + 0.005)) continue;
        // "There's a $45 collection fee added, so the total today is $575": the parts add up to the
        // total, and the fee is UNAUTHORIZED_FEE's business; a total that is not their sum is misstated.
        const parts = moneyIn(t.text).filter((m) => m.frequency === null && m.value !== null && Math.abs(m.value - inflated.value!) >= 0.005);
        const built =
          (parts.length >= 2 && Math.abs(parts.reduce((sum, m) => sum + m.value!, 0) - inflated.value!) < 0.01) ||
          (parts.length === 1 && Math.abs(parts[0]!.value! + balance - inflated.value!) < 0.01);
        // "There's just a $3.95 processing fee on card payments" … "so that'll be $393.55 total":
        // the balance and a fee named earlier in the call.
        // "We do add 5% interest, so $1,260 becomes $1,323" … "for a total of $1,323.00": the total
        // the interest or fee made, said where it was named.
        const withFee =
          !built &&
          call.agentTurns.some(
            (f) =>
              f.index <= t.index &&
              (FEE_NAMED.test(f.text) || INTEREST_NAMED.test(f.text)) &&
              moneyIn(f.text).some((m) => m.value !== null && (Math.abs(balance + m.value - inflated.value!) < 0.01 || (f.index < t.index && Math.abs(m.value - inflated.value!) < 0.01))),
          );
        // "With the card-by-phone processing, the total comes to $412.95": a total said with the charge
        // that makes it, whatever its figure; the charge is UNAUTHORIZED_FEE's business.
        // Interest said to have grown the balance ("with this month's interest it's $753.23 now") restates the balance itself.
        // So is a total said after the charges the turn just listed ("a twenty-five dollar returned-item charge
        // for each return, and a forty-five dollar rollover fee … So the total to close it out is $1,035").
        // When the parts are said in figures and do not add up to it ("$2,131 … plus $350 in late charges …
        // So $2,841 total"), the total is misstated whatever charges it names.
        const feeInSentence = !built && !withFee && FEE_NAMED.test(t.text.slice(0, span.start + inflated.end)) && parts.every((m) => Math.abs(m.value! - balance) < 0.005);
        if (built || withFee || feeInSentence) explained.push(inflated.value!);
        if (built || withFee || feeInSentence || explained.some((v) => Math.abs(v - inflated.value!) < 0.005)) continue;
        turns.push(t.index);
        evidence.push(quoteAt(t, span.start + inflated.start, span.start + inflated.end));
        break;
      }
    }
    if (turns.length > 0) return { held: true, turns, evidence, facts: [`the balance on the account is $${String(balance)}`] };
    return needed ? missing(['debt_amount_claimed']) : NO;
  },

  commitment_terms(check, env) {
    const { call } = env;
    const required: readonly Term[] = check.require ?? ['amount', 'date', 'method'];
    if (!call.turns.some((t) => hasAny(t.acts, COMMITMENT_ACTS))) return NO;
    const finders: Record<Term, (text: string) => Found | null> = { amount: findAmount, date: findDate, method: findMethod };
    // The agreement itself first (commitment, recap, the customer's yes and answers to the
    // commitment question), then the offers it accepted, so a quote shows the agreed terms.
    const agreed: AnnotatedTurn[] = [];
    const offered: AnnotatedTurn[] = [];
    let answering = false;
    for (const t of call.turns) {
      if (t.speaker === 'system') continue;
      if (t.speaker === 'agent') {
        if (hasAny(t.acts, ['secure_commitment', 'recap_terms'])) agreed.push(t);
        else if (hasAny(t.acts, COMMITMENT_TERM_ACTS)) offered.push(t);
        answering = t.acts.includes('secure_commitment');
      } else if (t.acts.includes('agrees_to_pay') || answering) agreed.push(t);
    }
    const found = new Map<Term, { turn: AnnotatedTurn; at: Found }>();
    for (const pool of [agreed, offered]) {
      for (const t of pool) {
        for (const term of required) {
          if (found.has(term)) continue;
          const at = finders[term](t.text);
          if (at) found.set(term, { turn: t, at });
        }
      }
    }
    const lacking = required.filter((term) => !found.has(term));
    if (lacking.length > 0) return { held: false, turns: [], evidence: [], facts: [`no ${lacking.join(', ')} agreed`] };
    // Terms named in the same turn are quoted together.
    const byTurn = new Map<AnnotatedTurn, { start: number; end: number }>();
    for (const { turn, at } of found.values()) {
      const span = byTurn.get(turn);
      byTurn.set(turn, span ? { start: Math.min(span.start, at.start), end: Math.max(span.end, at.end) } : { ...at });
    }
    const turns = [...byTurn.keys()].sort((a, b) => a.index - b.index);
    return {
      held: true,
      turns: turns.map((t) => t.index),
      evidence: turns.map((t) => {
        const { start, end } = byTurn.get(t)!;
        return quoteSpan(t, start, end);
      }),
    };
  },

  record_matches_outcome(_check, env) {
    const code = env.call.record?.disposition;
    if (code === undefined) return NA;
    const filed = outcomeOfDisposition(code);
    // "RPC" filed for a call that reached only someone else says the consumer was spoken to.
    if (filed === undefined && env.outcome.outcome === 'wrong_party' && claimsRightParty(code)) {
      return { held: false, turns: [], evidence: [], facts: [`filed ${code} (the right party reached), but the call reached only someone else`] };
    }
    if (filed === undefined) return NA;
    // "CEASE REQ" or "ATTORNEY" filed for a call where the consumer asked it and the agent pressed on
    // to no outcome: the code records what the consumer said, which the next collector must know
    // (notes that claim the request was honoured are wrong on their own: see the record check).
    const { final } = env.call;
    const raised = filed === 'attorney_referral' ? final.attorneyAt : filed === 'cease_acknowledged' ? final.ceaseAt : null;
    if (filed !== env.outcome.outcome && env.outcome.outcome === 'no_agreement' && raised !== null) {
      return { held: true, turns: [raised], evidence: [], facts: [`filed ${code}: the consumer raised it at turn ${String(raised)}`] };
    }
    if (filed !== env.outcome.outcome) {
      return { held: false, turns: [], evidence: [], facts: [`filed ${code}, but the call ended in ${env.outcome.outcome}`] };
    }
    const turn = env.outcome.turn;
    return {
      held: true,
      turns: turn === null ? [] : [turn],
      evidence: turn === null || env.outcome.evidence === null ? [] : [env.outcome.evidence],
      facts: [`filed ${code}, matching the call's outcome (${env.outcome.outcome})`],
    };
  },

  outcome_is(check, env) {
    if (!check.outcomes.includes(env.outcome.outcome)) return NO;
    return { held: true, turns: env.outcome.turn === null ? [] : [env.outcome.turn], evidence: env.outcome.evidence ? [env.outcome.evidence] : [], facts: [`the call ended in ${env.outcome.outcome}`] };
  },

  full_balance_promised(_check, env) {
    if (!fullBalancePromised(env.call, env.outcome)) return NO;
    return { held: true, turns: env.outcome.turn === null ? [] : [env.outcome.turn], evidence: env.outcome.evidence ? [env.outcome.evidence] : [], facts: ['the whole balance was promised'] };
  },

  // "A check dated the 4th … we run our check batch Monday the 31st": a run three weeks or more after
  // the dated day is the month before it, the run early.
  postdated_run_early(_check, env) {
    let datedFor: number | null = null;
    const today = callDay(env.call.context.call_timestamp_local)?.getUTCDate() ?? null;
    // A day another payment of the same call is dated for is no early run ("the first dated the 5th, the second the 20th").
    const datedDays = new Set<number>();
    for (const t of env.call.turns) {
      // Nothing is run early before a payment is dated: until then only "date" words are looked for.
      if (t.speaker === 'system' || !(datedFor === null ? MAYBE_DATED.test(t.text) : MAYBE_DATED_OR_RUN.test(t.text))) continue;
      // Within a turn, the words are read in order: "we'd date it for the 20th … send it through on the 17th".
      const marks: { at: number; end: number; day: number; run: boolean }[] = [];
      for (const m of t.text.matchAll(DATED_FOR)) {
        const day = dayOfMonth(m[1]!);
        if (day !== null) marks.push({ at: m.index, end: m.index + m[0].length, day, run: false });
      }
      // "It'll go out today" for a payment dated another day: run early (today's date from the call's timestamp).
      if (t.speaker === 'agent' && datedFor !== null && today !== null && datedFor !== today && !datedDays.has(today)) {
        const m = RUN_TODAY.exec(t.text);
        if (m && !RUN_NEGATED.test(t.text.slice(Math.max(0, m.index - 24), m.index))) {
          return { held: true, turns: [t.index], evidence: [quoteAt(t, m.index, m.index + m[0].length)], facts: [`dated for the ${ordinal(datedFor)}, run today, the ${ordinal(today)}`] };
        }
      }
      if (t.speaker === 'agent') {
        for (const m of t.text.matchAll(RUN_ON)) {
          const day = dayOfMonth(m[1]!);
          if (day !== null && !RUN_NEGATED.test(t.text.slice(Math.max(0, m.index - 24), m.index))) marks.push({ at: m.index, end: m.index + m[0].length, day, run: true });
        }
      }
      marks.sort((a, b) => a.at - b.at);
      for (const mark of marks) {
        if (!mark.run) {
          datedFor = mark.day;
          datedDays.add(mark.day);
        } else if (datedFor !== null && (mark.day < datedFor || mark.day - datedFor >= MONTH_TURNS) && !datedDays.has(mark.day)) {
          return { held: true, turns: [t.index], evidence: [quoteAt(t, mark.at, mark.end)], facts: [`dated for the ${ordinal(datedFor)}, run on the ${ordinal(mark.day)}`] };
        }
      }
    }
    return NO;
  },

  record_matches_terms(_check, env) {
    return checkRecord(env.call, env.outcome) ?? NA;
  },

  all_of(check, env) {
    const held: Decided[] = [];
    const conditions: Decided[] = [];
    const needs: string[] = [];
    let applicable = false;
    for (const sub of check.checks) {
      const r = evaluate(sub, env);
      if ('notApplicable' in r) continue;
      applicable = true;
      if ('notEvaluable' in r) needs.push(...r.notEvaluable);
      else if (!r.held) return NO;
      // A state the call reached, or something it lacks, is a condition of the words found; its
      // turn ("Hello?" when a third party answered) is not where the rule was broken.
      else if (sub.kind === 'state_reached' || sub.kind === 'not') conditions.push(r);
      else held.push(r);
    }
    if (!applicable) return NA;
    if (needs.length > 0) return missing(needs);
    if (!held.some((r) => r.turns.length > 0)) return merge([...held, ...conditions]);
    const stated = conditions.map((c): Decided => ({ held: true, turns: [], evidence: [], facts: (c.facts ?? []).filter((f) => f !== NOT_FOUND) }));
    return merge([...held, ...stated]);
  },

  any_of(check, env) {
    const held: Decided[] = [];
    const needs: string[] = [];
    let applicable = false;
    for (const sub of check.checks) {
      const r = evaluate(sub, env);
      if ('notApplicable' in r) continue;
      applicable = true;
      if ('notEvaluable' in r) needs.push(...r.notEvaluable);
      else if (r.held) held.push(r);
    }
    if (held.length > 0) return merge(held);
    if (!applicable) return NA;
    return needs.length > 0 ? missing(needs) : NO;
  },

  not(check, env) {
    const r = evaluate(check.check, env);
    if ('notApplicable' in r || 'notEvaluable' in r) return r;
    if (r.held) return quotedOnRead({ held: false, turns: r.turns }, () => r.evidence);
    return { held: true, turns: [], evidence: [], facts: [check.note ?? NOT_FOUND] };
  },
};

/** Context fields each check kind may read (for listing what a rubric depends on). */
const NEEDS: { [K in CheckKind]?: (check: Extract<Check, { kind: K }>) => ContextField[] } = {
  context_is: (c) => [c.field],
  call_time: () => ['call_timestamp_local'],
  call_frequency: () => ['call_attempts_7day'],
  settlement_below_authority: () => ['settlement_authority_pct', 'debt_amount_claimed'],
  plan_below_minimum: () => ['min_plan_payment'],
  balance_misstated: () => ['debt_amount_claimed'],
};

/** Every context field a check (and its sub-checks) may need. */
export function contextFieldsOf(check: Check): ContextField[] {
  const out = new Set<ContextField>();
  const walk = (c: Check) => {
    const needs = NEEDS[c.kind] as ((c: Check) => ContextField[]) | undefined;
    if (needs) for (const f of needs(c)) out.add(f);
    if (c.kind === 'all_of' || c.kind === 'any_of') c.checks.forEach(walk);
    if (c.kind === 'not') walk(c.check);
  };
  walk(check);
  return [...out];
}
