import { NOT_TYPOS } from './spelling-exclusions.ts';

/**
 * Typing slips in the words the rules depend on. A trainee types fast ("ballance", "attemp to
 * colect", "garnsh ur wages", "setlement"), and a rule that waits for "balance" never hears
 * "ballance". A word is put right when it is one slip (a letter left out, added, changed, or two
 * letters swapped) away from exactly one of the key terms below, and is not itself a real word:
 * `NOT_TYPOS` lists the real words one slip from a key term ("debit" from "debt", "court" and
 * "count"), built from the project's lexicon by `npm run spelling`. Words under five letters are
 * left alone: too many short words lie one slip from each other.
 */
export const KEY_TERMS: readonly string[] = [
  // the disclosure and the debt
  'attempt', 'collect', 'collecting', 'collection', 'collections', 'collector', 'collectors', 'obtained', 'information',
  'purpose', 'balance', 'balances', 'remaining', 'account', 'accounts', 'amount', 'creditor', 'creditors', 'original',
  'agency', 'recovery', 'services', 'behalf', 'client', 'company', 'representative',
  // verification
  'verify', 'verified', 'verification', 'confirm', 'confirmed', 'security', 'address', 'birthday', 'speaking',
  // payment
  'payment', 'payments', 'settlement', 'settlements', 'settle', 'settled', 'discount', 'percent', 'installment',
  'installments', 'monthly', 'minimum', 'schedule', 'scheduled', 'arrangement', 'agreement', 'promise', 'commitment',
  'confirmation', 'receipt', 'checking', 'savings', 'routing', 'mastercard', 'afford', 'today', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'thousand', 'hundred', 'dollars',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'fifteen',
  // fees and credit
  'convenience', 'processing', 'interest', 'charges', 'credit', 'report', 'reported', 'reporting', 'bureaus',
  'bureau', 'score',
  // law and threats
  'attorney', 'attorneys', 'lawyer', 'lawyers', 'bankruptcy', 'bankrupt', 'garnish', 'garnished', 'garnishment',
  'garnishing', 'wages', 'arrest', 'arrested', 'police', 'sheriff', 'warrant', 'criminal', 'prosecute', 'prosecuted',
  'prosecution', 'lawsuit', 'judgment', 'judgement', 'legal', 'department', 'summons', 'repossess', 'repossession',
  'prison', 'fraud', 'federal', 'government', 'investigator', 'deported',
  // the consumer's rights and requests
  'dispute', 'disputed', 'disputing', 'validation', 'validate', 'cease', 'contact', 'contacting', 'calling',
  'writing', 'letter', 'notice', 'represented', 'harass', 'harassing', 'harassment', 'hardship', 'unemployed',
  'disability', 'medical', 'insurance', 'supervisor', 'authorized', 'authorize', 'approved',
  // care
  'understand', 'apologize', 'appreciate', 'options', 'available', 'situation', 'financial',
];

const TERMS = new Set(KEY_TERMS);
const MIN_LENGTH = 5;

/** A word with one letter left out at each place. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Key terms by each of their one-letter deletions (and by themselves). */
const BY_DELETION = new Map<string, Set<string>>();
for (const term of KEY_TERMS) {
  for (const key of [term, ...deletions(term)]) {
    let terms = BY_DELETION.get(key);
    if (!terms) BY_DELETION.set(key, (terms = new Set()));
    terms.add(term);
  }
}

/** The key terms one slip from `word` (symmetric deletion: what survives one deletion on each side). */
export function termsNear(word: string): string[] {
  const found = new Set<string>();
  for (const key of [word, ...deletions(word)]) {
    const terms = BY_DELETION.get(key);
    if (terms) for (const t of terms) if (t !== word && oneSlip(word, t)) found.add(t);
  }
  return [...found];
}

/** True when `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours. */
function oneSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Words already looked at, with their correction (or themselves); emptied when it grows large. */
const SEEN = new Map<string, string>();
const SEEN_KEPT = 50_000;

/** The key term a typed word stands for, or the word itself. */
export function correctSpelling(word: string): string {
  if (word.length < MIN_LENGTH) return word;
  let out = SEEN.get(word);
  if (out === undefined) {
    out = word;
    if (!TERMS.has(word) && !NOT_TYPOS.has(word)) {
      const near = termsNear(word);
      if (near.length === 1) out = near[0]!;
    }
    if (SEEN.size >= SEEN_KEPT) SEEN.clear();
    SEEN.set(word, out);
  }
  return out;
}

const TYPED_WORD = /\b[a-z]{5,}\b/g;

/** Lowercase text with each slip in a key term put right, except the words in `names` (proper nouns). */
export function correctTypos(text: string, names?: ReadonlySet<string>): string {
  return names === undefined || names.size === 0 ? text.replace(TYPED_WORD, correctSpelling) : text.replace(TYPED_WORD, (w) => (names.has(w) ? w : correctSpelling(w)));
}

/** A capitalised word inside a sentence ("Got it, Arvest debit"): a name, not a slip to put right. */
const NAME_IN_SENTENCE = /(?<=[a-z0-9,;:]\s+)[A-Z][a-z]{4,}\b/g;
/** The lower-cased names written with a capital inside sentences of `text`. */
export function namesIn(text: string): Set<string> | undefined {
  const found = text.match(NAME_IN_SENTENCE);
  return found === null ? undefined : new Set(found.map((w) => w.toLowerCase()));
}
