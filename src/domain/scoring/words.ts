/**
 * Reading the words of a turn for the scorer: sentences for evidence, and the figures,
 * dates and payment methods that settle money questions (settlement %, instalments,
 * commitments). All patterns are compiled once, at module load.
 */

import { guarded } from '../language/guarded-pattern.ts';
import { LineMemo } from '../language/line-memo.ts';

/** Longest evidence quote, in characters. */
export const EVIDENCE_MAX = 160;

/** A sentence of a turn: its exact words and where they start in the turn's text. */
export interface Span {
  text: string;
  start: number;
}

const BOUNDARY = /[.!?]+["'”’)\]]*\s+|\n+/g;
const ABBREVIATION = guarded(/\b(?:mr|mrs|ms|dr|st|jr|sr|vs|etc|e\.g|i\.e|no|approx|inc|ltd|co|a\.m|p\.m)\.$/i);

/** Splits a turn into sentences; each is an exact, trimmed substring of `text`. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = text.slice(from, end);
    if (m[0][0] !== '\n' && ABBREVIATION.test(candidate)) continue;
    push(out, text, from, end);
    from = m.index + m[0].length;
  }
  push(out, text, from, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s });
}

/**
 * Trims a quote to at most EVIDENCE_MAX characters at word boundaries, keeping the part
 * around [focusStart, focusEnd) when given, so the quote stays an exact substring.
 */
export function clip(text: string, focusStart = 0, focusEnd = focusStart): string {
  const t = text.trim();
  if (t.length <= EVIDENCE_MAX) return t;
  const offset = text.indexOf(t);
  const fs = Math.max(0, focusStart - offset);
  const fe = Math.min(t.length, Math.max(fs, focusEnd - offset));
  const room = EVIDENCE_MAX - (fe - fs);
  let start = room > 0 ? Math.max(0, fs - Math.floor(room / 3)) : fs;
  let end = Math.min(t.length, start + EVIDENCE_MAX);
  if (end - start < EVIDENCE_MAX) start = Math.max(0, end - EVIDENCE_MAX);
  // Snap inwards to word boundaries so no word is cut in half.
  if (start > 0) {
    const space = t.indexOf(' ', start);
    if (space !== -1 && space < fs) start = space + 1;
  }
  if (end < t.length) {
    const space = t.lastIndexOf(' ', end);
    if (space > Math.max(start, fe - 1)) end = space;
  }
  return t.slice(start, end).trim();
}

// ---------------------------------------------------------------------------------------
// Numbers written as words ("six hundred", "sixty-five")
// ---------------------------------------------------------------------------------------

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const NUMBER_WORD = `(?:${Object.keys(UNITS).join('|')}|hundred|thousand|a)`;
const NUMBER_WORDS = `${NUMBER_WORD}(?:(?:[\\s-]+|\\s+and\\s+)${NUMBER_WORD})*`;

/** Value of a run of number words, or null when it is not a number ("a" alone). */
export function wordsToNumber(words: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    // "a hundred" is one hundred; "a twenty-five dollar fee" is twenty-five.
    if (w === 'a') continue;
    const unit = UNITS[w];
    if (unit !== undefined) {
      current += unit;
      seen = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/** Every number named in `text`, in figures ("1,900", "62.50") or words ("nineteen hundred", "two-ten"). */
export function numbersIn(text: string): readonly number[] {
  return NUMBERS_NAMED.get(text, readNumbers);
}

function readNumbers(text: string): number[] {
  const out: number[] = [];
  NUMBERS.lastIndex = 0;
  for (let m = NUMBERS.exec(text); m; m = NUMBERS.exec(text)) {
    if (m[1] !== undefined) out.push(Number(m[1].replace(/,/g, '')));
    else {
      // "nineteen hundred a month": a trailing "a" belongs to what follows.
      const said = m[2]!.replace(/(?:[\s-]+(?:a|and))+$/i, '');
      const price = spokenPrice(said);
      if (price) out.push(...price);
      else {
        const v = wordsToNumber(said);
        if (v !== null && v > 0) out.push(v);
      }
    }
  }
  return out;
}

const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/**
 * A price said the way people say prices: "two eighty-five" ($285), "twelve fifty" ($1,250),
 * "two ninety-four ninety-five" ($294.95). Without cents, "nine ninety-five" may also be $9.95,
 * so both readings are given.
 */
function spokenPrice(words: string): number[] | null {
  const w = words.toLowerCase().split(/[\s-]+/).filter((x) => x !== '');
  const lead = UNITS[w[0] ?? ''];
  if (lead === undefined || lead < 1 || lead > 19) return null;
  // "four-ten a week" ($410): hundreds and a number from ten to nineteen; "four ten" may be 14 too.
  const teen = UNITS[w[1] ?? ''];
  if (w.length === 2 && teen !== undefined && teen >= 10 && teen <= 19) return [lead * 100 + teen, lead + teen];
  let i = 1;
  const pair = (): number | null => {
    const tens = TENS[w[i] ?? ''];
    if (tens === undefined) return null;
    i++;
    const unit = UNITS[w[i] ?? ''];
    if (unit !== undefined && unit >= 1 && unit <= 9) {
      i++;
      return tens + unit;
    }
    return tens;
  };
  // "two ten fifty" ($210.50), "two hundred ten fifty" ($210.50): a tens said after a number that
  // already has its tens or teens is the cents, never added to it.
  const isTeen = (x: string | undefined) => {
    const v = UNITS[x ?? ''];
    return v !== undefined && v >= 10 && v <= 19;
  };
  if (w[1] === 'hundred' || (isTeen(w[1]) && TENS[w[2] ?? ''] !== undefined)) {
    let j = 1;
    if (w[1] === 'hundred') j = 2;
    let dollars = lead * 100;
    if (isTeen(w[j])) {
      dollars += UNITS[w[j]!]!;
      j++;
    } else if (TENS[w[j] ?? ''] !== undefined) {
      dollars += TENS[w[j]!]!;
      j++;
      const u = UNITS[w[j] ?? ''];
      if (u !== undefined && u >= 1 && u <= 9) {
        dollars += u;
        j++;
      }
    } else return null;
    i = j;
    const cents = pair();
    if (cents === null || i !== w.length) return null;
    return [dollars + cents / 100];
  }
  if (TENS[w[1] ?? ''] === undefined) return null;
  const hundreds = pair()!;
  const cents = i < w.length ? pair() : null;
  if (i !== w.length) return null;
  const dollars = lead * 100 + hundreds;
  return cents === null ? [dollars, lead + hundreds / 100] : [dollars + cents / 100];
}
const NUMBERS = new RegExp(String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)|\b(${NUMBER_WORDS})\b`, 'gi');

// ---------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------

/** How often an instalment amount is paid. */
export type Frequency = 'week' | 'biweek' | 'month';

/** A sum of money named in a turn. */
export interface Money {
  /** The value in dollars; null for a placeholder whose value is not known. */
  value: number | null;
  /** The placeholder stands for the account balance (`[DEBT_AMOUNT]`, `[BALANCE]`). */
  isBalance: boolean;
  /** Set when the amount is an instalment ("$50 a month", "payments of $25"). */
  frequency: Frequency | null;
  start: number;
  end: number;
}

const DIGITS = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?`;
const MONEY = new RegExp(
  String.raw`\$\s?${DIGITS}(?:\s?(k|thousand)\b)?` +
    String.raw`|\b${DIGITS}\s?(?:(k|thousand)\s+)?(?:dollars|bucks|usd|dollar(?=[\s-]+(?:fee|charge|surcharge|payment|processing|convenience|service|late|deposit|minimum|down|credit|difference|amount)\b))\b` +
    String.raw`|\b(${NUMBER_WORDS})[\s-]+(?:dollars|bucks|dollar(?=[\s-]+(?:fee|charge|surcharge|payment|processing|convenience|service|late|deposit|minimum|down|credit|difference|amount)\b))\b` +
    String.raw`|\[([A-Z][A-Z_ ]*)\]` +
    // "six hundred thirty today and six hundred thirty on Friday": hundreds said with their day.
    // …or with a month's day ("a hundred fifty on May first"), a money order, or as the instalment ("three payments of a hundred fifty").
    String.raw`|\b(${NUMBER_WORDS})(?:(?=\s+(?:today|tonight|tomorrow|right now|now|on (?:the |friday|monday|tuesday|wednesday|thursday|saturday|sunday|\w+day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|by (?:the |friday|monday|tuesday|wednesday|thursday|\w+day)|down|up ?front|a month|a week|every|each|per|money orders?)\b)|(?=\s*(?:[.,;!?]|$))(?<=\b(?:payments|instal?lments|checks|drafts) of (?:[a-z]+[\s-]+){0,5}[a-z]+))`,
  'gi',
);
/** The cents said after a sum in words: " and seventy cents", " and 5 cents". */
const CENTS_AFTER = guarded(/^\s+and\s+([a-z]+(?:[- ][a-z]+)?|\d{1,2})\s+cents?\b/i);
/** Words of a placeholder name (`[DEBT_AMOUNT]`) that make it a sum of money, and the balance. */
const MONEY_PLACEHOLDER = guarded(/(?:^|_)(?:AMOUNT|BALANCE|PAYMENT|SETTLEMENT|DUE|TOTAL|SUM|FEE|INSTALL?MENT|DEBT|OWED)(?:_|$)/);
const BALANCE_PLACEHOLDER = guarded(/(?:^|_)(?:DEBT|BALANCE|TOTAL|OWED|CLAIMED)(?:_|$)|AMOUNT_DUE/);
const FREQ_AFTER =
  guarded(/^\s*(?:dollars|bucks)?\s*(?:(?:a|per|each|every|\/)\s*(week|wk|two weeks|other week|fortnight|month|mo|pay ?check|pay ?period|payday)\b|(weekly|bi-?weekly|fortnightly|monthly)\b)/i);
// "payments of $50", "installments of $50" and "monthly payments as low as $50" are instalments;
// "one payment of $612.40" is not.
const FREQ_BEFORE =
  guarded(/(?:(weekly|bi-?weekly|monthly)\s+)?(payments|installments?|instalments?|payment|plans?|payment plans?)\s+(?:of|as low as|starting at|starting from|from|of about|of around|of just|around)\s*$|(weekly|bi-?weekly|monthly)\s+$/i);

function frequencyOf(word: string | undefined): Frequency | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(week|wk|weekly)$/.test(w)) return 'week';
  if (/two weeks|other week|fortnight|bi-?weekly|pay ?check|pay ?period|payday/.test(w)) return 'biweek';
  if (/month|^mo$/.test(w)) return 'month';
  return null;
}

/** A number that is not a sum: a count, a share, a time, a day, or part of a date, phone or card. */
const NOT_A_SUM = String.raw`(?!\s*(?:%|percent\b|years?\b|months?\b|days?\b|weeks?\b|hours?\b|minutes?\b|mins?\b|times?\b|payments?\b|instal?lments?\b|people\b|calls?\b|am\b|pm\b|a\.m|p\.m|o'?clock\b)|\d|[:/-]\d|(?:st|nd|rd|th)\b)`;
/** A bare number after a word that names paying or owing: "take 1500", "pay 250 friday", "balance 3200". */
const BARE_AFTER_WORD = new RegExp(
  String.raw`\b(?:pay|paying|paid|take|taking|accept|accepting|offer|offering|owe|owes|owed|settle for|settling for|down to|do is|do|balance(?: is| of| was)?|total(?: is| of)?)\s+(?:you\s+|it\s+|just\s+|only\s+|about\s+|around\s+)?(\d{1,3}(?:,\d{3})+|\d{2,6})(?:\.(\d{2}))?\b${NOT_A_SUM}`,
  'gi',
);
/** A bare number before the words that make it the sum paid: "1500 settles the account", "2000 in one payment". */
const BARE_BEFORE_WORD = new RegExp(
  String.raw`(?<![\d.,:/$-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? |, |\b(?:by|on|the|before|until|in) )\b(\d{1,3}(?:,\d{3})+|\d{2,6})(?:\.(\d{2}))?(?=\s+(?:settles|to settle|as (?:a |the |your )?set+le?ment|in (?:one|a single) payment|(?:as a |in a )?lump sum|in full)\b)`,
  'gi',
);
/** A bare number with cents: "486.20", "a 12.95 fee" (not a time: "at 10.30"). */
const BARE_WITH_CENTS = new RegExp(String.raw`(?<![\d.,:/$-]|\bat )\b(\d{1,3}(?:,\d{3})+|\d+)\.(\d{2})\b${NOT_A_SUM}`, 'gi');
/** Cheap test before any of them: a number after a word that can make it a sum, before one, or cents. */
const BARE_MAYBE =
  guarded(/\d\.\d\d|\b(?:pay\w*|paid|tak\w+|take|accept\w*|offer\w*|owe[sd]?|owing|settl\w*|do|is|balance|total|down to|just|only|about|around|you|it) \d|\d (?:settles|to settle|as |in (?:one|a single) |lump|in full)/i);

/** How often the sum at [start, end) is paid, from the words around it ("$50 a month", "payments of $25"). */
function frequencyAround(text: string, start: number, end: number): Frequency | null {
  const after = FREQ_AFTER.exec(text.slice(end, end + 40));
  if (after) return frequencyOf(after[1] ?? after[2]);
  const before = FREQ_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before) return frequencyOf(before[1] ?? before[3]) ?? (/^payment$/i.test(before[2] ?? '') ? null : 'month');
  return null;
}

/**
 * While one call is scored (`readingWordsOfOneCall`), what each text names is read once: the
 * checks, the outcome and the record ask the same turns for their sums, shares, numbers, dates and
 * methods many times over. Nothing outlives the call, so scoring many calls measures the reading
 * of each.
 */
const MONEY_NAMED = new LineMemo<readonly Money[]>(4);
const SHARES_NAMED = new LineMemo<readonly Share[]>(4);
const NUMBERS_NAMED = new LineMemo<readonly number[]>(4);
const DATE_NAMED = new LineMemo<Found | null>(4);
const METHOD_NAMED = new LineMemo<Found | null>(4);

/** Runs `read` (the scoring of one call) remembering what each text names until it returns. */
export function readingWordsOfOneCall<T>(read: () => T): T {
  return MONEY_NAMED.during(() => SHARES_NAMED.during(() => NUMBERS_NAMED.during(() => DATE_NAMED.during(() => METHOD_NAMED.during(read)))));
}

/** Every sum of money named in `text`, in order. */
export function moneyIn(text: string): readonly Money[] {
  return MONEY_NAMED.get(text, readMoney);
}

/**
 * Every sum needs one of these: "$", a figure, a placeholder, "dollars", "bucks", "usd", or a
 * hundred or a thousand said in words. Most lines have none, and MONEY, which tries number words
 * at every word, need not run on them.
 */
const MAYBE_MONEY = guarded(/[$\d[]|dollar|buck|usd|hundred|thousand/i);

function readMoney(text: string): Money[] {
  if (!MAYBE_MONEY.test(text)) return [];
  const out: Money[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let value: number | null;
    let isBalance = false;
    if (m[8] !== undefined) {
      const name = m[8].toUpperCase().replace(/\s+/g, '_');
      if (!MONEY_PLACEHOLDER.test(name) && !BALANCE_PLACEHOLDER.test(name)) continue;
      isBalance = BALANCE_PLACEHOLDER.test(name);
      value = null;
    } else if (m[9] !== undefined) {
      // Only a sum in the hundreds or thousands: "six thirty today" is a time.
      if (!/\b(?:hundred|thousand)\b/i.test(m[9])) continue;
      // "two hundred ten fifty" is $210.50, not $260.
      const price = spokenPrice(m[9]);
      value = price !== null && price.length === 1 ? price[0]! : wordsToNumber(m[9]);
      if (value === null || value === 0) continue;
    } else if (m[7] !== undefined) {
      value = wordsToNumber(m[7]);
      if (value === null || value === 0) continue;
      // "one hundred thirty three dollars and seventy cents".
      const cents = CENTS_AFTER.exec(text.slice(start + m[0].length, start + m[0].length + 40));
      if (cents) {
        const c = /^\d+$/.test(cents[1]!) ? Number(cents[1]) : wordsToNumber(cents[1]!);
        if (c !== null && c > 0 && c < 100) {
          value += c / 100;
          out.push({ value: Math.round(value * 100) / 100, isBalance, frequency: frequencyAround(text, start, start + m[0].length + cents[0].length), start, end: start + m[0].length + cents[0].length });
          continue;
        }
      }
    } else {
      const whole = m[1] ?? m[4] ?? '0';
      const cents = m[2] ?? m[5];
      const scale = (m[3] ?? m[6]) ? 1000 : 1;
      value = (Number(whole.replace(/,/g, '')) + (cents ? Number(`0.${cents}`) : 0)) * scale;
    }
    out.push({ value, isBalance, frequency: frequencyAround(text, start, end), start, end });
  }
  // Typed or transcribed without "$": "take 1500 as settlement", "ballance 3200.00".
  if (BARE_MAYBE.test(text)) {
    for (const bare of [BARE_AFTER_WORD, BARE_BEFORE_WORD, BARE_WITH_CENTS]) {
      bare.lastIndex = 0;
      for (let m = bare.exec(text); m; m = bare.exec(text)) {
        const end = m.index + m[0].length;
        const start = end - m[1]!.length - (m[2] !== undefined ? m[2].length + 1 : 0);
        if (out.some((o) => o.start < end && start < o.end)) continue;
        const value = Number(m[1]!.replace(/,/g, '')) + (m[2] !== undefined ? Number(`0.${m[2]}`) : 0);
        if (value < 10) continue;
        out.push({ value, isBalance: false, frequency: frequencyAround(text, start, end), start, end });
      }
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Percentages
// ---------------------------------------------------------------------------------------

/** A share of the balance named in a turn, as the percentage the consumer would pay. */
export interface Share {
  /** Percent of the balance to be paid (a "40% discount" is 60). */
  pct: number;
  start: number;
  end: number;
}

const PERCENT = new RegExp(String.raw`\b(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)|\b(${NUMBER_WORDS})\s+(?:percent|per cent)\b|\bhalf\b`, 'gi');
const DISCOUNT_AFTER = guarded(/^\s*(?:off|discount|reduction|less|lower)\b/i);
const DISCOUNT_BEFORE = guarded(/(?:discount|reduction|knock|take|taking|save|saving|savings|waive|waiving|forgive|forgiving)\w*\s+(?:of\s+|off\s+)?(?:about\s+|up to\s+)?$/i);

const SHARE_ENDS = guarded(/^\s*(?:[.,;!?]|$|(?:if|and|today|as|for|on|to settle|in one)\b)/i);
const TAKES = guarded(/\b(?:take|taking|accept|accepting)\s+(?:about\s+|just\s+)?$/i);
const OF_BALANCE = guarded(/^\s*of\s+(?:the\b|your\b|what\b|it\b|that\b|this\b|\[|\$|\d|__)/i);

/** Every percentage of the balance named in `text` ("60%", "sixty percent", "half", "40% off"). */
/** Words for the whole balance: "in full", "the entire amount", "the whole thing", "pay it off". */
export const FULL_BALANCE = guarded(/\b(?:in full|(?<!\b(?:can'?t|cannot|not|won'?t|unable to|couldn'?t) (?:\w+ )?)pay (?:it|this|that) all\b(?! at once)|(?:the )?full (?:amount|balance|\$\s?\d[\d,]*(?:\.\d\d)?|__amount__)|(?:the )?(?:whole|entire|total) (?:amount|balance)|the whole thing|the (?:remaining )?balance|all of it|pay (?:it|this|that) off(?! early| sooner| ahead| faster| before))\b/i);

export function sharesIn(text: string): readonly Share[] {
  return SHARES_NAMED.get(text, readShares);
}

function readShares(text: string): Share[] {
  const out: Share[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let pct: number | null;
    if (m[1] !== undefined) pct = Number(m[1]);
    else if (m[2] !== undefined) pct = wordsToNumber(m[2]);
    else pct = 50;
    if (pct === null || pct > 100) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    // "we can take 60% of the balance" accepts 60%; "take 40% off" gives 40% away.
    // "we'd take about sixty percent." accepts 60% too: nothing after it makes it a discount.
    const after = text.slice(end, end + 30);
    const accepts = TAKES.test(before) && (OF_BALANCE.test(after) || SHARE_ENDS.test(after));
    const discount = DISCOUNT_AFTER.test(text.slice(end, end + 20)) || (!accepts && DISCOUNT_BEFORE.test(before));
    out.push({ pct: discount ? 100 - pct : pct, start, end });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Dates and payment methods
// ---------------------------------------------------------------------------------------

/** Where a term was found in a text. */
export interface Found {
  start: number;
  end: number;
}

const DATE = guarded(new RegExp(
  [
    String.raw`\b(?:today|tonight|tomorrow|this (?:afternoon|evening|week|weekend)|end of (?:the )?(?:week|month)|first of (?:the )?(?:month|next month)|pay ?day)\b`,
    String.raw`\b(?:next|this|on|by|coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b`,
    String.raw`\bnext (?:week|month)\b`,
    String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b`,
    // Not "after the first of the year": a season, no day.
    String.raw`\b(?:the\s+)(?:first|second|third|fifth|tenth|fifteenth|twentieth|thirtieth|last day)\b(?! of the year\b)`,
    String.raw`\b(?:first|second|third|fourth|fifth|tenth|fifteenth|twentieth|thirtieth|last|\d{1,2}(?:st|nd|rd|th)?) (?:day )?of (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`,
    String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) (?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)\b`,
    String.raw`\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\bin (?:a|one|two|three|\d) (?:days?|weeks?)\b`,
    String.raw`\[[A-Z_ ]*DATE[A-Z_ ]*\]`,
  ].join('|'),
  'i',
));

const METHOD = guarded(new RegExp(
  [
    // Not the account being collected: "settles the Crestmark Mastercard balance", "the Crestmark card account".
    String.raw`\b(?:debit|credit|visa|mastercard|master card|amex|discover|prepaid)\b(?:\s+card)?(?!,? (?:balance|account|bill|debt|statement|loan)\b)`,
    String.raw`\b(?:the |your |my |a |same |that )card\b(?! (?:balance|account|bill|debt|statement|loan)\b)`,
    String.raw`\bcard (?:number|ending|on file)\b`,
    // "one payment Friday July 24th, by card", "Yeah. Card. The Discover.": the card, bare.
    String.raw`\b(?:by|via|on|with) (?:debit |credit )?card\b(?! (?:balance|account|bill|debt|statement|loan)\b)|(?:^|[.!?] )(?:\w+[,.] )?card(?=[.!?]|$)`,
    String.raw`\b(?:bank|checking|savings)\s+(?:account|transfer|draft|payment)\b`,
    // "From my checking at Huntington", "from your Huntington checking", "out of my checking on the
    // twenty-sixth": the account named by its kind (not "checking on whether").
    String.raw`\b(?:from|out of|through|into) (?:my|your|his|her|our|their|the)(?: \w+){0,2} (?:checking|savings)\b(?! (?:in|with|if|whether|that|to see)\b| on (?!the\b|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))`,
    // "From checking?" "Checking, yeah.": the account's kind, bare.
    String.raw`\b(?:from|out of|by) (?:checking|savings)\b(?! (?:in|with|if|whether|that|to see)\b| on (?!the\b|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))|(?:^|[.!?] )(?:\w+[,.] )?(?:checking|savings)(?=[,.!?]|$| (?:yeah|yes|please|is fine|works)\b)`,
    String.raw`\b(?:ach|e-?check|routing number|account number|direct debit|wire(?: transfer)?|bank transfer)\b`,
    String.raw`\b(?:by|via|with|mail(?:ed|ing)?|send|a|personal|certified|cashier'?s)\s+(?:a\s+)?(?:check|cheque)\b`,
    // "Write the check out for $1,150, date it the 30th": the noun, never the verb "let me check".
    String.raw`\bwrite (?:out )?(?:a |the |your |it as a )?(?:check|cheque)\b|\b(?:one|the|your) (?:check|cheque) (?:for \$?\d|payable|dated|made out)|\b(?:check|cheque) (?:payable|dated|made out)\b`,
    String.raw`\bmoney ?order\b`,
    String.raw`\b(?:online|website|web site|portal|the app|mobile app|by phone|over the phone|pay by phone)\b`,
    String.raw`\b(?:zelle|paypal|venmo|cash ?app|western union|moneygram|apple pay|google pay)\b`,
    String.raw`\bauto-?(?:pay|matic (?:payment|withdrawal|debit|draft))\b`,
    // A debt management plan paid by the counselling agency: "disbursed from our trust account".
    String.raw`\bdisburs(?:e|ed|es|ing|ement|ements)\b|\btrust account\b`,
    String.raw`\[[A-Z_ ]*(?:CARD|METHOD|BANK|ACCOUNT_NUMBER|ROUTING)[A-Z_ ]*\]`,
  ].join('|'),
  'i',
));

// A sum named without a figure ("in full", "the whole balance"), or said the way people say it, with no "dollars" ("So that's three eighty-nine, one payment
// from checking"), not a time ("two fifty p.m.").
const AMOUNT_WORDS =
  guarded(/\b(?:in full|(?:the )?full (?:amount|balance|payment)|(?:the )?(?:whole|entire|total) (?:amount|balance|thing)|the (?:remaining )?balance|that amount|(?:pay|paying) (?:it|this|that) (?:all|off)|all of it|everything I owe)\b|\b(?:that is|that's|so|of|for|pay|paying|do|doing) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[ -](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?)\b(?! ?(?:a\.?m|p\.?m|o'?clock|in the (?:morning|afternoon|evening)|tonight|tomorrow|today|your time))/i);

function found(m: RegExpExecArray | null): Found | null {
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** First date or day named in `text` ("Friday", "the 15th", "tomorrow", "[PAYMENT_DATE]"). */
export function findDate(text: string): Found | null {
  return DATE_NAMED.get(text, (t) => found(DATE.exec(t)));
}

/** First payment method named in `text` ("debit card", "bank account", "online"). */
export function findMethod(text: string): Found | null {
  return METHOD_NAMED.get(text, (t) => found(METHOD.exec(t)));
}

/** First amount named in `text`: a sum, a share, a money placeholder or "the full balance". */
export function findAmount(text: string): Found | null {
  const money = moneyIn(text)[0];
  if (money) return { start: money.start, end: money.end };
  const share = sharesIn(text)[0];
  if (share) return { start: share.start, end: share.end };
  return found(AMOUNT_WORDS.exec(text));
}

/**
 * A dispute in so many words, in a turn's own text: "I returned the modem … I don't owe that", "prove it",
 * "that's not mine". A doubt voiced in passing ("I thought insurance covered that") has none.
 */
export const DISPUTE_SAID =
  guarded(/^\W*no,? (?:see,? |look,? |listen,? )?i (?:already )?paid\b|\b(?:have|got|kept) (?:the|a|my) receipt\b|\b(?:not mine|not my (?:debt|account|bill|card|loan)|(?:don'?t|do not|never) owe|never (?:had|opened|signed|owed)|disput\w*|wrong|already paid|paid (?:it|that|this)\b(?! \w+ (?:in|on) (?:fees|interest))|fraud\w*|identity theft|returned (?:it|the|them|that)|not (?:right|correct)|proof|prove|validat\w*|verif\w*|itemi[sz]\w*|never (?:even )?seen|(?:only |just )?an? authori[sz]ed user|(?:the|that) (?:account|card|loan) (?:is|was) (?:his|hers|theirs))\b/i);

/** A day of the month said as an ordinal word: "first" … "thirtieth", "twenty-first". */
export const ORDINAL_WORD =
  '(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
const DAY_NUMBER = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(${ORDINAL_WORD})\\b`, 'i');
/** The day of the month each ordinal word names: "first" 1 … "thirty-first" 31 ("twenty first" too). */
export const ORDINAL_DAYS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
for (const [tens, value] of [['twenty', 20], ['thirty', 30]] as const) {
  for (const [unit, n] of [['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9]] as const) {
    if (value + n <= 31) ORDINAL_DAYS[`${tens}-${unit}`] = ORDINAL_DAYS[`${tens} ${unit}`] = value + n;
  }
}

/** The first day of the month the words name ("the 20th", "twenty-first", "on 5"), or null. */
export function dayOfMonth(words: string): number | null {
  const m = DAY_NUMBER.exec(words.toLowerCase());
  if (m?.[1]) return Number(m[1]);
  if (!m?.[2]) return null;
  return ORDINAL_DAYS[m[2].replace(/^(twenty|thirty)[- ]?(?=\w)/, '$1 ')] ?? null;
}

/** A settlement ruled out: "no settlement; instead $150 a month", "the settlement's off the table". */
export const NO_SETTLEMENT = /\b(?:nothing to settle|no settlement|not (?:a )?settl\w*|instead of (?:a |the )?settl\w*|(?:the )?settlement(?: offer| thing)?(?: is|'s)? off the table|(?:so )?(?:it is|it's|that is|that's|we are|we're|all) settled(?: then)?(?=\s*[.?!,]|\s*$| then))\b/gi;
