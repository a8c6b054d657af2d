/**
 * Text normalisation for the act classifier. The output is for matching, not for display:
 * lowercase, one apostrophe and one quote character, contractions and chat spellings expanded
 * ("won't" → "will not", "gonna" → "going to", "u" → "you"), call-recorder placeholders turned
 * into stable tokens (`[CONSUMER_NAME]` → `__name__`, `$1,200` → `__amount__`), stage notes
 * (`[pause]`, `(inaudible)`) dropped, and fillers and intensifiers ("um", "like,", "really",
 * "just") removed so that patterns need not allow for them between every two words.
 */

import { LineMemo } from './line-memo.ts';
import { correctTypos, namesIn } from './spelling.ts';

/** The tokens placeholders and money are mapped to; patterns in rules.ts match these. */
export const TOKENS = {
  name: '__name__',
  agent: '__agent__',
  company: '__company__',
  amount: '__amount__',
  percent: '__percent__',
  date: '__date__',
  number: '__number__',
  phone: '__phone__',
  address: '__address__',
  email: '__email__',
  redacted: '__redacted__',
  expletive: '__expletive__',
} as const;

// Placeholder names vary by recorder ([DEBT_AMOUNT], {consumer_name}, <AGENT>); the first
// keyword group that occurs in the name decides the token, so AGENT_NAME is the agent, not a
// person, and ACCOUNT_NUMBER is a number, not a phone.
const PLACEHOLDER_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  // A recorder's censoring of a swear word keeps the fact that one was said.
  [/\b(?:expletives?|bleep(?:ed|s)?|profanity|profane|curse|cursing|curses|swear(?:ing|s)?|obscenit(?:y|ies)|censored)\b/, TOKENS.expletive],
  [/\b(?:agent|rep|representative|collector|caller|employee|operator)\b/, TOKENS.agent],
  [/\b(?:company|agency|creditor|bank|lender|client|business|firm|org|organization|employer|brand|merchant|store)\b/, TOKENS.company],
  [/\b(?:date|day|time|month|deadline|due|year|dob|birthday|birth)\b/, TOKENS.date],
  [/\b(?:phone|tel|telephone|mobile|cell|callback)\b/, TOKENS.phone],
  [/\b(?:email|e mail)\b/, TOKENS.email],
  [/\b(?:percent|pct|percentage|rate)\b/, TOKENS.percent],
  [/\b(?:account|acct|ref|reference|case|ssn|social|id|number|num|digits|card|routing|last4|last 4|zip|postcode|pin)\b/, TOKENS.number],
  [/\b(?:amount|balance|debt|payment|sum|total|fee|dollars|money|price|installment|settlement)\b/, TOKENS.amount],
  [/\b(?:address|street|city|state|location|county)\b/, TOKENS.address],
  [/\b(?:name|consumer|customer|debtor|person|spouse|relative|attorney|lawyer|first|last|full|party|borrower)\b/, TOKENS.name],
];

// Words that describe the recording rather than what was said.
const STAGE_WORDS = String.raw`(?:(?:long |short |brief )?pause[sd]?|silence|laugh(?:s|ing|ter)?|chuckl(?:e|es|ing)|giggl(?:e|es|ing)|sigh(?:s|ing)?|inaudible|unintelligible|indistinct|crosstalk|cross talk|cross-talk|overlapping(?: speech)?|overtalk|talking over|music|hold music|on hold|placed on hold|beep(?:s|ing)?|static|(?:background )?noise|cough(?:s|ing)?|clears throat|throat clear|typing|keyboard|ring(?:s|ing)?|phone rings|dial tone|call drops|call dropped|line drops|hang(?:s)? up|hung up|click(?:s)?|mumbl(?:e|es|ing)|muffled|garbled|breath(?:es|ing)?|cry(?:ing)?|cries|sob(?:s|bing)?|yell(?:s|ing)|shout(?:s|ing)|whisper(?:s|ing)?|sniff(?:s|ling)?|groan(?:s|ing)?|scoff(?:s|ing)?|laughs nervously|silent|no response|unclear|beep tone|voicemail tone|tone|end of call|call ends|transferring|transfer|hold)`;
const STAGE_RE = new RegExp(String.raw`^\s*${STAGE_WORDS}\b[^()\[\]]*$`, 'i');

const BRACKETS = /\[([^\[\]\n]{0,80})\]|\{\{?\s*([^{}\n]{1,60}?)\s*\}?\}|<([A-Za-z][A-Za-z0-9_ ]{0,50})>|\(([^()\n]{0,60})\)|\*([a-zA-Z][a-zA-Z ]{1,40})\*/g;

function placeholderToken(inner: string): string | undefined {
  const key = inner.toLowerCase().replace(/[_\-.]+/g, ' ').trim();
  for (const [re, token] of PLACEHOLDER_KINDS) if (re.test(key)) return token;
  return undefined;
}

function replaceBracket(match: string, sq?: string, curly?: string, angle?: string, paren?: string, star?: string): string {
  if (paren !== undefined) return STAGE_RE.test(paren) ? ' ' : match;
  if (star !== undefined) return STAGE_RE.test(star) ? ' ' : match;
  const inner = (sq ?? curly ?? angle ?? '').trim();
  if (inner === '') return ' ';
  if (STAGE_RE.test(inner)) return ' ';
  const token = placeholderToken(inner);
  if (token) return ` ${token} `;
  // Unknown upper-case names ([POLICY_ID]) are redactions; lower-case ones are notes.
  if (/^[A-Z0-9_ ]+$/.test(inner) && /[A-Z]/.test(inner)) return ` ${TOKENS.redacted} `;
  return angle !== undefined ? match : ' ';
}

const NUM_WORD = '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|and)';
// Each rewrite carries the cheap test that must pass before it can apply.
const MONEY: ReadonlyArray<readonly [RegExp, string, RegExp]> = [
  // "$0.00 in fees" is none: it must not read as a sum charged.
  [/\$\s?0(?:\.0{1,2})?(?![\d.,])/g, 'zero dollars', /\$\s?0/],
  [/\$\s*__amount__/g, TOKENS.amount, /\$/],
  [/(?:\$|usd\s?)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|thousand|hundred|million)\b)?(?:\s?(?:dollars?|bucks|usd)\b)?/g, ` ${TOKENS.amount} `, /\d/],
  [/\b\d[\d,]*(?:\.\d+)?\s?(?:k\s)?(?:dollars?|bucks|usd)\b/g, ` ${TOKENS.amount} `, /\d/],
  [new RegExp(String.raw`\b(?:${NUM_WORD}[\s-]+)*${NUM_WORD}[\s-]+(?:dollars?|bucks)\b`, 'g'), ` ${TOKENS.amount} `, /dollar|buck/],
  [/__amount__\s+(?:dollars?|bucks)\b/g, TOKENS.amount, /__amount__\s+(?:dollar|buck)/],
  [/\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b|pct\b)/g, ` ${TOKENS.percent} `, /\d/],
  [new RegExp(String.raw`\b(?:${NUM_WORD}[\s-]+)*${NUM_WORD}[\s-]+(?:percent|per cent)\b`, 'g'), ` ${TOKENS.percent} `, /percent|per cent/],
  [/\s?\/\s?(?:mo|mth|month)\b/g, ' per month', /\//],
  [/\s?\/\s?(?:wk|week)\b/g, ' per week', /\//],
];

// Whole-word rewrites: contractions without their apostrophe, chat spellings, domain typos.
const WORDS: Record<string, string> = {
  "won't": 'will not', wont: 'will not', "can't": 'cannot', cant: 'cannot', "shan't": 'shall not',
  "ain't": 'is not', aint: 'is not', "let's": 'let us', "y'all": 'you all', "ya'll": 'you all', yall: 'you all',
  "'em": 'them', "'cause": 'because', "'bout": 'about', "'til": 'until', til: 'until',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not', wasnt: 'was not',
  werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not', wouldnt: 'would not',
  couldnt: 'could not', shouldnt: 'should not', mustnt: 'must not', neednt: 'need not',
  im: 'i am', ive: 'i have', youre: 'you are', youve: 'you have', youll: 'you will', youd: 'you would',
  theyre: 'they are', theyve: 'they have', theyll: 'they will', thats: 'that is', whats: 'what is',
  theres: 'there is', hes: 'he is', shes: 'she is', itll: 'it will', weve: 'we have', whos: 'who is',
  shouldve: 'should have', couldve: 'could have', wouldve: 'would have', mightve: 'might have',
  shoulda: 'should have', coulda: 'could have', woulda: 'would have',
  gonna: 'going to', gunna: 'going to', finna: 'going to', wanna: 'want to', gotta: 'got to', hafta: 'have to',
  tryna: 'trying to', outta: 'out of', kinda: 'kind of', sorta: 'sort of', lotta: 'lot of', dunno: 'do not know',
  lemme: 'let me', gimme: 'give me', ima: 'i am going to', imma: 'i am going to', "i'ma": 'i am going to',
  "i'mma": 'i am going to', "y'know": 'you know',
  u: 'you', ur: 'your', r: 'are', ya: 'you', yu: 'you', ppl: 'people', sry: 'sorry',
  pls: 'please', plz: 'please', plse: 'please', thx: 'thanks', thnx: 'thanks', ty: 'thank you',
  tmrw: 'tomorrow', tmr: 'tomorrow', tmw: 'tomorrow', tomoro: 'tomorrow', tomorow: 'tomorrow',
  tommorow: 'tomorrow', tommorrow: 'tomorrow', '2moro': 'tomorrow', '2morrow': 'tomorrow', tonite: 'tonight',
  b4: 'before', thru: 'through', cuz: 'because', coz: 'because', cos: 'because', bc: 'because',
  becuz: 'because', becuase: 'because', becasue: 'because', wat: 'what', wut: 'what', sumthin: 'something',
  nothin: 'nothing', somethin: 'something', ok: 'okay', k: 'okay', kk: 'okay', okey: 'okay', okie: 'okay',
  yea: 'yes', yeah: 'yes', yeh: 'yes', yah: 'yes', yep: 'yes', yup: 'yes', yess: 'yes', ye: 'yes',
  nah: 'no', naw: 'no', nope: 'no', nop: 'no', mhm: 'yes', mmhmm: 'yes', 'mm-hmm': 'yes', 'uh-huh': 'yes',
  acct: 'account', amt: 'amount', pmt: 'payment', pymt: 'payment', pmts: 'payments', info: 'information',
  dob: 'date of birth', ssn: 'social security number', asap: 'as soon as possible', atty: 'attorney',
  attny: 'attorney', attorny: 'attorney', atorney: 'attorney', attourney: 'attorney', attoney: 'attorney',
  lawer: 'lawyer', lawyr: 'lawyer', laywer: 'lawyer', lawyar: 'lawyer',
  bankrupcy: 'bankruptcy', bankruptsy: 'bankruptcy', bankrupsy: 'bankruptcy', bankrupcty: 'bankruptcy',
  bankruptcey: 'bankruptcy', bancruptcy: 'bankruptcy', bankrupty: 'bankruptcy', bankruptacy: 'bankruptcy',
  arested: 'arrested', arrestd: 'arrested', arest: 'arrest', sherrif: 'sheriff', sherif: 'sheriff',
  sherriff: 'sheriff', payed: 'paid', recieve: 'receive', recieved: 'received', harrass: 'harass',
  harrassing: 'harassing', harrassment: 'harassment', harasment: 'harassment', definately: 'definitely',
  garnishee: 'garnish', collecter: 'collector', colector: 'collector', paymnet: 'payment',
  payement: 'payment', aford: 'afford', affort: 'afford', dispite: 'dispute', disput: 'dispute',
  numbr: 'number', wrk: 'work', jale: 'jail', polices: 'police',
  det: 'debt', dets: 'debts', abt: 'about', wk: 'week', wks: 'weeks', shud: 'should', cud: 'could', wud: 'would',
};

// Apostrophe contractions that the whole-word table does not cover.
const IS_HEADS = new Set([
  'it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'why', 'when', 'everything',
  'nothing', 'someone', 'somebody', 'everyone', 'everybody', 'this', 'name', 'nobody', 'money', 'anyone',
  'anybody', 'life',
]);

function rewriteWord(word: string): string {
  const direct = WORDS[word];
  if (direct !== undefined) return direct;
  if (!word.includes("'")) return word;
  let m = /^(.+)n't$/.exec(word);
  if (m) return `${m[1]} not`;
  m = /^(.+)'(re|ve|ll|m|d)$/.exec(word);
  if (m) {
    const tail = { re: 'are', ve: 'have', ll: 'will', m: 'am', d: 'would' }[m[2] as 're' | 've' | 'll' | 'm' | 'd'];
    return `${m[1]} ${tail}`;
  }
  m = /^(.+)'s$/.exec(word);
  if (m && IS_HEADS.has(m[1] as string)) return m[1] === 'name' ? 'name is' : `${m[1]} is`;
  m = /^(.{2,})in'$/.exec(word);
  if (m) return `${m[1]}ing`;
  return word;
}

// "your going to jail", "its not mine": common misspellings of "you're" and "it's".
const YOUR_ARE = /\byour (?=(?:going|gonna|not|being|lying|wrong|welcome|right|a|an|so|the one|getting|making|trying|calling|talking|saying|telling|never|always|still|already|late|behind|responsible)\b)/g;
const ITS_IS = /\bits (?=(?:not|a|an|the|ok|okay|fine|me|him|her|been|going|too|over|about|my|all|only|true|late|due|paid|just|no|yes|done|him|alright|correct|right|wrong|important)\b)/g;

// "…, isn't it past the deadline?": the negation of a tag question asks, it does not deny.
const NEGATIVE_QUESTION = /(^|[,.?!]\s*)(is|are|was|were|do|does|did|have|has|had|can|could|will|would|should)n't (it|you|he|she|they|we|i|that|this|there)\b(?! dare| ever (?:call|contact|talk|come|threaten|speak)| (?:call|contact|talk to|threaten) (?:me|us|my|this))/g;
// "ill send it tmrw": "I'll" without its apostrophe, told from "ill" (sick) by the verb after it.
const ILL = /\bill (?=(?:pay|send|do|call|have|get|make|try|give|take|put|set|talk|check|let|see|mail|be|go|need|handle|look|wait|transfer|drop|bring)\b)/g;
// "lets figure it out": the apostrophe of "let's" is often dropped.
const LETS = /\blets (?=(?:figure|see|get|do|set|work|talk|go|try|look|make|find|start|put|schedule|plan|take|just|not|say|move|review|sort|focus|come)\b)/g;
// "my mom's asleep", "john's at work": here 's is "is", not a possessive.
const POSSESSIVE_IS = /\b([a-z]+)'s (?=(?:not|asleep|sleeping|at|in|out|away|busy|home|gone|been|going|got|working|outside|unavailable|dead|deceased|sick|here|there|on|off|no|never|always|still|already|just|really|coming|doing|getting|having|taking|trying|talking|okay|fine|over|done|ready|available|currently|driving|showering|napping|upstairs|downstairs)\b)/g;
const FILLERS = /\b(?:u+m+|u+h+m*|e+r+m+|e+r+|hm+|mm+|a+h+|e+h|(?<!-)oh+(?!-)|ah+ha)\b[,.]?|(?:^|,\s*)(?:like|you know|i mean|well|so|anyway|look|listen|okay so)\s*,|\blike,/g;
// Hedges and intensifiers: they change tone, not which act was performed.
const INTENSIFIERS = /\b(?:super|really|just|actually|honestly|truly|totally|definitely|literally|basically|seriously|certainly|absolutely|simply|very|quite|completely|even|ever|still|currently|also|frankly|surely|genuinely|sincerely|obviously|clearly|personally|probably|maybe|perhaps)\b/g;

// Cheap tests that let the common utterance skip passes it does not need.
const MAYBE_BRACKET = /[\[\]{}<>()*]/;
const MAYBE_TYPOGRAPHY = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC\u201C-\u201F\u2033\u00AB\u00BB\u2013-\u2015\u2212\u2026\u00A0\t\r\n]|''/;
const MAYBE_MONEY = /[$%\/]|\d|dollar|buck|percent|usd|__amount__/;
const ABBREVIATION = /\b(mrs?|ms|dr|jr|sr|st|inc|co|corp|ltd|llc|vs|etc|approx)\./g;
const MAYBE_BACKCHANNEL = /uh|mm|mhm/;
const MAYBE_MASKED = /\*\*\*|xxx|###/;
const LEADING_YES = /^(?:absolutely|certainly|definitely|of course)\b(?! not)/;
/** Cheap test before LEADING_YES: the words it needs. */
const LEADING_YES_MAYBE = /^(?:ab|ce|de|of)/;
const YOUR_ITS = new RegExp(`${YOUR_ARE.source}|${ITS_IS.source}`, 'g');
const DROPPED = new RegExp(`${FILLERS.source}|${INTENSIFIERS.source}`, 'g');
// Only the words that need rewriting: table entries and anything with an apostrophe.
const REWRITE_RE = new RegExp(
  `\\b(?<!')(?:${Object.keys(WORDS).sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?![\\w'])|\\b[a-z0-9]+'[a-z]*|'(?:em|cause|bout|til)\\b`,
  'g',
);

/**
 * Normalises an utterance for matching: see the module comment. Pure and allocation-light;
 * the result has single spaces and keeps sentence punctuation (. , ! ? ; :) and quotes.
 */
export function normalize(text: string): string {
  // One utterance is normalised by the rules and by the model, and again as the other side's last
  // words when the next line is read: while a call is read every line's result is kept (see
  // `normalizingOneCall`), otherwise only the last few (so a benchmark that cycles through many
  // lines measures the work, not a cache).
  return NORMALIZED.get(text, normalizeUncached);
}
const NORMALIZED = new LineMemo<string>(4);

/** Runs `read` (the reading of one call) keeping every normalised line until it returns. */
export function normalizingOneCall<T>(read: () => T): T {
  return NORMALIZED.during(read);
}

// A recorder's speaker label left in the words: "Rep: Evening, is this …", "Debtor: Yeah.", "Speaker 2: …".
// A transcriber's timestamp before it: "(0:11) uh yeah this is wendell", "[00:01:23] Rep: …".
const SPEAKER_LABEL =
  /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?\s*[|\-–]?\s*(?:(?:agent|rep|representative|collector|caller|csr|debtor|consumer|customer|cust|client|borrower|speaker ?_?\d+|spk ?\d)\s*(?:\(\w+\))?\s*[:|]\s*)*|(?:(?:agent|rep|representative|collector|caller|csr|debtor|consumer|customer|cust|client|borrower|speaker ?_?\d+|spk ?\d)\s*(?:\(\w+\))?\s*:\s*)+)/i;

/** The words without a speaker label the recorder left at their start. */
export function withoutSpeakerLabel(text: string): string {
  return text.includes(':') ? text.replace(SPEAKER_LABEL, '') : text;
}

function normalizeUncached(text: string): string {
  text = withoutSpeakerLabel(text);
  let s = MAYBE_BRACKET.test(text) ? text.replace(BRACKETS, replaceBracket) : text;
  // "Got it, Arvest debit ending 2207": a bank's name is no slip for "arrest".
  const names = namesIn(s);
  s = s.toLowerCase();
  if (MAYBE_TYPOGRAPHY.test(s)) {
    s = s.replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]|''/g, '"')
      .replace(/[\u2013\u2014\u2015\u2212]/g, ' - ')
      .replace(/\u2026/g, '...')
      .replace(/[\u00A0\t\r\n]+/g, ' ');
  }
  // "ballance", "setlement", "garnsh": a slip in a key term is put right before anything reads it.
  s = correctTypos(s, names);
  if (MAYBE_MONEY.test(s)) for (const [re, to, gate] of MONEY) if (gate.test(s)) s = s.replace(re, to);
  // Each rewrite runs only when the characters it needs are there (most lines need none).
  if (s.includes('.')) {
    s = s.replace(ABBREVIATION, '$1');
    if (s.includes('.m.')) s = s.replace(/\b([ap])\.m\./g, '$1m');
    if (s.includes('u.s.')) s = s.replace(/\bu\.s\.(?:a\.)?/g, 'usa');
  }
  if (s.includes('#')) s = s.replace(/\bwrong #/g, 'wrong number');
  // Speech-to-text hears "an attorney" as "a journey": "I have a journey now for all of this".
  // …and "an attorney" as "a tourney": "i already got a tourney on this".
  // …and as "a turney": "i already retained a turney we're filing a chapter seven".
  if (s.includes('urney')) s = s.replace(/\b(?:a|an) t(?:o|)urney\b/g, 'an attorney').replace(/\bt(?:o|)urney(?=s? (?:is|said|says|told|will|handles|office|name|number))/g, 'attorney');
  if (s.includes('journey')) s = s.replace(/\b(have|got|hired|retained|get|getting|call|called|talk to|spoke to|speak to|with) a journey\b/g, '$1 an attorney').replace(/\bmy journey (?=(?:is|said|says|told|will|handles|has|name|number|office))/g, 'my attorney ');
  if (MAYBE_BACKCHANNEL.test(s)) s = s.replace(/\b(?:uh huh|uh-huh|mm hmm|mm-hmm|mhm+)\b/g, 'yes');
  if (MAYBE_MASKED.test(s)) s = s.replace(/(?<![a-z*])\*{3,}\d*(?![a-z*])|\bx{3,}\d*\b|#{3,}\d*/g, ` ${TOKENS.number} `);
  if (s.includes('can not')) s = s.replace(/\bcan not\b/g, 'cannot');
  // "nothing's been added": 's before "been" is "has", whatever the word before it.
  if (s.includes("'s been")) s = s.replace(/\b([a-z]+)'s been\b/g, '$1 has been');
  // "she's (just) got an old balance": 's before "got" is "has".
  if (s.includes("'s ")) s = s.replace(/\b([a-z]+)'s ((?:just |still |already |only |really )?got)\b/g, '$1 has $2');
  if (LEADING_YES_MAYBE.test(s)) s = s.replace(LEADING_YES, 'yes');
  if (s.includes("n't")) s = s.replace(NEGATIVE_QUESTION, '$1$2 $3');
  s = s.replace(REWRITE_RE, rewriteWord);
  if (s.includes("'s ")) s = s.replace(POSSESSIVE_IS, '$1 is ');
  if (s.includes('ill ')) s = s.replace(ILL, 'i will ');
  // "ain't" became "is not"; after "i", "you", "we", "they" it means "am/are not".
  if (s.includes(' is not')) s = s.replace(/\bi is not\b/g, 'i am not').replace(/\b(you|we|they) is not\b/g, '$1 are not');
  if (s.includes('lets ')) s = s.replace(LETS, 'let us ');
  if (s.includes('your ') || s.includes('its ')) s = s.replace(YOUR_ITS, (m: string) => (m.startsWith('y') ? 'you are ' : 'it is '));
  s = s.replace(DROPPED, ' ')
    .replace(/([!?.])[!?.]+/g, '$1')
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/([,;:])(?=[^\s\d])/g, '$1 ')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,.;:]\s*/, '');
  return s;
}

const SENTENCE_SPLIT = /(?<=[.!?])\s+|;\s*/;
const CLAUSE_SPLIT = /\s*(?:[,:]|\s-\s)\s*|\s+(?=\b(?:but|however|although|though|whereas|otherwise|because|unless)\b)/;

/** Splits normalised text into sentences; each keeps its closing punctuation. */
export function splitSentences(normalized: string): string[] {
  return normalized.split(SENTENCE_SPLIT).map((s) => s.trim()).filter((s) => s !== '');
}

/** Splits a sentence into clauses at commas, dashes and contrast/cause conjunctions. */
export function splitClauses(sentence: string): string[] {
  return sentence.split(CLAUSE_SPLIT).map((s) => s.trim()).filter((s) => s !== '' && !/^[.!?]+$/.test(s));
}
