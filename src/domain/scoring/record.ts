import { guarded, type GuardedPattern } from '../language/guarded-pattern.ts';
import { hasAny, inFirstPerson, isConsumer, previousCustomerTurn, quoteAt, type AnnotatedCall, type AnnotatedTurn } from './annotate.ts';
import type { CallRecord } from '../transcript/schema.ts';
import { normalize } from '../language/normalize.ts';
import { ADMITS_DEBT } from '../language/classify.ts';
import { SWEARING } from '../language/rules.ts';
import type { Decided } from './checks.ts';
import { ASKS_OR_RECAPS, type OutcomeResult } from './outcome.ts';
import { DISPUTE_SAID, FULL_BALANCE, type Frequency, moneyIn, numbersIn, ORDINAL_DAYS, sharesIn, wordsToNumber } from './words.ts';

/**
 * Record-keeping: the arrangement and notes a trainee files after a call, checked against what
 * was actually agreed on it. The next collector works from the record, so an amount, a date or
 * a method that differs from the call, an arrangement filed for a call that agreed nothing, or a
 * sum in the notes that nobody said are all mistakes of attention to detail.
 *
 * A term is checked only where the call makes it checkable: "tomorrow" needs the call's date;
 * an amount read out as `[PAYMENT_AMOUNT]` has no value. Such a term is reported as not
 * checkable, never guessed.
 */

/** Outcomes that commit the consumer to a payment, and so call for a filed arrangement. */
const AGREEMENTS = new Set(['promise_to_pay', 'payment_plan', 'settlement']);

// ---------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------

/** A payment date as spoken or filed, as far as it can be pinned down. */
export type DateTerm =
  | { kind: 'calendar'; month: number | null; day: number; year: number | null }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'relative'; days: number };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ORDINALS = Object.keys(ORDINAL_DAYS).sort((a, b) => b.length - a.length).join('|');
/** Ordinals that name a day whenever "the" comes before them ("the twenty seventh"); "the first" may be the first payment. */
const DAY_ORDINALS = Object.keys(ORDINAL_DAYS).filter((w) => ORDINAL_DAYS[w]! >= 4).sort((a, b) => b.length - a.length).join('|');
const MONTH_RE = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_TERMS = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`, // 1-3 ISO
    String.raw`\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b`, // 4-6 m/d/y
    String.raw`\b${MONTH_RE}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`, // 7-9 March 3rd, 2026
    String.raw`\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+${MONTH_RE})?\b`, // 10-11 the 15th (of March)
    // 12: "on the first", "the fifteenth of the month" (not "the first payment")
    String.raw`\b(?:(?:on|by|before|until)\s+the\s+|the\s+(?=(?:${ORDINALS})\s+of\b)|(?<=\],?\s)the\s+)(${ORDINALS})\b`,
    String.raw`\b(mon|tues|wednes|thurs|fri|satur|sun)day\b`, // 13
    String.raw`\b(today|tonight|tomorrow)\b`, // 14
    String.raw`\bin\s+(a|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\b`, // 15-16
    String.raw`\b${MONTH_RE}\s+(?:the\s+)?(${ORDINALS})\b`, // 17-18 March twelfth
    String.raw`\bthe\s+(${DAY_ORDINALS})\b(?!\s+(?:payment|instal?lment|one|time|call|attempt|month|week|year|thing|step|option|letter|notice|person|of (?:the|these|those|all|them|us)\b))`, // 19 the twenty seventh
  ].join('|'),
  'gi',
);
const OF_MONTH = new RegExp(String.raw`^\s+of\s+${MONTH_RE}`, 'i');
const SMALL_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

function monthOf(word: string | undefined): number | null {
  if (!word) return null;
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

function validDay(month: number | null, day: number): boolean {
  return day >= 1 && day <= 31 && (month === null || (month >= 1 && month <= 12));
}

const EXPIRY_BEFORE = guarded(/\b(?:exp\w*|good thru|good through|valid thru)\b[^\d]{0,12}$/i);

/** Every payment date named in `text`, with where it was said. */
export function datesIn(text: string): { term: DateTerm; start: number; end: number }[] {
  const out: { term: DateTerm; start: number; end: number }[] = [];
  DATE_TERMS.lastIndex = 0;
  for (let m = DATE_TERMS.exec(text); m; m = DATE_TERMS.exec(text)) {
    const at = { start: m.index, end: m.index + m[0].length };
    let term: DateTerm | null = null;
    if (m[1]) term = { kind: 'calendar', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    else if (m[4]) {
      // "Expiration's 08/28", "exp 10/27": a card's expiry, not a day to pay.
      if (EXPIRY_BEFORE.test(text.slice(Math.max(0, at.start - 24), at.start))) continue;
      const year = m[6] ? Number(m[6].length === 2 ? `20${m[6]}` : m[6]) : null;
      term = { kind: 'calendar', month: Number(m[4]), day: Number(m[5]), year };
    } else if (m[7]) term = { kind: 'calendar', month: monthOf(m[7]), day: Number(m[8]), year: m[9] ? Number(m[9]) : null };
    else if (m[10]) term = { kind: 'calendar', month: monthOf(m[11]), day: Number(m[10]), year: null };
    else if (m[12]) {
      // "the tenth of March"
      const of = OF_MONTH.exec(text.slice(at.end));
      term = { kind: 'calendar', month: of ? monthOf(of[1]) : null, day: ORDINAL_DAYS[m[12].toLowerCase()]!, year: null };
      if (of) at.end += of[0].length;
    }
    else if (m[13]) term = { kind: 'weekday', weekday: WEEKDAYS.indexOf(m[13].slice(0, 3).toLowerCase()) };
    else if (m[14]) term = { kind: 'relative', days: m[14].toLowerCase() === 'tomorrow' ? 1 : 0 };
    else if (m[15]) {
      const n = SMALL_NUMBERS[m[15].toLowerCase()] ?? Number(m[15]);
      term = { kind: 'relative', days: m[16]!.toLowerCase().startsWith('week') ? 7 * n : n };
    } else if (m[17]) term = { kind: 'calendar', month: monthOf(m[17]), day: ORDINAL_DAYS[m[18]!.toLowerCase().replace(/\s+/g, ' ')]!, year: null };
    else if (m[19]) {
      const of = OF_MONTH.exec(text.slice(at.end));
      term = { kind: 'calendar', month: of ? monthOf(of[1]) : null, day: ORDINAL_DAYS[m[19].toLowerCase().replace(/\s+/g, ' ')]!, year: null };
      if (of) at.end += of[0].length;
    }
    if (term && (term.kind !== 'calendar' || validDay(term.month, term.day))) out.push({ term, ...at });
  }
  return out;
}

/** The calendar day of a call timestamp (`2026-04-16T10:15:00`), as a UTC date for arithmetic. */
export function callDay(timestamp: string | undefined): Date | null {
  const m = timestamp ? /^(\d{4})-(\d{2})-(\d{2})/.exec(timestamp) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** A filed date pinned to a calendar day when it can be (ISO or m/d/y with a year). */
function filedDay(term: DateTerm): Date | null {
  if (term.kind !== 'calendar' || term.year === null || term.month === null) return null;
  return new Date(Date.UTC(term.year, term.month - 1, term.day));
}

/**
 * Whether a filed date agrees with a spoken one. Undefined when it cannot be told (a
 * "tomorrow" without the call's date, a weekday against a filed date with no year).
 */
function sameDate(spoken: DateTerm, filed: DateTerm, callDate: Date | null): boolean | undefined {
  // A filed "10/9" without its year is the next 9 October from the call on.
  const day = filedDay(filed) ?? (filed.kind === 'calendar' && filed.month !== null && callDate ? nextOnOrAfter(callDate, filed.month, filed.day) : null);
  if (spoken.kind === 'calendar') {
    if (filed.kind === 'calendar') return filed.day === spoken.day && (spoken.month === null || filed.month === null || filed.month === spoken.month);
    if (filed.kind === 'weekday' && callDate && spoken.month !== null) {
      return nextOnOrAfter(callDate, spoken.month, spoken.day).getUTCDay() === filed.weekday;
    }
    return undefined;
  }
  if (spoken.kind === 'weekday') {
    if (filed.kind === 'weekday') return filed.weekday === spoken.weekday;
    if (!day) return undefined;
    if (!callDate) return day.getUTCDay() === spoken.weekday;
    // "Friday" said on a call is the coming Friday (said on a Friday: today or a week on).
    const ahead = (spoken.weekday - callDate.getUTCDay() + 7) % 7;
    const offsets = ahead === 0 ? [0, 7] : [ahead];
    return offsets.some((d) => callDate.getTime() + d * 86_400_000 === day.getTime());
  }
  if (!callDate) return undefined;
  const due = new Date(callDate.getTime() + spoken.days * 86_400_000);
  if (day) return day.getTime() === due.getTime();
  if (filed.kind === 'weekday') return filed.weekday === due.getUTCDay();
  if (filed.kind === 'calendar') return filed.day === due.getUTCDate() && (filed.month === null || filed.month === due.getUTCMonth() + 1);
  return undefined;
}

function nextOnOrAfter(from: Date, month: number, day: number): Date {
  const year = from.getUTCFullYear();
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getTime() >= from.getTime() ? d : new Date(Date.UTC(year + 1, month - 1, day));
}

// ---------------------------------------------------------------------------------------
// Payment methods
// ---------------------------------------------------------------------------------------

const METHODS: readonly [category: string, pattern: RegExp][] = [
  ['bank account', /\b(?:bank|checking|savings)\s+(?:account|transfer|draft)|\b(?:ach|e-?check|routing number|direct debit|bank transfer|wire transfer|electronic check)\b|\b(?:your|my|the|his|her|our) (?:checking|savings)\b(?!\s+(?:card|account))|(?<=\b(?:from|out of|through|via|using|use|with) )(?:checking|savings)\b(?!\s+(?:card|account))|^\W*(?:checking|savings)(?:'s)?\b(?!\s+(?:card|account))/gi],
  // Not "the credit bureaus", "your credit report": credit named as standing, not as a card; nor the
  // account collected ("settles the Crestmark Mastercard balance").
  // Not "And that keeps it off my credit?": credit as standing, ending the sentence.
  ['card', /\b(?:debit|credit(?!(?<=\b(?:my|your|his|her|their|our|off|hurt|hurts|affect|affects|ruin|wreck|damage) credit)\s*(?:[?.!,;]|$))(?!\s+(?:bureaus?|reports?|reporting|scores?|history|files?|ratings?|agenc\w+|counsel\w*|unions?|limits?|lines?|checks?|profiles?|records?|standing|repair|bureau's|services?|solutions?|management|recovery|systems?|partners?|associates|acceptance|collections?|company|corp\w*|group|inc|llc))|visa|mastercard|master card|amex|american express|discover|prepaid)\b(?:\s+card)?(?!,? (?:balance|account|bill|debt|statement|loan)\b)|\b(?:the|your|my|a|same|that)\s+card\b(?!,? (?:balance|account|bill|debt|statement|loan)\b)|\bcard (?:number|ending|on file)\b/gi],
  // "by check", "mail a check" (not "let me check", "a check-in").
  // Not "I'll read you the numbers off a check": the routing number of a bank draft.
  ['check', /(?<!\b(?:off|from|on|at|bottom of)\s)\b(?:by|via|with|mail(?:ed|ing)?|send(?:ing)?|a|personal|paper|certified|cashier'?s)\s+(?:a\s+)?(?:check|cheque)\b(?!-)/gi],
  ['money order', /\bmoney ?orders?\b/gi],
  ['online', /\b(?:online|website|web site|web portal|portal|the app|mobile app)\b/gi],
  ['phone', /\b(?:by phone|over the phone|pay by phone|phone payment|call (?:in|back) (?:and|to) (?:pay|make (?:it|the|that|a) payment))\b/gi],
  ['payment app', /\b(?:zelle|paypal|venmo|cash ?app|apple pay|google pay)\b/gi],
  ['wire service', /\b(?:western union|moneygram)\b/gi],
  ['disbursement', /\bdisburs(?:e|ed|es|ing|ement|ements)\b|\btrust account\b/gi],
];

/** A filed method is a few words ("check", "debit"): there a bare "check" is the method. */
const FILED_CHECK = guarded(/^\W*(?:paper\s+)?(?:check|cheque)\b/i);

/** Every payment method named in `text`, as a category ("card", "bank account", …). */
export function methodsIn(text: string, filed = false): { method: string; start: number; end: number }[] {
  const out: { method: string; start: number; end: number }[] = [];
  const bare = filed ? FILED_CHECK.exec(text) : null;
  if (bare) out.push({ method: 'check', start: bare.index, end: bare.index + bare[0].length });
  for (const [method, re] of METHODS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "direct debit" is a bank draft, not a debit card.
      if (method === 'card' && /^debit$/i.test(m[0]) && /direct\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      out.push({ method, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------
// What the call agreed
// ---------------------------------------------------------------------------------------

interface Said<T> {
  value: T;
  turn: AnnotatedTurn;
  start: number;
  end: number;
  /** Read from words such as "paid in full" rather than a sum said. */
  inferred?: boolean;
}

/** The terms spoken around the agreement: from the proposal it accepted to the end of the call. */
export interface AgreedTerms {
  /** Sums in dollars (an instalment and a balance placeholder resolved when the balance is known). */
  amounts: Said<number>[];
  /** Sums read out as placeholders whose value the transcript does not give. */
  unknownAmounts: number;
  dates: Said<DateTerm>[];
  /** Dates read out as placeholders (`[DATE]`), which the transcript does not give. */
  unknownDates: number;
  /** Every number said (figures or words, money or not): a filed amount equal to one was said. */
  numbers: Said<number>[];
  methods: Said<string>[];
  /** The turns the terms were read from, in order. */
  turns: AnnotatedTurn[];
}

/** Words before a day that say it is the one given up: "instead of May 1st", "moved from the 1st". */
const REPLACED_BEFORE = /\b(?:instead of|rather than|no longer(?: on)?|(?:moved|moving|changed|changing|switch(?:ed|ing)?|push(?:ed|ing)?)(?: it| that| the date| your date)? from)\s+(?:the\s+)?$/i;
/** A date the recorder blanked out, not a card's expiry date (`[EXP_DATE]`). */
const EXPIRY_PLACEHOLDER = /\b(?:exp(?:ires|iration|iry)?(?:'s| is)?(?: date)?(?: is)?|expiring)\W{0,3}\[[A-Z_]*DATE[A-Z_]*\]/gi;
const DATE_PLACEHOLDER = /\[(?![A-Z_ ]*EXP)[A-Z_ ]*DATE[A-Z_ ]*\]/g;

/**
 * The turns that hold the agreement's terms: from the earliest ask to pay or recap in the ten turns
 * before the agreement (a late "Yeah." after the recap still agrees to the recapped terms) through
 * the end of the call.
 */
function agreementTurns(call: AnnotatedCall, agreedAt: number): AnnotatedTurn[] {
  let from = agreedAt - 1;
  for (let i = agreedAt - 2; i >= Math.max(0, agreedAt - 11); i--) {
    const t = call.turns[i]!;
    if (t.speaker === 'agent' && hasAny(t.acts, ASKS_OR_RECAPS)) from = i;
  }
  return call.turns.slice(from).filter((t) => t.speaker === 'agent' || t.speaker === 'customer' || (t.speaker === 'third_party' && (t.state.obligorOnLine || t.state.interpreterOnLine || (t.state.rpcVerified && t.state.listenerConsented))));
}

/** The amounts, dates and methods named while the agreement was made and recapped. */
export function agreedTerms(call: AnnotatedCall, agreedAt: number): AgreedTerms {
  const balance = call.context.debt_amount_claimed;
  const turns = agreementTurns(call, agreedAt);
  const terms: AgreedTerms = { amounts: [], unknownAmounts: 0, dates: [], unknownDates: 0, numbers: [], methods: [], turns };
  for (const turn of turns) {
    for (const m of moneyIn(turn.text)) {
      const value = m.value ?? (m.isBalance ? balance : undefined);
      if (value === undefined || value === null) terms.unknownAmounts++;
      else terms.amounts.push({ value, turn, start: m.start, end: m.end });
    }
    if (balance !== undefined) {
      for (const s of sharesIn(turn.text)) terms.amounts.push({ value: round2((balance * s.pct) / 100), turn, start: s.start, end: s.end });
      const full = FULL_BALANCE.exec(turn.text);
      if (full) terms.amounts.push({ value: balance, turn, start: full.index, end: full.index + full[0].length, inferred: true });
    }
    for (const d of datesIn(turn.text)) {
      // "Your next payment is May 15th instead of May 1st": the day replaced is no term.
      if (REPLACED_BEFORE.test(turn.text.slice(Math.max(0, d.start - 24), d.start))) continue;
      terms.dates.push({ value: d.term, turn, start: d.start, end: d.end });
    }
    // "Expiration's [DATE]": the card's expiry, not the day to pay.
    terms.unknownDates += (turn.text.replace(EXPIRY_PLACEHOLDER, ' ').match(DATE_PLACEHOLDER) ?? []).length;
    for (const n of numbersIn(turn.text)) terms.numbers.push({ value: n, turn, start: 0, end: turn.text.length });
    for (const m of methodsIn(turn.text)) {
      // "I'm not running the Visa again", "Sorry about the card thing": a way of paying set aside, not the one used.
      if (SET_ASIDE_BEFORE.test(turn.text.slice(Math.max(0, m.start - 40), m.start)) || /^\s*thing\b/i.test(turn.text.slice(m.end, m.end + 8))) continue;
      terms.methods.push({ value: m.method, turn, start: m.start, end: m.end });
    }
  }
  return terms;
}

/**
 * The call ended in a promise of the whole balance: a single payment whose agreed figure is the
 * balance (or "in full", or the balance placeholder) and no smaller sum. A customer who only moved
 * the date ("not today, but I can pay it all on the 30th") needs no plan or settlement; one who
 * promised part of it still does.
 */
export function fullBalancePromised(call: AnnotatedCall, outcome: OutcomeResult): boolean {
  if (outcome.outcome !== 'promise_to_pay' || outcome.turn === null) return false;
  const balance = call.context.debt_amount_claimed;
  const turns = agreementTurns(call, outcome.turn);
  let full = false;
  for (const t of turns) {
    for (const m of moneyIn(t.text)) {
      if (m.frequency !== null) return false;
      if (m.isBalance) full = true;
      else if (m.value !== null && balance !== undefined) {
        if (m.value < balance - 0.005) return false;
        full = true;
      }
    }
    if (FULL_BALANCE.test(t.text)) full = true;
  }
  return full;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** "$1,234", "$1,234.50": as `toLocaleString('en-US')` writes it, without its cost. */
function money(x: number): string {
  const cents = Math.round(Math.abs(x) * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = Number.isInteger(x) ? '' : `.${String(cents % 100).padStart(2, '0')}`;
  return `${x < 0 ? '-' : ''}$${whole}${fraction}`;
}

// ---------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------

/**
 * Checks the filed arrangement and notes against the call. Returns undefined when nothing was
 * filed (the criterion does not apply). Facts say, term by term, what matched, what did not
 * and what could not be checked.
 */
export function checkRecord(call: AnnotatedCall, outcome: OutcomeResult): Decided | undefined {
  const record = call.record;
  if (!record) return undefined;
  const arrangement = record.arrangement;
  const filedSomething = arrangement !== undefined && (arrangement.amount !== undefined || !!arrangement.date || !!arrangement.method);
  const problems: string[] = [];
  const matched: string[] = [];
  const turns: number[] = [];
  const evidence: string[] = [];
  const cite = (s: Said<unknown>) => {
    if (turns.includes(s.turn.index)) return;
    turns.push(s.turn.index);
    evidence.push(quoteAt(s.turn, s.start, s.end));
  };

  const agreed = AGREEMENTS.has(outcome.outcome) && outcome.turn !== null;
  // {"date": "2026-08-11", "time": "18:30", "method": "phone callback"}: the callback's own slot, no payment.
  const callbackSlot = outcome.outcome === 'callback_scheduled' && arrangement !== undefined && arrangement.amount === undefined && (!arrangement.method || CALL_METHOD.test(arrangement.method));
  if (!agreed) {
    if (filedSomething && !callbackSlot) problems.push(`an arrangement was filed, but no payment was agreed on the call (${outcome.outcome.replace(/_/g, ' ')})`);
  } else if (!filedSomething) {
    problems.push(`the call ended in a ${outcome.outcome.replace(/_/g, ' ')}, but no arrangement (amount, date, method) was filed`);
  } else {
    const terms = agreedTerms(call, outcome.turn!);
    const callDate = callDay(call.context.call_timestamp_local);

    if (arrangement!.amount === undefined) problems.push('the arrangement has no amount');
    else {
      const filed = arrangement!.amount;
      const same = (v: number) => Math.abs(v - filed) < 0.005;
      const balance = call.context.debt_amount_claimed;
      // An offer turned down and superseded: a recap after the filed sum was last said names another
      // sum than the balance ("$940? No." … "we're settling it for $800") and not the filed one.
      const lastSaid = Math.max(-1, ...terms.amounts.filter((a) => same(a.value)).map((a) => a.turn.index), ...terms.numbers.filter((n) => same(n.value)).map((n) => n.turn.index));
      // A recap of the parts ("$1,500.00 processed today, and the $500.00 … July 2nd") restates the whole filed.
      const partsOfFiled = (turn: AnnotatedTurn) => {
        const parts = terms.amounts.filter((a) => a.turn === turn && !same(a.value)).reduce((sum, a) => sum + a.value, 0);
        return parts > 0 && same(parts);
      };
      let superseding = lastSaid < 0 ? undefined : terms.amounts.find(
        (a) => a.turn.index > lastSaid && a.turn.speaker === 'agent' && a.turn.acts.includes('recap_terms') && (balance === undefined || Math.abs(a.value - balance) >= 0.005) && !partsOfFiled(a.turn),
      );
      // "Running $422.45 on the card … That closes out the balance": the sum charged is the one
      // said, whatever "in full" says of the account; a balance filed only because of such words is not it.
      const chargedInstead =
        superseding || balance === undefined || !same(balance) || terms.amounts.some((a) => same(a.value) && !a.inferred) || terms.numbers.some((n) => same(n.value))
          ? undefined
          : terms.amounts.findLast((a) => !a.inferred && a.turn.speaker === 'agent' && a.turn.acts.includes('recap_terms') && a.value > balance && !partsOfFiled(a.turn));
      if (chargedInstead) superseding = chargedInstead;
      const hit = superseding ? undefined : terms.amounts.find((a) => same(a.value));
      // "Maybe two hundred?": a sum said without "dollars" still agrees it.
      const said = superseding ? undefined : (hit ?? terms.numbers.find((n) => same(n.value)));
      if (said) {
        matched.push(`amount ${money(filed)} as agreed`);
        if (hit) cite(hit);
      } else if (terms.unknownAmounts > 0) {
        matched.push(`amount ${money(filed)} could not be checked (the call reads it out as a placeholder)`);
      } else if (superseding) {
        problems.push(`filed ${money(filed)}, but the recap at turn ${superseding.turn.index} agreed ${money(superseding.value)}`);
        cite(superseding);
      } else if (terms.amounts.length > 0) {
        const said = [...new Set(terms.amounts.map((a) => money(a.value)))].join(', ');
        problems.push(`filed ${money(filed)}, but the call agreed ${said}`);
        cite(terms.amounts[terms.amounts.length - 1]!);
      } else matched.push(`amount ${money(filed)} could not be checked (the call gives no figure)`);
    }

    if (!arrangement!.date) problems.push('the arrangement has no date');
    else {
      const filed = datesIn(arrangement!.date)[0]?.term;
      let verdicts = filed ? terms.dates.map((d) => ({ d, same: sameDate(d.value, filed, callDate) })) : [];
      // "On the 20th of each month, starting January 20th": where the call names the month, a
      // filed February 20th is not the first payment, whatever day of the month it shares.
      // "Today" and "tomorrow" name their day as plainly ("$1,500 today and $500 on July 2nd").
      const withMonth = verdicts.filter((v) => v.d.value.kind === 'calendar' && v.d.value.month !== null);
      // A day of the month said in a later turn than every month named is a day of its own, in the
      // month named: "by June 30th" offered, then "I'll pay it out of my checking on the twenty-sixth".
      const lastMonthTurn = Math.max(...withMonth.map((v) => v.d.turn.index));
      const filedInMonthNamed = filed?.kind === 'calendar' && withMonth.some((v) => v.d.value.kind === 'calendar' && v.d.value.month === filed.month);
      if (withMonth.length > 0) verdicts = [...withMonth, ...verdicts.filter((v) => (v.d.value.kind === 'relative' && callDate !== null) || (v.d.value.kind === 'calendar' && v.d.value.month === null && v.d.turn.index > lastMonthTurn && filedInMonthNamed))];
      // "Friday the twenty seventh": the day of the month pins it; the weekday only agrees with it.
      const calendar = verdicts.filter((v) => v.d.value.kind === 'calendar' && v.same !== undefined);
      if (calendar.length > 0) verdicts = verdicts.filter((v) => v.d.value.kind !== 'weekday');
      // A date corrected on the call ("Wait, the 15th is too early, can you make it the 22nd?") is
      // superseded: the last recap that names a date is what was agreed.
      const lastRecap = recapAfterChange(terms, (t) => verdicts.some((v) => v.d.turn === t), correctsDate(terms));
      if (lastRecap) verdicts = verdicts.filter((v) => v.d.turn === lastRecap);
      const hit = verdicts.find((v) => v.same === true);
      const decided = verdicts.filter((v) => v.same !== undefined);
      if (hit) {
        matched.push(`date ${arrangement!.date} as agreed`);
        cite(hit.d);
      } else if (terms.unknownDates > 0) {
        matched.push(`date ${arrangement!.date} could not be checked (the call reads it out as a placeholder)`);
      } else if (decided.length > 0) {
        // The day of the month said, over a "today" said of something else ("a letter by email today").
        const last = (decided.filter((v) => v.d.value.kind === 'calendar').pop() ?? decided[decided.length - 1]!).d;
        problems.push(`filed the date ${arrangement!.date}, but the call agreed "${last.turn.text.slice(last.start, last.end)}"`);
        cite(last);
      } else if (!filed) problems.push(`the filed date "${arrangement!.date}" is not a date`);
      else matched.push(`date ${arrangement!.date} could not be checked against the call`);
    }

    // No way of paying named on the call, none filed: the record is true to the call.
    if (!arrangement!.method) {
      if (terms.methods.length > 0) problems.push('the arrangement has no payment method');
      else matched.push('no payment method agreed on the call, none filed');
    }
    else {
      const filed = new Set(methodsIn(arrangement!.method, true).map((m) => m.method));
      const declined = declinedMethods(terms);
      // A way of paying changed on the call ("Go back to the checking account") is superseded: the
      // last recap that names a method is what was agreed.
      let said = terms.methods;
      // "You can pay by phone or on our website each month": a channel, not the card or account paid with.
      const instrument = (m: Said<string>) => !CHANNELS.has(m.value);
      const recap = new Set(said.map((m) => m.value)).size > 1 ? recapAfterChange(terms, (t) => said.some((m) => m.turn === t && instrument(m)), CHANGES_METHOD) : undefined;
      if (recap) said = said.filter((m) => m.turn === recap);
      const hit = said.find((m) => filed.has(m.value) && !declined.has(m.value));
      const refused = hit ? undefined : terms.methods.find((m) => filed.has(m.value));
      if (refused) {
        problems.push(`filed ${arrangement!.method}, which was declined on the call`);
        cite(refused);
      } else if (hit && cardKindDiffers(arrangement!.method, terms)) {
        problems.push(`filed ${arrangement!.method}, but the call paid by ${/\bcredit\b/i.test(arrangement!.method) ? 'debit' : 'credit'} card`);
        cite(hit);
      } else if (hit) {
        matched.push(`method ${arrangement!.method} as agreed`);
        cite(hit);
      } else if (terms.methods.length > 0 && filed.size > 0) {
        const said = terms.methods[terms.methods.length - 1]!;
        problems.push(`filed ${arrangement!.method}, but the call agreed ${said.value}`);
        cite(said);
      } else if (filed.size > 0 && !call.turns.some((t) => t.speaker !== 'system' && (methodsIn(t.text).length > 0 || PAYMENT_DETAILS_GIVEN.test(t.text)))) {
        // "Debit card on file" filed for a call where no way of paying was ever named.
        problems.push(`filed ${arrangement!.method}, but no way of paying was named on the call`);
      } else matched.push(`method ${arrangement!.method} could not be checked against the call`);
    }
  }

  problems.push(...inventedInNotes(call, record.notes));
  problems.push(...phonesNeverSaid(call, record));
  problems.push(...untoldCircumstances(call, record.notes));
  problems.push(...employerInvented(call, record.notes));
  problems.push(...contactInvented(call, record.notes));
  problems.push(...consentNeverGiven(call, record.notes));
  problems.push(...feesDenied(call, record.notes));
  problems.push(...limitedMessageClaimed(call, record.notes));
  problems.push(...complaintDenied(call, record.notes));
  problems.push(...disputeLeftOut(call, outcome, record.notes));
  problems.push(...hardshipDenied(call, record.notes));
  problems.push(...misdatedInNotes(call, outcome, record.notes));
  problems.push(...planClaimed(outcome, record.notes));
  problems.push(...stepsClaimed(call, record.notes));
  problems.push(...topicsDenied(call, record.notes));
  problems.push(...rolesInvented(call, record.notes));
  problems.push(...balanceToldInvented(call, record.notes));
  problems.push(...voluntaryClaimed(call, record.notes));
  problems.push(...confirmationMisfiled(call, [record.notes, (record.arrangement as { confirmation?: unknown } | undefined)?.confirmation]));
  problems.push(...paymentAskDenied(call, record.notes));
  problems.push(...verifiedFirstClaimed(call, record.notes));
  problems.push(...conductTurnedAround(call, record.notes));
  problems.push(...weekdayNeverSaid(call, record.notes));
  problems.push(...collectionStopClaimed(call, record.notes));
  problems.push(...ceaseAcknowledgedClaimed(call, record.notes));
  problems.push(...placeAllowedClaimed(call, record.notes));
  problems.push(...goodTimeClaimed(call, record.notes));
  problems.push(...refusalInvented(call, record.notes));
  problems.push(...disputeDroppedClaimed(call, record.notes));
  problems.push(...bankruptcyOverstated(call, record.notes));
  if (outcome.outcome === 'callback_scheduled') problems.push(...callbackTimeDiffers(call, record.notes), ...callbackFieldDiffers(call, record), ...callbackZoneDiffers(call, record));
  problems.push(...ceaseLeftOut(call, record.notes));
  problems.push(...attorneyLeftOut(call, record.notes));
  if (outcome.outcome === 'payment_plan') problems.push(...planFrequencyDiffers(call, record), ...planCountDiffers(call, record));
  problems.push(...balanceMisfiled(call, record.notes));
  if (outcome.outcome === 'settlement') problems.push(...settlementShareMisfiled(call, record));

  const facts = problems.length > 0 ? problems : matched.length > 0 ? matched : ['the record matches the call'];
  return { held: problems.length === 0, turns: problems.length === 0 ? turns : [], evidence: problems.length === 0 ? evidence : [], facts };
}

/**
 * Circumstances the notes give that nobody spoke of on the call: a job loss, an illness, a
 * death, a divorce, a bankruptcy, a lawyer, a supervisor's approval, a dispute. The next collector would act on them.
 * Each is named in the notes by a few words and is supported by any of a wider set said on the
 * call ("laid off" in the notes, "I'm between jobs" on the call). Negated in the notes ("no
 * attorney", "denies dispute") it claims nothing.
 */
const CIRCUMSTANCES: readonly { fact: string; notes: RegExp; call: RegExp }[] = [
  {
    fact: 'a financial hardship',
    notes: /\b(?:financial hardship|hardship (?:noted|claimed|stated)|hours (?:were |got |being )?cut|reduced hours|behind on (?:(?:her|his|their|other) )?(?:bills|rent|payments)|(?:can'?t|cannot) afford)\b/i,
    call: /\b(?:hardship|hours|cut|behind|afford|tight|struggl\w*|broke|bills|rent|income|paycheck|expenses|budget|short|lost|laid off|unemploy\w*|can'?t (?:pay|do))\b/i,
  },
  {
    fact: 'a job loss',
    notes: /\b(?:lost (?:(?:her|his|their|my|the|a) )?job|job loss|laid off|lay-?off|unemployed|unemployment|out of work|got fired|was fired|been fired|between jobs)\b/i,
    call: /\b(?:jobs?|laid off|lay-?offs?|unemploy\w*|out of work|fired|let go|not working|stopped working|(?:lost|lose|losing) (?:my|her|his|their|our) (?:work|income|hours)|(?:lost|lose|losing) (?:the|my|her|his|their|our) (?:[\w-]+ )?(?:gig|gigs|thing|route|shifts?|contract|position)|hours (?:got |were )?cut|work)\b/i,
  },
  {
    fact: 'an illness or injury',
    notes: /\b(?:hospitali[sz]ed|in (?:the )?hospital|surgery|illness|cancer|injur(?:y|ed|ies)|medical (?:issue|problem|emergency|condition|leave)|disability|disabled|chemo\w*)\b/i,
    call: /\b(?:hospital\w*|surg\w*|ill|illness|sick\w*|cancer|injur\w*|hurt|medical|disab\w*|doctor\w*|health|emergency|accident|treatment|chemo\w*|pregnan\w*|baby|leave|recover\w*|rehab\w*|therapy|operation|stroke|heart attack|(?:had|get|getting|got) (?:his|her|my|their) (?:\w+ )?(?:hip|knee|back|shoulder|heart|gallbladder|appendix)(?: \w+)? (?:done|replaced|fixed|operated on))\b/i,
  },
  {
    fact: 'a death',
    notes: /\b(?:passed away|died|death|deceased|funeral|bereave\w*|widow\w*)\b/i,
    call: /\b(?:passed(?: away| on)?|died|death|dead|deceased|funeral|bereave\w*|widow\w*|late (?:husband|wife|mother|father|mom|dad|son|daughter|brother|sister|partner|spouse)|lost (?:my|her|his|our) (?:husband|wife|mother|father|mom|dad|son|daughter|brother|sister|partner|spouse))\b/i,
  },
  { fact: 'a divorce or separation', notes: /\b(?:divorc\w*|separated|separation)\b/i, call: /\b(?:divorc\w*|separat\w*|split up|ex-?(?:husband|wife|partner)|left (?:me|us))\b/i },
  // "Spoke w/ spouse, joint cardholder; accepts responsibility as co-obligor" when he said "I wasn't on it".
  {
    fact: 'a joint account or a co-signer',
    notes: /\b(?:joint (?:card ?holder|account ?holder|account|owner|borrower|obligor)|co-?obligor|co-?signer|co-?signed|co-?borrower|co-?applicant|co-?maker)\b/i,
    call: /\b(?:joint|co-?sign\w*|co-?borrow\w*|co-?obligor|co-?applicant|co-?maker|guarant\w*|both (?:of )?(?:your|our|their) names (?:are )?on (?:it|the (?:card|account|loan))|authori[sz]ed user)\b/i,
  },
  { fact: 'a bankruptcy', notes: /\b(?:bankrupt\w*|chapter (?:7|13|seven|thirteen))\b/i, call: /\b(?:bankrupt\w*|chapter (?:7|13|seven|thirteen))\b/i },
  { fact: 'a lawyer', notes: /\b(?:attorney|lawyer|legal counsel|represented by)\b/i, call: /\b(?:attorneys?|lawyers?|legal|counsel|represent\w*|law (?:firm|office)s?)\b/i },
  {
    fact: "a supervisor's approval",
    notes: /\b(?:(?:supervisor|manager|team lead|client|creditor)(?: has| had)? (?:approved|okayed|ok'?d|signed off|authori[sz]ed)|(?:approved|okayed|authori[sz]ed) by (?:a |my |the |our )?(?:supervisor|manager|team lead|client|creditor)|(?:supervisor|manager|client|creditor) approval)\b/i,
    call: /\b(?:supervisor|manager|team lead|approv\w*|authori[sz]\w*|sign(?:ed)? off|check with|ask (?:my|the|our) (?:boss|lead))\b/i,
  },
  // "Cons states acct was paid in full to Castellan in 2017" when nobody said a word of paying it.
  {
    fact: 'a payment made before',
    notes: /\b(?:(?:was|were|had been|has been) (?:already )?paid (?:in full|off)|paid (?:in full|off) (?:to|back in|before|in (?:19|20)\d\d)|proof of payment|prior payment)\b/i,
    call: /\b(?:paid|payed|pay(?:ing)? (?:it|that|them) off|receipts?|cancell?ed checks?|proof of payment|bank statements?)\b/i,
  },
  { fact: 'an insurance claim', notes: /\binsurance\b/i, call: /\b(?:insur\w*|coverage|covered|medicaid|medicare|eob|explanation of benefits|claim)\b/i },
  // "she already sent them a letter saying the sale wasn't done right": the lawyer's dispute.
  // Not the card issuer's "fraud text" or "fraud alert" on a payment: no dispute of the debt.
  { fact: 'a dispute', notes: /\b(?:disput\w*|identity theft|fraud\w*(?! (?:text|alert|hold|check|department|team|block|flag|prevention)))\b/i, call: /\b(?:disput\w*|identity theft|fraud\w*|not (?:mine|my (?:debt|account|bill))|never (?:had|opened|signed)|already paid|paid (?:it|that|this) off|wrong|don'?t owe|do not owe|(?:wasn'?t|was not|isn'?t|is not|weren'?t) (?:done )?(?:right|correctly|properly|legal|fair)|challeng\w*|contest\w*|commercially reasonable|object(?:s|ed|ing)? to)\b/i },
];
/** Notes that say a new address or number was obtained: "New address obtained - update skip file". */
const NOTES_NEW_CONTACT =
  /\b(?:new|updated|current|good|alt(?:ernate)?|forwarding) (?:address|number|phone(?: number)?|cell(?: number)?)\b[^.;]{0,20}\b(?:obtained|given|provided|received|captured|got|verified)\b|\b(?:obtained|got|received|captured) (?:a |her |his |their )?(?:new|updated|current|alt\w*|forwarding) (?:address|number|phone|cell)\b/i;
/** A street address said on the call: "1402 West Camelback Road", "418 Linden, apartment 3B". */
const ADDRESS_SAID =
  /\b\d+[a-z]?\s+(?:[a-z]+\s+){0,3}(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|way|court|ct|boulevard|blvd|place|pl|circle|cir|parkway|pkwy|highway|hwy|terrace|trail|apartment|apt|unit)\b/i;

/**
 * A new address or number filed in the notes when nobody gave one on the call: the next collector
 * would write or dial on the strength of it.
 */
function contactInvented(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_NEW_CONTACT.exec(notes) : null;
  if (!m) return [];
  // A number in digits or in words (PHONE_SAID, DIGITS_SAID), or a street address.
  if (call.turns.some((t) => t.speaker !== 'system' && t.speaker !== 'agent' && (PHONE_SAID.test(t.text) || DIGITS_SAID.test(t.text) || ADDRESS_SAID.test(t.text)))) return [];
  return [`the notes say "${m[0].trim()}", but no address or number was given on the call`];
}

/** Where the notes name an employer: "Employed at …", "works for …", "Employer: …". */
const NOTES_EMPLOYER = /\b(?:employed (?:at|by|with)|works? (?:at|for)|working (?:at|for)|employer(?: is)?:?|job at)\s+/gi;
/** The employer's name after it, in capitals: "Sunbelt Rentals", "Acme Tool & Die". */
const EMPLOYER_NAME = /(?:[A-Z][\w&'.-]*|&)(?:\s+(?:[A-Z][\w&'.-]*|&|of|and))*/y;

/**
 * An employer named in the notes that nobody named on the call ("I just started a new job" on the
 * call, "Employed at Sunbelt Rentals" in the notes): a fact the next collector would act on.
 */
function employerInvented(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  for (const k of notes.matchAll(NOTES_EMPLOYER)) {
    EMPLOYER_NAME.lastIndex = k.index + k[0].length;
    const m = EMPLOYER_NAME.exec(notes);
    if (!m) continue;
    const name = m[0].replace(/\s+(?:of|and|&)$/i, '').trim();
    // The first word of the name is enough: "Sunbelt" on the call supports "Sunbelt Rentals".
    const first = name.split(/\s+/)[0]!.replace(/[.'-]+$/, '').toLowerCase();
    if (first.length < 3) continue;
    if (!call.turns.some((t) => t.speaker !== 'system' && t.text.toLowerCase().includes(first))) return [`the notes name the employer "${name}", which nobody named on the call`];
  }
  return [];
}
const NEGATED_BEFORE = guarded(/\b(?:no|not|never|denies|denied|without|nor|non)\b[^.;,]{0,12}$/i);

function untoldCircumstances(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  const out: string[] = [];
  for (const c of CIRCUMSTANCES) {
    const m = c.notes.exec(notes);
    if (!m || NEGATED_BEFORE.test(notes.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (call.turns.some((t) => t.speaker !== 'system' && c.call.test(t.text))) continue;
    out.push(`the notes say "${m[0]}" (${c.fact}), which nobody spoke of on the call`);
  }
  return out;
}

/** Notes that file the consumer's leave for someone else: "authorized on acct per consumer", "with consumer's consent". */
const CONSENT_CLAIMED = guarded(
  /\b(?:authori[sz]ed (?:on (?:the )?(?:acct|account) )?(?:per|by) (?:the )?(?:consumer|cons|debtor|cardholder|borrower)|(?:consumer|cons|debtor|borrower) (?:gave|granted|provided|authori[sz]ed|okayed|ok'?d) (?:verbal )?(?:consent|permission|authori[sz]ation|(?:him|her|them) to)|with (?:the )?(?:consumer|cons|debtor|borrower)(?:'s|s')? (?:consent|permission|authori[sz]ation)|(?:verbal )?(?:consent|permission|authori[sz]ation) (?:given|obtained|received) (?:by|from) (?:the )?(?:consumer|cons|debtor|borrower))\b/i,
);

/**
 * Notes that say the consumer let someone else hear or handle the account, on a call where the
 * consumer never came on the line verified, nor let anyone listen: "Spoke w/ son, authorized on acct
 * per consumer" when only the son spoke.
 */
function consentNeverGiven(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  const m = CONSENT_CLAIMED.exec(notes);
  if (!m || NEGATED_BEFORE.test(notes.slice(Math.max(0, m.index - 24), m.index))) return [];
  if (call.turns.some((t) => t.state.rpcVerified || t.state.listenerConsented)) return [];
  return [`the notes say "${m[0]}", but the consumer never came on the call to give it`];
}

/** The agent reports a payment method that failed: "that card was declined", "the account number came back invalid". */
const DECLINED = guarded(/\b(?:was|were|got|has been|came back|is) (?:declined|rejected|invalid|returned|refused)\b|\bdid(?:n'?t| not) go through\b|\bcame back invalid\b/i);

/** Methods named before a turn that reports them declined, unless named again after it. */
/** Words before a way of paying that set it aside: "I'm not running the Visa again". */
const SET_ASIDE_BEFORE = guarded(/\b(?:not|won'?t|will not|never) (?:be )?(?:running|run|charging|charge|using|use|trying|try|putting it on|put it on) (?:the|your|that)(?: \w+)? ?$/i);
/** A way of paying said to have failed: "the bank account's the one that got messed up". */
const FAILED_AFTER = /^(?:'s| is| was) (?:the one that (?:got messed up|bounced|failed|came back|got closed|was closed)|closed|no good|frozen|overdrawn)\b/i;
function declinedMethods(terms: AgreedTerms): Set<string> {
  const out = new Set<string>();
  let last: Said<string> | undefined;
  let k = 0;
  for (const t of terms.turns) {
    const reportsDecline = t.speaker === 'agent' && DECLINED.test(t.text);
    if (reportsDecline && last !== undefined) out.add(last.value);
    for (; k < terms.methods.length && terms.methods[k]!.turn === t; k++) {
      if (reportsDecline) continue;
      const m = terms.methods[k]!;
      // "Not a card. I don't do cards over the phone. Take it out of my checking.": the consumer turns one way down.
      // "Use my debit card, the bank account's the one that got messed up": that one is set aside.
      if (t.speaker !== 'agent' && (REFUSED_BEFORE.test(t.text.slice(Math.max(0, m.start - 24), m.start)) || FAILED_AFTER.test(t.text.slice(m.end, m.end + 40)))) {
        out.add(m.value);
        continue;
      }
      out.delete(m.value);
      last = m;
    }
  }
  return out;
}

/** Ways of reaching the agency to pay, not what is paid with. */
const CHANNELS: ReadonlySet<string> = new Set(['phone', 'online']);

/** A filed "method" that is a way of calling back, not of paying. */
const CALL_METHOD = guarded(/\b(?:call\s?back|phone call|call|outbound|inbound|dial)\b/i);

/** Payment details read out or taken off the tape: a card or account number, "[card details taken]". */
const PAYMENT_DETAILS_GIVEN = guarded(/\[[^\]]*(?:card|account|routing|payment|cvv|expir)[^\]]*\]|\b(?:card|account|routing) (?:number|ending|details)|\bon file\b|\bexpir\w*|\bcvv\b|\bsecurity code\b/i);

/** Words just before a way of paying that turn it down: "not a", "I don't do", "I don't really use my", "no". */
const REFUSED_BEFORE = guarded(/\b(?:not(?: (?:on|with|by|from|using))?|no|(?:don'?t|do not|won'?t|will not|never|can'?t|cannot|can not)(?: (?:really|even|usually|ever|like to|normally))? (?:do|use|have|own|carry|give (?:out |you )?|want to use|pay (?:by|with|on))(?: (?:a|my|the|any))?)\s+$/i);

/** A credit card filed for a call that only ever named a debit card, or the other way round. */
function cardKindDiffers(filed: string, terms: AgreedTerms): boolean {
  const filedCredit = /\bcredit\b/i.test(filed);
  const filedDebit = /\bdebit\b/i.test(filed);
  if (filedCredit === filedDebit) return false;
  // "The credit card, not the debit": the kind turned down is no kind said.
  const said = terms.turns.map((t) => t.text).join(' ').replace(/\bnot (?:the |a |my |on the |on my )?(?:debit|credit)(?: card)?\b/gi, ' ');
  const saidCredit = /\bcredit card\b/i.test(said);
  const saidDebit = /\bdebit(?: card)?\b/i.test(said);
  return filedCredit ? saidDebit && !saidCredit : saidCredit && !saidDebit;
}

/**
 * The last recap that names a term (`names`), when the consumer changed that term before it
 * (`change`: "Can it be the 8th?", "Go back to the checking account"): what was agreed.
 */
function recapAfterChange(terms: AgreedTerms, names: (t: AnnotatedTurn) => boolean, change: GuardedPattern | ((t: AnnotatedTurn, i: number) => boolean)): AnnotatedTurn | undefined {
  const changes = typeof change === 'function' ? change : (t: AnnotatedTurn) => change.test(t.text);
  // The agent's last read-back of terms, a recap or the offer restated ("So $150 on April 3rd and the 3rd of every month after that").
  const recap = [...terms.turns].reverse().find((t) => t.speaker === 'agent' && hasAny(t.acts, ['recap_terms', 'offer_payment_plan', 'offer_settlement']) && names(t));
  if (!recap || !terms.turns.some((t, i) => t.speaker !== 'agent' && t.index < recap.index && changes(t, i))) return undefined;
  return recap;
}

/**
 * The consumer changes the day the agent just read: in so many words (CORRECTS_DATE), or with
 * another day of the month alone ("First one April 1st …?" "The 3rd. I get paid on the 2nd.").
 */
function correctsDate(terms: AgreedTerms): (t: AnnotatedTurn, i: number) => boolean {
  return (t, i) => {
    if (CORRECTS_DATE.test(t.text)) return true;
    const day = BARE_DAY.exec(t.text);
    if (!day) return false;
    const before = terms.turns[i - 1];
    if (before === undefined || before.speaker !== 'agent') return false;
    const offered = datesIn(before.text).map((d) => d.term).filter((d) => d.kind === 'calendar' && d.day !== null);
    return offered.length > 0 && offered.every((d) => d.kind === 'calendar' && d.day !== Number(day[1]));
  };
}
const BARE_DAY = /^\W*(?:no,? |actually,? |make it )?the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|works|is fine))/i;

/** The consumer changes the way to pay: "Actually, put it on my debit card", "Go back to the checking account". */
const CHANGES_METHOD = guarded(/\b(?:go back to|switch (?:it |that )?(?:to|over to)|change (?:it|that) to|actually,? (?:put|use|do|make|run|take)|instead|rather (?:use|do|put|pay))\b/i);

/** The consumer corrects a date read back to them: "Wait, the 15th is too early. Can you make it the 22nd?", "I'd rather the 15th". */
const CORRECTS_DATE = guarded(/\b(?:too (?:early|late|soon)|can (?:you|we) (?:make|move|change|push|switch) (?:it|that|the date|the payment)|can (?:it|that|we|i) (?:be|do it|make it|pay) (?:on )?(?:the )?(?:next |following )?(?:\d+(?:st|nd|rd|th)?|[a-z]+day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|let'?s (?:say|make it|do it|go with) (?:the )?(?:\d+(?:st|nd|rd|th)?|[a-z]+day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|make it (?:the )?(?:\d+(?:st|nd|rd|th)?|[a-z]+day)|(?:not|no,? not) the \d+|(?:^|[.!?] )(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? not (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:wrong|different) (?:date|day)|i (?:said|meant) (?:the |on the )?(?:\d+\w*|[a-z-]*(?:first|second|third|th))\b|(?:start|begin|starting|beginning)(?: it| them| the (?:payments?|plan))?(?: in| on)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|instead of (?:tomorrow|today|friday|monday|the \d+\w*)|i(?:'d| would) rather (?:have it on |do it on |pay on |make it )?the \d+\w*|skip the \d+\w*|start (?:on|with) the \d+\w*|move (?:my|the) (?:date|payment(?: date)?|due date))\b/i);

/** Words with which notes record a dispute, or what it was about. */
const NOTES_DISPUTE =
  guarded(/\b(?:disput\w*|contest\w*|challeng\w*|den(?:y|ies|ied) (?:owing|the debt|it)|(?:doesn'?t|does not|don'?t|do not) (?:owe|recogni[sz]e)|not (?:his|hers|mine|theirs|their|responsible)|claims?|says?|states?|stated|alleg\w*|returned|already paid|paid (?:in full|directly|it|the)|fraud\w*|identity theft|validation(?! (?:rights|notice|language|period|window))|verification(?! (?:of (?:identity|id|dob)|completed|done|passed))|itemi[sz]\w*|incorrect|wrong|error|insurance|proof|receipt(?! (?:by|via|to|will|sent|emailed|mailed|texted)\b))\b/i);

/**
 * Notes that file a callback or a payment for a day the call did not set: "Callback set for
 * 03/13/2026" after "I'll call you this Thursday, March 12th"; "Remaining $340.00 scheduled for
 * 2026-06-17" after "$340 on Wednesday, June 10th". Only a day pinned to a month is compared,
 * against every day said on the call; for a payment, only a day the notes tie to paying.
 */
function misdatedInNotes(call: AnnotatedCall, outcome: OutcomeResult, notes: string | undefined): string[] {
  const callback = outcome.outcome === 'callback_scheduled';
  if (!notes || (!callback && !ARRANGED.includes(outcome.outcome))) return [];
  const callDate = callDay(call.context.call_timestamp_local);
  const filed = datesIn(notes).filter((d) => {
    if (d.term.kind !== 'calendar' || d.term.month === null) return false;
    // The clause the date closes: "remaining 4370.55, follow-up call week of 5/4" ties it to a call.
    const clause = notes.slice(0, d.start).split(/[.;,]\s/).pop()!;
    // "(admitted Sat 4/11)" tells of the consumer's week, not of the callback.
    if (callback) return CALL_CLAUSE.test(clause);
    // "Willamette Family Dental $275.00 (crown 08/25)": a date in an aside about the debt, not a payment's.
    const open = clause.lastIndexOf('(');
    if (open >= 0 && !clause.slice(open).includes(')') && !PAYMENT_CLAUSE.test(clause.slice(open))) return false;
    // "Scheduled callback kept (set 3/6)": the day the callback was set, not a payment's.
    return PAYMENT_CLAUSE.test(clause) && !BIRTH_WORDS.test(clause) && !CALLBACK_NOTE.test(clause) && !(callDate && filedDay(d.term)?.getTime() === callDate.getTime());
  });
  if (filed.length === 0) return [];
  const said = call.turns.filter((t) => t.speaker !== 'system').flatMap((t) => datesIn(t.text).map((d) => ({ d, t })));
  const out: string[] = [];
  for (const f of filed) {
    const verdicts = said.map((x) => sameDate(x.d.term, f.term, callDate)).filter((v) => v !== undefined);
    if (verdicts.length > 0 && !verdicts.includes(true)) out.push(`the notes file the ${callback ? 'callback' : 'payment'} for ${notes.slice(f.start, f.end)}, a day the call never set`);
  }
  return out;
}
/** Words in the notes that tie the date after them to a call. */
const CALL_CLAUSE = guarded(/\b(?:call\w*|cb|contact\w*|reach\w*|follow\w*|f\/u|try\w*|ring\w*|phone\w*|dial\w*|speak|talk|until|before|after)\b/i);
/** A callback named in the clause: its date is the call's, not a payment's. */
const CALLBACK_NOTE = guarded(/\b(?:call ?back|cb|follow-?up|f\/u)\b/i);
/** Words in the notes that tie the date after them to a payment. */
const PAYMENT_CLAUSE = guarded(/\$|\b(?:pay\w*|scheduled|due|instal\w*|draft\w*|charg\w*|debit\w*|post-?dated|remaining|remainder|rest)\b/i);
const BIRTH_WORDS = guarded(/\b(?:dob|born|birth\w*)\b/i);

/** Notes that describe a plan the consumer agreed to: "agreed to payment plan of $300/mo x 3". */
const NOTES_AGREED_PLAN =
  guarded(/\bagreed (?:to )?(?:a |the )?(?:payment )?plan\b|\bplan of \$|\$\s?[\d,.]+ ?(?:\/ ?|per |a )(?:mo|month|wk|week)\b[^.;]{0,20}\bx ?\d+|\b(?:remaining|rest|remainder|balance of)\b[^.;]{0,15}\$\s?[\d,.]+[^.;]{0,10}\b(?:on|by|due) (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)/i);
const OFFERED_BEFORE = guarded(/\b(?:declined|refused|offered|rejected|turned down|no|not|instead of)\b[^.;]{0,30}$/i);

/** Notes that file a plan for a call that agreed a single payment. */
function planClaimed(outcome: OutcomeResult, notes: string | undefined): string[] {
  if (!notes || outcome.outcome !== 'promise_to_pay') return [];
  const m = NOTES_AGREED_PLAN.exec(notes);
  if (!m || OFFERED_BEFORE.test(notes.slice(Math.max(0, m.index - 40), m.index))) return [];
  return [`the notes say "${m[0]}", but the call agreed a single payment`];
}

const ARRANGED: readonly string[] = ['promise_to_pay', 'payment_plan', 'settlement'];
/** Notes that leave out a dispute the consumer raised: the next collector would press for a debt in dispute. */
function disputeLeftOut(call: AnnotatedCall, outcome: OutcomeResult, notes: string | undefined): string[] {
  // Only someone else was reached: "I never had a loan with them" from the son is no dispute of the consumer's.
  if (!notes || call.final.disputeAt === null || outcome.outcome === 'wrong_party') return [];
  // Only a dispute in so many words ("I returned the modem… I don't owe that"), not a doubt voiced in passing.
  // An interpreter's "She doesn't owe this money" is the consumer's "I don't owe this money".
  const said = call.turns.find((t) => t.speaker !== 'agent' && t.acts.includes('disputes_debt') && (DISPUTE_SAID.test(t.text) || (t.speaker === 'third_party' && DISPUTE_SAID.test(inFirstPerson(t.text)))));
  if (!said) return [];
  // A consumer who went on to arrange a payment let the doubt go ("I thought Medicare paid… okay, $50
  // a month"): the notes need not name it, but may not deny it ("acknowledged full balance, no dispute").
  if (ARRANGED.includes(outcome.outcome)) {
    const denied = NOTES_NO_DISPUTE.exec(notes);
    return denied && !NOTES_DISPUTE.test(notes.replace(NOTES_NO_DISPUTE_ALL, ' ')) && !ADMITS_OWING.test(call.turns.slice(said.index).filter((t) => t.speaker !== 'agent').map((t) => t.text).join(' '))
      ? [`the notes say "${denied[0]}", but the consumer disputed the debt at turn ${said.index}`]
      : [];
  }
  // "Consumer refused to pay … says paid": a consumer who says the bill is paid or not theirs
  // did not refuse to pay it, and the file sends the next collector after a refusal.
  const refusal = NOTES_REFUSED.exec(notes);
  if (refusal) return [`the notes say "${refusal[0]}", but the consumer disputed the debt at turn ${said.index}`];
  const denied = NOTES_NO_DISPUTE.exec(notes);
  // "Consumer acknowledges debt, states she will pay once divorce is finalized": the debt owned, in
  // the notes, when the consumer said it was someone else's.
  if (denied && !NOTES_DISPUTE_NAMED.test(notes.replace(NOTES_NO_DISPUTE_ALL, ' '))) return [`the notes say "${denied[0]}", but the consumer disputed the debt at turn ${said.index}`];
  // "Disputes the MRI charge. Does not dispute the office visit": a partial dispute, recorded.
  if (NOTES_DISPUTE.test(notes.replace(NOTES_NO_DISPUTE_ALL, ' '))) return [];
  if (denied) return [`the notes say "${denied[0]}", but the consumer disputed the debt at turn ${said.index}`];
  return [`the consumer disputed the debt at turn ${said.index}, and the notes do not say so`];
}
/** Notes that file a bankruptcy as filed when the consumer only spoke of filing one ("we're talking about filing"). */
const NOTES_BANKRUPTCY_FILED = guarded(/\b(?:filed|has filed|have filed|in|under) (?:for )?(?:chapter (?:7|13|seven|thirteen)|bankruptcy)\b|\b(?:bankruptcy|bk|(?:ch\.?|chapter) ?(?:7|13|seven|thirteen))(?: petition| case)? (?:was |has been )?filed\b|\bpetition filed\b/i);
const BANKRUPTCY_FILED_SAID = guarded(/\b(?:(?:we|i|he|she|they)(?: have| had|'ve)?(?: actually| already| just| finally)? filed|(?:^|[.!?] )filed (?:on |back (?:in|on) )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|this|in)|(?:we|i)(?:'re| are|'m| am) in (?:a )?(?:chapter|bankruptcy)|case (?:number|#|no)|discharged?|trustee)\b/i);
const BANKRUPTCY_WEIGHED =
  guarded(/\b(?:talking about|thinking (?:about|of)|considering|looking into|might|may|going to|gonna|planning (?:on|to)|about to)\b[^.?!]{0,20}\b(?:fil(?:e|ing)|bankrupt\w*|chapter)\b|\b(?:have|has|did) (?:they|he|she|we|it|my (?:lawyer|attorney)) (?:already )?filed\b[^.?!]*\?/i);
function bankruptcyOverstated(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_BANKRUPTCY_FILED.exec(notes) : null;
  if (!m) return [];
  const said = call.turns.filter((t) => t.speaker !== 'system' && t.speaker !== 'agent');
  // "Have they filed it yet? I don't even know.": a question files nothing.
  if (said.some((t) => t.text.split(/(?<=[.!?])\s+/).some((x) => !x.trim().endsWith('?') && BANKRUPTCY_FILED_SAID.test(x)))) return [];
  const weighed = said.find((t) => BANKRUPTCY_WEIGHED.test(t.text));
  if (weighed) return [`the notes say "${m[0]}", but at turn ${weighed.index} the consumer only spoke of filing`];
  // "I hired a bankruptcy attorney two weeks ago": a lawyer for a bankruptcy, no case said to be filed.
  const spoken = said.find((t) => /\bbankrupt\w*|\bchapter (?:7|13|seven|thirteen)\b/i.test(t.text));
  return spoken ? [`the notes say "${m[0]}", but the consumer never said a case was filed (bankruptcy spoken of at turn ${spoken.index})`] : [];
}

/** Notes that say the consumer dropped a dispute or owned the debt: "Consumer withdrew dispute and agreed balance is owed". */
const NOTES_DISPUTE_DROPPED =
  guarded(/\b(?:withdr[ae]w\w* (?:(?:the|their|his|her|a|its) )?(?:(?:prior|previous|earlier|original|written) )?dispute|dropped (?:(?:the|their|his|her) )?(?:(?:prior|previous|earlier|original|written) )?dispute|no longer disput\w*|(?:agreed|agrees|admitted|admits|acknowledged|acknowledges|confirmed|confirms) (?:that )?(?:the )?(?:balance|debt|amount)(?: is)? (?:owed|valid|correct|accurate)|(?:admits|admitted|acknowledges|acknowledged) (?:owing|the debt)|debt (?:is )?(?:acknowledged|admitted))\b/i);
const CONCEDES = guarded(/\b(?:it'?s|it is|that'?s|that is) (?:right|correct|fair|accurate|mine)\b|\bi (?:do )?owe (?:it|that|this)\b/i);
function disputeDroppedClaimed(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_DISPUTE_DROPPED.exec(notes) : null;
  if (!m || call.final.disputeAt === null) return [];
  const last = [...call.turns].reverse().find((t) => isConsumer(t) && t.acts.includes('disputes_debt'));
  if (!last) return [];
  // "…it was the two deliveries. So, yeah. It's right." "No, no. It's fair.": the consumer came round.
  // "Does that, like, admit it's mine?" asks; it concedes nothing.
  const concedes = (text: string) => ADMITS_DEBT.test(normalize(text)) || text.split(/(?<=[.!?])\s+/).some((x) => !x.trim().endsWith('?') && CONCEDES.test(x));
  const conceded = call.turns.some((t) => t.index >= last.index && isConsumer(t) && concedes(t.text));
  return conceded ? [] : [`the notes say "${m[0]}", but the consumer still disputed the debt at turn ${last.index}`];
}

/**
 * Notes that file a refusal nobody made: "Cons refused to make a payment arrangement" when the
 * consumer offered to pay and the agent never asked ("I could probably do something on it").
 */
function refusalInvented(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_REFUSED_ANY.exec(notes) : null;
  if (!m || NEGATED_BEFORE.test(notes!.slice(Math.max(0, m.index - 24), m.index))) return [];
  if (call.turns.some((t) => isConsumer(t) && hasAny(t.acts, ['refuses_to_pay', 'disputes_debt', 'requests_cease', 'has_attorney']))) return [];
  const offered = call.turns.find((t) => isConsumer(t) && t.acts.includes('agrees_to_pay'));
  if (offered) return [`the notes say "${m[0]}", but the consumer refused nothing and offered to pay at turn ${offered.index}`];
  // "I just got off a twelve-hour shift … Call me this afternoon, after three": not now is no refusal.
  const later = call.turns.find((t) => isConsumer(t) && t.acts.includes('requests_callback') && CALL_ME_LATER.test(t.text));
  if (later) return [`the notes say "${m[0]}", but the consumer refused nothing and asked to be called back at turn ${later.index}`];
  // Nothing was asked for, so nothing could be refused.
  const asked = call.agentTurns.some((t) => hasAny(t.acts, PAYMENT_ASKED));
  return asked || call.agentTurns.length === 0 ? [] : [`the notes say "${m[0]}", but no payment was asked for on the call`];
}
const CALL_ME_LATER = guarded(/\bcall (?:me|back)\b[^.?!]{0,40}\b(?:later|tomorrow|tonight|after \w+|this (?:afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d)|\b(?:don'?t|do not) call me (?:at (?:work|my job)|here)\b|\bcan'?t (?:do|talk about) (?:this|that|it) (?:here|at work)\b/i);
const NOTES_REFUSED_ANY = guarded(/\brefus\w* (?:to (?:pay|make (?:a |any )?(?:payment|arrangement)|set up (?:a |any )?(?:payment|plan|arrangement)|agree to (?:a |any )?(?:payment|plan|arrangement))|(?:a |any |the )?(?:payment|arrangement|plan)s?)\b|\bRTP\b/i);

/** Notes that deny a hardship the consumer told of: "No hardship stated" after "I got laid off". */
function hardshipDenied(call: AnnotatedCall, notes: string | undefined): string[] {
  const denied = notes ? NOTES_NO_HARDSHIP.exec(notes) : null;
  if (!denied || call.final.hardshipAt === null) return [];
  // Only a hardship in so many words, not a sigh the model read as one.
  const told = call.turns.find((t) => isConsumer(t) && t.acts.includes('hardship') && HARDSHIP_SAID.test(t.text));
  return told ? [`the notes say "${denied[0]}", but the consumer told of a hardship at turn ${told.index}`] : [];
}
const NOTES_NO_HARDSHIP = guarded(/\bno (?:financial )?hardship(?: (?:stated|given|mentioned|claimed|reported|noted|indicated|disclosed|expressed))?\b|\bno reason (?:was )?(?:given|stated|provided|offered)\b/i);
const HARDSHIP_SAID =
  guarded(/\b(?:laid off|lay-?off|lost (?:my|his|her|our) (?:job|work|income|hours)|unemploy\w*|out of work|not working|disabilit\w*|social security|ssi|ssdi|fixed income|pension|can'?t afford|cannot afford|no money|broke|medical|hospital\w*|surgery|sick|cancer|chemo\w*|divorc\w*|passed (?:away|in)|died|funeral|evict\w*|hours (?:got |were )?cut|rent'?s|on unemployment|kids?|child support|behind on)\b/i);
/** The consumer takes the dispute back: "okay, I owe it", "fine, it's mine". */
// Not "I don't think I owe that number".
const ADMITS_OWING = guarded(/\b(?:(?<!\b(?:think|believe|sure|saying|say|know if|know that|doubt)\s)i (?:do |still )?owe (?:it|that|this|the (?:whole|full) (?:thing|balance|amount))|(?:it'?s|that'?s|it is|that is) (?:all )?mine|i'?m not disputing|i am not disputing|you'?re right)\b/i);
const NOTES_REFUSED = guarded(/\brefus\w* to pay\b|\brefused payment\b|\bRTP\b/i);
const NOTES_NO_DISPUTE = guarded(/\b(?:no dispute|not disputed|(?:does not|doesn'?t|did not|didn'?t) dispute|no (?:dispute|disputes) (?:raised|made|noted)|(?:consumer|customer|debtor|cx|cons|he|she|they) (?:confirm(?:s|ed)|acknowledg(?:es|ed)|agree(?:s|d) (?:to|with)|admit(?:s|ted)|accept(?:s|ed)) (?:the )?(?:full )?(?:(?!pay\b|paying\b|settle\w*|part\b|half\b|some\b)[\w'&-]+ ){0,4}?(?:balance|amount owed|debt)(?! (?:is )?(?:not|in dispute|disputed)))\b/i);
const NOTES_NO_DISPUTE_ALL = new RegExp(NOTES_NO_DISPUTE.source, 'gi');
/** A dispute named in so many words in the notes (not only "states…", "says…"). */
const NOTES_DISPUTE_NAMED = guarded(/\b(?:disput\w*|contest\w*|challeng\w*|not (?:his|hers|mine|theirs|responsible)|fraud\w*|identity theft|already paid|paid (?:in full|directly))\b/i);

/** Notes that leave out a request to stop calling: the next collector would dial again. */
const NOTES_CEASE = guarded(/\b(?:cease|c&d|c\/d|stop (?:calling|contact\w*|all)|(?:do[- ]not|don'?t|no)[- ](?:more )?(?:call|calls|contact|phone)|dnc|mail only|in writing only|written (?:contact|communication) only|no (?:further|more) (?:consumer |direct |phone |telephone )?(?:calls|contact)|(?:phone |telephone )?(?:contact|calls) ceased|(?:written|mail|correspondence|letters?)(?: correspondence| contact)? only|(?:all )?(?:further )?(?:communication|contact|calls) (?:goes |to go |will go |should go |(?:is |are )?to be (?:directed|routed|sent|referred) |(?:is |are )?(?:directed|routed|referred) )?(?:to|through) (?:the |her |his |their )?(?:attorney|lawyer|counsel)|attorney[- ]represented|represented by (?:an )?(?:attorney|atty|counsel|a lawyer)|requested no)\b/i);
const ARRANGEMENT_ENDS_CALLS = guarded(/\b(?:with|once|now that|while|as long as)\b[^.?!]{0,60}\b(?:plan|arrangement|settlement|payments?|agreement)\b[^.?!]{0,60}\b(?:won'?t|will not|shouldn'?t|should not|wouldn'?t|would not|not)\b[^.?!]{0,20}\b(?:be getting|get|getting|receive|hear)\b[^.?!]{0,25}\b(?:calls?|from us)\b/i);
const NOTES_ARRANGEMENT = guarded(/\b(?:plan|ppa?|arrangement|settle\w*|sif|installments?|biweekly|monthly|weekly)\b/i);
const ONCE_PAID = guarded(/\bonce (?:this|it|that|the payment) (?:posts|clears|goes through|is (?:paid|processed|posted))\b/i);
const NOTES_PAID_IN_FULL = guarded(/\b(?:pif|paid in full|paid-in-full|settled in full|sif)\b/i);
function ceaseLeftOut(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes || call.final.ceaseAt === null || !call.final.rpcVerified || NOTES_CEASE.test(notes)) return [];
  // "Please don't call me again then." "Once this posts you won't hear from us": no more calls because
  // the account is paid, which notes of the payment in full already tell.
  const answer = call.agentTurns.find((t) => t.index > call.final.ceaseAt!);
  if (answer !== undefined && ONCE_PAID.test(answer.text) && NOTES_PAID_IN_FULL.test(notes)) return [];
  // "Can you stop calling me every day now?" "With the arrangement in place you won't be getting collection
  // calls": the calls end with the plan the notes file.
  if (answer !== undefined && ARRANGEMENT_ENDS_CALLS.test(answer.text) && NOTES_ARRANGEMENT.test(notes)) return [];
  return [`the consumer asked at turn ${call.final.ceaseAt} not to be called, and the notes do not say so`];
}

/**
 * A plan filed at another rhythm than the call agreed: "monthly" filed for "$90 every other Friday".
 * The filed frequency (the arrangement's own field, else the one rhythm the notes name) against the
 * instalments of the last read-back or offer of the plan on the call.
 */
function frequencyOfWords(text: string): Frequency | null {
  const kinds = new Set<Frequency>();
  if (/\b(?:bi-?weekly|every (?:two|2|other) weeks?|every other (?:mon|tues|wednes|thurs|fri|satur|sun)day|fortnightly|biweek)\b/i.test(text)) kinds.add('biweek');
  if (/\b(?:weekly|per week|a week|each week|every week|\/wk|\/week)\b/i.test(text.replace(/\b(?:bi-?weekly|every (?:two|2|other) weeks?)\b/gi, ' '))) kinds.add('week');
  if (/\b(?:monthly|per month|a month|each month|every month|\/mo(?:nth)?|mo\.)(?![a-z])/i.test(text) && !/\bsemi-?monthly\b/i.test(text)) kinds.add('month');
  return kinds.size === 1 ? [...kinds][0]! : null;
}
function planFrequencyDiffers(call: AnnotatedCall, record: CallRecord): string[] {
  const field = record.arrangement?.['frequency' as keyof typeof record.arrangement];
  const filed = typeof field === 'string' ? frequencyOfWords(field.replace(/_/g, '-')) ?? (/^(?:month|week|biweek)$/.test(field) ? (field as Frequency) : null) : record.notes ? frequencyOfWords(record.notes) : null;
  if (filed === null) return [];
  // The rhythm in so many words ("every other Friday", "a month"): "four payments of $195" names none.
  const plan = [...call.agentTurns].reverse().find((t) => hasAny(t.acts, ['recap_terms', 'offer_payment_plan', 'secure_commitment']) && moneyIn(t.text).length > 0 && frequencyOfWords(t.text) !== null);
  if (!plan) return [];
  const said = frequencyOfWords(plan.text)!;
  if (said === filed) return [];
  const name = { week: 'weekly', biweek: 'every two weeks', month: 'monthly' };
  return [`the plan is filed as ${name[filed]}, but the call agreed payments ${name[said]} (turn ${plan.index})`];
}

/** A count of instalments: "six payments of $155", "18 payments in all", "5 x $155". */
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const INSTALMENT_COUNT = new RegExp(
  `(?<![\\w-])(\\d{1,2}|(?:twenty|thirty|forty|fifty|sixty)(?:[- ](?:${UNITS}))?|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: more| monthly| weekly| bi-?weekly| equal| total| even)? (?:payments|instal?lments|months|checks|drafts)\\b(?! (?:ago|behind|late|past due|overdue|in a row|back|since))|\\b(\\d{1,2}) ?[x×] ?\\$`,
  'gi',
);
/** The instalment counts the words name ("six payments of $155", "5 x $155"), with the sentence each is in. */
function instalmentCounts(text: string): { count: number; sentence: string }[] {
  const out: { count: number; sentence: string }[] = [];
  for (const s of text.split(/(?<=[.!?;])\s+/)) {
    for (const m of s.matchAll(INSTALMENT_COUNT)) {
      const n = m[1] !== undefined ? (/^\d+$/.test(m[1]) ? Number(m[1]) : wordsToNumber(m[1].replace(/-/g, ' '))) : Number(m[2]);
      if (n !== null && n >= 2 && !out.some((o) => o.count === n)) out.push({ count: n, sentence: s });
    }
  }
  return out;
}
const FILED_COUNT_FIELDS = ['installments', 'instalments', 'installment_count', 'number_of_payments', 'num_payments', 'payments', 'count', 'term_months'] as const;
/** A plan filed with another number of instalments than the call read back: "5 x $155" for "six payments of $155". */
function planCountDiffers(call: AnnotatedCall, record: CallRecord): string[] {
  const arrangement = record.arrangement as Record<string, unknown> | undefined;
  const field = FILED_COUNT_FIELDS.map((k) => arrangement?.[k]).find((v): v is number => typeof v === 'number' && Number.isInteger(v));
  const fromNotes = record.notes ? instalmentCounts(record.notes) : [];
  const filed = field ?? (fromNotes.length === 1 ? fromNotes[0]!.count : undefined);
  if (filed === undefined) return [];
  // A count is the filed plan's only when its sentence names the filed instalment ("at $60 it would
  // take thirty-nine months" is another plan than the $75 filed).
  const amount = record.arrangement?.amount;
  const ofFiled = (c: { sentence: string }) =>
    amount === undefined || [...moneyIn(c.sentence).flatMap((m) => (m.value === null ? [] : [m.value])), ...numbersIn(c.sentence)].some((v) => Math.abs(v - amount) < 0.005);
  // The last read-back or offer that names one count; a down payment or a last odd payment told
  // beside the instalments may be filed as one more or one fewer.
  const plan = [...call.agentTurns].reverse().find((t) => hasAny(t.acts, ['recap_terms', 'offer_payment_plan', 'secure_commitment']) && instalmentCounts(t.text).some(ofFiled));
  if (!plan) return [];
  const said = instalmentCounts(plan.text).filter(ofFiled).map((c) => c.count);
  if (said.length !== 1 || said.includes(filed)) return [];
  // Sums beside the instalment that are not the balance or the plan's total: a down payment or an odd last one.
  const balance = call.context.debt_amount_claimed;
  const values = [...new Set(moneyIn(plan.text).flatMap((m) => (m.value !== null && !m.isBalance ? [m.value] : [])))];
  const total = (v: number) => (balance !== undefined && Math.abs(v - balance) < 0.005) || values.some((w) => w !== v && (Math.abs(v - said[0]! * w) < 1 || Math.abs(v - filed * w) < 1));
  const sums = values.filter((v) => !total(v)).length;
  if (Math.abs(said[0]! - filed) === 1 && (sums > 1 || EXTRA_PAYMENT.test(plan.text))) return [];
  // A count said after the read-back may be the one agreed in the end; one turned down before it is not.
  if (call.turns.some((t) => t.index > plan.index && t.speaker !== 'system' && instalmentCounts(t.text).some((c) => c.count === filed))) return [];
  // "At a hundred it'd be four payments, or at one-fifty it's done in three" and later "$150 on July
  // 15th, August 15th and September 15th": the read-back's days count the plan chosen.
  const namesFiled = (t: AnnotatedTurn) => amount !== undefined && moneyIn(t.text).some((m) => m.value !== null && Math.abs(m.value - amount) < 0.005);
  const readBack = [...call.agentTurns].reverse().find((t) => t.index > plan.index && t.acts.includes('recap_terms') && namesFiled(t));
  if (readBack && datesIn(readBack.text).filter((d) => d.term.kind === 'calendar').length === filed) return [];
  return [`the plan is filed as ${filed} payments, but the call agreed ${said[0]} (turn ${plan.index})`];
}
const EXTRA_PAYMENT = guarded(/\b(?:down payment|(?:first|initial) payment (?:today|now)|today and then|(?:final|last) (?:payment|one|instal?lment) of|(?:and|plus) (?:a|one) (?:final|last)|(?:a|one) (?:final|last) __amount__)\b|\b(?:and|plus) (?:a |one )?(?:final|last) \$/i);

/** Notes that leave out the lawyer the consumer named: the next collector would call the consumer again. */
const NOTES_ATTORNEY = guarded(/\b(?:attorney|atty|lawyer|counsel|law (?:firm|office|group)|legal (?:aid|representation|rep)|represent\w*|esq\w*|bk|bankruptcy)\b/i);
/** Notes that deny a lawyer: "not represented", "no attorney"; or deny the lawyer's details were given. */
const NOTES_NO_ATTORNEY = guarded(/\b(?:not represented|no (?:attorney|lawyer|counsel|legal representation)(?! (?:info\w*|details|contact\w*|name|number|phone)\b)|(?:denies|denied) (?:having )?(?:an? )?(?:attorney|lawyer))\b/i);
const NOTES_NO_ATTORNEY_DETAILS = guarded(/\bno (?:attorney|lawyer|counsel)(?:'s)? (?:info\w*|details|contact\w*|name|number|phone)(?: (?:info\w*|details|number))?(?: (?:was |were )?(?:provided|given|obtained|offered))?\b/i);
/** A phone number said: "208-555-0193". */
const PHONE_SAID = guarded(/\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}[-. ]\d{4}\b/);
function attorneyLeftOut(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes || call.final.attorneyAt === null || !call.final.rpcVerified) return [];
  const at = call.final.attorneyAt;
  const denied = NOTES_NO_ATTORNEY.exec(notes);
  if (denied) return [`the notes say "${denied[0]}", but the consumer said at turn ${at} that a lawyer acts for them`];
  // "No attorney information provided" when the consumer gave the lawyer's number.
  const noDetails = NOTES_NO_ATTORNEY_DETAILS.exec(notes);
  if (noDetails && call.turns.some((t) => t.index >= at && isConsumer(t) && PHONE_SAID.test(t.text))) {
    return [`the notes say "${noDetails[0]}", but the consumer gave the lawyer's number on the call`];
  }
  if (NOTES_ATTORNEY.test(notes)) return [];
  return [`the consumer said at turn ${call.final.attorneyAt} that a lawyer acts for them, and the notes do not say so`];
}

/** The sums said on a call, each a payment that could bring the balance down. */
function paidDown(call: AnnotatedCall): number[] {
  return call.turns.flatMap((t) => moneyIn(t.text).flatMap((m) => (m.value !== null && m.value > 0 && !m.isBalance ? [m.value] : [])));
}

/**
 * Notes that file the account's balance at a figure the account does not have: "Current balance
 * $753.23" on a $742.10 account (often an inflated figure the agent said). A balance left after a
 * payment, or one the consumer claims, is another figure.
 */
function balanceMisfiled(call: AnnotatedCall, notes: string | undefined): string[] {
  const balance = call.context.debt_amount_claimed;
  if (!notes || balance === undefined || balance <= 0) return [];
  const out: string[] = [];
  for (const m of notes.matchAll(NOTES_BALANCE)) {
    const before = notes.slice(Math.max(0, m.index! - 30), m.index!);
    const after = notes.slice(m.index! + m[0].length, m.index! + m[0].length + 20);
    if (OTHER_BALANCE.test(before + m[0]) || OTHER_BALANCE_AFTER.test(after)) continue;
    const value = Number(m[1]!.replace(/,/g, ''));
    // "Balance $0.00, account closed PIF": what is left once paid.
    if (value === 0) continue;
    if (Math.abs(value - balance) <= Math.max(0.01, balance * 0.005)) continue;
    // "Pymt taken $200 … Bal $442.10" on a $642.10 account: the balance once a sum said on the call is paid.
    if (!paidDown(call).some((paid) => Math.abs(balance - paid - value) < 0.01)) out.push(`the notes file the balance as ${m[0].trim()}, but the account's balance is $${balance.toFixed(2)}`);
  }
  return out;
}
/**
 * Notes that give the settlement a share of the balance it is not: "SIF approved at 55% per client
 * authority" for $4,500 of $11,240 (40%). A share named as the floor ("authority 55%") or as the
 * part taken off ("45% off") is no claim about the sum agreed.
 */
function settlementShareMisfiled(call: AnnotatedCall, record: CallRecord): string[] {
  const balance = call.context.debt_amount_claimed;
  const amount = record.arrangement?.amount;
  if (!record.notes || balance === undefined || balance <= 0 || typeof amount !== 'number' || amount <= 0 || amount >= balance) return [];
  // A settlement paid in parts files one part as the arrangement: its share is not the settlement's.
  if (SPLIT_SETTLEMENT.test(record.notes)) return [];
  const share = (amount / balance) * 100;
  const claims: RegExpMatchArray[] = [];
  for (const m of record.notes.matchAll(NOTES_SHARE)) {
    const before = record.notes.slice(Math.max(0, m.index! - 40), m.index!);
    const after = record.notes.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
    if (!SETTLEMENT_NEAR.test(before + ' ' + after) || SHARE_IS_FLOOR.test(before) || SHARE_IS_FLOOR_AFTER.test(after) || OFF_AFTER.test(after)) continue;
    // "Offered 70% ($1,736.00); consumer countered $1,400 (56%)": the offers on the way, not the deal.
    if (SHARE_PROPOSED.test(before.split(/[;.]/).pop()!)) continue;
    if (Math.abs(Number(m[1]) - share) <= 1.5) return [];
    claims.push(m);
  }
  return claims.length > 0 ? [`the notes put the settlement at ${claims[0]![0].trim()} of the balance, but $${amount.toFixed(2)} of $${balance.toFixed(2)} is ${share.toFixed(1)}%`] : [];
}
// "SIF $2,550 (60% of $4,250) in 2 pays": a settlement in parts, whatever the word for them.
const SPLIT_SETTLEMENT = guarded(/\b(?:payments|instal?lments|split|two-part|2-part|parts|pays|pmts|installs)\b|\bin (?:two|three|2|3) \w+/i);
const SHARE_PROPOSED = guarded(/\b(?:offer\w*|counter\w*|propos\w*|declin\w*|asked|wanted|requested|rejected|refused)\b/i);
const NOTES_SHARE = /\b(\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b)/gi;
const SETTLEMENT_NEAR = guarded(/\b(?:settle\w*|sif|set+lement|payoff|pay-?off|lump)\b/i);
/** "authority 55%", "floor of 55%", "min 50%": the least the client takes, not the sum agreed. */
const SHARE_IS_FLOOR = guarded(/\b(?:authority|authori[sz]ed|floor|minimum|min|limit|up to|down to|as low as)\b[^.;,]{0,12}$/i);
const SHARE_IS_FLOOR_AFTER = guarded(/^\s*(?:authority|floor|minimum|min|limit)\b/i);
const OFF_AFTER = guarded(/^\s*(?:off|discount|reduction|savings?|waived|forgiven)\b/i);
const NOTES_BALANCE = /\b(?:current |total |full |account |outstanding )?(?:balance|bal)(?: is| of| was|:| now)?\s*\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)/gi;
const OTHER_BALANCE_AFTER = guarded(/^\s*(?:at (?:placement|charge-?off|assignment)|before|after|once|when|left|remaining|\+|plus|(?:to be |is |will be |being )?(?:waived|forgiven|written off|wiped|cancell?ed))\b/i);
const OTHER_BALANCE = guarded(/\b(?:remaining|new|after|left|leaves|leaving|reduced|settled|claims?|says|disputes?|per (?:consumer|customer)|consumer'?s|undisputed|disputed|original|at charge-?off|prior|previous|was)\b/i);

/** A step the notes leave for later: "give mini-Miranda on callback", "mini-Miranda to be given next call". */
const STEP_TO_DO_BEFORE = guarded(/\b(?:give|read|provide|deliver|need(?:s)? to|must|will|should|to)\s+(?:the\s+|a\s+)?$/i);
const STEP_TO_DO_AFTER = guarded(/^\s*(?:to be|needed|required|still owed|pending|(?:on|at|during) (?:the )?(?:call ?back|next (?:call|contact))|next (?:call|time))\b/i);
/** Notes that record a step of the call that never happened: "Mini-Miranda given" on a call without it. */
const NOTES_MINI_MIRANDA = guarded(/\b(?:mini[- ]?miranda|mm)(?: (?:was |were )?(?:given|read|provided|disclosed|done|stated|delivered|complete[d]?))?\b/i);
function stepsClaimed(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  // "Mini-Miranda and validation rights given" when nothing was said of the right to dispute.
  const rights = NOTES_RIGHTS_GIVEN.exec(notes);
  if (rights && !NEGATED_BEFORE.test(notes.slice(Math.max(0, rights.index - 24), rights.index)) && !call.agentTurns.some((t) => RIGHTS_SAID.test(t.text))) {
    return [`the notes say "${rights[0]}", but the right to dispute or ask for validation was never stated on the call`];
  }
  const m = NOTES_MINI_MIRANDA.exec(notes);
  if (!m || NEGATED_BEFORE.test(notes.slice(Math.max(0, m.index - 24), m.index))) return [];
  // "Verify and give mini-Miranda on callback": a step left for the next call, not one claimed.
  if (STEP_TO_DO_BEFORE.test(notes.slice(Math.max(0, m.index - 24), m.index)) || STEP_TO_DO_AFTER.test(notes.slice(m.index + m[0].length, m.index + m[0].length + 40))) return [];
  const given = call.agentTurns.find((t) => t.acts.includes('mini_miranda'));
  if (!given) return [`the notes say "${m[0]}", but no Mini-Miranda was given on the call`];
  // "Mini-Miranda given at start of call" when it came only after the debt was discussed.
  const early = NOTES_AT_START.exec(notes.slice(m.index + m[0].length, m.index + m[0].length + 40));
  const debtFirst = call.agentTurns.find((t) => t.index < given.index && hasAny(t.acts, DEBT_NAMED));
  return early && debtFirst ? [`the notes say "${m[0]}${early[0]}", but the debt was discussed at turn ${debtFirst.index}, before the Mini-Miranda at turn ${given.index}`] : [];
}
/** Notes that place the verification before any word of the account: "RPC verified via DOB and address prior to discussing account". */
const NOTES_VERIFIED_FIRST = guarded(/\b(?:verified|verification|vfd|vfy)\b[^.;]{0,60}?\b(?:prior to|before) (?:discussing|disclosing|any discussion of|any (?:account|acct|debt|balance) (?:discussion|details|info\w*|disclosure)|talking about|going over|mentioning|naming|(?:the )?(?:account|debt|balance) (?:was |were )?(?:discussed|disclosed|mentioned|named))\b/i);
function verifiedFirstClaimed(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_VERIFIED_FIRST.exec(notes) : null;
  if (!m) return [];
  const early = call.agentTurns.find((t) => !t.state.rpcVerified && hasAny(t.acts, DISCLOSED_UNVERIFIED));
  return early ? [`the notes say "${m[0]}", but the account was discussed at turn ${early.index}, before anyone was verified`] : [];
}

/** Notes that say the validation rights were given. */
const NOTES_RIGHTS_GIVEN = guarded(/\bvalidation (?:rights?|notice(?: rights?)?|info(?:rmation)?)(?: (?:were|was))? (?:(?:read|given|explained) (?:to|out to) (?:the )?(?:consumer|customer|cons|debtor)|given|explained|provided|advised|read|disclosed|stated|reviewed)\b|\b(?:advised|informed) (?:of|about) (?:the |her |his |their )?(?:validation|dispute) rights\b/i);
/** Words by which the agent states the right to dispute or to ask for validation. */
const RIGHTS_SAID = guarded(/\b(?:30|thirty)[- ]days?\b|\bvalidat\w*|\bdisput\w*|\boriginal creditor\b/i);
/** Notes that place the disclosure at the start of the call. */
const NOTES_AT_START = guarded(/^[^.;]{0,20}?\b(?:at (?:the )?(?:start|beginning|outset|top|open(?:ing)?)(?: of (?:the )?call)?|up ?front|first thing|before (?:discussing|any (?:account |debt )?(?:discussion|details)))/i);
const DEBT_NAMED: readonly string[] = ['state_purpose', 'state_balance', 'request_full_payment', 'offer_payment_plan', 'offer_settlement'];
/** Words of the account said to whoever answered, before anyone was verified. */
const DISCLOSED_UNVERIFIED: readonly string[] = [...DEBT_NAMED, 'third_party_disclosure', 'secure_commitment'];

/**
 * A day of the week the notes hang a callback or a payment on ("will call back Friday with a
 * payment") when no day said on the call can be it: the next collector would wait for a call
 * nobody promised. A day that cannot be told apart ("the 20th" without the call's date) counts as said.
 */
function weekdayNeverSaid(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  const weekdays = datesIn(notes).filter((d) => d.term.kind === 'weekday');
  if (weekdays.length === 0) return [];
  const callDate = callDay(call.context.call_timestamp_local);
  // A date of birth ("August 15th, 1969") names no day to call or pay; any other day said may be
  // the one filed, unless it is known not to be.
  const thisYear = callDate?.getUTCFullYear();
  const said = call.turns
    .filter((t) => t.speaker !== 'system')
    .flatMap((t) => datesIn(t.text).map((d) => d.term))
    .filter((d) => !(d.kind === 'calendar' && d.year !== null && thisYear !== undefined && d.year < thisYear - 1));
  const unsaid = weekdays.find((filed) => !said.some((d) => sameDate(d, filed.term, callDate) !== false));
  return unsaid ? [`the notes name "${notes.slice(unsaid.start, unsaid.end)}", but no such day was named on the call`] : [];
}

/**
 * Notes that tell the agent's misconduct the other way round: "agent remained professional" after
 * the agent swore or threatened; "consumer threatened agent" or "used profanity" when the consumer
 * did neither and the agent did.
 */
const NOTES_AGENT_PROPER = guarded(/\b(?:agent|collector|rep|representative|i)\s+(?:remained|stayed|was|kept)\s+(?:\w+\s+)?(?:professional|calm|courteous|polite|respectful|compliant)\b/i);
const NOTES_CONSUMER_ABUSIVE = guarded(/\b(?:consumer|customer|debtor|client|cx|he|she)\b[^.;]{0,40}\b(?:threatened|used profanity|cursed|swore|(?:was|became|got) (?:verbally )?abusive)\b/i);
const MISCONDUCT: readonly string[] = ['profanity_abuse', 'threat_violence', 'harassment_pressure', 'threat_arrest'];
const THREATENS = guarded(/\b(?:i'?ll|i will|i'?m going to|i am going to|gonna) (?:hurt|kill|come (?:down )?(?:there|after)|sue|report|find)\b/i);
function conductTurnedAround(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  const wrong = call.agentTurns.find((t) => hasAny(t.acts, MISCONDUCT));
  if (!wrong) return [];
  const proper = NOTES_AGENT_PROPER.exec(notes);
  if (proper) return [`the notes say "${proper[0]}", but the agent's words at turn ${wrong.index} broke the rules`];
  const blamed = NOTES_CONSUMER_ABUSIVE.exec(notes);
  const consumerDid = call.turns.some((t) => t.speaker !== 'agent' && t.speaker !== 'system' && (SWEARING.test(normalize(t.text)) || THREATENS.test(t.text)));
  if (blamed && !consumerDid) return [`the notes say "${blamed[0]}", but the abuse on the call was the agent's, at turn ${wrong.index}`];
  return [];
}

/**
 * Notes that say no payment was asked for when the agent asked for one: "no payment solicited after
 * request" when the agent asked for $50 right after the consumer asked not to be called.
 */
const NOTES_NO_ASK =
  guarded(/\b(?:no (?:payment|money|funds|payments)(?: was| were)? (?:solicited|requested|asked for|sought|demanded|pressed for|pushed)|no (?:settlement |payment )?offers? (?:was |were )?(?:made|extended|given|presented)|(?:did not|didn'?t|never|without) (?:ask|asking|solicit|soliciting|request|requesting|press|pressing|push|pushing)(?: for)? (?:any |a )?(?:payment|money))\b/i);
function paymentAskDenied(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_NO_ASK.exec(notes) : null;
  if (!m) return [];
  // "… after request", "collection held … no payment requested": notes written about a cease
  // request, a dispute or a lawyer speak of the asks after it.
  const events = [call.final.ceaseAt, call.final.disputeAt, call.final.attorneyAt].filter((i): i is number => i !== null);
  const from = events.length > 0 ? Math.min(...events) : 0;
  // "I won't push you today. Just so you know what's possible later, we can do plans as small as
  // forty a month": options told for later ask for nothing now.
  const asked = call.agentTurns.find((t) => t.index > from && hasAny(t.acts, PAYMENT_PRESSED) && !NO_PUSH_TODAY.test(t.text));
  return asked ? [`the notes say "${m[0]}", but the agent asked for payment at turn ${asked.index}`] : [];
}
const NO_PUSH_TODAY =
  guarded(/\b(?:i|we) (?:won'?t|will not|am not going to|'m not going to|are not going to|'re not going to) (?:push|press|pressure|ask)(?: you)?(?: for (?:anything|a payment|payment|money))?(?: today| right now| now)?\b|\bno payment (?:today|now|right now)\b|\bjust so you know what'?s possible (?:later|down the road)\b/i);

/**
 * Notes that say a subject never came up when the agent raised it: "no legal or credit reporting
 * discussed" after "it could go to our legal department … it's going on your credit report".
 */
const NOTES_NOT_DISCUSSED =
  guarded(/\bno (?:(?:legal(?: action)?|lawsuits?|suits?|litigation|garnish\w*|threats?|credit(?: reporting| bureaus?| report)?)(?:,? (?:or|and|nor) )?){1,3} (?:was |were )?(?:discussed|mentioned|raised|made|threatened|brought up)\b/i);
const TOPICS: readonly { notes: RegExp; call: RegExp; name: string }[] = [
  { name: 'legal action', notes: /\b(?:legal|lawsuits?|suits?|litigation|garnish\w*|threats?)\b/i, call: /\b(?:sue|sued|suing|lawsuit|legal (?:department|action|team)|court|judgment|garnish\w*|attorneys? (?:will|would|could))\b/i },
  { name: 'credit reporting', notes: /\bcredit\b/i, call: /\bcredit (?:report\w*|bureaus?|score|file|history)\b|\breport(?:ed|ing)? (?:it |this |you )?to (?:the )?(?:credit|bureaus?)\b/i },
];
function topicsDenied(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_NOT_DISCUSSED.exec(notes) : null;
  if (!m) return [];
  for (const topic of TOPICS) {
    if (!topic.notes.test(m[0])) continue;
    const raised = call.agentTurns.find((t) => topic.call.test(t.text));
    if (raised) return [`the notes say "${m[0]}", but the agent spoke of ${topic.name} at turn ${raised.index}`];
  }
  return [];
}

/** A payment's confirmation code as written: "KH-40917", "MV-30581-K", "RCS209950". */
const CONFIRMATION_CODE = /\b[A-Z]{1,4}-?\d{4,}(?:-[A-Z0-9]{1,4})?\b/g;
/** A confirmation code filed that is not the one read out on the call (digits transposed, a letter moved). */
function confirmationMisfiled(call: AnnotatedCall, filed: unknown[]): string[] {
  const key = (code: string) => code.replace(/[^A-Z0-9]/gi, '').toUpperCase();
  const said = new Set(call.agentTurns.flatMap((t) => [...t.text.matchAll(CONFIRMATION_CODE)].map((m) => key(m[0]))));
  if (said.size === 0) return [];
  for (const text of filed) {
    if (typeof text !== 'string') continue;
    for (const m of text.matchAll(CONFIRMATION_CODE)) {
      const code = key(m[0]);
      if (said.has(code)) continue;
      // The same characters in another order: the code misfiled, not another payment's.
      const sorted = [...code].sort().join('');
      const near = [...said].find((s) => [...s].sort().join('') === sorted);
      if (near) return [`the record files confirmation ${m[0]}, but the call read out ${near}`];
    }
  }
  return [];
}

/** Notes that call the agreement freely given: "Agreed voluntarily to $350", "no pressure applied". */
const NOTES_VOLUNTARY = guarded(/\b(?:voluntar(?:y|ily)|of (?:his|her|their) own (?:accord|free will)|without (?:any )?pressure|no pressure)\b/i);
const PRESSURE_ACTS: readonly string[] = ['threat_arrest', 'threat_legal_action_false', 'threat_violence', 'harassment_pressure', 'misleading_credit_claim', 'profanity_abuse'];
/** Notes that call a payment freely agreed when the agent threatened or pressed for it. */
function voluntaryClaimed(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_VOLUNTARY.exec(notes) : null;
  if (!m) return [];
  const pressed = call.agentTurns.find((t) => hasAny(t.acts, PRESSURE_ACTS));
  return pressed ? [`the notes say "${m[0]}", but the agent pressed with threats or pressure at turn ${pressed.index}`] : [];
}

/** Notes that say someone was told the balance: "Advised of ambulance balance $1,180". */
const NOTES_BALANCE_TOLD = guarded(/\b(?:advised|informed|told|notified|disclosed)\b(?: (?:of|about|re:?))?[^.;]{0,40}?\b(?:balance|amount owed|\$\s?\d[\d,.]*)/i);
/** The notes tell of a balance stated that no one stated on the call. */
function balanceToldInvented(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_BALANCE_TOLD.exec(notes) : null;
  if (!m) return [];
  // moneyIn reads figures and the recorder's amount placeholders ([DEBT_AMOUNT], [BALANCE]) alike.
  const stated = call.agentTurns.some((t) => t.acts.includes('state_balance') || moneyIn(t.text).length > 0);
  return stated ? [] : [`the notes say "${m[0]}", but no balance was stated on the call`];
}

/**
 * Roles the notes give someone that nobody on the call said: "Spoke w/ spouse Grace, executor and
 * co-signer" when only the executor was said. The next collector would press a co-signer to pay.
 */
const ROLES: readonly { notes: RegExp; call: RegExp }[] = [
  // A co-signer and a co-borrower are one role to the next collector: either owes the debt.
  {
    notes: /\bco-?(?:signer|borrower|applicant|maker|obligor)\b|\bjoint (?:account ?holder|borrower|obligor)\b/i,
    call: /\bco-?(?:sign|borrow|applic|mak|oblig)\w*|\bcosign\w*|\bjoint(?:ly)?\b|\bboth (?:of )?(?:our|your|us|you)\b|\bon the (?:loan|account|card|contract) (?:too|as well|with)\b/i,
  },
  { notes: /\bauthori[sz]ed user\b/i, call: /\bauthori[sz]ed user\b/i },
  { notes: /\b(?:power of attorney|poa)\b/i, call: /\b(?:power of attorney|poa)\b/i },
];
function rolesInvented(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  for (const role of ROLES) {
    const m = role.notes.exec(notes);
    if (m && !call.turns.some((t) => t.speaker !== 'system' && role.call.test(t.text))) return [`the notes say "${m[0]}", which nobody said on the call`];
  }
  return [];
}

/**
 * Notes that say collecting stopped at once ("ceased collection activity immediately") when the
 * agent went on asking for payment after the consumer named a lawyer or asked for the calls to stop.
 */
const NOTES_STOPPED_AT_ONCE =
  guarded(/\b(?:ceased|stopped|halted|ended) (?:all )?(?:collection|collections|collecting)(?: activity| efforts?| attempts?)? (?:immediately|at once|right away|upon|as soon as)\b|\b(?:collection|collections|collecting)(?: activity| efforts?| attempts?)? (?:was |were )?(?:ceased|stopped|halted|ended) (?:immediately|at once|right away|upon|as soon as|on (?:(?:atty|attorney|lawyer|cease) )?(?:notice|request))\b|\bno (?:further )?(?:collection|payment) (?:attempts?|requests?|efforts?) (?:were )?made\b|\b(?:ended|stopped|ceased|halted) (?:the |all )?(?:collection|collections|payment) (?:discussion|conversation|talk)s?\b|\bno (?:further )?(?:collection|payment)s? (?:was |were )?(?:discussed|requested|pursued|mentioned|asked for|attempted)\b|\backnowledged the (?:request|cease request) and (?:closed|ended) the call\b|\b(?:ceased|stopped|halted)(?: (?:calls|calling|contact|collection|collections))? (?:per|as|on) (?:the |her |his |their |consumer'?s? |cons'?s? )?request\b|\bno (?:further )?(?:collection|payment) (?:discussion|talk|conversation)s? (?:after|following|once|post)\b/i);
/** Options put in the writing the consumer asked for. */
const IN_WRITING = guarded(/\b(?:letters?|mail(?:ed|ing)?|in writing|e-?mail(?:ed)?|written)\b/i);
const PAYMENT_PRESSED: readonly string[] = ['request_full_payment', 'offer_payment_plan', 'offer_settlement', 'secure_commitment'];
/** Any ask for payment, a question about what the consumer can pay included. */
const PAYMENT_ASKED: readonly string[] = [...PAYMENT_PRESSED, 'probe_ability_to_pay'];
function collectionStopClaimed(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_STOPPED_AT_ONCE.exec(notes) : null;
  if (!m) return [];
  const stop = call.turns.find((t) => isConsumer(t) && (t.acts.includes('has_attorney') || t.acts.includes('requests_cease')));
  if (!stop) return [];
  // "No phone calls, mail only … the letters will have the payment options": options sent in the
  // writing the consumer asked for, in the breath that takes the request on, press for nothing.
  // "I'll make a note. Before I let you go, though … even forty a month": the ask after the note still presses.
  const pressed = call.agentTurns.find((t) => t.index > stop.index && hasAny(t.acts, PAYMENT_PRESSED) && !(hasAny(t.acts, ['acknowledge_cease_request', 'acknowledge_attorney']) && IN_WRITING.test(t.text)));
  return pressed ? [`the notes say "${m[0]}", but the agent asked for payment at turn ${pressed.index}`] : [];
}

/** Notes that say the request to stop calling was taken on: "Cease acknowledged, number flagged do-not-call". */
const NOTES_CEASE_ACKNOWLEDGED =
  guarded(/\b(?:cease|c&d|c ?& ?d|stop[- ]calling|no[- ]calls?|dnc|do[- ]not[- ]call)(?: (?:request|req))?(?: (?:was|were|has been))? (?:acknowledged|honou?red|granted|confirmed|accepted|processed)\b|\b(?:acknowledged|honou?red|processed) (?:the |their |his |her |consumer'?s? )?(?:cease|c&d|request to stop|stop[- ]calling|no[- ]call|dnc)\b|\b(?:number|phone|account|acct)(?: \w+)? (?:was )?(?:flagged|marked|coded|set) (?:as )?(?:do[- ]not[- ]call|dnc|no[- ]call|cease)\b/i);
/** Notes that say the request to stop was acknowledged when the agent never took it on and went on collecting. */
function ceaseAcknowledgedClaimed(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_CEASE_ACKNOWLEDGED.exec(notes) : null;
  if (!m) return [];
  const stop = call.turns.find((t) => isConsumer(t) && t.acts.includes('requests_cease'));
  if (!stop) return [];
  if (call.agentTurns.some((t) => t.index > stop.index && t.acts.includes('acknowledge_cease_request'))) return [];
  const pressed = call.agentTurns.find((t) => t.index > stop.index && hasAny(t.acts, PAYMENT_ASKED));
  return pressed ? [`the notes say "${m[0]}", but the agent never took the request on and asked for payment at turn ${pressed.index}`] : [];
}

/** A time of day in notes or on a call: "2:30 PM", "12:30", "9 am", "twelve-thirty", "noon". */
const CLOCK =
  /\b(?:(\d{1,2}):(\d\d)|(\d{1,2}) ?(?=[ap]\.?m\b)|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[- ](thirty|fifteen|forty[- ]five|o'?clock)|(?= ?[ap]\.?m\b)|(?<=\b(?:at|after|around|about|by|before|like) \w+)(?![- ]\w)|(?<=\b(?:between|from) \w+)(?= (?:and|to|till|until|-) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b)))|\b(noon)\b/gi;

/** The times of day named in a text, as minutes past 12 (a.m. and p.m. fold together: a note's "2:30 PM" is not the call's "2:30"). */
function clockTimes(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CLOCK)) {
    let hour: number;
    let minute = 0;
    if (m[6]) hour = 12;
    else if (m[1] !== undefined) {
      hour = Number(m[1]);
      minute = Number(m[2]);
    } else if (m[3] !== undefined) hour = Number(m[3]);
    else {
      hour = wordsToNumber(m[4]!) ?? 0;
      // "six-thirty", "ten forty-five"; "two o'clock" is on the hour.
      if (m[5] && !/^o/i.test(m[5])) minute = wordsToNumber(m[5]) ?? 0;
    }
    if (hour < 1 || hour > 12 || minute > 59) continue;
    out.push((hour % 12) * 60 + minute);
  }
  // "a quarter to six", "half past five", "quarter after four".
  for (const m of text.matchAll(QUARTER_HOUR)) {
    const hour = /^\d/.test(m[2]!) ? Number(m[2]) : wordsToNumber(m[2]!);
    if (hour === null || hour < 1 || hour > 12) continue;
    const past = m[1]!.toLowerCase();
    const minutes = past.startsWith('half') ? 30 : /(?:to|till|til|of|before)$/.test(past) ? -15 : 15;
    out.push((((hour % 12) * 60 + minutes) + 720) % 720);
  }
  return out;
}
const QUARTER_HOUR = /\b((?:a )?quarter (?:to|till|til|of|before|past|after)|half past) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b/gi;

const CALLBACK_SLOT = /\b(?:call ?back|cb|scheduled|set for|call (?:her|him|them|consumer|the consumer))\b[^.;]{0,40}/gi;
/** Words about a call already made ("callback placed at 6:20 PM PT = 9:20 PM ET"): no slot set. */
const PAST_CALL = guarded(/\b(?:placed|dialed|dialled|went out|was made|error|mistake)\b/i);
/** Times in the slot's words that are not the slot: a bound ("after 6pm"), or when this call was placed ("placed at 6:20 PM PT"). */
const TIME_BOUND = /\b(?:after|before|until|till|not before|no earlier than|no later than|(?:placed|dialed|dialled|called|made|reached|answered) at)\s+\S+(?:\s*[ap]\.?m\.?)?/gi;

/**
 * A callback filed in its own field ("callback": {"datetime_local": "2026-04-10T18:00:00"}, as CRMs
 * export it) on a day or at an hour the call never set.
 */
/** An agent's line that sets the next call: "I'll call you Tuesday", "on this number", "talk to you then". */
// "Sorry, Thursday, December 3rd, 5:30 p.m. your time": the day put right is the day set.
const CALL_SET_WORDS = guarded(/\b(?:call you|reach you|try you|talk (?:to you )?(?:then|on|tuesday|monday|wednesday|thursday|friday|saturday|sunday)|on this number|at this number|(?:on|at|to) this same number|call ?back|(?:sorry|my mistake|my bad|correction|i mean|i meant),? (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i);
/** The agent's line names a day of the month the consumer's line just before it named. */
function readsBackDayGiven(call: AnnotatedCall, t: AnnotatedTurn, callDate: ReturnType<typeof callDay>): boolean {
  const said = previousCustomerTurn(call, t);
  if (said === null) return false;
  const theirs = datesIn(said.text).map((d) => d.term);
  return theirs.length > 0 && datesIn(t.text).some((d) => theirs.some((x) => sameDate(d.term, x, callDate) === true));
}

function callbackFieldDiffers(call: AnnotatedCall, record: CallRecord): string[] {
  const field = record['callback'];
  if (!field || typeof field !== 'object') return [];
  const f = field as Record<string, unknown>;
  const when = [f['datetime_local'], f['datetime'], f['date'], f['when']].find((x): x is string => typeof x === 'string');
  if (!when) return [];
  const out: string[] = [];
  const filed = datesIn(when.replace(/T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?$/, ''))[0]?.term;
  const callDate = callDay(call.context.call_timestamp_local);
  const spoken = filed ? call.turns.filter((t) => t.speaker !== 'system').flatMap((t) => datesIn(t.text).map((d) => sameDate(d.term, filed, callDate))) : [];
  if (spoken.some((v) => v !== undefined) && !spoken.includes(true)) out.push(`the callback is filed for ${when.slice(0, 10)}, a day the call never set`);
  else if (filed) {
    // "Monday. No, wait … Tuesday." "I'll call you Tuesday the 21st around 12:10": the day the agent
    // last set for the call is the callback's, not one named and dropped on the way.
    // "I'll call you then … Good luck at the clinic today": "then" is the time set before; its "today" is the clinic's.
    const setAt = call.agentTurns.findLast((t) => CALL_SET_WORDS.test(t.text) && datesIn(t.text).length > 0 && !(/\b(?:call|reach|try|talk to) you then\b/i.test(t.text) && datesIn(t.text).every((d) => d.term.kind === 'relative')));
    // "I could call you Tuesday, February 10th." "Make it Wednesday. The 11th." "Wednesday, February 11th,
    // after 4 p.m.": the day the consumer moved it to, read back, is the one set.
    const readBack = setAt && call.agentTurns.findLast((t) => t.index > setAt.index && readsBackDayGiven(call, t, callDay(call.context.call_timestamp_local)));
    const last = readBack || setAt;
    const set = last ? datesIn(last.text).map((d) => sameDate(d.term, filed, callDate)) : [];
    if (set.some((v) => v === false) && !set.includes(true)) out.push(`the callback is filed for ${when.slice(0, 10)}, but the call set it for "${last!.text.slice(datesIn(last!.text)[0]!.start, datesIn(last!.text)[0]!.end)}"`);
  }
  // The hour filed with the date ("2026-03-20T18:30") or in a field of its own ("time": "18:30").
  const timeField = typeof f['time'] === 'string' ? f['time'] : undefined;
  const clock = /T(\d{2}):(\d{2})/.exec(when) ?? (timeField !== undefined ? /^(\d{1,2}):(\d{2})/.exec(timeField.trim()) : null);
  if (clock) {
    const filedMinutes = (Number(clock[1]) % 12) * 60 + Number(clock[2]);
    const said = new Set(call.turns.filter((t) => t.speaker !== 'system').flatMap((t) => clockTimes(t.text)));
    if (said.size > 0 && !said.has(filedMinutes)) out.push(`the callback is filed for ${clock[1]}:${clock[2]}, an hour nobody named on the call`);
  }
  return out;
}

/** US time zones by the words people say, and by the long names Intl gives them ("Hawaii-Aleutian Standard Time"). */
const ZONE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:eastern|est|edt|et)\b/i, 'eastern'],
  [/\b(?:central|cst|cdt|ct)\b/i, 'central'],
  [/\b(?:mountain|mst|mdt|mt|arizona)\b/i, 'mountain'],
  [/\b(?:pacific|pst|pdt|pt)\b/i, 'pacific'],
  [/\b(?:alaska|akst|akdt)\b/i, 'alaska'],
  [/\b(?:hawaii|hawaiian|hst)\b/i, 'hawaii'],
];
/** The US zone an IANA name ("Pacific/Honolulu", "America/Boise") is in, from the name Intl gives it. */
function zoneOfIana(tz: string): string | null {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' }).formatToParts(new Date(Date.UTC(2026, 0, 15))).find((p) => p.type === 'timeZoneName')?.value;
    return name === undefined ? null : zoneOf(name);
  } catch {
    return zoneOf(tz);
  }
}
/** A zone's abbreviation after an hour: "2:00 PM EST", "11 a.m. MT". */
const ZONE_ABBREVIATION = String.raw`(?:est|edt|cst|cdt|mst|mdt|pst|pdt|hst|akst|akdt|et|ct|mt|pt)`;
/** "2 p.m. Hawaii time", "four o'clock your time, Central": the zone a callback's hour was set in. */
const ZONE_SAID = new RegExp(String.raw`\b(?:hawaii|hawaiian|alaska|pacific|mountain|central|eastern|arizona)(?: standard)? time\b|\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?\s+${ZONE_ABBREVIATION}\b`, 'i');
/** "One o'clock your time": an hour set in the consumer's own zone. */
const THEIR_TIME = guarded(/\b(?:your|her|his) (?:own )?(?:local )?time\b/i);
/** The zone filed with a callback's hour in the notes: "Thu 2/19 2:00 PM EST". */
const ZONE_FILED = new RegExp(String.raw`\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?\s+(${ZONE_ABBREVIATION}|eastern|central|mountain|pacific|hawaii|alaska)\b`, 'i');
function zoneOf(text: string): string | null {
  for (const [re, zone] of ZONE_WORDS) if (re.test(text)) return zone;
  return null;
}
/** A callback filed in another time zone than the one its hour was set in on the call ("2 p.m. Hawaii time" filed as 14:00 Eastern). */
function callbackZoneDiffers(call: AnnotatedCall, record: CallRecord): string[] {
  const set = call.agentTurns.findLast((t) => (ZONE_SAID.test(t.text) || THEIR_TIME.test(t.text)) && clockTimes(t.text).length > 0);
  if (!set) return [];
  const named = ZONE_SAID.exec(set.text);
  // "One o'clock your time": the consumer's own zone.
  const said = named ? zoneOf(named[0]) : call.context.consumer_timezone ? zoneOfIana(call.context.consumer_timezone) : null;
  const field = record['callback'];
  const f = field && typeof field === 'object' ? (field as Record<string, unknown>) : {};
  const tz = [f['timezone'], f['time_zone'], f['tz']].find((x): x is string => typeof x === 'string');
  const filedZone = tz !== undefined ? (tz.includes('/') ? zoneOfIana(tz) : zoneOf(tz)) : null;
  const filed = filedZone ?? (record.notes ? zoneFiledInNotes(record.notes, clockTimes(set.text)) : null);
  return said !== null && filed !== null && said !== filed ? [`the callback is filed in ${filed} time, but the call set its hour in ${said} time (turn ${set.index})`] : [];
}

/**
 * The zone the notes file the callback's hour in: "Dialed 10:20 ET … callback today 5:30 PM PT" files
 * it in Pacific time. The hour set on the call picks its slot; failing that the last hour filed that
 * is not a call already made ("placed at 6:20 PM PT").
 */
function zoneFiledInNotes(notes: string, setClocks: readonly number[]): string | null {
  let last: string | null = null;
  for (const m of notes.matchAll(new RegExp(ZONE_FILED.source, 'gi'))) {
    const before = notes.slice(Math.max(0, m.index - 30), m.index);
    if (PAST_CALL.test(before) || /\b(?:dialed|dialled|called|reached|answered)(?: at)?\s*$/i.test(before) || /^\s*=/.test(notes.slice(m.index + m[0].length))) continue;
    const zone = zoneOf(m[1]!);
    if (clockTimes(m[0]).some((c) => setClocks.includes(c))) return zone;
    last = zone;
  }
  return last;
}

/** Notes that set the callback at a time of day nobody named on the call ("2:30 PM" for "twelve-thirty"). */
function callbackTimeDiffers(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  // Only the slot itself: "Callback requested after 6pm; scheduled 6:30pm CT" sets 6:30 (after 6 is a bound); "Dialed at 7:46 AM" is no callback.
  const filed: number[] = [];
  for (const m of notes.matchAll(CALLBACK_SLOT)) if (!PAST_CALL.test(m[0])) filed.push(...clockTimes(m[0].replace(TIME_BOUND, ' ')));
  if (filed.length === 0) return [];
  const said = new Set(call.turns.filter((t) => t.speaker !== 'system').flatMap((t) => clockTimes(t.text)));
  if (said.size === 0) return [];
  // "Booked callback reached late, 9:07 PM PT": the hour of this very call.
  const placed = /T(\d\d):(\d\d)/.exec(String(call.context.call_timestamp_local ?? ''));
  if (placed) said.add((Number(placed[1]) % 12) * 60 + Number(placed[2]));
  const stray = filed.find((m) => !said.has(m));
  if (stray === undefined) return [];
  const shown = `${Math.floor(stray / 60) || 12}:${String(stray % 60).padStart(2, '0')}`;
  return [`the notes set a call at ${shown}, but no one named that time on the call`];
}

/** Notes that file leave to call the consumer at work: "Consumer OK with calls at work number", "consumer OK to talk". */
const NOTES_WORK_CALLS_OK =
  guarded(/\b(?:ok(?:ay)?|fine|agreed|agrees|consents?|consented|permission|permits|allowed|approved)\b[^.;]{0,25}\b(?:calls?|calling|contact(?:ed|ing)?)\b[^.;]{0,20}\bwork\b|\b(?:may|can|ok(?:ay)? to) (?:call|contact)(?: (?:her|him|them|consumer|the consumer))? at work\b|\bwork (?:number|phone|line) (?:is )?(?:ok(?:ay)?|fine|approved|permitted)\b|\b(?:ok(?:ay)?|fine|free|able) to (?:talk|speak)\b/i);
/** The consumer says calls at work are not allowed or not wanted. */
const NO_CALLS_AT_WORK =
  guarded(/\b(?:(?:don'?t|do not|can'?t|cannot|never|stop) (?:call(?:ing)?|contact(?:ing)?) (?:me )?(?:here )?(?:at|on) (?:my )?(?:work|job|the office)|(?:can'?t|cannot|not allowed to|not supposed to) (?:take|get|have) (?:personal )?calls|(?:doesn'?t|does not|don'?t|do not|won'?t) (?:let|allow) (?:us|me|anyone|employees|personal calls)|no personal calls|you (?:can'?t|cannot|can not) call me (?:here|at work|at my (?:job|work)))\b/i);

/** Notes that say the consumer let the agency call at work when the consumer said not to: a permission invented. */
function placeAllowedClaimed(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_WORK_CALLS_OK.exec(notes) : null;
  if (!m || NEGATED_BEFORE.test(notes!.slice(Math.max(0, m.index - 24), m.index))) return [];
  const refused = call.turns.find((t) => isConsumer(t) && NO_CALLS_AT_WORK.test(t.text));
  return refused ? [`the notes say "${m[0]}", but at turn ${refused.index} the consumer said not to be called at work`] : [];
}

/** Notes that say the moment suited the consumer: "said it was a good time to talk", "no time/place concerns". */
const NOTES_GOOD_TIME = guarded(/\b(?:(?:said|says|stated|confirmed)(?: (?:it was|it's|it is|that it was))? (?:a )?(?:good|fine|convenient|ok(?:ay)?) time|good time to (?:talk|speak)|no (?:(?:contact|calling|call)[- ])?(?:time(?:\/| or | and )?place|time|place|hours?) (?:issues?|concerns?|objections?|problems?|complaints?))\b/i);
/** The consumer says the moment or the place does not suit: at the hospital, driving, at work, a bad time. */
const BAD_MOMENT =
  guarded(/\b(?:(?:not|isn'?t|is not) (?:a )?(?:good|great|convenient) time|bad time|can'?t (?:do|talk about|discuss) (?:this|that|it)(?: right)? now|can'?t talk(?: right)? now|(?:i'?m|i am) (?:driving|at work|in (?:a )?meeting|at (?:the )?(?:hospital|funeral))|in the (?:icu|intensive care|emergency room|hospital)|call me (?:back )?(?:later|next week|tomorrow|at a (?:normal|decent|reasonable|better) (?:time|hour))|(?:it'?s|it is) (?:not even |only |just )?(?:four|five|six|seven|[4-7])(?::\d\d| thirty)? ?(?:a\.?m\.?|in the morning))\b/i);
/** Notes that say the moment suited the consumer when the consumer said it did not. */
function goodTimeClaimed(call: AnnotatedCall, notes: string | undefined): string[] {
  const m = notes ? NOTES_GOOD_TIME.exec(notes) : null;
  if (!m || NEGATED_BEFORE.test(notes!.slice(Math.max(0, m.index - 24), m.index))) return [];
  const said = call.turns.find((t) => isConsumer(t) && BAD_MOMENT.test(t.text));
  return said ? [`the notes say "${m[0]}", but at turn ${said.index} the consumer said it was not a good time`] : [];
}

/** Notes that call the message left a limited-content one ("Left limited-content voicemail per policy"). */
const NOTES_LIMITED_MESSAGE =
  guarded(/\blimited[- ]content\b|\b(?:no|without) (?:account |acct\.? |debt |balance )?(?:details|info(?:rmation)?|specifics)\b[^.;]{0,20}\b(?:left|given|disclosed|discussed|shared|mentioned|provided|in (?:the )?(?:message|voicemail|vm))\b|\b(?:name and (?:call ?back )?number only|callback number only)\b|\b(?:agency|account|debt|balance)(?: and (?:agency|account|debt|balance))? (?:was |were )?not disclosed\b|\bnothing (?:about the (?:account|debt|balance) )?(?:was )?disclosed\b|\bno (?:account |debt |third[- ]party |3rd[- ]party |tp )?disclosures?\b|\bno tpd\b|\bno (?:debt|account|balance|acct)(?: info(?:rmation)?| details)?(?: (?:was|were))? (?:disclosed|discussed|mentioned|revealed)\b/i);
/** Words a message left with someone else may not carry: "let her know it's about the balance she has with Lakeside". */
const MESSAGE_SAYS_MORE = guarded(/\b(?:collect\w*|debts?|balance|owes?|owed|owing|past[- ]due|overdue|delinquent|bills?|credit (?:files?|reports?|bureaus?))\b/i);
/** Acts that say more than a limited-content message may. */
const MESSAGE_DISCLOSURES: readonly string[] = ['third_party_disclosure', 'mini_miranda', 'state_balance', 'state_purpose', 'debt_words'];
/** Acts that tell someone else on the line there is a debt (THIRD_PARTY_DISCLOSURE's): "there's usually money still left over on the loan … he calls us back today". */
const TOLD_THE_LISTENER: readonly string[] = [...MESSAGE_DISCLOSURES, 'request_full_payment', 'offer_payment_plan', 'offer_settlement', 'secure_commitment', 'explain_consequences_lawful'];

/** Notes that call a message limited-content when the message left named the debt: the file hides the breach. */
function limitedMessageClaimed(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  const m = NOTES_LIMITED_MESSAGE.exec(notes);
  if (!m) return [];
  // A message left on a machine, or with whoever answered.
  const told = call.agentTurns.find(
    (t) => (t.state.voicemail && (hasAny(t.acts, MESSAGE_DISCLOSURES) || MESSAGE_SAYS_MORE.test(t.text))) || (!t.state.rpcVerified && (t.acts.includes('third_party_disclosure') || (t.state.thirdPartyOnLine && (hasAny(t.acts, TOLD_THE_LISTENER) || MESSAGE_SAYS_MORE.test(t.text))))),
  );
  return told ? [`the notes say "${m[0]}", but the message left at turn ${told.index} said more`] : [];
}

/** Notes that say the consumer raised no complaint: "Consumer cooperative, no complaints." */
const NOTES_DENY_COMPLAINT = guarded(/\bno (?:complaints?|complaint (?:made|raised|voiced|filed))\b|\b(?:did not|didn'?t|never) complain\b/i);
/** The consumer says they will complain about the call or the agency: to a regulator, or "I'm reporting that fee". */
const COMPLAINS = guarded(/\b(?:attorney general|a\.?g\.?'?s? office|cfpb|consumer (?:financial )?protection|better business bureau|bbb|ftc|(?:file|filing|make|making|lodge|lodging) (?:a |an )?(?:formal )?complaint|complain(?:ing)? (?:to|about)|(?:i'?m|i am|i will|i'?ll|gonna|going to) report(?:ing)? (?:you|this|that|your (?:company|agency|office)))\b/i);
/** Notes that deny a complaint the consumer made on the call: the next collector walks into it blind. */
function complaintDenied(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  const m = NOTES_DENY_COMPLAINT.exec(notes);
  if (!m) return [];
  const said = call.turns.find((t) => isConsumer(t) && COMPLAINS.test(t.text));
  return said ? [`the notes say "${m[0]}", but the consumer complained at turn ${said.index}`] : [];
}

/** Notes that say no fee was charged ("No additional charges to consumer"). */
const NOTES_DENY_FEES = guarded(/\b(?:no (?:additional |extra |added |processing |convenience |card |service )?(?:fees?|charges?|surcharges?)|fee[- ]free|without (?:any )?(?:fees?|charges?))\b/i);
/** An agent's line that prices a fee or charge: "$7.95 processing charge", "a fee of $4.95". */
const FEE_PRICED = guarded(/(?:\$\s?\d[\d,]*(?:\.\d\d)?|\b\d+(?:\.\d\d)? dollars?)[^.!?]{0,30}\b(?:fees?|charges?|surcharges?)\b|\b(?<!\b(?:one-time|one time|single|recurring) )(?:fees?|charges?|surcharges?) of (?:\$\s?\d[\d,]*(?:\.\d\d)?|\d+ dollars?)(?!\s+(?:to|on|against|from) (?:your|the|my)\b)/i);

const NO_FEES_SAID = /\b(?:no|without|zero|not any|never any)\s+(?:\w+\s+){0,2}?(?:fees?|charges?|surcharges?)\b/gi;

const FEE_RECORDED = guarded(/\b(?:plus|disclosed|authori[sz]ed|allowed|charged|advised of)\b(?:[^.;]|\.\d){0,40}\bfees?\b|\bfees?\b(?:[^.;]|\.\d){0,30}\b(?:disclosed|authori[sz]ed|allowed|applied|charged)\b/i);
/** Notes that deny a fee the agent told the consumer they would pay: the next collector would refund nothing. */
function feesDenied(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  const m = NOTES_DENY_FEES.exec(notes);
  // "$4.95 card processing fee (authorised by agreement; fee-free ACH/check offered)": the fee is recorded.
  if (!m || FEE_RECORDED.test(notes)) return [];
  // "That pays the $1,140.00 in full, and no fees or interest are added" prices none.
  const told = call.turns.find((t) => t.speaker === 'agent' && FEE_PRICED.test(t.text.replace(NO_FEES_SAID, ' ')));
  // "Card payments carry a $4.50 fee, or bank transfer with no fee." "Bank transfer then." … "$1,794
  // by bank transfer on April 3rd, with no fee": the fee priced was avoided, as the notes say.
  const avoided = told && (call.agentTurns.some((t) => t.index > told.index && NO_FEES_SAID.test(t.text) && !FEE_PRICED.test(t.text.replace(NO_FEES_SAID, ' '))) || freeWayChosen(call, told));
  NO_FEES_SAID.lastIndex = 0;
  return told && !avoided ? [`the notes say "${m[0]}", but turn ${told.index} priced a fee or charge`] : [];
}

/** Ways to pay, as said on a call: a fee priced for one may be avoided by choosing another. */
const PAYMENT_WAYS: readonly RegExp[] = [
  /\b(?:checking|savings|bank (?:account|transfer|draft)|ach|e-?check|routing)\b/i,
  /\b(?:debit|credit|card|visa|mastercard|amex|discover)\b/i,
  /\b(?:online|portal|website|app)\b/i,
  /\b(?:money order|mail(?:ed)?|cashier'?s check)\b/i,
];
/**
 * "If you pay by debit card there's a $4.95 processing fee … from your checking account, there's no
 * fee at all." "Checking, then.": the consumer took the way the same line said was free.
 */
function freeWayChosen(call: AnnotatedCall, told: AnnotatedTurn): boolean {
  // "… by debit card, which has a $2.95 processing fee, or as a bank draft from your checking, which has no fee": each way in its own clause.
  const free = told.text.split(/(?<=[.!?;])\s+|,\s+or\s+/).find((x) => /\b(?:no|without|zero)\s+(?:\w+\s+){0,2}?(?:fees?|charges?|surcharges?)\b|\bfree\b/i.test(x) && !FEE_PRICED.test(x));
  if (free === undefined) return false;
  const ways = PAYMENT_WAYS.filter((w) => w.test(free));
  if (ways.length !== 1) return false;
  const reply = call.turns.find((t) => t.index > told.index && t.speaker !== 'system' && t.speaker !== 'agent');
  return reply !== undefined && ways[0]!.test(reply.text) && !PAYMENT_WAYS.some((w) => w !== ways[0] && w.test(reply.text));
}

/** A sum that is the difference or the sum of two said, or what whole instalments of one leave of another. */
function workedOut(value: number, said: ReadonlySet<number>): boolean {
  const sums = [...said].filter((s) => s > 0);
  for (const a of sums) {
    for (const b of sums) {
      if (a === b) continue;
      if (Math.abs(a - b - value) < 0.005 || Math.abs(a + b - value) < 0.005) return true;
      if (b < a) {
        const k = Math.floor(a / b);
        // The last instalment: what is left after k, or k - 1, whole ones.
        for (const n of [k, k - 1]) if (n >= 1 && n <= 60 && Math.abs(a - n * b - value) < 0.005) return true;
      }
    }
  }
  return false;
}

/** Sums of money in the notes that nobody said on the call (other than the balance and its shares). */
/** A phone number written in digits: "559-555-0187", "(800) 555 0142", "5595550187". */
const PHONE = /(?<!\d)(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)/g;

function phonesIn(text: string): string[] {
  const out: string[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) out.push(`${m[1]}${m[2]}${m[3]}`);
  return out;
}

/** Every string in the record but the disposition code: the notes and any detail filed with them. */
function recordTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) recordTexts(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'disposition') recordTexts(v, out);
  return out;
}

/**
 * A phone number filed with a digit or two wrong: the attorney's number with two digits swapped,
 * a callback number mistyped. Checked only against numbers the call gives in digits (a recorder
 * that writes "[PHONE_NUMBER]" or the words of the digits leaves nothing to compare); a number
 * unlike any said (the agency's own line) is left alone.
 */
function phonesNeverSaid(call: AnnotatedCall, record: CallRecord): string[] {
  const said = new Set(call.turns.flatMap((t) => phonesIn(t.text)));
  if (said.size === 0) {
    // "Cons states represented by atty Mira Chaudhary … ph 206-555-0119" when no number was given at
    // all (in digits or in words): the lawyer's number is invented.
    if (call.turns.some((t) => DIGITS_SAID.test(t.text) || /\[(?:phone|number|tel)/i.test(t.text))) return [];
    const notes = recordTexts(record).join(' ');
    for (const m of notes.matchAll(PHONE)) {
      if (LAWYER_BEFORE.test(notes.slice(Math.max(0, m.index! - 80), m.index!))) return [`the record files the lawyer's phone number ${dashed(`${m[1]}${m[2]}${m[3]}`)}, but no number was given on the call`];
      // "New cell provided 815-555-0192": a number filed as given on the call, when none was.
      if (NUMBER_GIVEN_BEFORE.test(notes.slice(Math.max(0, m.index! - 40), m.index!))) return [`the record files ${dashed(`${m[1]}${m[2]}${m[3]}`)} as a number given on the call, but no number was given`];
    }
    return [];
  }
  const out = new Set<string>();
  for (const text of recordTexts(record)) {
    for (const phone of phonesIn(text)) {
      if (said.has(phone)) continue;
      const meant = [...said].find((p) => digitsApart(p, phone) <= 2);
      if (meant) out.add(`the record files the phone number ${dashed(phone)}, but the call gave ${dashed(meant)}`);
    }
  }
  return [...out];
}

/** A phone number read out in words: "six one two, five five five…" (seven digits at least: a zip code read out is none). */
const DIGITS_SAID = guarded(/\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double \w+)[\s,.-]+){6,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i);
/** Words that file a number as given on the call: "new cell provided", "alt phone obtained". */
const NUMBER_GIVEN_BEFORE = guarded(/\b(?:new|alt(?:ernate)?|updated|other|second) (?:cell|phone|number|contact|tel|mobile|#)(?: (?:number|#|no\.?))?\b[^.;]{0,20}$|\b(?:cell|phone|number|mobile|#) (?:provided|given|obtained|supplied)\b[^.;]{0,12}$/i);
const LAWYER_BEFORE = guarded(/\b(?:atty|attorney|lawyer|counsel|esq|law (?:office|firm|group))\b/i);
function dashed(phone: string): string {
  return `${phone.slice(0, 3)}-${phone.slice(3, 6)}-${phone.slice(6)}`;
}

/** How many places two numbers of the same length differ in. */
function digitsApart(a: string, b: string): number {
  if (a.length !== b.length) return Infinity;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

const THOUSANDS = guarded(/\b(?:grand|thousand|k)\b/i);
/** Notes that work a total out: "6 x $50 = $300", "total", "months". An "x" inside a word ("tax refund") is no times sign. */
const WORKED_TOTAL = guarded(/[=×]|\d\s*x\s*\$?\d|\b\d+\s*x\b|\btotal|\bmonths?\b|\bweeks?\b/i);

/** Notes that say a sum was gone over on the call: "reviewed with consumer", "advised", "confirmed with cons". */
const REVIEWED_WITH = guarded(/^[^.;]{0,12}\b(?:reviewed|discussed|gone over|went over|advised|quoted|confirmed|verified) (?:with|to) (?:the )?(?:consumer|cons|customer|debtor|borrower|caller)\b/i);

function inventedInNotes(call: AnnotatedCall, notes: string | undefined): string[] {
  if (!notes) return [];
  const balance = call.context.debt_amount_claimed;
  const said = new Set<number>();
  for (const t of call.turns) {
    for (const m of moneyIn(t.text)) if (m.value !== null) said.add(round2(m.value));
    for (const n of numbersIn(t.text)) {
      said.add(round2(n));
      // "Like twenty-eight?" in a talk of thousands: hundreds left unsaid.
      if (n >= 10 && n < 100 && Number.isInteger(n)) said.add(n * 100);
      // "About two grand back", "worth at least eleven" (in a talk of thousands): thousands left unsaid.
      if (n >= 1 && n < 100 && Number.isInteger(n) && (THOUSANDS.test(t.text) || (balance !== undefined && balance >= 1000))) said.add(n * 1000);
    }
    if (balance !== undefined) for (const s of sharesIn(t.text)) said.add(round2((balance * s.pct) / 100));
  }
  const spoken = new Set(said);
  if (balance !== undefined) said.add(round2(balance));
  const out: string[] = [];
  for (const m of moneyIn(notes)) {
    // "Balance $0.00": nothing owed invents no sum.
    if (m.value === null || m.value === 0) continue;
    // The balance on file may be noted, unless the notes say it was gone over with the consumer
    // ("Bal $2,120.00 reviewed with consumer") and the call never said it.
    if (said.has(round2(m.value)) && (spoken.has(round2(m.value)) || !REVIEWED_WITH.test(notes.slice(m.end, m.end + 40)))) continue;
    // "$50 a month for 6 months = $300": a total worked out from amounts that were said.
    if ([...said].some((s) => s > 0 && Number.isInteger(round2(m.value! / s)) && m.value! / s <= 60 && WORKED_TOTAL.test(notes))) continue;
    // "Forgiven amount of $1,860" ($4,210 less $2,350), "final $125.80" (what 21 payments of $150
    // leave of the balance): worked out from sums that were said.
    if (workedOut(m.value, said)) continue;
    out.push(`the notes name ${money(m.value)}, which was never said on the call`);
  }
  return out;
}
