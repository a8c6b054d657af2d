/**
 * The act patterns of the rule-based classifier, as data: each rule names an act (or a
 * helper signal that classify.ts resolves with the context), the speaker whose words it reads
 * and the regular expressions that vote for it. Patterns run on text from `normalize()`, so
 * they see lowercase words, expanded contractions ("will not", "cannot"), "yes"/"no" for
 * their chat variants, and tokens for placeholders and money (`__name__`, `__amount__`…).
 *
 * The rules aim at precision: a pattern names a whole construction ("we will garnish your
 * wages"), not a lone keyword, unless the keyword has no innocent use ("deadbeat"). Matches
 * under a negation ("nobody is going to arrest you"), in quoted or reported speech ("you said
 * you would sue") or followed by a disclaimer ("…, we cannot do that") are dropped for the
 * rules marked so; see `isNegated` in classify.ts.
 */
import type { AgentAct, CustomerAct } from './acts.ts';

/** Helper signals: not labels themselves, classify.ts turns them into acts using the context. */
export type Signal =
  | 'ack' // "I understand, I'll note that": attorney, cease, dispute or plain listening by context
  | 'debt_words' // words that reveal a debt exists (a disclosure when the party is not verified)
  | 'third_person_debt' // "she owes", "his balance": a debt discussed with someone else
  | 'good_time_question' // "is this a good time to talk?"
  | 'amount_mention' // a money amount
  | 'weak_yes' // a bare "yes" / "correct" / "that's right"
  | 'self_name' // "this is Dana": a name given by whoever answered
  | 'leading_yes' // an answer that opens with "yes"
  | 'weak_no' // a bare "no" / "no way" / "I can't do that"
  | 'weak_agree' // "that works", "sounds good", "deal"
  | 'pay_words' // talk of paying, a plan, an amount, a date
  | 'identity_detail' // a date of birth, address or digits given as an answer
  | 'crime_recast' // "that's a criminal matter": non-payment called a crime (false representation unless it is the arrest threatened)
  | 'not_a_question' // a request or rhetorical question: "can you call me back?", "are you kidding me?"
  | 'ultimatum'; // "you'd better pay", "or else": badgering, unless the threat it carries is named

export type RuleLabel = AgentAct | CustomerAct | Signal;

/** One rule: matches of any pattern vote for `act` when the speaker is `speaker`. */
export interface ActRule {
  /** The act (or helper signal) a match votes for. */
  act: RuleLabel;
  /** Whose words the rule reads. */
  speaker: 'agent' | 'customer';
  /** Regular-expression sources, matched against normalised text. */
  patterns: readonly string[];
  /** Drop a match that is negated in its clause or disowned right after it. */
  negatable?: boolean;
  /** Also drop a match that a negation follows ("jail is not an option"). */
  negatedAfter?: boolean;
  /** Keep a negated match that "yet" follows in its clause: "nobody has come to arrest you yet". */
  yetKeeps?: boolean;
  /** Match only the speaker's own words: quoted and reported speech are removed first. */
  ownWordsOnly?: boolean;
  /** Regular-expression sources: if any matches the utterance, this rule does not fire. */
  unless?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Fragments shared by the patterns.

const r = String.raw;
const WORD = r`(?!(?:not|never|no|cannot|nobody)\b)[a-z0-9_'$-]+`;
/** Up to n arbitrary words (lazy), each followed by a space; a gap never skips a negation. */
const gap = (n: number): string => r`(?:${WORD} ){0,${n}}?`;

const AMT = r`(?:__amount__|\d[\d,]*(?:\.\d+)?)`;
/** A sum in number words with no "dollars", as speech-to-text writes it: "fourteen eighty-nine", "three hundred twenty". */
const SPOKEN_SUM = r`(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[ -]){1,3}(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b`;
/** A sum said in words, as on the phone: "fifty", "seventy-five", "a hundred", "two hundred and fifty". */
const SUM_WORDS = r`(?:(?:a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and)?(?: (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?| (?:ten|fifteen|twelve))?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|fifteen|twelve)`;
const DAYS = r`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)`;
const MONTHS = r`(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`;
/** A day of the month in words: "ninth", "twenty-first", "thirtieth". */
const DAY_ORDINAL = r`(?:(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const DATE = r`(?:__date__|today|tonight|tomorrow|(?:this|next) (?:week|month|${DAYS})|${DAYS}|the \d{1,2}(?:st|nd|rd|th)?|the (?:first|second|third|fourth|fifth|tenth|fifteenth|twentieth|thirtieth|last day)|\d{1,2}/\d{1,2}(?:/\d{2,4})?|${MONTHS} \d{1,2}(?:st|nd|rd|th)?|payday|(?:the )?(?:end|first|beginning|middle) of (?:the |this |next )?(?:month|week))`;
const FAMILY = r`(?:husband|wife|spouse|son|daughter|mother|mom|mum|father|dad|roommate|room mate|flatmate|housemate|brother|sister|girlfriend|boyfriend|partner|fiance|fiancee|friend|caregiver|caretaker|neighbor|neighbour|aunt|uncle|grandmother|grandma|grandfather|grandpa|grandson|granddaughter|cousin|niece|nephew|landlord|landlady|tenant|assistant|secretary|coworker|co-worker|child|kid|stepson|stepdaughter|stepmother|stepmom|stepfather|stepdad|mother in law|father in law|son in law|daughter in law|sibling|parent|guardian|relative|family member|ex|ex wife|ex husband|boss|employer|nurse|sitter|babysitter)`;
const COMPANY_NOUN = r`(?:collections?|collection agency|recovery|recoveries|financial|finance|credit|capital|associates|agency|services|solutions|partners|group|bank|llc|inc|corp|corporation|company|management|portfolio|receivables|lending|funding|assets?|law group|acceptance|holdings|resources)`;
// Words that cannot be a person's name after "this is" / "I'm".
const NOT_NAME = r`(?:a|an|the|about|regarding|calling|not|in|on|for|with|from|it|that|this|what|why|how|because|so|going|important|urgent|your|my|our|his|her|their|concerning|re|sorry|happy|glad|here|there|trying|following|reaching|contacting|afraid|able|unable|aware|sure|only|again|now|today|looking|getting|having|being|speaking|and|or|but|is|was|will|would|can|could|should|to|of|at|as|by|if|up|out|no|yes|okay|well|right|correct|true|fine|good|great|bad|available|busy|done|over|me|you|he|she|they|we|us|him|them|all|one|someone|somebody|calling|personal|business|regarding|going|glad|pleased|required|obligated|legally|unfortunately|actually|told|asking|afraid|sorry|concerned|worried|reaching|following|confirming|recording|recorded|an|call|message|just|still|also|last|final|second|first|officer|detective|sergeant|deputy|agent|debt|collection|collections|attempt|communication|reminder|notice|courtesy|follow|quick|brief|short|very|really|pretty|not|never|speaking|hoping|wondering|letting|giving|offering|sending|happy|placed|assigned|referred|sent|transferred|handled|listed|filed|held|owned|serviced|managed|reported|registered|charged|due|past|still|already)`;
const NAME_SLOT = r`(?:__agent__|__name__|(?!${NOT_NAME}\b)[a-z][a-z'-]+\b(?: (?!${NOT_NAME}\b|${COMPANY_NOUN}\b)[a-z][a-z'-]+\b)?)`;
/**
 * A name followed by `tail`. The cheap look-ahead on the shape comes first, so the long
 * NOT_NAME list is only consulted where a name could actually stand.
 */
const nameThen = (tail: string): string =>
  r`(?=[a-z_][a-z_'-]*(?: [a-z][a-z'-]*)?(?:${tail}))${NAME_SLOT}(?:${tail})`;
const TITLE = r`(?:(?:mr|mrs|ms|miss|dr|mister|missus) )?`;
const DEBT_WORD = r`(?:debts?|balances?|account|accounts|bills?|loans?|payments?|past due|overdue|outstanding|delinquen\w*|arrears|unpaid|collections?|credit card|invoice|obligation|amount|medical bill|car loan|student loan|auto loan|mortgage|lease|financing)`;
// The collector side: who would carry out an action.
const ACTOR = r`(?:we|i|they|the creditor|our client|my client|the company|the bank|the lender|our (?:attorneys?|lawyers?|legal (?:department|team)|office|company|firm)|the (?:attorneys?|lawyers?|law firm|legal department)|__company__|the original creditor|our agency|my (?:supervisor|manager))`;
const CERTAIN = r`(?:will|shall|are going to|is going to|am going to|are about to|is about to|am about to|intend to|plan to|are planning to|is planning to|have decided to|decided to|are ready to|are prepared to|have no choice but to|will have no choice but to|will have to|will be|are|is|am|have|has|can|could easily|will be forced to|are forced to|will be able to|will go ahead and|are going to go ahead and|will now|are now|are moving forward to|will proceed to|are proceeding to)`;
const LEGAL_ACTION = r`(?:sue|suing|sued|file (?:a |the )?(?:law ?suit|suit|claim|case|complaint|judgment|lien|garnishment|papers)|filing (?:a |the )?(?:law ?suit|suit|claim|case|complaint|judgment|lien|garnishment|papers)|filed (?:a |the )?(?:law ?suit|suit|claim|case|judgment|lien)|take you to court|taking you to court|bring you to court|drag you (?:in)?to court|haul you (?:in)?to court|see you in court|garnish(?:ing)?|seize|seizing|levy|levying|repossess\w*|(?:put|place|putting|placing|file|filing) (?:a )?lien|freeze your|freezing your|take (?:your|the|away your) (?:house|home|car|property|vehicle|assets|wages|paycheck|tax refund|truck|belongings|bank account)(?! (?:payment|loan|note|insurance|title))|taking (?:your|the|away your) (?:house|home|car|property|vehicle|assets|wages|paycheck|tax refund|truck|belongings|bank account)(?! (?:payment|loan|note|insurance|title))|foreclose|foreclosing|get a judgment|obtain a judgment|getting a judgment|(?:send|sending|forward|forwarding|turn|turning|hand|handing) (?:this|it|your account|the account|your file|you|your case|the file) (?:over )?to (?:our |the |an )?(?:attorneys?|lawyers?|legal(?: department| team)?|court|litigation)|refer(?:ring)? (?:this|it|your account|the account|you|your file) to (?:our |the |an )?(?:attorneys?|lawyers?|legal|litigation)|proceed with (?:legal action|litigation|a law ?suit)|file (?:suit|against you|on you|in court|the case|the paperwork|the papers)|(?:have|get|obtain|getting|obtaining|win|enter|entering) a (?:default )?judgment|take (?:money|it|the money|payments?) (?:directly |straight |right )?(?:out of|from) your (?:paycheck|wages|pay|bank|account|check|benefits)|(?:take|taking|pursue|pursuing|start|starting|initiate|initiating|begin|beginning) (?:legal action|legal proceedings|litigation|court proceedings)|take everything)`;
const CREDIT_BUREAU = r`(?:(?:all three|the three|all 3|the 3|the major|three major|all the) bureaus|(?:the |all three |the three |all 3 |the 3 |the major |major )?(?:credit (?:bureaus?|reporting agenc(?:y|ies)|agenc(?:y|ies)|reporting companies)|credit report(?:s|ing)?|credit file|credit history)|equifax|experian|transunion|trans union)`;
/** Claims that a credit mark never goes away. */
const PERMANENT = r`(?:forever|permanent(?:ly)?|for life|for the lifetime|until the day you die|for the next (?:twenty|ten|fifteen|thirty|\w+ty) years|for the next decade|for the rest of your (?:life|days)|the rest of your (?:life|days)|until you die|till you die|to the grave|till the lord|in your lifetime|for good|when you are (?:eighty|ninety|old)|even past seven years|past (?:the )?seven years|never (?:comes|falls|drops|goes|ages) off|never purge|(?:does|will) not (?:come|fall|drop|age) off|there is no (?:like )?(?:aging|falling|dropping) off|seven[- ]years? (?:thing |rule )?is a myth|never (?:recover|bounce back))`;
const HEDGE = r`(?:may|might|could|can|possibly|potentially|would)`;
/** The moment a payment is asked for "now": today, on this call. */
const NOW = r`(?:today|tonight|now|right now|immediately|right away|(?:before|by) (?:the )?end of (?:the )?(?:day|business day)|by close of business|this (?:morning|afternoon|evening)|before we hang up|before (?:we|you) get off the (?:phone|line)|on this call|over the phone|while (?:we are|i have you) on the (?:phone|line))`;
/** Who proposes or asks to book something: "let us", "shall we", "would you like to", "want me to". */
const COMMIT_LEAD = r`(?:how about(?: we| i)?|let us|let me|i will|i can|i could|i am going to|we will|we can|we could|we are going to|shall we|should we|can we|could we|may i|can i|could i|shall i|should i|(?:do you )?want me to|(?:would|do) you (?:like|want) (?:me |us )?to|i would (?:like|love) to|we would like to|i want to|we want to|we need to|i need to|we should|why not)(?: go ahead and| just)?`;
/** A payment already proposed: the thing a commitment books. */
const BOOKED = r`(?:that|this|it|you|the payment|your payment|that payment|this payment|a payment|the first (?:one|payment)|your first payment|that first payment|the first|one|__amount__|the __amount__|something|\d+)`;
/** What a threat says will be done to property or people. */
const DAMAGED = r`(?:smashed|slashed|broken(?: into)?|busted(?: up)?|burn(?:ed|t)(?: down)?|on fire|set on fire|torched|damaged|keyed|vandali[sz]ed|wrecked|trashed|destroyed|blown up|shot up|spray[- ]painted|flattened|hurt|injured|messed up|smashed up|beat up|beaten up|caught fire|catch fire|burn down|go up in flames)`;
const TARGET = r`(?:car|truck|vehicle|house|home|place|windows?|windshield|tires?|tyres|door|front door|garage(?: door)?|mailbox|property|dog|cat|kids?|children|family|wife|husband|stuff|belongings|face|legs?|arms?|knees?|kneecaps?|hands?|shed|barn|boat|bike|motorcycle|horses?|goats?|livestock|fence|garden|porch|tools|shop|store|tail ?lights?|fenders?|mirrors?|propane tank|trailer|camper)`;
/** How often a badgering caller promises to call. */
const RELENTLESS = r`(?:every (?:single )?(?:day|hour|morning|night|week|minute|chance (?:i|we) get)|(?:\w+|\d+|several|multiple|many) times a (?:day|night|week)|every (?:\w+ )?hours|all day(?: long)?|day and night|night and day|morning,? noon,? and night|around the clock|24/7|nonstop|non-stop|constantly|again and again|over and over|until you pay|until (?:this|it) is paid|until you (?:answer|give|agree|cough|pick up|pay))`;

// Profanity and insults, with common obfuscations; word-bounded so "Scunthorpe",
// "assessment" or "cocktail" never match.
const PROFANITY = [
  // A swear word the recorder censored: "[expletive]", "[bleep]", "{profanity}".
  r`\b__expletive__\b`,
  r`\bf+(?:u+|\*+|@|#|v|o|\$|%)?(?:c+|\*+|#)?k+(?:s|ed|er|ers|ing|in|ingly|off|face|head|wit|tard)?\b`,
  r`\bf\*+(?:ing|in|er|ed|s)?(?![a-z])`,
  r`\bph(?:u|\*)c?k\w*`,
  r`\b(?:mother ?-?f(?:u|\*|#|-)\w*|mofo|mf(?:er|ers)?|wtf|stfu|gtfo|fubar)\b`,
  r`\b(?:bull)?sh(?:i|\*|!|1|y)+t+(?:s|ty|head|hole|bag|show|load|face|ting)?(?![a-z])`,
  r`\b(?:bull ?)?s\*+t\b`,
  r`\b(?:b(?:i|\*|!|1)+tch|biatch|bytch)(?:es|y|ing)?\b`,
  r`\b(?:bastards?|assholes?|a(?:\*|\$){2}(?:hole)?s?|arseholes?|ass ?hats?|jackass(?:es)?|dumbass(?:es)?|dumb ass|smartass|kiss my ass|your ass|my ass|(?:an|the|his|her) ass|asses)\b`,
  r`\b(?:go to hell|what the hell|who the hell|the fuck|damn you|god ?damn you|to hell with you)\b`,
  r`\b(?:bullcrap|piss ?off|pissant|dick ?heads?|cocksuckers?|pricks?|cunts?|twats?|wankers?|douche(?:bags?)?|sluts?|whores?|skanks?|tits|screw you|screw off|shut up|shut your (?:mouth|trap|face|pie hole)(?! for you))\b`,
  r`\b(?:a|you|such a|what a|like a|being a|big) dick\b`,
  r`\b(?:for fuck'?s sake|holy shit)\b`,
  r`\bn(?:i|1|!|\*)gg(?:er|a|ah|az|ers|as)\b`,
  r`\bf(?:a|@)gg?(?:ot|ots|y)?\b`,
  r`\b(?:retard(?:ed|s)?|spics?|wetbacks?|kikes?|trann(?:y|ies)|beaners?)\b`,
];
// Mild swearing: unprofessional from an agent, but not by itself hostility from a customer.
const MILD_PROFANITY = [
  r`\b(?:god ?damn(?:it|ed)?|damn(?:it|ed)?|dammit|damnit)\b`,
  r`\b(?:the hell|hell no|hell yes|like hell|to hell|bloody hell|hell with)\b`,
  r`\b(?:crap|crappy|pissed|pissing)\b`,
  r`\b(?:jesus christ|jesus h christ|christ almighty|for christ'?s sake)\b`,
];
/** Any swearing, strong or mild, in normalised text: what a record may call someone's profanity. */
export const SWEARING = new RegExp([...PROFANITY, ...MILD_PROFANITY].map((p) => `(?:${p})`).join('|'));
const INSULT_NOUN = r`(?:idiots?|morons?|imbeciles?|losers?|scumbags?|scum|dumbass|jerks?|fools?|clowns?|freaks?|pigs?|parasites?|leech(?:es)?|lowlifes?|low life|piece of (?:\w+ )?(?:crap|garbage|trash|work|shit)|trash|garbage|cretins?|dimwits?|halfwits?|nitwits?|numbskulls?|dunces?|airheads?|bimbos?|cows?|slobs?|wastes? of (?:space|air|oxygen))`;
/** Hardship words that are not the speaker's hardship: a relative answering for the sick, troubles now over, insurance that covers it. */
const HARDSHIP_NOT_MINE = r`\b(?:(?:i am|this is) (?:his|her|their) (?!own\b)[a-z]+|used to (?:be|have)|(?:are|is|am) fine now|finances are fine|divorce decree|in my name|(?:insurance|medicare|medicaid)(?: [a-z]+)? (?:covers?|covered|had (?:him|her|me) covered|already paid|paid for)|in surgery|for a funeral|at a funeral|funeral dinner|waiting room|if (?:i|we) (?:get|got|lose|lost|ever)|(?:this is|i am) [a-z]+'s [a-z]+|i am the (?:home health aide|funeral director|caregiver|nurse|aide))`;

/** Refusal words that refuse nothing: disowned ("I'm not saying I won't pay"), or only a part or a method ("not paying the fees", "won't pay with a card"). */
const REFUSAL_DISOWNED = r`\b(?:not saying (?:i|that i)|not that i do not want|who (?:ever )?wants to pay|not paying (?:that part|th(?:ese|ose) |the (?:fees|interest|late))|will not pay with|(?:not|never) pay (?:with|by|over the phone)|not saying no|never said i|said i would not|said i was not|maybe i will not|not going to say i|(?:he|she|they) (?:is|are) not paying|i am saying yes|not paying (?:today|now|right now|this (?:week|month)),? but)`;

/** Dispute words that dispute nothing: a wrong party's "that is not my name", a question about paying ("if I pay, is it settled?"). */
/** Surprise at a second bill, no dispute of this one: "Nobody told me there'd be another bill." */
export const SURPRISE_BILL = r`\b(?:nobody|no one|no body) (?:told|said to|warned) me (?:there would be|there was|there is|about) (?:another|a second|a separate|an extra) (?:bill|charge)\b`;
/** One number asked for instead of another: "Just call this cell", "call my mobile from now on". */
export const CALL_THIS_NUMBER = r`(?:^|[.!?] )(?:just |only )?(?:you )?(?:call|use|text|reach me (?:on|at)) (?:me )?(?:on |at )?(?:this|my) (?:cell|cell phone|mobile|number|phone)\b|\bcall (?:me )?(?:on |at )?(?:this|my) (?:cell|mobile|cell phone) (?:instead|from now on|going forward)\b`;
/** What is sent after "I'll send": "you over the", "my bank" … */
export const TO_SEND = r`(?:you |y all |them )?(?:over )?(?:the |a |my |that |those |these |in (?:the |a |my )?)?(?:[a-z]+ )?`;
/** Papers a consumer sends as proof, not money: "the receipt", "a screenshot", "my bank statement". */
export const PAPERS = r`(?:receipts?|screenshots?|proof|cop(?:y|ies)|letters?|documents?|paperwork|statements?|pictures?|photos?|emails?|confirmation|forms?|records?)`;
const DISPUTE_NOT = r`\b(?:i am not (?:going to|gonna)(?: dispute(?: it| this| that)?| ask(?: for (?:it|proof|that))?| do that)?,? it is my (?:bill|debt|account)\b|(?:would|will|does) it (?:say|show|read|be reported as|look like) (?:it was )?(?:paid|settled)\b|(?:find|finding|found) out (?:that )?(?:\w+ ){0,3}(?:was|were|is|are) supposed to\b|(?:did not|never) sign (?:the|that|this|it|any)\b[^.?!]{0,30},? (?:but )?(?:[a-z]+|he|she|my \w+) did\b|not my (?:name|email|address|social|number|phone|date of birth)|(?:name|email|address|social|date of birth|birthday) (?:is|isn't) not mine|recogni[sz]e (?:that|the) name|know (?:that|this) person|wrong (?:number|guy|gal|lady|jennifer)|if (?:i|we) (?:pay|paid|were to pay)|when (?:i|we) pay|once (?:i|we) pay|after (?:i|we) pay|will it (?:say|show|be)|my name is [a-z]+ but|but i am [a-z]+ [a-z]+,? not|they (?:corrected|fixed) (?:it|that)|a different (?:bill|account|debt), not|whatever (?:they|you) offer,? get it in writing)\b|${SURPRISE_BILL}`;

const INSULTS = [
  r`\byou(?: are| were)? (?:a |an |such a |such an |being a |being an |nothing but a |nothing but an |the biggest )?(?:(?:stupid|dumb|lazy|worthless|pathetic|useless|fat|ugly|ignorant|idiotic|miserable|cheap|sorry|lying|little|old|silly|crazy|brainless|spineless|sad|disgusting) ){0,2}${INSULT_NOUN}\b`,
  r`\b(?:stupid|dumb|idiotic|moronic|pathetic|worthless|brainless|ignorant) (?:woman|man|person|people|idiot|cow|jerk|loser|lady|guy|fool|moron|clown|jerk)\b`,
  r`\b(?:idiots?|morons?|imbeciles?|scumbags?|lowlifes?|douchebags?|jackass|cretins?|dimwits?|nitwits?)\b`,
  r`\b(?:are you|what are you),? (?:stupid|dumb|an idiot|a moron|deaf|slow|retarded|an imbecile|brain ?dead|simple|thick|dense)\b`,
  r`\bhow (?:stupid|dumb|thick) (?:are you|can you be|is that)\b`,
];

/** The words that deny a name before it is said: "nobody's calling you a deadbeat", "I'm not saying you're a liar". */
export const NAME_DENIED_BY = r`\b(?:nobody|no one|not|never|i am not|we are not|is not|are not) (?:is |are |was |were )?(?:calling|saying|said|called|think|thinks|thought)`;

// Name-calling at the person, as an agent does it: strong names anywhere they address or
// describe the person; everyday words ("genius", "baby") only as a vocative that ends a clause.
const AGENT_INSULTS = [
  // A name called at the consumer: "that's what every deadbeat says", "you're a deadbeat", "if the shoe fits".
  // "Nobody's calling you a deadbeat" reassures.
  r`(?<!${NAME_DENIED_BY} )\b(?:you(?: are| were)?(?: (?:just|nothing but|such|being))?(?: a| an| like a| like)?|every|typical|another|what a|bunch of|you people are|you guys are) (?:(?:damn|lazy|lousy|no-good|typical|total|real|complete) )?dead ?beats?\b(?<!\bnot (?:calling|call|saying|say) you (?:a |an )?dead ?beats?)|\bif the shoe fits\b`,
  // "Are you this slow?", "a child could follow this": belittling without a swear word.
  r`\b(?:are you|you are) (?:this|that|so|being this|being that|being so|being) (?:slow|stupid|dumb|daft|obtuse)\b|\b(?:a|any|my) (?:child|kid|five[- ]year[- ]old|six[- ]year[- ]old|toddler|monkey|first[- ]grader|fourth[- ]grader) (?:could|can|would) (?:follow|understand|figure (?:this|that|it) out|get|grasp) (?:this|that|it)\b`,
  r`\b(?:you|a|an|such an?|what an?|like an?|hey|listen|okay|ok|real|total|biggest|another|little|ya) (?:(?!(?:not|never|no)\b)[a-z-]+ ){0,3}(?:twits?|twerps?|bozos?|dipshits?|dipsticks?|dingbats?|dolts?|knuckleheads?|boneheads?|numbskulls?|cheapskates?|freeloaders?|scammers?|con artists?|scam artists?|crybab(?:y|ies)|drama queens?|hags?|goobers?|hypochondriacs?|creeps?|punks?|wimps?|cowards?|brats?|welfare (?:queens?|bums?)|trailer (?:park )?trash|good[- ]for[- ]nothings?|lying sacks?|sack of \w+|bums?|cheats?|flakes?)(?!'s| s\b| sheet| deal)\b`,
  r`(?:^|[,.!?] |\b(?:hey|okay|ok|listen|listen up|you|thanks|whatever|sure thing|right|then|now|well|so|about|huh),? )(?:(?:big|little|lil|absolute|complete|total|dumb|stupid) )?(?:genius|einstein|mensa|smart guy|tough guy|big shot|sport|princess|dummy|big baby|child|toddler|chicken|nut|stupid|lil bro)(?=\s*(?:[,.!?]|$))`,
  r`\b(?:are you|you are|you're|you sound|you seem|naturally this|are you this|you really are|so|such a) (?:so |really |this |that |just |naturally |such a |being |a )?(?:dense|thick|clueless|brainless|illiterate|dim|dimwitted|simple-minded|insufferable|impertinent|dumb as|full of it)\b`,
  r`\b(?:dumb(?:er)? (?:as|than) a (?:box|bag|sack|bunch) of|sharp as a (?:bowling ball|marble|rock|spoon)|not the (?:sharpest|brightest)|a special kind of (?:stupid|slow|dumb)|brain of a (?:goldfish|gnat)|tiny brain|zero brain cells|smooth[- ]brained|hard of thinking|(?:stupidest|dumbest|most idiotic|most useless|most ridiculous) (?:thing|excuse|take|plan|person|idea)|talking to a toddler|put someone smarter|smarter fence ?posts?|get a clue|what is wrong with your head|head like a|cannot follow (?:simple|basic) instructions|incapable of (?:following|a simple|answering)|who raised you|horse manure|cut the (?:bs|b\.s|crap)|grade[- ]a b\.?s|rat's ass|rat s ass|sorry[- ]ass|broke[- ]ass|cheap a\*+|kiss my|bite me|shove it|screwing around|stop (?:yapping|yappin|babbling|whining|being a)|you done whining|blah blah blah|give it a rest|knock it off|(?:pitiful|sorry|poor|sad) excuse for an? (?:grown-up|adult|human|man|woman|person|mother|father)|waste of (?:my|space|oxygen)|garbage and so are you|is giving zero|drain on everybody|you make me sick|quit playing dumb|so mid|you (?:\w+ )?dope)\b`,
  r`(?<![a-z]-)\b(?:f-+ing|f-+in|f-+(?!\d|[a-z]-)|effing|effin|fricking|frickin\w*|friggin\w*|freaking(?! out)|freakin(?! out)|s-+t(?!-[a-z])|s\*+t?|b\*+(?:tch|stard)?|a\*+(?:hole|s)?|b\*stard|a\*shole|holy hell|christ on a|for gods? sake|for god's sake|bloody)(?![a-z])`,
];

// ---------------------------------------------------------------------------------------------

/**
 * After words about calling back ("I'd rather do it at a reasonable hour", "could I call you back
 * later?"), "what time works?" books the call, not a payment, unless the sentence names one.
 */
const NOT_A_CALLBACK_TIME = r`(?!(?<=\b(?:call ?back|call you back|call you again|try you|reach you|reasonable hour|better time|good time to call|a callback)\b[^]*)(?![^.?!]*(?:__amount__|\bpay)))`;

// ---------------------------------------------------------------------------------------------
// The rules.

export const RULES: readonly ActRule[] = [
  // ---------------------------------------------------------------- agent: call structure
  {
    act: 'greeting',
    speaker: 'agent',
    patterns: [
      r`^(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)\b`,
      r`(?:^|[.!?,] )(?:(?:yes|okay|oh|well|and|so|um),? )?(?:hi|hello|hey)(?: there)?\b`,
      r`\bgood (?:morning|afternoon|evening)\b`,
      r`\bhow are you(?: doing)?(?! (?:going|planning|able|paying|intending|paid|getting paid|set|fixed|managing|covering|handling)\b)(?: today| this (?:morning|afternoon|evening))?\b`,
      r`\bhow (?:is|has) (?:your|the) (?:day|morning|afternoon|evening|week)\b`,
      r`\bhope (?:you are|you have been|your day is|all is|this (?:call|message) finds you) (?:doing )?(?:well|good|great|fine)\b`,
      r`\bthank(?:s| you) for (?:taking|answering) (?:my|the|this|our) call\b`,
      r`\bthank you for calling\b`,
      r`\bnice to (?:meet|speak with|talk to|talk with|speak to) you\b`,
    ],
  },
  {
    act: 'identify_self',
    speaker: 'agent',
    patterns: [
      r`\bmy name(?: is|'s) (?!not\b)${NAME_SLOT}`,
      r`\b(?:this is|it is|here is) ${nameThen(r`,? (?:with|from|at|calling|over at|here at|on behalf of|speaking|of|and i am|and i work|returning)\b`)}`,
      r`\b(?:this is|i am|it is) __agent__\b`,
      r`\b__agent__(?:,)? (?:here|speaking|with|from|calling|at)\b`,
      r`\b(?:i am|it is) ${nameThen(r`,? (?:with|from|calling from|calling on behalf|over at|here at|at|and i am calling)\b`)}`,
      r`\byou are (?:speaking|talking) (?:with|to) ${NAME_SLOT}`,
      r`\bthis is(?<=(?:^|[,.!] )(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)),? )?this is) ${nameThen(r`,? (?:and )?(?:i am|i work|i'm|how|with|from|calling|here|speaking)\b|[.!]|$`)}`,
      r`\b(?:this is|it is|here is) ${nameThen(r`,? (?:a|an|the|your) (?:account (?:manager|representative|specialist)|representative|collector|agent|specialist|recovery officer|case manager)\b`)}`,
    ],
  },
  {
    act: 'identify_company',
    speaker: 'agent',
    patterns: [
      r`\b(?:calling|call|i am|we are|this is|here|reaching out|contacting you|writing|message) (?:you )?(?:from|with|on behalf of|for|at|over at|here at) (?!a recorded)(?:__company__|the (?:${WORD} ){0,2}(?:department|office|team|desk|unit|division)|(?:[a-z&'.-]+ ){0,3}${COMPANY_NOUN})\b`,
      r`\bon behalf of (?!(?:you|yourself|him|her|them|me)\b)(?:__company__|__name__|the|your|our|a|[a-z]+)\b`,
      r`(?<!(?:balance|account|debt|bill|loan|card|owe|owed|amount|__amount__|payment|payments)(?: [a-z_]+){0,3} )\b(?:with|from|at|here at|over at|representing|for) __company__\b`,
      r`^(?:hi,? |hello,? )?(?:this is|it is|you have reached|thank you for calling) (?:__company__|(?:[a-z&'.-]+ ){0,3}${COMPANY_NOUN})\b`,
      r`\b(?:i|we) (?:work|am calling|are calling) (?:for|with|at) (?!you\b|__name__|[a-z]+ (?:himself|herself|themselves|directly|personally)\b)(?:__company__|the|a|an|[a-z]+)\b`,
      r`\b(?:i am|i am a|i am an|i am the) (?:representative|agent|account manager|account representative|specialist|collector|recovery specialist|collections specialist|case manager) (?:with|from|for|at|of) (?!you\b)`,
      r`\b(?:our|my) (?:company|agency|firm|office)(?:'s| s)? name is\b`,
      r`\b(?:our|my) (?:company|agency|firm) is (?:__company__|called)\b`,
      r`\bthis (?:call|message) is from (?!a debt)`,
      r`\bthank you for calling (?!(?:us|me|back|in)\b)[a-z]+`,
      r`\b(?:over at|here at) (?:__company__|(?:[a-z&'.-]+ ){0,3}${COMPANY_NOUN})\b`,
      r`\b(?:this is|it is|i am|my name is) ${nameThen(r`,? (?:with|from|over at|here at|calling from|calling on behalf of|calling for) `)}(?!(?:the (?:police|court|district|sheriff|county|state|government|irs|fbi))\b)(?:__company__|[a-z&'.-]+)`,
    ],
  },
  {
    act: 'verify_identity',
    speaker: 'agent',
    patterns: [
      // "I'll be quick. Just need the date of birth so I can pull it up.": the detail asked for as a need.
      r`\b(?:i |we )?(?:just |only |still )?need (?:the|your|a) (?:date of birth|birth ?date|dob|last four(?: of (?:your|the) social)?|social|zip(?: code)?)\b`,
      // "I'll keep it short. Date of birth?": the detail asked for, bare.
      r`(?:^|[.!?] )(?:(?:and|just|so|okay|ok|now)[,]? )?(?:your |the )?(?:date of birth|birth ?date|dob|birthday|last (?:four|4)(?: of (?:your|the) social)?|zip(?: code)?|social)(?:,? (?:and|or) (?:your |the )?(?:date of birth|birth ?date|dob|birthday|last (?:four|4)(?: of (?:your|the) social)?|zip(?: code)?|social))?\?`,
      r`\b(?:am i|are we) (?:speaking|talking) (?:with|to) (?!you\b)\w`,
      r`\bis this ${TITLE}__name__\b`,
      // "… for Wendell Oyelaran, is that you?": the name asked after at the end of the line.
      r`\b(?:is (?:that|this) you|(?:are|is) you (?:him|her))\s*\??\s*$`,
      r`\bis this ${TITLE}(?!(?:${NOT_NAME}|correct|something|everything|good|ok|still|the case|necessary|real|legit|legal|fair|true|urgent)\b)[a-z][a-z'-]+(?: [a-z][a-z'-]+)?\s*(?:\?|$)`,
      // "Is Jordan in?", not "if it is paid in one go" (a participle is no name) nor "that is theft in this country".
      r`\bis ${TITLE}(?:__name__|(?!(?:${NOT_NAME}|everything|everyone|anyone|someone|that|this|it|there|already|still|currently|past|overdue|due|late|also|just|even|ever|never|always|very|too|really)\b)(?![a-z]+ed\b)[a-z][a-z'-]+(?: [a-z][a-z'-]+)?) (?:there|available|home|at home|in|around|on the line|on the phone|free)\b(?! (?:one go|full|person|writing|cash|installments|time|(?:this|the|our|my|your|any|every|some) (?:country|state|world|eyes|book|law|case|business|town|city|county|house|life)|court)\b)`,
      r`\b(?:may|can|could|might) i (?:please )?(?:speak|talk) (?:with|to) (?!(?:you|someone|somebody|your (?:supervisor|manager))\b)`,
      r`\b(?:i am|we are) (?:trying to (?:reach|get in touch with|get ahold of|get a hold of|contact|locate|speak with|speak to|talk to|talk with)|looking for|calling for|hoping to (?:reach|speak with|speak to)) (?!(?:the|some|your)\b)(?!a (?!(?:mr|mrs|ms|miss|dr|mister)\b))`,
      r`\b(?:verify|verifying|confirm|confirming|validate|validating|verification of|confirmation of)(?: for me)? (?:your identity|identity|your (?:full )?name|(?:your|the) (?:date of birth|birth date|birthday|(?:street |home |mailing |current )?address|zip|zip code|social|social security number|ssn|last four|phone number)(?= (?:we|i) (?:have|would have|show|had)| on file| for me| please|\?|\.|$)|your (?:date of birth|birth date|birthday|(?:street |current )?address|home address|mailing address|zip|zip code|social|social security number|ssn|last four|phone number)|that (?:you are|i am speaking|i am talking|this is)|i am speaking|who i am speaking|a few (?:details|things|pieces of information)|some (?:information|details) (?:with you|first))`,
      r`\b(?:what is|(?:can|could|may|might) i (?:please )?(?:get|have|grab|ask for|ask)|could you (?:give me|provide|tell me|state|read me)|can you (?:give me|provide|tell me|state|read me)|please (?:provide|state|give me)) (?:your|the) (?:full name|name|date of birth|birth date|birthday|last four|social|social security number|address|zip code|home address|mailing address|phone number on (?:the|your) account)(?!(?: and (?:\w+ ){1,2})? (?:of|for) (?:your|the|their) (?:attorney|lawyer|counsel|employer|(?:law )?firm|legal representative))`,
      r`\b(?:for|to protect your) (?:security|privacy|verification|identity verification)(?: purposes| reasons)?\b`,
      r`\bwho am i (?:speaking|talking) (?:with|to)\b`,
      // "The year and the zip is enough for me to confirm I have the right Kendra": fewer details asked for.
      r`\b(?:(?:the|your) )?(?:year|birth year|year of birth|date of birth|dob|zip(?: code)?|last four|address|street)(?: and (?:the |your )?(?:year|zip(?: code)?|last four|address|street|date of birth))? (?:is|are|will be|would be|should be) (?:enough|fine|plenty|all i need|good enough)\b`,
      // "Just the date of birth?", "And your zip code?": a detail asked for in a word.
      r`(?:^|[.!?,] )(?:and |just |only |now |then )*(?:the |your )(?:date of birth|birth date|birthday|dob|zip(?: code)?|last four(?: of (?:your|the) (?:social|ssn))?|social)(?: on (?:file|the account|your account))?(?: please| for me)?\?`,
      r`\b(?:we|i) (?:have|show|see|have got) (?:your )?(?:address|home address|mailing address|date of birth|birth date|birthday|phone number|zip code|zip|email|email address|full name)(?: on file| listed| here)? (?:as|listed as)\b`,
      r`\bare you ${TITLE}__name__\b`,
      r`\bis this (?:the )?(?:__name__|[a-z]+)(?: family(?:'s)?)? (?:residence|household|home|house)\b`,
      r`\bare you the (?:account ?holder|person|owner|borrower|cardholder|primary)\b`,
      r`\blast (?:four|4) (?:digits )?of your (?:social|ssn|social security)`,
      r`\b(?:before we (?:go|continue|proceed|discuss)|before i (?:go|continue|proceed|discuss|can discuss))\b(?=.{0,50}\b(?:verify|confirm|validate|identity|date of birth|address|last four|social|who i am))`,
    ],
  },
  {
    act: 'good_time_question',
    speaker: 'agent',
    patterns: [
      r`\bis (?:this|now|it) (?:a |an )?(?:good|bad|convenient|okay|ok|alright|all right) time\b`,
      r`\bdo you have a (?:minute|moment|few minutes|second)\b`,
      r`\b(?:can|could) you (?:talk|speak) (?:right )?now\b|\bis (?:now|this) (?:okay|alright|all right|good)\b`,
    ],
  },
  {
    act: 'mini_miranda',
    speaker: 'agent',
    negatable: true,
    patterns: [
      r`\battempt(?:ing|s)? to collect (?:a |the |this |on a |your |on the |on this )?debts?\b`,
      // Only with a word of the debt somewhere in the line: "this call is recorded and any information obtained will be used for that purpose" discloses nothing.
      r`(?:(?<=\b(?:debts?|collect\w*)\b[\s\S]*)|(?=[\s\S]*\b(?:debts?|collect\w*)\b))\b(?:any )?information (?:that )?(?:is |we |you )?(?:obtained|obtain|gathered|collected|received|provided|give us|provide|get|receive|collect)(?: will| shall| may| is going to| can)? (?:be )?(?:used|utilized) (?:for (?:that|this|the) purpose|for the purpose of collecting|to collect)\b`,
      r`\b(?:i am|this is|we are|this call is from|this communication is from|this message is from|communication is from|call is from|as|calling as|i work as|we work as) (?:a |an )?(?:debt collectors?|debt collection (?:agency|company|firm))\b`,
      r`\bthis (?:is a )?communication (?:is )?from a debt collector\b`,
    ],
  },
  {
    act: 'state_purpose',
    speaker: 'agent',
    patterns: [
      // Not "we will not be calling you about this account again": calls promised to stop.
      r`\b(?<!\b(?:not|never|no longer|stop|quit) (?:be )?)(?:calling|call|reaching out|contacting you|writing|this is|this call is|this message is|here|i am reaching out|i am|we are) (?:you )?(?:about|regarding|in regards? to|in reference to|concerning|with regard to|to discuss|to talk (?:to you )?about|to speak (?:with you )?about|to follow up on|following up on|to collect|on(?! (?:a |this |the )?(?:recorded|monitored|secure|quality|behalf)\b)|to see about|to help (?:you )?(?:with|resolve)|to resolve) (?:(?:your|an|a|the|this|that|our) )?${gap(4)}${DEBT_WORD}\b(?! (?:services|solutions|management|systems|partners|resolution|group)\b)`,
      // "If he could call Hillcrest Animal Hospital or us back about his account": the creditor named beside the collector.
      r`\bcall (?:[a-z'-]+ ){1,4}or (?:us|me) (?:back )?(?:about|regarding) (?:his|her|their|your) (?:account|bill|balance)\b`,
      // "It's the St. Brendan Regional account, nineteen-oh-six.": the account named as what the call is about, with its sum.
      r`\bit is (?:the|your) (?:[a-z.']+ ){1,4}(?:account|bill|loan)(?: balance)?, (?:__amount__|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\w-]*)`,
      // "It's Rapid Resolve again, about that Heartland Mastercard.": the card named as what the call is about.
      r`\b(?:it is|this is|calling|i am calling|we are calling)\b[^.?!]{0,40}?,? (?:about|regarding) (?:that|the|your) (?:[a-z&.'-]+ ){1,3}(?:mastercard|visa|amex|store card|credit card|card)\b(?! (?:ending|on file|number|you (?:gave|used)))`,
      // "It's about the Huron Valley Gas and Electric account that was sent over to our office": the account placed for collection.
      r`\b(?:account|bill|balance|card|loan)s? (?:that|which) (?:was|were|has been|have been|got) (?:sent|placed|transferred|turned|referred|assigned) (?:over )?(?:to|with) (?:our|this|my) (?:office|agency|company|firm|department)\b`,
      // "It's that Synchrony card.", "it's that old hospital bill": the account named as what the call is about.
      r`\bit is (?:about )?that (?:[a-z.'&-]+ ){1,3}(?:card|account|loan|bill)(?= ?[.;!]|$)`,
      // "It's about his old Navy Federal loan", "it's regarding the balance on his card" (not "it's about doubled", "it's on the bill").
      r`\bit is (?:about|regarding|in regards? to|in reference to|concerning|with regard to) (?!(?:doubled|tripled|halved|half|twice|the same)\b)(?:(?:your|an|a|the|this|that|our|his|her|their) )?${gap(4)}${DEBT_WORD}\b(?! (?:services|solutions|management|systems|partners|resolution|group)\b)`,
      r`(?<!\bbefore (?:i|we)(?: can| could)? (?:say|explain|tell you|get into|go into|discuss|share|mention|get to|go over|give you) (?:to you )?(?:the )?)(?<!\b(?:not|never|unable to|cannot|only(?:(?: able| allowed| permitted)? to)?)(?: \w+){0,5} )(?<!\b(?:i|we) (?:can|will|would|am happy to|would be happy to|will be happy to|am glad to) (?:get into|go into|explain|tell you|share|go over|discuss|get to) (?:the )?)\b(?:the )?(?:reason|purpose) (?:for|of) (?:my|this|the|our|today's) call\b(?! (?:with|to) (?:him|her|them|__name__|[a-z]+ (?:himself|herself|directly|personally)|the (?:account holder|consumer|customer))\b)`,
      r`\b(?:the )?reason (?:i am|we are|why i am|why we are|i am|that i am) (?:calling|reaching out|contacting you)\b`,
      // "Before I say why I'm calling, can you verify …" puts the purpose off.
      // "I'm not able to discuss why I'm calling with anyone but Jordan" withholds it.
      r`(?<!\bbefore (?:i|we)(?: can| could)? (?:say|explain|tell you|get into|go into|discuss|share|mention|get to) (?:to you )?)(?<!\b(?:not|never|unable to|cannot|only(?:(?: able| allowed| permitted)? to)?)(?: \w+){0,5} )(?<!\b(?:will|going to|once|as soon as|after|only|just|before|happy to|glad to|so (?:that )?(?:i|we) can|in order to)\b[^.?!]{0,60})\bwhy i am calling\b(?! (?:with|to) (?:him|her|them|__name__|[a-z]+ (?:himself|herself|directly|personally))\b)`,
      r`\byou (?:have|have got|got|are carrying) (?:an? )?(?:past due|overdue|outstanding|unpaid|delinquent|open|remaining|unresolved|defaulted) (?:balance|debt|bill|account|amount|payment|loan)`,
      r`\bthere is (?:an? )?(?:past due|overdue|outstanding|unpaid|delinquent|open|remaining|unresolved) (?:balance|debt|bill|account|amount|payment|loan) (?:on|in|under|with|for) (?:your|the|this)\b`,
      r`\byour (?:account|balance|loan|bill|payment|debt|credit card|card|car loan|student loan|medical bill) ${gap(3)}(?:is|has been|was|went|became|is now|has gone|has become) (?:now )?(?:past due|overdue|delinquent|in default|behind|in collections|placed|referred|assigned|transferred|charged off|sent to (?:us|collections)|turned over|seriously past due|\d+ days past due)\b`,
      // "We were given your name as the personal representative" names whom to call, not an account placed.
      r`\b(?:we|our office|our company|our agency|our firm) (?:have|has|were|was) (?:been )?(?:assigned|placed with|referred|given|hired|retained|asked to collect|engaged)\b(?! (?:your|this|his|her|their) (?:name|number|contact|phone|details|information))`,
      r`\b(?:(?:has|have|was|were) been|got) (?:assigned|placed|referred|transferred|sold) to (?:our|us|__company__|this) (?:office|agency|company|firm)?`,
      r`\b(?:a|the|your) debt (?:owed|you owe|with|from|to|for)\b`,
      r`\b(?:we|our office|our company|our agency|i) (?:have|has) (?:received|been given|taken over|acquired|purchased|bought) (?:your|the|an|this) (?:account|debt|balance|file)\b`,
      r`\b(?:your|the|this) (?:account|debt|balance|bill) ${gap(5)}for collections?\b`,
      r`(?<!attempt(?:ing)? to |attempts to |used to |used to help |purpose of |in order to )\bcollect(?:ing)? (?:on )?(?:a|the|your|this) (?:debt|balance|account|bill|loan)\b`,
      r`\byou (?:owe|are behind|fell behind|have fallen behind|missed)(?! ${AMT})\b(?! the wheel)`,
      r`\b(?:about|regarding) the (?:money|balance|amount) (?:you owe|owed|that is owed|due)\b`,
      // "calling for Marcus Bell about the past-due Great Lakes Diagnostic Laboratory bill".
      r`\bcalling (?:for|to speak (?:with|to)|to reach) (?:\S+ ){1,3}(?:about|regarding|concerning) (?:(?:his|her|your|an|a|the|this|that) )?${gap(6)}${DEBT_WORD}\b(?! (?:services|solutions|management|systems|partners|resolution|group)\b)`,
      // "I'm just following up on that Kohl's card": the card named as the call's business.
      r`\b(?:following up on|calling about|calling regarding|calling on) (?:that|the|your|his|her) (?:[a-z'-]+ ){1,3}(?:card|visa|mastercard)\b(?! (?:services|member|benefits|rewards|points))`,
      // "I'm calling about your Sandia Bank Visa": the card named as the call's business.
      r`\b(?:calling|reaching out|this call is) (?:you )?(?:about|regarding|in regards? to|concerning) your (?:[a-z]+ ){0,3}(?:visa|mastercard|master card|amex|american express|discover card|store card|credit card|card)\b(?! (?:services|member|benefits|rewards|points))`,
    ],
  },
  {
    act: 'state_balance',
    speaker: 'agent',
    patterns: [
      // "That's coming up on the Lakeshore Broadband account, the unreturned equipment, $438 balance."
      r`\b__amount__ (?:balance|owing|owed|outstanding|past due|due)\b`,
      // "Gulf Coast Fitness shows $1,560 with us": the sum the account carries.
      r`\b(?:shows|is showing|has|carries|is carrying) (?:a balance of )?__amount__ (?:with us|on (?:it|the account|file|our (?:end|books|system))|owing|outstanding|due|still open)\b`,
      // "… about the Harborview Apartments balance, the $2,975.40 from your lease": the balance, then its sum.
      r`\bbalance,? (?:the |of )?__amount__ (?:from|on|for|with|owed|owing|due|that|which|left)\b`,
      // "The balance is the full $1,318": the sum owed, stated.
      r`\b(?:the|your) (?:current |total |remaining |outstanding )?balance (?:is|was|comes to|stands at|sits at|is up to|(?:has )?(?:gotten|grown|gone|climbed|risen|crept)(?: up)? to) (?:the full |the whole |still |now |currently )?__amount__`,
      // "There's still a balance outstanding on that": a balance owed, told without its sum.
      r`\b(?:there is|there are|you have|he has|she has|they have|we (?:have|show)|i (?:have|show)|it shows|that shows) (?:a|an|the|some) (?:remaining |unpaid |open )?(?:balance|amount) (?:outstanding|owing|owed|unpaid|past due|left|remaining|due)\b`,
      // "On the Brightline Home card, the nineteen-fifty balance": a sum spoken in words, named as the balance.
      r`\b(?:the|that|your) (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:[- ]| and )?){2,5}(?:dollar )?balance\b`,
      // "So the $612.40 is for the MRI on your shoulder in January": the sum owed, and what it is for.
      r`\b(?:the|that|this|your) __amount__ (?:is|was) (?:for|from) (?:the|your|an?|that) \w+`,
      // "It's only the Three Rivers Bank Visa, twenty-three hundred and change."
      r`\b[a-z]+(?:[- ][a-z]+)? (?:hundred|thousand) and change\b|__amount__ and change\b`,
      // "You moved out in November owing thirteen sixty-five in rent": what is owed, said in words.
      r`\b(?:owing|owe|owed) (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:[- ]\w+){1,3}) (?:in|on|for) (?:rent|the (?:rent|lease|loan|card|bill|account))\b`,
      // "It's the St. Adalbert Medical Center account, and it's showing $2,104.33 still open."
      r`\b(?:showing|shows|show) __amount__ (?:still )?(?:open|owing|owed|due|outstanding|past due|unpaid)\b`,
      // "Brightway Furniture is still waiting on $2,775 for that dining set": the sum the creditor is owed.
      r`\b(?:is|are) (?:still )?(?:waiting (?:on|for)|owed|out) __amount__\b`,
      // "I'm calling about the $1,340 from Silver State Pediatric Dental": the sum owed is what the call is about.
      r`\b(?:calling|call|reaching out|contacting you) (?:you )?(?:about|regarding|in regards? to|concerning) (?:the|your|a|an|his|her) __amount__(?! (?:a|per|each|every|payment|instal\w*)\b)`,
      // "It's about a Desert Vista Urgent Care bill, balance $367.15."
      r`\b(?:bill|account|loan|card|debt),? (?:with )?(?:a |the )?(?:current |total |remaining )?balance(?: of)? __amount__(?! (?:a|per|each|every|on|by|today|tomorrow|now)\b)`,
      // "So, the Malibu balance, $5,870.40. Where are we at with that?": the balance named, its sum in apposition.
      r`\b(?:the|your) (?:[a-z]+ ){0,3}balance[,:] __amount__(?! (?:a|per|each|every|on|by|today|tomorrow|now)\b)`,
      // "It's about your Northstar Wireless account, $611.40.": the account, and what it stands at.
      r`\b(?:about|regarding|on|for) (?:your|the|his|her) (?:[a-z]+ ){0,3}(?:account|bill|card|loan)[,:] __amount__(?=[.!?]|$| (?:balance|owing|owed|outstanding|past due|due)\b)`,
      // "Your Alpine Outfitters card is at $1,640.00": what the account stands at.
      r`\byour (?:[a-z]+ ){0,3}(?:card|account|loan|bill|balance) is (?:at|sitting at|currently at|up to|still at) __amount__`,
      r`\b(?:balance|amount (?:due|owed|owing|outstanding)|total (?:due|owed|balance|amount|owing)|payoff(?: amount)?|what you owe|what is owed|amount you owe|debt|the total|past due amount|amount past due) ${gap(4)}(?:is|of|comes to|come to|totals?|stands at|sits at|amounts to|was|reads|shows|shows as|=|at|will be|would be|remains|currently|now) (?:now )?(?:at )?(?:a total of |approximately |about |around |roughly |just over |just under |only |exactly )?${AMT}`,
      r`\byou (?:owe|are owing|are behind(?: by)?|have a balance of|have an outstanding balance of|have a past due (?:balance|amount) of|have a debt of|are past due by|are overdue by) (?:us |them |the creditor |__company__ )?(?:a total of |about |around |approximately |roughly )?${AMT}`,
      r`\byou have ${AMT} (?:outstanding|owing|past due|overdue|due|left to pay|remaining|in arrears|still owing|still due|unpaid)\b`,
      r`(?<!payments? of |installments? of |instalments? of |pay |paying )${AMT} (?:is |that is |which is )?(?:past due|overdue|outstanding|owing|owed|in arrears|unpaid|remaining on (?:the|your) account)\b`,
      r`\b(?:balance|debt|amount owed) of ${AMT}`,
      // "about the $640 balance on her Lakeside Imaging account"
      r`\b(?:about|regarding|for|on|calling about) (?:the|a|an|your|his|her|their) __amount__ (?:past due |outstanding |unpaid |remaining |open )?(?:balance|bill|debt)\b`,
      // "there's still about $7,200 left on the loan": what is owed, said as what remains.
      r`\bthere is (?:still )?(?:about |around |roughly |approximately |over |almost |nearly |just over |just under )?__amount__ (?:left|remaining|owing|owed|outstanding|due|still owed|still due) (?:on|for|from) (?:the|his|her|your|their|this|that) (?:[a-z-]+ ){0,2}?(?:loan|account|card|balance|bill|car|truck|vehicle|contract|lease)\b`,
      // "we've still got $3,412.77 showing on it": the sum the account carries.
      r`\b(?:we|i) (?:still )?(?:have (?:still )?(?:got )?|show |see |got )__amount__ (?:showing|owing|owed|due|outstanding|past due|open|sitting|still open) (?:on|for|against) (?:it|that|this|the (?:card|account|loan|bill))\b`,
      // "your Sandia Bank Visa, the $2,412.66 balance that was charged off": the account's balance, in apposition.
      r`, (?:the|your|a) __amount__ (?:past due |outstanding |unpaid |remaining |open |charged[- ]off )?(?:balance|bill|debt)\b(?! (?:left |remaining )?(?:after|once|when|if))`,
      r`\b(?:balance|amount (?:owed|due|owing))\b[^.?!]{0,60}\b(?:is|of|comes to|totals?|stands at)(?: currently| now)? (?:at )?${AMT}`,
      r`\b(?:shows|showing|have|has|see) (?:a |an )?(?:balance|amount due|past due balance|outstanding balance) of\b`,
    ],
  },
  {
    act: 'amount_mention',
    speaker: 'agent',
    // Digits of a phone number ("800-555-0148") or its extension ("extension 212") are no sum.
    patterns: [r`(?:__amount__|(?<![\d-])(?:\d[\d,]*\.\d\d|\d{2,}[\d,]*)(?![\d,]*-\d)(?<!\b(?:extension|ext\.?|x|suite|apartment|apt\.?|unit|room|box|po box) \d[\d,.]*))`],
  },
  {
    act: 'request_full_payment',
    speaker: 'agent',
    negatable: true,
    patterns: [
      // "Honestly, the fastest way to make this go away is to just pay it.": paying the balance urged.
      r`\b(?:the )?(?:fastest|quickest|easiest|best|simplest|only) way to (?:make (?:this|it) go away|get (?:this|it) (?:behind you|over with|done|off your back)|end (?:this|it))\b[^.?!]{0,15}\bis (?:to )?(?:just )?pay (?:it|this|the balance|the bill)\b`,
      // "Yes sir. Can we get that taken care of?": the balance asked for, as a question.
      r`\b(?:can|could|shall) (?:we|you) (?:go ahead and )?(?:get|have) (?:that|this|it|the (?:balance|bill|account)) (?:taken care of|paid(?: off)?|handled|cleared up|resolved)(?: (?:for you|today|now|this morning|this afternoon|tonight))?\s*\?`,
      // "Best thing you can do is pay it and take it up with Bellamy after.": paying urged as the way out.
      r`\b(?:the )?best (?:thing|option|move|bet)(?: (?:you can do|for you|here))? is (?:to |just )?(?:pay|paying|take care of|clear) (?:it|this|that|the (?:balance|bill|account|debt))\b`,
      // "If you pay the $546.20 today it's done": the whole sum asked for, with what it buys.
      r`\bif you (?:can )?pay (?:the |that |your )?(?:full |whole |entire )?(?:__amount__|balance|amount|total)(?: in full)? (?:today|now|right now|this week|by friday)\b(?=[^.?!]{0,30}\b(?:it is done|it is over|that is it|we are done|you are done|it goes away|you will not hear|you won't hear|we close|it closes|that closes|that takes care))`,
      r`\bpay(?:ing)? (?:off )?(?:the|your|this|that) (?:full|entire|whole|total|complete|remaining|outstanding) (?:balance|amount|debt|sum|thing)\b`,
      // "your mother paid the account in full in December": a payment told of, not asked for.
      r`\b(?<!\b(?:she|he|they|mother|father|mom|dad|wife|husband|already|had|has|have|was|were) )(?:pay|paying|take care of|settle|clear|resolve|cover|(?<!\b(?:you|i|we) )paid) (?:off )?(?:it|this|that|everything|the balance|the debt|the account|your balance|the amount|the whole thing|(?:the |that |this |your )?__amount__|the full __amount__|the total|all of it|your account)(?: off)? in full\b`,
      r`\b(?:pay|paying|take care of|clear|resolve|cover) (?:off )?(?:the|your|this) (?:balance|debt)(?: of __amount__)? (?:today|now|right now|this week|by ${DATE}|in full|immediately)`,
      r`\b(?:full|entire|whole|one[- ]time full|complete) payment\b(?! (?:history|histories|records?|ledger|log|breakdown|statements?|details))`,
      // "You could knock this out with me in two minutes today": the whole of it, urged now.
      r`\byou (?:could|can|might|would) (?:just )?(?:knock|wipe|clear|wrap|get) (?:this|it|that|the (?:balance|whole thing|thing))(?: all)? (?:out|off|up)\b[^.?!]{0,30}\b(?:today|right now|now|this (?:morning|afternoon|evening)|on this call)\b`,
      // "Is it something you'd be able to take care of in full?"
      r`\bsomething you (?:would|could|can|will)(?: be able to)? (?:pay|take care of|handle|resolve|clear|cover)(?: off)? in full\b`,
      // "I'm marking the full $389 as disputed right now": the sum named as what it is, not asked for.
      r`\b(?:the )?(?:full|entire|whole|total) (?:balance|amount|__amount__|thing)(?: of __amount__)? (?!as\b)${gap(2)}(?:today|now|right now|immediately|by ${DATE}|this week)\b`,
      r`\b(?:can|could|would|will) you (?:be able to )?(?:pay|make|take care of|send|cover|clear|handle) (?:off )?(?:the|that|your|this) (?:full |entire |whole |total )?(?:balance|amount|debt|__amount__)(?! (?:down|in (?:installments|payments)|over|monthly))\b`,
      r`\b(?:can|could|would|will) you (?:be able to )?(?:pay|take care of|send|cover) ${AMT} (?:today|now|right now|this week|by ${DATE})`,
      // "Can we take care of the fourteen eighty-nine today, or at least half?": the sum, asked for now.
      r`\b(?:can|could|shall) we (?:go ahead and )?(?:pay|take care of|clear|cover|handle) (?:the |that |your )?(?:full |whole |entire )?(?:__amount__|${SPOKEN_SUM}) ${gap(2)}${NOW}\b`,
      r`\b(?:we|i) (?:need|require|want|would like|are asking for|am asking for|ask that you pay|expect|are requesting|am requesting) (?:you to pay |you to make |to collect |to get )?(?:the )?(?:full|entire|whole|total|complete) (?:balance|amount|payment|sum)`,
      r`\b(?:how would you like to|would you like to|are you able to|are you ready to|when can you|can we get) (?:pay|take care of|resolve|settle|clear|handle|get) (?:the|this|your|that) (?:balance|debt|account|amount|__amount__)(?: paid)?(?: in full| today| off)?\b`,
      r`\bpay(?:ment)? in full\b`,
      // "Did you want to do the full $489.99 on a card today?"
      r`\b(?:do|pay|put|take care of|handle|clear|cover) the (?:full|whole|entire|total) (?:__amount__|balance|amount)(?: of __amount__)? ${gap(4)}(?:${NOW}|on (?:a|your|the) (?:card|debit card|credit card|checking))\b`,
      r`\b(?:pay|paying|clear|clearing) (?:it|that|this|everything) (?:all )?(?:off )?(?:today|now|right now)\b`,
      r`\bpay (?:it|that|this) all\b`,
      r`\bpaid off in full\b`,
      r`\b(?:need|want|expect|require|would like) (?:it|this|that|the (?:balance|account|debt)|everything) (?:paid|resolved|settled|cleared)(?: off)? (?:in full|today|now|by ${DATE})`,
      // "…get the three eighty nine taken care of today": a sum said in number words, as speech-to-text writes it.
      r`\b(?<!\b(?:let me|i will|i can|i could|i am going to|allow me to) )(?:get|have) (?:this|it|that|everything|(?:the|this|that|your) (?:balance|account|debt|bill|__amount__|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[ -]){1,3}(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))) (?:paid|resolved|settled|taken care of|cleared|handled)(?: off| up| in full)? ${gap(2)}(?:in full|${NOW})\b`,
      // A payment asked for now, in any register: "can you make a payment today?", "can we get a payment from you right now?"
      r`\b(?:can|could|would|will) (?:you|we|i) (?:please )?(?:be able to )?(?:make|get|send|do|have|take|process|run|put through|mail|post|pay)(?: me| us)? (?:a|the|your|that|this|some|in a|in the|in your) payment(?: in)? ${gap(4)}${NOW}\b`,
      r`\b(?:are you|would you be|will you be|are you going to be|(?:is there )?(?:any|a) (?:way|chance|possibility) (?:that )?you (?:can|could|would|might)(?: be)?) (?:able to |ready to |in a position to |willing to )?(?:make|get|send|do|process) (?:a|the|your|that|this|some) payment ${gap(4)}${NOW}\b`,
      // "I need a payment today", "what I need from you is a payment."
      r`\b(?:i|we) (?:need|want|would like|will need|would need|am going to need|are going to need|have to have|got to have|must have|have got to have|am asking for|are asking for|am looking for|are looking for|expect|require|have to get|need to get|got to get)(?! ${gap(3)}(?:set up|setup|schedule|book|arrange|plan|talk about|talk to you about|discuss|go over|explain|review|look at|ask about|understand)\b) ${gap(4)}(?:(?:a|the|your|some|that) payment|(?:the |that |your )?(?:full |whole |entire )?(?:__amount__|money|balance|full amount|total))(?:\s*(?:[.!?,]|$)| ${gap(3)}${NOW}\b)`,
      // "pay what you owe today", "take care of this right now", "clear the account in one payment today"
      r`\b(?<!\b(?:let me|i will|i can|i could|i am going to|allow me to|did you|have you|had you|you already|already|you were going to|were you going to|you said you would|you would) )(?:pay|paying|take care of|taking care of|clear|clearing|resolve|resolving|cover|covering|square away|settle up|knock out|get rid of)(?: off| up)? (?:it|that|this|everything|the (?:balance|debt|account|bill|amount|rest|whole (?:thing|balance|amount))|your (?:balance|account|bill|debt)|what you owe|what is owed|what is due|all of it)(?: off| up| all)? ${gap(4)}${NOW}\b`,
      r`\b(?:balance|account|debt|bill|it|this|that|everything) (?:needs to|has to|have to|need to|must|should|will need to|is going to need to) be (?:paid|taken care of|resolved|settled|cleared)(?: off| up| in full)? ${gap(4)}(?:in full|${NOW}|by ${DATE})\b`,
      r`\b(?:is|would|could) (?:today|tonight|right now) (?:be )?(?:a possibility|possible|an option|doable|feasible)\b(?=[^.?!]{0,30}\b(?:pay|payment|balance|take care))`,
      r`\b(?:pay|paid|paying|clear|cleared|resolve|take care of)\b ${gap(4)}(?:in|with) (?:one|a single) (?:payment|lump(?: sum)?|shot|go)\b`,
      // "What I need today is to get this paid."
      r`\bwhat (?:i|we) (?:need|want|have to have|am asking for|are asking for)(?: from you)?(?: today| right now| now)? is (?:for you )?to (?:get|have) (?:this|it|that|the (?:balance|account|debt|bill)) (?:paid|taken care of|resolved|cleared)\b`,
      // "Did you maybe want to just knock this one out today?": paying the whole of it, asked for now.
      r`\b(?:did|do|would) you (?:maybe |perhaps )?(?:want|like) to (?:just )?(?:knock|take care of|pay|clear|wipe|get rid of|settle up) (?:this|it|that|the balance)(?: one)?(?: out| off| up)?\b[^.?!]{0,20}\b(?:today|now|right now|tonight)\b`,
      // "Can you do the $1,964, or at least half?": the sum the call is about, asked for.
      r`\b(?:can|could|will|would) you (?:do|swing|manage|handle|cover) the (?:full |whole |entire )?(?:__amount__|(?<=(?:full|whole|entire) )${SPOKEN_SUM})(?! ${gap(2)}(?:a|per|each|every) (?:month|week)| (?:monthly|weekly|down))\b`,
    ],
  },
  {
    act: 'probe_ability_to_pay',
    speaker: 'agent',
    patterns: [
      // "Anything you're able to do on it?": what the consumer can pay, asked.
      r`\b(?:is there )?anything you (?:are |would be |might be )?(?:able|willing) to (?:do|put|pay|send) (?:on|toward|towards|for) (?:it|this|that|the (?:balance|account|bill|debt))\b`,
      // "What about family? Sometimes a son or a daughter is happy to help out with something like this.": other means asked about.
      r`\b(?:what|how) about (?:your )?(?:family|relatives|kids|children|son|daughter|parents|friends|someone in (?:the|your) family)\?|\b(?:a |your )?(?:son|daughter|family member|relative|friend|kids?|children|parents?|sibling|brother|sister) (?:is|are|would be|might be|may be) (?:happy|willing|able) to help(?: (?:you )?out)?\b|\b(?:is there|do you have) (?:anyone|anybody|someone|somebody|family|a relative|a friend) (?:who|that) (?:could|can|might|would) (?:help|lend|pay|chip in)\b`,
      r`\bhow much (?:can|could|would|will|are|do) you (?:be )?(?:able to |afford to |willing to |think you can )?(?:afford|pay|manage|put down|put towards?|put toward|do|set aside|swing|spare|send|contribute|commit|handle|budget)`,
      r`\bwhat (?:can|could|would|do) you (?:[a-z]+ly )?(?:be able to |think you can )?(?:afford|pay|manage|do|put down|swing|spare|handle|budget|put towards?|set aside)\b`,
      // "What I need to know today is what you're putting down.": the sum asked for, as a fact to be told.
      r`\bwhat (?:you(?:'re| are)|you'?ll be|you will be) (?:putting down|putting toward (?:it|this|that)|paying (?:today|now|on (?:it|this))|able to (?:put down|pay|do))\b`,
      r`\bwhat is (?:a|an|the) (?:number|amount|figure|payment|monthly (?:amount|payment)|dollar amount)(?: that)? (?:works|would work|fits|you can|you could|you would|is comfortable|feels|makes sense|is doable|is realistic)\b`,
      r`\bwhat is the (?:most|max|maximum|least|minimum|best) (?:that )?you (?:can|could|would be able to|are able to|think you can)\b`,
      // "Is there an amount you can put toward it this month?"
      r`\bis there (?:an? |some )?(?:amount|number|figure|sum|payment|something) (?:that )?you (?:can|could|would be able to|are able to|might be able to) (?:put|pay|send|do|manage|afford|set aside)\b`,
      r`\bwhat you (?:can|could|would be able to|are able to|might be able to|think you can)(?: realistically| comfortably)? (?:afford|pay|manage|do|swing|handle|put (?:down|toward|towards)|spare|budget)\b`,
      r`\bis there (?:anything|something|any amount|any payment|anything at all) (?:that )?you (?:can|could|would be able to|are able to|might be able to) (?:pay|do|put|afford|send|manage|contribute|give|spare)\b`,
      r`\bwhat (?:kind|sort|type)s? of (?:income|work|job|employment|budget|payment|amount)\b`,
      r`\b(?:income|money|funds|paychecks?) (?:do you have )?coming in\b`,
      // Pay schedule and what is left: "how are you paid?", "does that leave you enough for the kids?"
      r`\b(?:how (?:are you|do you get) paid|how often (?:are you|do you get) paid|when (?:are you|do you get) paid(?: next)?|when is (?:your )?next (?:payday|paycheck|pay ?day))\b`,
      r`\b(?:does|would|will|is) (?:that|this|it) (?:still )?(?:leave|leaving) you (?:with )?enough\b|\b(?:can|could) you (?:really |realistically |comfortably )?(?:manage|afford|handle|keep up with) (?:that|this|it)(?: each| every| a)?(?: month| week)?\s*\?`,
      r`\b(?:your )?(?:take[- ]home|net|gross) (?:pay|income|amount)\b`,
      r`\bhow much (?:money )?(?:are you|do you|does your (?:household|family)|is your (?:household|family)) (?:bring|bringing|make|making|earn|earning|take|taking|clear|clearing) (?:home|in)\b`,
      r`\bwhat (?:amount|payment|monthly payment|kind of payment|sort of payment|figure|number|dollar amount|monthly amount)(?: would| could| can| might| do you think would| works?| is comfortable| fits| are you able| can you)\b`,
      r`\b(?:wiggle room|room in your budget|(?:money|cash|anything) left over|disposable income|spare (?:cash|money)|extra (?:money|cash|income) (?:each|every|a) (?:month|week))\b`,
      r`\bis (?:anyone|anybody|someone|somebody) else (?:in (?:the|your) (?:household|home|house|family) )?(?:working|employed|bringing in|earning|helping)\b`,
      r`\b(?:are you|is anyone|is your (?:spouse|husband|wife|partner)) (?:working|employed|receiving (?:any )?(?:income|benefits)|getting paid|earning|bringing in)\b`,
      r`\b(?:what is|what does|how is|can you tell me about|tell me about) your (?:current )?(?:income|monthly income|budget|financial situation|employment|employment status|take home|job situation|finances|work situation|situation)\b`,
      r`\bwhen (?:do|will|does) (?:you|your (?:next )?(?:paycheck|check|pay)) (?:get paid|next get paid|come in|arrive|get your (?:paycheck|check))\b`,
      r`\bwhen is your (?:next )?(?:payday|paycheck|pay date|check|pay day)\b`,
      r`\b(?:are you|would you be|will you be|is there any way you (?:could|can|would) be) (?:able|in a position) to (?:pay|make|afford|put|do|set aside|send) (?:something|anything|a payment|any amount|a portion|part|some|a little)`,
      r`\bis there (?:any|some) (?:amount|payment|way|figure) ${gap(6)}(?:afford|pay|manage|make|handle|put)\b`,
      r`\b(?:tell me|walk me through|can you share|could you share|help me understand) ${gap(4)}(?:your (?:(?:monthly|financial|household|current|regular) )?(?:situation|finances|income|budget|expenses|bills|circumstances))`,
      r`\bdo you have (?:any )?(?:income|savings|a job|money coming in|funds|resources|a source of income|other income|any money|any way)\b`,
      r`\bwhat (?:would|could|might|is) (?:be )?(?:a |an )?(?:realistic|comfortable|manageable|affordable|doable|reasonable|fair|workable|work|fit)(?: amount| payment| monthly payment| figure| number| monthly amount)?(?: for you| in your budget| that you can| you can)\b`,
      r`\bwhat (?:would|could|might) you be able to\b`,
      r`\bwhat (?:are you|would you be|would you feel|do you feel) (?:comfortable|okay|able|willing) (?:paying|with|to pay|putting)\b`,
      r`\b(?:can|could) you put (?:something|anything|a little|some money) down\b`,
      r`\b(?:can|could) you (?:do|pay|manage|put down|send|swing) (?:anything|something|any amount|a little|some of it|part of it|a portion)\b`,
      r`\bwhat (?:is|are) you able to (?:pay|afford|do|put)\b`,
      r`\bhow much (?:is|would be) (?:affordable|manageable|comfortable|realistic) (?:for you)?`,
      r`\bhow much (?:money )?(?:do you have|can you come up with|could you come up with|can you get)\b`,
      r`\bhow much (?:do you think|would you say|are you thinking|were you thinking|did you have in mind|is comfortable|feels comfortable)\b`,
      r`\b(?:do|how often do|when do|how do|when will) you (?:get paid|receive (?:your )?(?:pay|paycheck|check|benefits))\b`,
    ],
  },
  {
    act: 'empathy',
    speaker: 'agent',
    patterns: [
      // "I hope he's doing better", "I hope your mom is recovering": care for the one who was hurt.
      r`\bi (?:hope|trust) (?:he|she|they|you|your \w+|everyone|everybody|the \w+)(?: is| are| has| have)? (?:doing|feeling|getting|recovering|healing|better|okay|alright|all right|well|hanging in)\b`,
      r`\b(?:i am|we are|i'm) (?:so |terribly |deeply )?sorry (?:to hear|about (?:that|your|the|this|what)|for (?:your|what|everything)|you are|you have|you had|you were|that (?:you|happened|must|is|this|it)|this is|it is|things are|to learn)`,
      r`\b(?:that|this|it|which) (?:must|must have|sounds|can|has got to|has to|would|sounds like it (?:is|has been)|is|seems|has been|sounds like) (?:be |been |a )?(?:so |incredibly |extremely |pretty |awfully )?(?:hard|difficult|tough|stressful|frustrating|rough|overwhelming|scary|painful|upsetting|worrying|challenging|a lot|a lot to deal with|a difficult|a hard|a tough|a stressful|an awful|awful|terrible|heartbreaking|devastating|exhausting|a really)\b`,
      r`\bi can (?:only )?imagine\b`,
      r`(?:^|[,.!?] )(?:oh,? |oh no,? |gosh,? |man,? )?(?:so )?sorry to (?:hear|learn) (?:that|about|this|you)\b`,
      r`\bi (?:completely |totally |fully )?understand (?:how|that (?:this|it|things|money|times|you are|you have been|you have had|losing|it is)|this (?:is|must|can)|it (?:is|can|must)|what you are going through|your (?:situation|frustration|concern|concerns|position|feelings|worry|stress)|where you are coming from|things are|money is|times are|you are (?:going through|in a|dealing|struggling|frustrated|upset|worried|stressed|having)|how (?:hard|difficult|tough|stressful|frustrating))`,
      r`\b(?:we|i) (?:want|would like|am here|are here|are going) to help(?: you)?\b`,
      r`\b(?:let us|let me|we can|we will|i will) (?:work together|see what (?:we|i) can (?:do|work out|figure out|come up with|arrange)|figure (?:this|something|it) out|work (?:this|something|it) out|see what (?:we|i) can do|find (?:a way|something|a solution|an option) that works)\b`,
      r`\bthank(?:s| you)(?: so much)? for (?:sharing|being (?:so )?(?:honest|open|upfront|up front|straight|candid|transparent|patient|understanding)|your (?:honesty|patience|understanding)|telling me (?:that|about|this)|explaining)`,
      r`\b(?:i|we) appreciate (?:you (?:sharing|being|telling|letting|explaining)|your (?:honesty|openness|patience|candor|candour|understanding))`,
      r`\b(?:sorry for your loss|my condolences|my deepest sympathies|my sympathies)\b`,
      r`\bno (?:need to|reason to) (?:apologi[sz]e|be embarrassed|feel bad|worry)\b`,
      r`\b(?:i|we) (?:know|realize|realise|recognize|recognise|get) (?:that )?(?:this|that|it|money|things|times|life) (?:is|are|can be|has been|have been|must be|gets) (?:hard|difficult|tough|stressful|tight|a lot|rough|overwhelming)`,
      r`\b(?:many|lots of|a lot of|plenty of) (?:people|folks|customers|families) (?:are|have been|go through|are going through|find themselves|struggle)\b`,
      r`\b(?:take (?:your|all the) time you need|there is no rush|no pressure)\b`,
      r`\bthat is (?:awful|terrible|horrible|rough|tough|hard|a lot to deal with|so hard|heartbreaking|devastating)\b`,
      r`\b(?:that is|it is|that is completely|that is totally) (?:understandable|completely understandable|totally understandable|perfectly understandable)\b`,
      r`\bi (?:am|was) (?:sorry|sad|saddened) (?:to hear|to learn)\b`,
      r`\bi can (?:hear|see|tell|only imagine|understand) (?:how|that|this|it)\b ${gap(3)}(?:stressful|hard|difficult|tough|frustrating|upsetting|worrying|worried|stressed|overwhelming|overwhelmed|upset|scary|painful|weighing on you|a lot)\b`,
      r`\b(?:i know|i understand|i realize|i realise|i get (?:it|that)|i appreciate (?:that)?)(?:,)? (?:that )?(?:it|this|that|these (?:calls|conversations)|talking about (?:this|money|it)) (?:is|are|can be|must be) not (?:easy|fun|pleasant|comfortable)\b`,
      r`\b(?:nobody|no one) (?:plans (?:for|on)|expects|asks for|wants to be in)\b`,
      r`\b(?:it|that|this) (?:happens|can happen|could happen) to (?:the best of us|a lot of (?:people|folks)|anyone|anybody|everyone|everybody|many (?:people|folks))\b`,
      r`\b(?:these are|these have been|it is|it has been|we are (?:all )?(?:in|living in|going through)) (?:such |very )?(?:hard|tough|difficult|rough|trying|uncertain|challenging|crazy|strange) (?:times|days|months)\b`,
      r`\b(?:tight|tough|hard|rough|difficult|stressful) (?:for|on) (?:a lot of|many|lots of|so many|plenty of) (?:people|folks|families)\b`,
      // Feeling named and reassurance given: "I can hear how angry you are", "it sounds like he put
      // you in a really hard spot", "please don't worry about that part", "I've been there myself".
      r`\bi can (?:hear|see|tell) (?:how|that you are|you are) (?:so |really |very )?(?:angry|upset|frustrated|stressed|worried|scared|afraid|anxious|overwhelmed|hurt|embarrassed|tired|exhausted)\b|\bit sounds like (?:he|she|they|you|this|that|it)\b[^.!?]{0,40}\b(?:hard|tough|difficult|rough|stressful|awful|terrible|frustrating|scary|spot|position|situation|a lot)\b`,
      r`\b(?:scared?|worry|panic|afraid|stress)\b(?<=\b(?:do not|try not to|no need to) (?:be )?(?:scared?|worry|panic|afraid|stress))(?! about (?:the|that|this) (?:fee|interest|payment|date|form|paperwork)\b)|\bi (?:am|'m) not here to (?:make you feel bad|judge you|shame you|lecture you|hurt you|upset you|scare you)\b|\b(?:i have|i've) been (?:there|in your shoes)(?: myself)?\b|\b(?:happened to|done that|did that) (?:once )?myself\b`,
    ],
  },
  {
    act: 'active_listening',
    speaker: 'agent',
    patterns: [
      r`\b(?:so )?(?:what )?i am hearing (?:is|you say)\b`,
      r`\bif i (?:understand|understood|heard|hear|am hearing) (?:you )?(?:correctly|right)\b`,
      r`\b(?:let me|i want to|i would like to|want to) make sure i (?:understand|understood|have (?:got )?(?:this|that|it|everything) right|heard|got (?:that|it|this|everything) right|have the (?:right|correct))\b`,
      r`\b(?:so )?you are saying\b`,
      r`\bwhat you are saying is\b`,
      r`\b(?:it )?sounds like (?:you|your)\b(?! (?:are lying|are making excuses))`,
      r`\byou (?:mentioned|indicated|stated) (?:that|earlier|before|you|your)\b`,
      r`\bcorrect me if i am wrong\b`,
      r`\bto (?:clarify|be clear|make sure i understand|make sure i have (?:this|that|it) right)\b`,
      r`\bi hear (?:you|what you are saying)\b`,
      r`\bthat makes (?:sense|total sense|complete sense|perfect sense)\b`,
      r`\bso (?:you|your) (?:lost|were laid off|got laid off|have been|had|recently|moved|got|were|have|cannot|would prefer|would rather|would like)\b`,
      r`\b(?:let me|i will|i'll) (?:repeat|read) (?:that|this|it|what you said) back\b`,
      r`\b(?:can|could) you (?:tell me|explain) (?:a (?:little|bit) )?more (?:about|on)\b`,
      r`\b(?:help me understand|walk me through what happened)\b`,
    ],
  },
  {
    act: 'ack',
    speaker: 'agent',
    patterns: [
      r`(?:^|[.!?,] )(?:okay,? |alright,? |all right,? |sure,? |yes,? )?(?:i )?understood\b`,
      r`\bi (?:completely |totally |fully |do )?understand(?:[.,!;]|$| (?:that you|you have|you are represented|you would like|you want|you do not want|your request|and)\b)`,
      r`\bi (?:will|am going to|shall|can|have|am|will go ahead and|am going to go ahead and) (?:make a |put a |add a |place a )?(?:note|noted|document|documented|record|recorded|log|logged|mark|marked|flag|flagged|update|updated|annotate)(?: of)? (?:that|this|it|your|the account|the file|on the account|in the (?:account|file|system|notes))\b(?![^.?!]{0,20}\bas (?:a )?(?:refus\w*|unwilling|uncooperative|no payment|non-?payment|not paying|rtp)\b)`,
      r`\b(?:i have|i've|it is|that is|duly|your request is|that has been) (?:made a )?(?:noted|documented|recorded|logged)\b`,
      r`(?:^|[.!?,] )noted\b`,
      r`\bi get it\b`,
      r`\bgot it\b`,
      r`\bthank(?:s| you) for (?:letting me know|telling me|the information|that information|informing me|the heads up)\b`,
      r`(?:^|[.!?,] )(?:okay,? |oh,? |ah,? )?i see(?:[.,!?]|$)`,
      r`\bi (?:will|am going to) (?:make a note|note that|note it|take note)\b`,
    ],
  },
  {
    act: 'offer_payment_plan',
    speaker: 'agent',
    negatable: true,
    patterns: [
      // "What about splitting it? A hundred now and a hundred on the 15th.": the sum offered in parts.
      r`\b(?:what about|how about|why do not we (?:try )?|we could (?:try )?|could we (?:try )?)(?:splitting|breaking|spreading) (?:it|that|this|the (?:balance|payment|amount))(?: up| out| in (?:two|half|three))?\b|\b(?:${AMT}|${SUM_WORDS}) (?:now|today) and (?:${AMT}|${SUM_WORDS}|the (?:rest|other half)) (?:on|by|next|in|at)\b`,
      // "He can call us and we'll set up something monthly."
      r`\b(?:set (?:you |him |her |them )?up|do|work out) (?:with )?(?:something|a little something|an arrangement|a schedule) (?:monthly|every month|each month|weekly|biweekly|every (?:two weeks|other week|payday))\b`,
      // "We can totally set her up on a plan."
      r`\b(?:set|get|put) (?:her|him|them|you) (?:up )?on (?:a |the |an )?(?:payment |monthly |easy )?(?:plan|arrangement)\b`,
      // "I can do $200 today and set the rest up monthly."
      r`\bset (?:the rest|the remainder|the balance|the remaining balance|what is left|it) up (?:monthly|in (?:monthly )?payments|on (?:a |monthly )?(?:plan|payments|installments))\b`,
      // "I can split it, say a hundred today and the rest next month."
      r`\b(?:i|we) (?:can|could) (?:split|break) (?:it|that|this|the (?:balance|amount|payment|total))(?: up| down| in two| into (?:two|three|four|\w+) (?:payments|parts))?\b(?! (?:with|between) )`,
      r`\b(?:today|now|this (?:week|friday|month)) and the (?:rest|remainder|balance) (?:next (?:week|month|friday)|on (?:the )?\w+|by (?:the )?\w+|in (?:two|a couple of) weeks)\b`,
      r`\bpayment (?:plans?|arrangements?|schedules?|agreements?|programs?|options?)\b`,
      r`\b(?:installments?|instalments?)\b(?! (?:loan|contract|account|agreement|note|lender|lending|credit|balance)\b| (?:for|on) (?:the|your|a) (?:phone|device|handset|car|vehicle|equipment|tv|laptop)\b)`,
      r`\b(?:set up|setting up|arrange|do|start|put you on|get you on|work out|offer(?: you)?|set you up (?:on|with)|get you set up (?:on|with)|enroll you in|look at) (?:a |an |some )?(?:plan|arrangement|payment plan|monthly payments?|installments|smaller payments|a few payments|payments|a schedule|monthly plan)\b`,
      r`\b(?:break|split|spread|divide|stretch|breaking|splitting|spreading|stretching)(?: up| out)? (?:it|this|that|the balance|the (?:total|amount|debt|payments?)|things|__amount__|the rest)(?: up| out| down)? ?(?:into|over|across|in)\b`,
      r`\bbreak (?:it|that|this) (?:up|down)\b`,
      r`\b(?:split|spread|stretch|splitting|spreading|stretching) (?:it|that|this|the balance|things|the payments?) (?:up|out)\b`,
      r`\b(?:payments?|installments?|amounts?) (?:every|each) (?:two weeks|other week|week|month|paycheck|pay ?day|${DAYS})\b`,
      r`\bmonth[- ]to[- ]month\b`,
      r`\b(?:half|part|some|${AMT}) (?:now|today|this (?:week|month)),? (?:and|then) (?:the )?(?:other half|half|rest|remainder|balance|${AMT})\b`,
      r`\b(?:smaller|small|monthly|weekly|manageable|bite-sized|bite sized) (?:chunks|pieces|amounts|bits|portions)\b`,
      r`\b(?:of|on the \w+ of) (?:each|every) (?:month|week)\b`,
      r`\b(?:monthly|weekly|bi-?weekly|biweekly|every two weeks|smaller|small|partial|manageable|affordable|lower|equal|regular|fixed) (?:payments|installments|instalments|arrangements?|plans?)\b`,
      // Not a charge told back: "It shows four months at $104.50 a month", "the rental was $89 a month".
      r`\b${AMT} (?:a|per|each|every) (?:other )?(?:month|week|paycheck|pay ?day|two weeks|fortnight|pay period|${DAYS})\b(?<!\b(?:(?:months|weeks) at|was|were|billed|charged|billed at|charged at|rented at|rent was|it cost|cost you|costs) ${AMT} (?:a|per|each|every) (?:other )?\w+)`,
      r`\b${SUM_WORDS}(?: dollars| bucks)? (?:a|per|each|every) (?:other )?(?:month|week|paycheck|pay ?day|two weeks|fortnight|pay period)\b`,
      r`\bpay(?:ing)? (?:it |that |this |the balance )?(?:off |down )?(?:over|across) (?:time|the next|a few|several|\d+|__number__|six|three|twelve|two|four|five|\w+ (?:months|weeks|payments))\b`,
      r`\b(?:a few|several|two|three|four|five|six|twelve|\d+) (?:monthly |smaller |equal )?(?:installments|instalments|payments) (?:of|over)\b`,
      r`\b(?:plan|arrangement) (?:that|which) (?:works|fits|you can afford)\b`,
      r`\b(?:start|starting|begin|beginning) with (?:a )?(?:small|smaller|partial|down|good faith|first) (?:payment|amount)\b`,
      r`\b(?:pay|paying) (?:a little|something|some) (?:each|every|a) (?:month|week|paycheck)\b`,
    ],
  },
  {
    act: 'offer_settlement',
    speaker: 'agent',
    negatable: true,
    patterns: [
      // "I've got authority this week to close this out at $3,500": a sum that closes the account, offered.
      r`\b(?:authority|authori[sz]ed|approval|approved|able|allowed)(?: this week| today| right now| until \w+)? to (?:close|settle|clear|resolve|wrap) (?:it|this|that|the (?:account|balance|whole thing))(?: out| up| off)? (?:at|for) (?:__amount__|__percent__)`,
      // "If you can do three hundred I'll zero this whole thing out": a sum that ends the whole debt.
      r`\bif you (?:can |could )?(?:do|pay|send|come up with|get (?:me )?to|swing|manage) (?:__amount__|__percent__|${SUM_WORDS})\b[^?!]{0,40}\b(?:i|we) (?:will|can|would|could) (?:zero|wipe|clear|close|settle|resolve|write) (?:this|the|that|your|it)(?: whole)?(?: thing| account| balance| debt)?(?: out| off)?\b`,
      // "$300 on the 25th resolves the Lone Star balance of $620": the smaller sum read back as closing the larger.
      r`\b__amount__\b[^.?!]{0,40}\b(?:resolves|settles|closes out|clears|takes care of|satisfies) (?:the|your|this)(?: [a-z]+){0,3} (?:balance|account|debt) of __amount__`,
      // "Best I'm able to do is $1,900, one time, and that closes it out": the lowest sum, offered.
      r`\b(?:the )?(?:best|lowest) (?:i|we) (?:can|could|am able to|are able to|have been able to) (?:do|go|offer(?: you)?|get you)(?: on (?:this|it))? is (?:__amount__|__percent__)(?![^.?!]{0,20}\b(?:a|per|each|every) (?:month|week)\b| (?:monthly|weekly)\b)`,
      // "Fifty percent. Fifteen ninety and it's done.": a smaller sum that ends the account.
      r`(?:^|[.!?:] )(?:just |only )?(?:__amount__|${SUM_WORDS}|${SPOKEN_SUM})(?: dollars| bucks)?,? and (?:it is|that is|we are|you are|the account is|this is) (?:done|over|closed|settled|finished|gone)\b`,
      // "The best I'm authorized for is right around $1,880 today": the floor of a settlement, offered.
      r`\bthe (?:best|lowest|least|most) (?:i am|we are|i have been|we have been) (?:authorized|authorised|approved|allowed|able) (?:for|to (?:do|go|offer|take|accept|settle for))? ?(?:on (?:this|it) )?is (?:right )?(?:around |about |roughly |just )?__amount__`,
      // "Twelve hundred, today, and I'll settle the whole thing.": a sum that ends the account.
      r`\b(?:i will|i can|we will|we can) (?:settle|close out|clear|resolve) (?:the whole thing|the (?:whole )?(?:account|balance)|it all|everything)\b`,
      // "If you can do it today I'll knock off the late stuff and call it $470", "What I can do is the $470 if we do it right now": a smaller sum for now.
      r`\b(?:i will|i can|we will|we can|let us|let me)\b[^.?!]{0,40}\b(?:and )?(?:just )?call it __amount__\b|\bwhat (?:i|we) can do is (?:the )?__amount__ if (?:we|you) (?:do|pay|get|take care of) (?:it|this)(?: right)? (?:now|today|tonight)\b`,
      // "I can do $1,300 and close it out, but that's today only": a sum that closes the account.
      r`\b(?:i|we) can (?:do|take|accept) __amount__ (?:and|to) (?:close|settle|clear|wrap) (?:it|this|that|the (?:account|balance|whole thing))(?: out| up| off)?\b`,
      // "If he calls before Friday there's a half-off deal waiting for him": a discount on the balance, offered.
      r`\b(?:half|__percent__|\d{1,2}(?: percent)?|(?:ten|twenty|thirty|forty|fifty|sixty|seventy) percent)[- ]off (?:deal|offer|discount|settlement|special)\b|\b(?:deal|offer|discount) (?:of|for) (?:half|__percent__) off\b`,
      // "If you settle directly with me today, I can do $1,900.00."
      r`\bif you (?:settle|pay it off|close it out)\b[^.?!]{0,40}\b(?:i|we) can (?:do|take|accept|go (?:down )?to|offer(?: you)?) __amount__`,
      // "I can do $2,955.00, that's half, but it's today only": a sum offered as a share of the balance.
      r`\b(?:i|we) can (?:do|take|accept|go (?:down )?to) __amount__,? (?:that is|which is|that's) (?:half|a third|a quarter|__percent__|\w+ percent)\b(?! (?:of )?(?:the|your) (?:monthly|payment))`,
      // "Okay, $1,000 even is approved": the consumer's lower figure accepted.
      r`__amount__ (?:even |flat )?(?:is|has been|was|got) (?:approved|accepted|okayed|authorized)\b`,
      // "I can knock it down to about $1,100 if you can do it today": a lower payoff offered.
      r`\b(?:i|we) (?:can|could|will|am able to|are able to) (?:knock|bring|get|drop|take|cut) (?:it|that|this|the (?:balance|amount|total)) (?:all the way )?down to (?:about |around |just |only )?(?:__amount__|[a-z]+(?:[- ][a-z]+)? (?:hundred|thousand)\b|\d[\d,.]*)`,
      // "Let's do an even fifty percent": a share of the balance proposed is a settlement.
      r`\b(?:let us|i can|we can|i could|we could|how about|i will|we will) (?:do|go with|go to|take|accept|approve) (?:an? )?(?:even |flat |straight |clean )?__percent__\b`,
      r`\bsettle(?:d)? (?:the |this |your |that )?(?:account |balance |debt |it |the account |the balance |the debt )?(?:for|at) (?:${AMT}|__percent__|less|a (?:reduced|lower|lesser|discounted|smaller) (?:amount|sum|balance)|a fraction|half|only|a portion)\b`,
      // Not "if you've got that settlement letter" (one the consumer already has, from a deal made before).
      r`(?<!\b(?:that|your|their|his|her) )(?<!\b(?:summary|copy|details|terms|letter|paperwork|confirmation) of the )\bsettlements?(?! authority)(?!(?<=\bthe settlement) (?:letter|paperwork|confirmation)s?\b)\b|\b(?:that|your|their|his|her) settlements?(?! authority| letters?)\b`,
      r`\b(?:offer|give|extend|do|provide|approve|get) (?:you )?(?:a |an )?(?:discount|reduction|one[- ]time (?:offer|settlement|discount|payment option)|lump[- ]sum (?:offer|settlement|discount|option)|reduced (?:payoff|balance|amount))\b`,
      r`\blump[- ]sum\b`,
      r`\b(?:reduce|reduced|lower|lowered|knock|knocked|take|taking|bring|brought|drop|dropped|discount|discounted|cut)(?: the| your| this)?(?: balance| amount| total| it| that| debt| what you owe)?(?: down| off)? (?:to|by) (?:${AMT}|__percent__|half)\b`,
      r`\b(?:__percent__|${AMT}) off (?:the|your|of)?\b`,
      r`\b(?:knock|take|shave|cut|discount|knocking|taking) (?:off (?:__percent__|${AMT}|half)|(?:__percent__|${AMT}|half) off)\b`,
      r`\b(?:accept|take|close (?:it|this|that|the account|your account|this account|the balance|the whole thing|the whole account|everything) (?:out )?for|resolve (?:it|this|the account|your account) for|call it (?:even|settled|done) (?:at|for)) (?:${AMT}|__percent__|less|a reduced|a lower|half)\b`,
      r`\b__percent__ of (?:the|your) (?:balance|total|debt|amount|full balance)\b`,
      // "The client would take four thousand to close this out": a sum said in words, taken to close the account.
      r`\b(?:accept|take|settle for) (?:${SUM_WORDS}|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) thousand(?: (?:and )?${SUM_WORDS})?) (?:even |flat )?(?:to (?:close|settle|resolve|clear) (?:it|this|that|the (?:account|balance|debt))(?: out)?|(?:as|for) (?:a |the )?(?:settlement|payoff)|in full)\b`,
      r`\b(?:waive|waived|forgive|forgiven|write off|written off|wipe out|wiped out|drop|dropped) (?:the )?(?:rest|remainder|remaining|difference|remaining balance)\b`,
      r`\b(?:discounted|reduced) (?:payoff|balance|amount|offer|settlement|total)\b`,
      r`\bsettled in full\b`,
      r`\bif you (?:can )?(?:pay|do|send|come up with) ${AMT}\b[^.?!]{0,40}?\b(?:we will|we can|i will|i can|they will|the creditor will) (?:close|settle|resolve|consider|call|mark|wipe|waive)\b`,
      r`\b(?:cut|reduce|bring down|knock down|lower|slash) (?:the |your |this )?(?:balance|amount|debt|total|it|that|what you owe) (?:down )?(?:(?:almost|nearly|about|roughly|close to) )?(?:in half|by half)\b`,
      r`\b(?:call|consider|mark) (?:it|this|that|the account|the debt|your account) (?:settled|even|square|resolved|closed|paid in full)\b`,
      r`\bconsidered (?:paid|settled|resolved) in full\b`,
      r`\bhalf (?:of )?(?:the|your|what you owe)(?: balance| total)?\b`,
    ],
  },
  {
    act: 'secure_commitment',
    speaker: 'agent',
    // "Tomorrow at noon, on this number. Does that work?", "One o'clock your time today, to this number": a call booked, with no payment in it.
    unless: [r`^(?![\s\S]*\b(?:pay\w*|__amount__|card|bank|checking|savings|settle\w*|plan|instal\w*|balance|debit|credit|money)\b)[\s\S]*\b(?:(?:on|at|to) this number|call you|called you|calling you|reach you|call back|callback|give you a call|try you again|(?:put|have|got) you down for (?:a call|a callback|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight))\b`],
    patterns: [
      // "You write a check for the eight-sixty, date it March twenty-fourth, and mail it to us today": the payment told how to make.
      r`(?:^|[.!?:] |\b(?:so|okay|here is what we will do|what we will do is),? )(?:you )?(?:just )?(?:write|make out|mail|send|drop off) (?:us |me )?(?:a |the |that )?(?:check|money order|cashier'?s check)\b(?=[^.?!]{0,60}\b(?:today|tomorrow|this week|date it|mail it|send it|by)\b)`,
      // "Can we get a date on that real quick?": a day to pay asked for.
      r`\b(?:can|could) (?:we|i) (?:get|set|put|pick|lock in) (?:a|the) (?:payment )?(?:date|day) (?:on|for) (?:that|this|it|the (?:balance|payment|bill))\b`,
      // "Can you do half, four thirty-two, by tomorrow?": a share or a sum asked for by a day.
      r`\b(?:can|could|would|will) you (?:do|swing|manage|handle|cover|pay|send) (?:half|a third|a quarter|part of it|some of it|__amount__|__percent__|${SUM_WORDS}|${SPOKEN_SUM})\b[^.?!]{0,30}\b(?:today|tomorrow|tonight|now|this week|by (?:the )?(?:end of (?:the )?(?:day|week)|${DAYS}|__date__|\d{1,2}(?:st|nd|rd|th)?))\b`,
      // "So what about two hundred? … Just put it on a card.", "Fifty dollars. Just fifty today.": a smaller sum pressed for.
      r`(?:^|[.!?] )(?:okay,? |so,? |well,? )*what about (?:__amount__|${SUM_WORDS}|${SPOKEN_SUM}|half)\?|(?:^|[.!?] )(?:just |only )?(?:__amount__|${SUM_WORDS})(?: dollars| bucks)? (?:today|now|tonight|right now)\b|\bjust (?:put|charge|throw) it on (?:a|your|the) (?:credit )?card\b`,
      // "If we could just set something small up today, even fifty dollars …": a payment asked for, softly.
      r`\bif (?:we|you|i) (?:could|can) (?:just |maybe )?(?:set|get|put) (?:something|a (?:small |little )?(?:payment|plan|arrangement)|anything)(?: small| little)? (?:up|going|in place|down|started)\b[^.?!]{0,20}\b(?:today|now|tonight|this week|right now)\b`,
      // "Put three hundred down today and I can take it off her plate": a sum asked for now.
      r`\b(?:put|throw|send|get) (?:__amount__|${SUM_WORDS}(?: dollars| bucks)?) down (?:on it )?(?:today|now|tonight|right now|this week)\b`,
      // "What I can do tonight is set up something small, like fifty"; "Okay, $50 Friday, April 3rd. What card?": a payment set up.
      r`\b(?:set (?:you )?up|get (?:you )?(?:set up|started)(?: with)?|start (?:you )?(?:with|on)|take) (?:something|a (?:little |small )?(?:something|payment)) (?:small|little)?,? ?(?:like |say |maybe |of |for )?(?:__amount__|${SUM_WORDS})\b|(?:^|[.!?] )(?:okay,? |and |so,? )?(?:what|which) (?:card|account)(?: (?:would you like to|do you want to|will you|are we) (?:use|using))?\?`,
      // "Any chance you could do part of it now, though?": a payment pressed for now.
      r`\bany chance (?:you could|you can|you might be able to|you would be able to) (?:do|pay|put|send|make|swing)\b[^.?!]{0,30}\b(?:now|today|tonight|this (?:morning|afternoon|evening|week))\b`,
      // "Can we get at least fifty on it this week?", "get a payment started": a payment asked for now.
      r`\b(?:can|could|if) (?:we|i|you)(?: could| can)? (?:get|do|put|send|make|swing) (?:at least |even |maybe |just )?(?:__amount__|${SUM_WORDS}(?: dollars| bucks)?) (?:on|toward|towards|down on|against) (?:it|this|that|the (?:balance|account|bill))\b|\bget (?:a|the|your) payments? (?:started|going|set up|scheduled)\b`,
      // "If you wanted to knock it out with a card right now, it's done": paying now, put as the consumer's wish.
      r`\bif you (?:want(?:ed)?|would like|wanted|wish(?:ed)?) to (?:knock (?:it|this|that) out|take care of (?:it|this|that)|pay (?:it|this|that)(?: off)?|get (?:it|this|that) (?:done|paid|handled)|clear (?:it|this|that)(?: up)?|wrap (?:it|this|that) up|settle (?:it|this|that))\b[^.?!]{0,40}\b(?:today|right now|now|tonight|with (?:a|your|the) (?:card|debit card|credit card|checking(?: account)?|bank account))\b`,
      // "Do you have a credit card you could put it on?", "Even twenty dollars, as a good-faith payment … Can we do that?"
      r`\bdo you have (?:a|any|another) (?:credit card|debit card|card|checking account|bank account|savings account)(?: that)? you (?:could|can|might|would) (?:put|charge|use|run) (?:it|this|that|some of (?:it|this)|something|a payment)(?: on| for| with)?\b|\b__amount__,? as (?:a|your) good[- ]faith (?:payment|gesture|amount|deposit)\b`,
      // "Honestly it's simpler if you and I just knock out something small today, say $200": a payment asked for now.
      // "Can you at least do forty by Friday?": a sum in words, asked for by a day.
      r`\b(?:can|could|would|will) you (?:at least |just |maybe |even |still )?(?:do|send|pay|manage|swing|put down|make|get us|have) (?:like |about |maybe |even |at least )?(?:${AMT}|${SUM_WORDS})(?: dollars| bucks)? (?:by|on|this|next|before) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the \d{1,2}(?:st|nd|rd|th)?|the (?:first|fifteenth|end of)|__date__|payday|tomorrow|week|month)\b|\b(?:can|could|would|will) you (?:at least |just |maybe |even |still )?(?:do|send|pay|manage|swing|put down|make) (?:like |about |maybe |even |at least )?${SUM_WORDS}(?: dollars| bucks)? (?:today|tomorrow|tonight|right now)\b`,
      // "If you can put something on a debit card today, even fifty dollars …", "Fifty dollars. Do you have a card handy?",
      // "If we can just lock in something today, even fifty dollars", "have you got a debit card on you?",
      // "Were you wanting to put that on a debit or credit card today?", "Even fifty dollars today shows good faith", "Card number?"
      // "If we get even a partial payment going, it looks a whole lot better."
      r`\bif (?:we|you) (?:can )?(?:get|set up|start) (?:even )?(?:a |some )?(?:partial |small )?(?:payment|payments|something) (?:going|started|set up|on the books)\b`,
      r`\b(?:were|are|would|did) you (?:wanting|want|like|looking|planning) to put (?:that|it|this|something|the (?:balance|payment)) on (?:a|your|the) (?:debit|credit|card)\b|(?:^|[.!?] )(?:even )?(?:__amount__|${SUM_WORDS}(?: dollars| bucks)) (?:today|now|tonight|this week) (?:shows|would show|will show|gets|keeps|holds|stops)\b|(?:^|[.!?] )(?:and )?(?:the |your )?(?:card|debit card|credit card) number\?`,
      r`\bif (?:you|we) (?:can|could) (?:just )?(?:put|do|pay|send|get|make|lock in|lock down|knock out|set up) (?:something|anything|a little|some|__amount__|a payment|a small payment|half(?: of it)?|part of it|a piece of it)\b[^.?!]{0,30}\b(?:today|now|tonight|(?:on|with) (?:a|your|the) (?:debit |credit )?card)\b|\b(?:do you have|have you got|you got|do you got) (?:a|your|the) (?:card|debit card|credit card|checkbook|check book|bank (?:card|info\w*))(?: number)? (?:handy|on you|with you|nearby|available|in front of you|ready)\b`,
      // "Sure, a one-time bank draft. What date?": the payment's day asked for.
      r`\b(?:draft|debit|payment|charge|transfer)[.,]? (?:and )?(?:what|which) (?:date|day)(?: (?:works|is good|would work|would you like|do you want))?(?: for (?:it|that|you))?\?`,
      // "Let's say two-fifty this Friday, the fourteenth.": a sum and a day put to the consumer.
      r`\blet us (?:say|do|make it|go with|put down) (?:${AMT}|${SUM_WORDS}|(?:one|two|three|four|five|six|seven|eight|nine)[- ](?:fifty|twenty(?:-five)?|seventy(?:-five)?|forty|thirty|sixty|eighty|ninety|ten|fifteen))(?: dollars| bucks)? (?:on |by |this |next )?(?:today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)?|__date__|payday)\b`,
      // "You don't have to write anything down, just read me the card.": the payment taken now.
      r`\b(?<!\b(?:do not|don'?t|never|no need to) )(?:just )?read me (?:the|your) (?:card|card number|numbers?|routing number|account number|routing and account numbers?)\b`,
      // "Can you get it in the mail by Monday the 11th?", "Let's start with the hundred.": the payment's day or sum set.
      r`\b(?:can|could|will) you (?:get|have|put|drop) (?:it|that|the (?:check|payment|money order)) in the mail (?:by|on|before|today|tomorrow)\b|\blet us start with (?:the )?(?:__amount__|${SUM_WORDS}|a hundred)\b`,
      // "So let's just knock out like a hundred today": a sum asked for now.
      r`\b(?:you and i|we|let us) (?:just )?(?:knock out|take care of|set up|do|get|put down) (?:something (?:small |little |quick )?|(?:like |about |maybe |say |even )?(?:__amount__|a hundred|(?:one|two|three|four|five) hundred|fifty|seventy-five|twenty-five|(?:a |some )?(?:small |little )?(?:payment|piece|chunk|part))(?: dollars| bucks)? )(?:today|now|right now|tonight)\b`,
      // "Just a card number and I'll let you go": the payment asked for as the price of hanging up.
      r`\b(?:a|your|the) (?:card|debit card|credit card|card number|account number|routing number|bank account|date|amount|payment date|payment amount)(?: number)?(?: and (?:a|an|the|your) (?:amount|date|card|card number))? and (?:i will|we will|we are|you are|i can|we can) (?:let you go|be done|all done|get off|hang up|leave you alone)\b`,
      // "If you could get even the April payment in, $389, that keeps it off the list."
      r`\bif you (?:could|can|would) (?:just )?(?:get|make|send|put|squeeze) (?:even |just )?(?:the|a|one|that|this|your) (?:[a-z]+ )?payment (?:in|through|out|made)\b`,
      // "What I need to know is how you want to handle the $11,902 tonight."
      r`\bhow (?:do )?you (?:want|would like|plan|intend|are going) to (?:handle|take care of|resolve|pay|clear) (?:the |this |that |your )?(?:__amount__|balance|bill|account|debt)(?: \w+)? (?:today|tonight|right now|now)\b`,
      // "Were you looking to put anything toward it tonight?": a payment asked for now.
      r`\b(?:were|are|was) you (?:looking|able|wanting|hoping|planning) to (?:put|pay|send|do) (?:anything|something|a little|a bit|any amount|some) (?:toward|towards|on|down on|at)\b`,
      // "All I need from you is a date for a payment. Even a small one.": the commitment asked for.
      r`\ball (?:i|we) need (?:from you |you to give me )?is (?:a|the|your) (?:date|day|amount|card|payment date|commitment)(?: for (?:a|the|your|that) payment)?\b`,
      // "You're going to write me a check today for $600, dated June 1st, and mail it in."
      r`\byou are going to (?:write|send|mail|give|drop off) (?:me|us) (?:a |the )?(?:check|payment|money order|cashier'?s check)\b`,
      // "If we could get even a good-faith payment today, like fifty dollars, that would really help your account."
      r`\b(?:if (?:we|i) (?:can|could) get |could (?:we|i|you) (?:get|do|make) )?(?:even )?(?:a |some )good[- ]faith (?:payment|amount|deposit)\b(?=[^.?!]{0,30}\b(?:today|now|tonight|right now|this week|__amount__)\b)`,
      // "Just give me an amount and a date and I'll let you go.", "Fifty when?"
      r`\b(?:i|we) (?:just |only )?need (?:an|a|the) (?:amount|number|figure|date|day)(?: and (?:an|a|the) (?:date|day|amount|figure|number))? (?:from you|for (?:the |a |your )?payment)\b`,
      r`\b(?:just )?give me (?:an|a|the) (?:amount|number|figure|date|day)(?: and (?:a|the) (?:date|day|amount))?\b|^(?:__amount__|${SUM_WORDS}|\w+ (?:dollars|bucks)) when\?`,
      // "Right, three checks of $380. What dates?": the sum set, the days asked for.
      r`__amount__[^.?!]{0,40}[.,!] (?:so )?(?:what|which) (?:days?|dates?)(?: (?:works?|would you like|do you want|are good|is good|for (?:them|those|each)))?\?`,
      // "What if we did fifty today and fifty next month?", "Even a hundred dollars today would show good faith."
      r`\bwhat if (?:we|you) (?:did|do|made|make|put|paid|pay|set up) (?:__amount__|${SUM_WORDS}|a hundred|\d+)\b|\beven (?:__amount__|a hundred(?: dollars| bucks)?|${SUM_WORDS} (?:dollars|bucks)) (?:today|now|tonight|this week) (?:would|will|could) (?:show|help|go|make)\b`,
      // "Could we maybe start with something small, like $100?"
      r`\b(?:could|can|would|shall) we (?:just )?(?:start|begin) (?:off )?(?:with|at) (?:something|a little|__amount__|a small|a (?:little|small) (?:amount|payment))\b`,
      // "Our system still shows the two sixty five open so what I can do is take that today on a card."
      r`\b(?:what )?(?:i|we) (?:can|could) do is (?:take|run|process|put through|charge) (?:that|it|this|the (?:balance|full amount|amount|whole thing)) (?:today|now|right now|tonight)\b`,
      // "You write me three checks today, $325 each, and date them the 20th": the checks asked for.
      r`\b(?:you )?(?:write|send|mail) (?:me|us) (?:a|one|two|three|four|five|six|\d+|a few|some|the) (?:post-?dated )?(?:checks?|money orders?)\b`,
      // "If we can just set something up, even fifty dollars, then I won't have to keep calling you."
      r`\bif (?:we|you) (?:can|could) (?:set|get) (?:something|a (?:payment|plan|little something)) (?:up|going|started|scheduled)\b(?=[^.?!]{0,30}(?:__amount__|\bpayment\b))`,
      // "Absolutely. $312.48 today. Debit card?": the sum, the day, and the way asked for.
      r`__amount__ (?:today|tomorrow|now|right now|on (?:the )?\w+)[.,]? (?:on |by |with |from )?(?:a |your |the )?(?:debit card|debit|credit card|card|checking|bank account|savings)\?`,
      // "Fifty dollars today.": the sum and the day the agent sets.
      r`^(?:(?:okay|ok|so|then|alright|fine)[,.]? )?__amount__ (?:today|tonight|tomorrow|right now|now)[.!]`,
      // "If you wanted to knock this one out directly with me, I could do five thousand today.": a sum offered to close it now.
      r`\b(?:i|we) (?:could|can) (?:do|take|accept) (?:__amount__|${SUM_WORDS}(?: dollars| bucks)?|(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:thousand|grand))(?: even| flat)?,? (?:today|tonight|right now|now)\b`,
      // "You want to do three-oh-six today?": a sum put to the consumer for now.
      r`\b(?:do )?you want to (?:do|pay|put down|send|knock out) (?:__amount__|\$?\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+){0,3})(?: dollars| bucks)? (?:today|tonight|now|right now|this (?:week|friday))\?`,
      // "I'm not hanging up without something. What's it going to be?": a payment demanded before the call ends.
      r`\b(?:not|never) (?:hanging up|letting you go|getting off (?:the|this) (?:phone|call)|ending (?:this|the) call) (?:without|until (?:i|we) (?:get|have)) (?:something|a (?:payment|commitment|date|number|promise|figure))\b`,
      // "Make it out to Cedar Hollow Collections for $275.00 … and mail it to PO Box 1187": how to pay the sum agreed.
      r`\bmake (?:it|the (?:check|money order|cheque)|them) (?:out |payable )?(?:to|payable to) [^.?!]{1,60}? for __amount__`,
      // "Can we get something going today, even a hundred?": a payment asked for now.
      r`\b(?:can|could) (?:we|i|you) (?:get|set up|start|put) (?:something|a payment|a little something|a little) (?:going|started|set up|scheduled|down|on (?:it|this|the account))(?: today| now| tonight| this week)?\b`,
      // "Full three eighty-nine fifty on May 1st. What are we paying with?": the way of paying asked for.
      r`\bwhat (?:are|will|would) (?:we|you) (?:be )?(?:paying|making (?:the|that|this) payment) (?:with|by|from)\b`,
      // "Give me five hundred today and I can hold it.": the sum and the day demanded.
      r`\b(?:just )?(?:give|get|send) (?:me|us) (?:__amount__|(?:\d[\d,.]*|${SUM_WORDS})(?: dollars| bucks)?) (?:today|tonight|tomorrow|right now|now|by (?:friday|monday|tomorrow|tonight|the end of (?:the day|the week)))\b`,
      // "You could just do a quick $200 today and we'd keep it simple."
      r`\byou could (?:just |always )?(?:do|pay|send|put down|make|knock out) (?:a |an )?(?:quick |small |little |easy )?__amount__ (?:payment )?(?:today|now|right now|this week|tonight|tomorrow)\b`,
      // "I can take a card right now": the payment offered to be taken at once.
      r`\b(?:i|we) can (?:take|process|run|put through) (?:a|your|the|that) (?:card|debit card|credit card|payment|card payment)(?: payment)? (?:for you )?(?:right now|now|today|over the phone)\b`,
      // "Could you at least get the May payment in so the plan doesn't get cancelled?": a payment asked for.
      r`\b(?:could|can|would) you (?:at least |just )?(?:get|make|send|put) (?:the|a|your|this|that) (?:[a-z]+ )?payment (?:in|through|out)\b`,
      // "If we set up even fifty dollars today, you won't have to hear from us as much."
      // "What's the card number?", "Go ahead with the card number whenever you're ready": the payment taken now.
      r`\b(?:what is|go ahead with|read me|give me|can i (?:get|have)|i will need|i just need) (?:the |your )?(?:card|debit card|credit card|account|routing|checking account) number\b`,
      // "Want to use a card or your bank account?": the way of paying asked for.
      // Not "if you want to pay by card, there's a fee": a condition told, nothing asked.
      r`\b(?<!\bif you )(?:do you |would you )?(?:want|like|prefer) to (?:use|pay (?:with|by)|put (?:it|that|this) on) (?:a |the |your )?(?:card|debit|credit|bank|checking|savings|visa|mastercard)\b`,
      // "What I can do is take a payment of $150 tonight": a payment proposed for now.
      r`\b(?:i|we) (?:can|could|will|would) (?:do is )?(?:go ahead and )?(?:take|process|run|set up|schedule) (?:a |the |that |your )?payment (?:of |for )?(?:__amount__ )?(?:today|tonight|right now|now|this (?:afternoon|evening|morning))\b`,
      r`\bif (?:we|i|you) (?:can |could )?(?:set up|get|do|put down|take|run|process) (?:even |just |only |at least )?(?:__amount__|something|a (?:little|small) (?:something|payment|amount)|a (?:couple|few) (?:hundred|hundred (?:dollars|bucks)|bucks)|(?:one|two|three|four|five|six|seven|eight|nine) hundred)\b`,
      // A smaller sum proposed: "How about $100 just to get it started?", "Could you at least do fifty bucks?"
      r`\b(?:how about|what about|could you (?:at least |just )?do|can you (?:at least |just )?do|would you do)\s+(?:__amount__|\$?\d[\d,]*(?:\.\d\d)?|${SUM_WORDS} (?:bucks|dollars))(?! (?:a|per|every|each) (?:month|week)\b)\b|\b(?:just )?to get (?:it|this|things|the ball) (?:started|going|rolling|moving)\b`,
      // A sum asked for on a condition: "if you just put $200 down today, … can we do that?"
      r`\bif you (?:can |could |would |wanted to |want to |were to |decided to |chose to )?(?:put|pay|send|do|give|make|get) (?:me |us )?(?:even |just |at least )?(?:__amount__|a (?:little|small) (?:something|payment|amount)|something(?: small)?|a (?:good[- ]faith |small |partial )?payment|(?:a|one|two|three|four|five) hundred(?: dollars| bucks)?|(?:twenty|fifty|seventy[- ]five)(?: dollars| bucks))(?: down)? (?:${NOW}|this (?:week|friday)|by (?:friday|monday|tomorrow))\b`,
      // "Even a small payment tonight would help. Just read me a card number": a payment pressed for now.
      r`\b(?:just )?(?:read|give) me (?:a|your|the) (?:card|debit card|credit card) (?:number|numbers|info)\b|\beven a (?:small|little|partial) payment (?:today|tonight|now|right now)\b`,
      // The way to pay asked for, bare: "Card or bank account?", "Checking or debit?"
      r`(?:^|[.!?] )(?:and )?(?:(?:debit |credit )?card|checking|bank(?: account)?|debit) or (?:(?:a |the )?(?:debit |credit )?card|checking(?: account)?|bank(?: account)?|debit|check)\?`,
      r`\b(?:get|put|have|keep|set up) (?:your|the|a) (?:card|debit card|credit card|bank account|checking account|payment (?:method|information|info|details)) on file\b`,
      // A particular sum put to the consumer for a yes: "would $50 on the 15th be manageable?", "is that a yes on the $864?".
      r`\b(?:would|will|could|can|does|do) (?:__amount__|\$\s?\d[\d,.]*)(?: (?:a|per|each|every) (?:month|week|two weeks|other (?:week|friday)))?(?: (?:on|by|this|next) [^.!?]{1,25}?)? (?:work|be (?:manageable|doable|okay|ok|possible|affordable|workable)|fit)\b|\bis that a yes (?:on|to|for)\b`,
      // A sum asked for as a condition or a favour: "if you could do even $50 tonight", "could you put $100 down?"
      r`\b(?:if you (?:could|can|were able to)|could you|can you|would you be able to|are you able to) (?:just )?(?:do|pay|send|put down|put|manage|swing|give (?:me|us)|make) (?:even |just |at least |maybe |something like |like )?(?:a |an )?(?:__amount__|(?:\d[\d,.]*|${SUM_WORDS})(?: dollars| bucks)?)\b`,
      r`\b(?:can|could) (?:we|i) (?:at least |just )?(?:get|do|set up|take|put through) (?:a |an )?(?:__amount__|(?:\d[\d,.]*|${SUM_WORDS})(?: dollars| bucks)?) (?:down|today|now|tonight|payment|toward|on it)\b`,
      // "fifty on the twentieth by what card": the way of paying asked for the sum just agreed.
      r`\b(?:by|on|with|from) (?:what|which) (?:card|account|bank)\b`,
      // "What I'd like to do today is get at least half of it paid": part of the balance asked for now.
      r`\b(?:get|have) (?:at least )?(?:half|part|some|a (?:portion|chunk)) of (?:it|that|this|the balance) (?:paid|taken care of|covered)(?: today| now| right now)?\b`,
      // "If you could make that $300 instead of $200 … Can you swing the extra hundred?": more asked for.
      r`\b(?:can|could|would) you (?:swing|do|manage|make|cover|add|find) (?:the |an )?extra (?:__amount__|hundred|fifty|\w+ (?:dollars|bucks)|amount|money)\b|\bif you (?:could|can) make (?:that|it) __amount__ instead of __amount__\b`,
      // "You could still keep the $200 for the 20th … it'd show good faith on the account": the payment kept pressed.
      r`\byou (?:could|can|should|might want to) (?:still )?keep (?:the |that |your )?(?:__amount__|payment|promise|arrangement|date)\b`,
      r`\b(?:it|that|a payment|something)(?: would| will)? (?:show|shows) (?:some )?good faith\b`,
      // "What I can do today is set you up on a payment", "can you do half today?": part of it asked for now.
      r`\b(?:i|we) (?:can|could|will|would)(?: do)?(?: today| right now| now)?(?: is)? (?:go ahead and )?set you up (?:on|with) (?:a |one )?payment\b(?! plan)`,
      r`\b(?:can|could) you (?:at least |just )?(?:do|pay|manage|swing|cover) (?:half|part|some|a part|a portion|a chunk)(?: of (?:it|that|this|the balance))? (?:today|now|right now|tonight|this week|by (?:friday|the end of the week))\b`,
      r`\b(?:can|could|may) (?:i|we) (?:count on|rely on|expect)\b`,
      r`\b(?:can|could|may) (?:i|we) (?:get|have) (?:your|a) (?:commitment|promise|word|agreement|confirmation|authorization|permission|verbal (?:agreement|authorization|commitment))\b`,
      r`\b(?:will|can|could|would|do) you (?:be able to )?(?:commit to|promise|agree to|authori[sz]e|give (?:me|us) (?:permission|authori[sz]ation|the (?:okay|go-ahead)))\b`,
      r`\b(?:would you be|are you|will you be) (?:okay|alright|all right|comfortable|good|fine) (?:with )?(?:me |us )?(?:setting|scheduling|booking|processing|running|putting|going ahead|moving forward)\b`,
      // Booking a payment: "can we get a payment set up for Friday?", "let's schedule that first payment",
      // "I'll set you up for 50 on Friday", "want me to run the card?". One lead, many tails: the lead is scanned once.
      r`\b${COMMIT_LEAD} (?:(?:(?:go with|say|make it|aim for|plan on|plan for|shoot for|pencil in) ${DATE})|(?:(?:set up|setup|schedule|book|arrange|lock in|put through|process|put in|enter|post|run) (?:that |this |your |a |the |one |an )?(?:first |initial |next |post-?dated |one-time |one time |single |small |partial |down |good faith )?payment\b(?! (?:plans?|arrangements?|options?|history|information|details|method|address)))|(?:(?:set|schedule|book|lock|put|get|pencil|enter|mark|process|run|submit|draft) ${BOOKED}(?: (?:set )?(?:in|up|down|through))?(?: for you)? (?:for|on|by|in for) (?:(?:__amount__|\d+) )?(?:on |for |by )?${DATE})|(?:(?:lock|pencil|put|book) (?:in|down) ${DATE})|(?:(?:run|charge|process|draft|debit|put through) (?:the|your|that|this) (?:card|payment|account|draft)\b)|(?:(?:set|get) (?:that|this|it) (?:up|set up|scheduled|booked)\b)|(?:do (?:the first (?:one|payment)|your first payment|__amount__|\d+|a payment|the payment) (?:on|for|by) ${DATE}))`,
      r`\b(?:give|tell) me (?:a|the) (?:date|day)\b(?![^.?!]*\b(?:call ?back|call you|reach you|to talk|to speak|to chat)\b)`,
      r`\b(?:do we|so we|have we got|then we) (?:have )?(?:a )?deal\b`,
      r`\b(?:what|which) (?:dates?|days?|times?|one)(?: this week| next week| this month| next month| of the (?:week|month))? (?:can|will|would|could|works?|would work|is good|is best|suits|do you want|should we|should i|shall i|can i|do i|are you)\b(?![^.?!]*\b(?:call ?back|call you|reach you|to talk|to speak|to chat)\b)${NOT_A_CALLBACK_TIME}`,
      r`\bwhen (?:can|will|could|would|should) (?:you|we|i) (?:expect|make|send|schedule|set up|process|get|have|pay|be able to pay|mail|post|put through)\b`,
      r`\b(?:shall|should|can|may|could) i (?:go ahead and )?(?:set|schedule|process|put|run|book|lock|apply|post|submit|charge|draft|debit) (?:that|it|this|the|your|a|you)\b(?! (?:date of birth|name|address|number on file|attorney|lawyer|counsel|through to|on (?:a |an )?(?:\w+ )?hold|in touch))`,
      // Taking the means of payment, never any other detail ("could I have your attorney's name" is not this).
      r`\b(?:shall|should|can|may|could) i (?:please )?(?:go ahead and )?(?:take|get|grab|have) (?:that|the|your|a) (?:payment|card|card number|debit card|credit card|bank|routing number|checking account|authori[sz]ation|approval|go-ahead)(?: number| information| info| details)?\b`,
      r`\b(?:i will|let me|i am going to|i can) (?:go ahead and )?(?:put you down|schedule (?:that|it|this|the|your)|set (?:that|this|it) up|process (?:that|the payment|your payment|it)|lock (?:that|it|this) in|book (?:that|it|this)|get (?:that|it|this) (?:scheduled|set up|processed))\b`,
      // "Would it work if I called you back in three weeks?" books a call, not a payment.
      r`\b(?:does|would|will|can) (?:that|this|__date__|friday|${DAYS}|the \w+|it) work(?: for you)?\b(?! if (?:i|we) (?:just )?(?:call|called|try|tried|reach|reached|ring|rang|check|checked) (?:you|back|in)\b)`,
      r`\b(?:are you|you are) (?:able|willing|ready|okay|comfortable|good) (?:to commit|with (?:that|this) (?:amount|payment|plan|date|arrangement)|to (?:go ahead|move forward|proceed)|to make (?:that|this|the) payment)`,
      r`\b(?:how|what method|what card|which card|what account|which account|what payment method) (?:would you like to|will you|do you want to|would you prefer to|are you going to) (?:pay|make (?:the|that|this|your) payment|use|send)\b`,
      r`\bdo i have your (?:permission|authorization|consent|okay|approval)\b`,
      r`\b(?:is|would) (?:that|__amount__|__date__|this) (?:be )?(?:okay|alright|acceptable|agreeable|doable|manageable|affordable) (?:with|for) you\b`,
      r`\bcan we (?:agree|set|lock|schedule|go ahead|make that|count on)\b`,
      r`\blet us (?:get|set|lock) (?:that|this|it|you) (?:scheduled|set up|in|down|started)\b`,
      r`\b(?:can|will|could|would) you (?:be able to )?(?:make|send|mail|post|have|do) (?:that|this|the|a|your first|your|it) ?(?:payment|amount)? (?:by|on|before) (?:${DATE})\b`,
      r`\b(?:what|which) (?:card|debit card|credit card|bank account|checking account|savings account|account|payment method|method of payment|form of payment|method)(?: number)? (?:would|will|do|are|should|can) (?:you|we)\b(?! (?:calling|talking|referring|mean)\b)`,
      r`\b(?:get|getting) (?:a payment|that payment|the payment|your payment|that|this|it|__amount__|something|the first payment|a first payment|the first one)(?: \w+)? (?:set up|scheduled|booked|arranged|locked in|processed|in the system|on the books|on the calendar|put through)(?: for you)? (?:for|on|by|before|${NOW})\b`,
      r`\b(?:go ahead and|ready (?:for me )?to|okay (?:for me )?to|alright (?:for me )?to) (?:process|run|submit|charge|book|schedule|put through|draft) (?:it|that|this|the payment|your payment|the card|your card)\b`,
      r`\b(?:are we|so we are|we are|is it) (?:good|okay|all good|set|clear|alright) (?:to|for) (?:go ahead|proceed|move forward|process|schedule|run|book)\b`,
      r`\b(?:can|shall|should) (?:we|i) (?:go ahead|proceed|move forward) (?:with|and) (?:that|this|the|it|__amount__|processing|scheduling|setting|booking|running)\b`,
      r`\bwhen (?:would|do|will|should) you (?:like|want|prefer)(?: me| us)?(?: to)?(?: (?:make|set up|schedule|process|draft|run|take|send|have))? (?:the|your|that|this|a)(?: first| next| initial)? (?:payment|draft|installment|instalment)\b`,
      r`\b(?:by|with|using|through|via|from) (?:a |your |the )?(?:card|debit(?: card)?|credit(?: card)?|check|checking|bank(?: account| transfer)?|ach) or (?:by |with |using |through |via |from )?(?:a |your |the )?(?:card|debit(?: card)?|credit(?: card)?|check|checking|bank(?: account| transfer)?|ach|money order|savings)\b`,
      r`\b(?:__amount__|${DATE})\b[^.?!]{0,40}\b(?:sound|sounds|does that sound|is that|would that be) (?:good|okay|alright|all right|fair|doable)\?`,
      r`\b(?:is|would) (?:that|this) (?:something|an amount|a plan|a date) you (?:can|could) (?:commit to|do|manage|make|afford)\b`,
    ],
  },
  {
    act: 'recap_terms',
    speaker: 'agent',
    patterns: [
      // "So a check for the full $318.50, to arrive by Friday, March 27th": the payment read back with its day.
      r`\bso,? (?:that is |that's )?(?:a|one|the|your) (?:check|payment|draft|money order|debit|card payment|transfer)s? (?:for|of) (?:the full |the whole )?__amount__[^.?!]{0,40}\b(?:by|on|for|dated|post-?dated|(?:mailed|sent|postmarked)(?: by| on| out)?) ${DATE}`,
      // "Good. $600, dated June 1st, mailed to the address on your letter.": the terms read back in a breath.
      r`(?:^|[.!?] )(?:(?:good|okay|ok|great|alright|so|perfect)[.,!]? )?__amount__,? (?:dated|post-?dated|due) (?:for |on )?(?:the )?(?:\w+ )?\d{1,2}(?:st|nd|rd|th)?\b`,
      r`\b(?:(?<!\b(?:glad|happy|able|want|like|love|need|have|going|ready|wait) )to|let me|let us|i will|just|so) (?:go|run) (?:over|through) (?:everything|it all|the (?:terms|details|arrangement|plan|agreement|payments))\b(?! (?:with you )?(?:later|then|when|once|another time|at a better time|tomorrow|tonight|next (?:week|time)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|at (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)|,? (?:just )?not (?:now|at this hour|today)))`,
      // "At $110, that's forty-eight payments of $110 and a final payment of $80, forty-nine in all, starting April 20th."
      r`\bthat(?: is|'s) (?:[a-z]+(?:[- ][a-z]+)? )?(?:monthly )?payments of __amount__\b[^.?!]{0,80}\b(?:starting|beginning|first one|through|until|wraps? (?:it )?up|(?:is|will be|are) (?:paid off|done|finished)|finishes|ends)\b`,
      // "Alright, $57.95 on the Visa ending 4471, processing today.": the sum, the card and the day read back.
      r`(?:^|[.!?:] )(?:(?:alright|all right|okay|ok|so|great|perfect|got it)[,.]? )*__amount__ (?:on|from) (?:the|your) (?:visa|mastercard|amex|discover|card|debit card|credit card|checking account|savings account|account|checking) ending(?: in)? (?:\d+|__number__),? (?:processing|processed|going through|scheduled|set|posting|for|on|today|tomorrow|this)\b`,
      // "Five hundred on April 24th on the Visa debit. Don't miss it.": the sum, the day and the way, read back bare.
      r`(?:^|[.!?:] )(?:(?:alright|all right|okay|ok|so|great|perfect|got it|fine)[,.]? )*(?:${AMT}|${SUM_WORDS}(?: dollars| bucks)?) (?:on|by) ${DATE},? (?:on|by|with|from|using|through) (?:the |your |a )?(?:visa|mastercard|amex|discover|debit|credit|card|checking|savings|bank|account)\b`,
      // "recap: 150 per month by check on the 15th …", "Quick recap, $80 on Friday": the heading of a read-back.
      r`(?:^|[.!?] )(?:okay,? |so,? |quick |a quick |just a quick |alright,? )*(?:recap|summary)(?:[:,]| of (?:the|your|what|our))`,
      r`\b(?:to recap|to summarize|to summarise|in summary|to sum up|let me recap|let me summarize|let me summarise|let me go over(?! (?:your|the|some of your|a few of your) (?:rights|options|notice|letter|process))|let me review(?! (?:your|the) (?:rights|options|notice|letter))|let me read (?:that|it|this|the terms|everything) back|let me repeat (?:that|the terms|the arrangement|the agreement|everything)|recapping|quick recap)\b`,
      r`\b(?:(?<!\b(?:not able|unable|not allowed|not permitted|not going|not in a position) )to confirm(?! (?:the |a )?(?:best|right|good|correct|current) (?:way|number|time|address|place|phone)| (?:his|her|their) (?:number|address|phone|contact|location|whereabouts))|let me confirm(?! (?:the |a )?(?:best|right|good|correct|current) (?:way|number|time|address|place|phone)| (?:his|her|their) (?:number|address|phone|contact|location|whereabouts))|i will confirm(?! (?:the |a )?(?:best|right|good|correct|current) (?:way|number|time|address|place|phone)| (?:his|her|their) (?:number|address|phone|contact|location|whereabouts))|(?<!\b(?:for|letter|notice|email|e-mail|mail|text|statement|receipt) )confirming|i want to confirm|i would like to confirm|so to confirm)(?:,)? (?!(?:your (?:identity|name|date|address|social|birth|birthdate|birthday|dob|zip|postal|ssn|last (?:four|4)|year of birth|full name|mailing|phone|email|security|account number|home address|street|city)|the last (?:four|4|digits)|(?:a|the) (?:couple|few) (?:of )?(?:things|details)|some (?:details|information|info)|who|that i am|i am speaking|that i am speaking|that this is|you are __name__)\b)(?:the|your|our|that|this|you (?:will|are going to|have agreed|agreed)|we have|everything|what we|the (?:payment|arrangement|plan|agreement|terms|details|amount|date))\b`,
      r`\byou (?:have )?agreed to (?:pay|a |make|the|send|set up)\b`,
      r`\b(?:we have|i have|i have got) you (?:down|scheduled|set up|booked) for\b(?![^.?!]*\b(?:\d{1,2}:\d\d|\d{1,2} ?(?:am|pm|a m|p m))\b(?![^.?!]*(?:__amount__|\$|\bpay\w*|\bcard\b|\bchecking\b)))(?! (?:a )?(?:call|callback|call back|chat|conversation)\b| \d{1,2}:\d\d| \d{1,2} ?(?:am|pm|a m|p m|o'?clock)\b| (?:noon|lunch|lunchtime)\b)`,
      r`\byou (?:will|are going to) (?:pay|be paying|make|send|be making|be sending) ${AMT} ${gap(6)}(?:on|by|every|each|starting|per|a month|a week|beginning|this|next|today|tomorrow)\b`,
      // ("As long as the payments go through you won't hear from us": a condition, not the terms.)
      r`\b(?<!\b(?:as long as|so long as|if|until|unless|provided|providing) )(?:your|the) (?:first |next |initial |final |remaining |monthly |weekly |down )?payments? (?:of ${AMT} )?(?:(?:will be|is|are|will|would be|are going to be)(?: then)? (?:due|scheduled|set|processed|drafted|debited|withdrawn|taken|charged|made|posted|deducted|automatically|on|every|each)|(?:will )?(?:comes?|go|goes) (?:out|through)|(?:will )?(?:posts?|drafts?|hits?|process(?:es)?) (?:on|every|each|__date__))\b`,
      r`\b${AMT} (?:on|by) ${DATE},? and ${AMT} (?:on|by) ${DATE}`,
      r`\b(?:so )?(?:we have|i have|we have got|i have got) (?:you (?:down )?(?:for )?)?${AMT} (?:on|by|every|each|starting|due|coming out)\b`,
      // "Okay, so $50 on Friday the 24th by debit card", "Absolutely. $289 on Wednesday, April 1st, on
      // your Visa ending 3390": the sum, the day and the way, read back.
      r`\b(?:so|okay|alright|all right|great|perfect|yes|sure|excellent|wonderful|got it|sounds good|no problem)[,.!:]? (?:so )?(?:that is |that will be |it is |we have )?${AMT} (?:on|by|this|next|for) ${DATE}[^.?!]{0,30}\b(?:by|on|with|from|using|through) (?:your |the |a |that )?(?:debit|credit|card|checking|savings|bank|visa|mastercard|ach|check|money order|account ending)`,
      // "Made out for $455, dated March 6th, 2026": the check read back.
      r`\bmade (?:out|payable) (?:for|to) (?:[^.?!]{0,40}?\b)?__amount__,? (?:and )?dated\b`,
      // "Six checks, $160 each, dated August 1st through January 1st": the plan's count, sum and days.
      r`\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:post-?dated )?(?:checks|cheques|payments|drafts|instal?lments),? (?:of )?${AMT} each\b[^.?!]{0,40}\b(?:dated|on|starting|beginning|from)\b`,
      // "So: June 1st, $100 from Prairie State checking ending 7731, then $65 monthly": the day, the sum, then the way.
      r`(?:^|[.!?:] )(?:(?:so|okay|ok|alright|all right|great|perfect|got it)[,.:]? )+(?:on )?${DATE},? ${AMT} (?:from|on|by|with|via|through) (?:the |your |a |an )?(?:[a-z]+ ){0,3}(?:visa|mastercard|amex|discover|card|debit|checking|savings|account|bank|check|money order)\b`,
      // "Okay. $2,000 by electronic check from your Flatirons savings ending 5527, Friday, June 5th": the sum, the way, then the day.
      r`(?:^|[.!?:] )(?:(?:alright|all right|okay|ok|so|great|perfect|got it|fine)[,.]? )*${AMT} (?:by|on|from|via|through|with) (?:the |your |a |an )?(?:electronic check|e-?check|check|debit card|credit card|card|debit|visa|mastercard|amex|discover|ach|bank draft|checking|savings|money order)\b[^.?!]{0,60}\b${DATE}`,
      // "Okay, I've got the Chase debit ending 0827 for $289.50, scheduled for Friday": the card, the sum and the day read back.
      r`\b(?:i|we) (?:have|have got|got) (?:the|your) (?:[a-z]+ ){0,3}?(?:card|debit|visa|mastercard|amex|discover|checking|savings|account) ending(?: in)? (?:\d{4}|__number__) for ${AMT}`,
      // "So $1,794 by bank transfer on April 3rd settles the balance": the way before the day.
      r`\b(?:so|okay|alright|all right|great|perfect|yes|sure|excellent|wonderful|got it|sounds good|no problem)[,.!:]? (?:so )?(?:that is |that will be |it is |we have )?${AMT} (?:by|on|with|from|using|through) (?:your |the |a |that )?(?:debit|credit|card|checking|savings|bank|visa|mastercard|ach|check|money order|account ending)[^.?!]{0,40}\b(?:on|by|this|next|for) ${DATE}`,
      // "So that's one check for $735.40, dated May 20th": the payment read back by its kind.
      r`\bso (?:that is|that will be|we have|i have|you are doing) (?:one|a single|a|two|three|four|\d+) (?:post-?dated )?(?:checks?|payments?|drafts?|charges?|money orders?) (?:of|for) ${AMT}`,
      // "I'll note $100 on Friday, August 14th": the promise written down as agreed.
      r`\b(?:i will|i am going to|let me|i am) (?:note|notate|noting|notating|put (?:you )?down|putting (?:you )?down|mark|log|document|record) (?:you for |a payment of |a promise of |your promise (?:of|for) )?${AMT} (?:on|by|for|this|next) `,
      r`\b${AMT}\b[^.?!]{0,60}\b(?:on|by|starting) ${DATE}[^.?!]{0,30}\b(?:right|correct|is that right|is that correct|yes|okay)\?`,
      r`\b(?:you are|we are|you have been) (?:all )?(?:set|set up|booked|scheduled) (?:for|on) ${DATE}`,
      r`\b(?:just so we are clear|so we are (?:clear|on the same page)|to be clear|just to be sure|for your records)(?:,)? ${gap(3)}${AMT}`,
      r`\b(?:the|your|our|this) (?:arrangement|plan|agreement|deal|payment plan|payment schedule|schedule|terms) (?:is|will be|are|would be)(?: for| set (?:at|for))? (?:${AMT}|__percent__)`,
      r`\b(?:we are|you are|we have you|you have been) (?:all )?(?:set|set up|booked|scheduled|locked in)(?: for)?[:,]? ${AMT}`,
      r`\b(?:so )?that is ${AMT} (?:on|every|each|per|a (?:month|week)|by|starting|today|tomorrow|due)\b`,
      // "So that's a one-time payment of $75.00 from your checking on March 3rd".
      r`\b(?:so )?(?:that is|that will be|we have|you have|i have) (?:a |one |your |the )?(?:one-time |one time |single |first |monthly |weekly )?payments? of ${AMT} (?:on|by|from|with|using|today|tomorrow|every|each|per|a (?:month|week)|starting)\b`,
      r`(?<!\b(?:if you (?:have|got|find|kept)|do you have|you (?:have|got)) (?:a |the |your |any )?)\bconfirmation (?:number|code|email|letter)\b(?! from\b)`,
      r`\b(?:i|we) will (?:send|mail|email) you (?:a |an )?(?:confirmation|written confirmation|letter confirming|receipt|copy of the (?:agreement|arrangement|plan))\b`,
      r`\b(?:so )?(?:we are|you are|that is|we will be) looking at ${AMT}\b`,
      r`\b${AMT} (?:on|by) ${DATE},? (?:and )?then\b`,
      r`\byou will (?:receive|get) (?:a |an )?(?:confirmation|letter|email|receipt|written confirmation|copy|text reminder|reminder|payment reminder)\b(?! (?:confirming|about|for|on|of) (?:the |your |that |this )?(?:no-?call|do not call|cease|dispute|hold|request|stop|attorney|validation|verification))`,
      r`\b(?:starting|beginning) (?:on )?${DATE},? (?:and )?(?:then )?(?:every|each|you will|we will)\b`,
      r`\b${AMT} (?:today|now),? (?:and|then) ${AMT}\b`,
      // "$3,400 received by Friday, May 15th, 2026 settles the balance of $5,240 in full": the deal in one breath.
      r`__amount__ (?:received |paid |postmarked )?(?:by|on|before) (?:${DATE}|may \d{1,2}(?:st|nd|rd|th)?)(?:,? (?:${DATE}|may \d{1,2}(?:st|nd|rd|th)?))?(?:,? \d{4})?,? (?:(?:will|would) )?(?:settles?|closes?|pays? off|resolves?|satisf(?:y|ies))\b`,
    ],
  },
  {
    act: 'explain_consequences_lawful',
    speaker: 'agent',
    patterns: [
      // What happens next, told plainly: the account stays open, the offer lapses, the bank's own fee.
      r`\b(?:the|your|this) account (?:will|would|just) (?:stay|remain|stays|remains) open\b|\bthe (?:offer|settlement offer|discount) (?:expires|will expire|lapses|will lapse|is withdrawn|goes away)\b|\b(?:your|the) bank (?:may|might|could|will|can) charge (?:you )?(?:its|their|a) (?:own )?(?:returned|nsf|overdraft|bounced)\b|\b(?:shows?|showing|reported|listed|appears?) as (?:['"])?settled for less than the full (?:balance|amount)\b`,
      r`\b(?:${HEDGE}|will|would) (?:be |continue to be |get |remain )?(?:reported|report(?:ing)?|furnished|noted|listed|showing|show up|appear) ${gap(4)}(?:to |on |with )?${CREDIT_BUREAU}`,
      r`\b(?:report|reporting|reported|furnish|furnishing|furnished) ${gap(4)}(?:to |with )${CREDIT_BUREAU}`,
      r`\b${HEDGE} (?:negatively |adversely )?(?:affect|impact|hurt|lower|damage|show up on|appear on|reflect on|be reflected on|stay on|remain on|harm|have an impact on|have an effect on|limit) (?:your )?(?:ability to (?:get|obtain|access|qualify for) )?(?:credit|credit (?:report|score|history|file|rating|standing)|creditworthiness|loans?|financing)\b`,
      r`\b(?:the creditor|our client|my client|the original creditor|the bank|the lender|they|we|the company|your creditor|__company__|the account owner|the owner of the (?:account|debt))(?: could| may| might| has the right to| have the right to| reserves? the right to| retains? the right to)(?: decide to| choose to| elect to| consider| then)? (?:pursue|take|consider|explore|use|seek|exercise|review|proceed|file|bring|start|initiate|move forward)\b`,
      r`\b(?:the creditor|our client|my client|the original creditor|they|we) can (?:pursue|consider|explore|seek|exercise|review|decide)\b`,
      r`\bas (?:allowed|permitted|provided|authorized|authorised) (?:by|under) (?:law|the law|state law|federal law|applicable law|your (?:agreement|contract)|the (?:agreement|contract))\b`,
      r`\b${HEDGE} (?:result in|lead to|mean) ${gap(3)}(?:action|activity|collection|reporting|consequences|law ?suit|legal|judgment|remedies|steps|fees|interest|credit)\b`,
      r`\b(?:other|further|additional|available|legal|collection) (?:options|remedies|collection activity|collection efforts|steps|action)\b.{0,60}\b(?:as allowed|as permitted|under the law|by law|lawful|legally|available to)\b`,
      r`\b(?:legal action|a law ?suit|litigation|garnishment|a judgment|further collection activity|collection activity) ${gap(2)}(?:may|might|could) (?:be )?(?:possible|considered|an option|filed|pursued|taken|sought|follow|result|continue|happen)\b`,
      r`\b(?:the creditor|our client|they|we) ${HEDGE} (?:decide|choose|elect) to\b`,
      r`\binterest (?:may|might|could|can) (?:continue to )?(?:accrue|apply)\b`,
      r`\b(?:the )?(?:account|debt|balance) (?:may|might|could) (?:be )?(?:returned|sent back|recalled|transferred|assigned)\b`,
    ],
  },
  {
    act: 'handle_dispute',
    speaker: 'agent',
    negatable: true,
    patterns: [
      r`\bwhat (?:part|portion|charges?|amount|items?) (?:of (?:it|the (?:balance|bill|account)) )?(?:do you|you) (?:believe|think|feel|say) (?:is|are) (?:incorrect|wrong|not (?:yours|right|correct)|in error)\b`,
      r`\b(?:i will|i am going to|let me|we will|we are going to|i can|we can|i have|we have|i will go ahead and)(?: go ahead and)? (?:note|log|record|file|open|mark|flag|document|submit|send|forward|escalate|put|register|enter|process|start|initiate) (?:the |your |a |this |that )?(?:dispute|disputed|account as disputed|(?:it|this|that|the account|your account) as (?:disputed|in dispute))\b`,
      r`\b(?:account|debt|balance) (?:is|has been|will be|as) (?:marked |flagged |noted |coded |placed )?(?:as )?(?:disputed|in dispute|under dispute)\b`,
      // A payment the consumer says they made, taken on: "I've noted it and put a hold on the account".
      r`\b(?:put|placed|place|putting|placing|set) (?:a |the )?(?:hold|pause|stop) on (?:the|your|this) (?:account|file|collection)\b|\b(?:collection|the account|your account) (?:is|will be|has been) (?:on hold|paused)\b`,
      r`\b(?:we|i) will (?:send|mail|provide|get) (?:you )?(?:a |the )?(?:written )?(?:validation|verification|proof|documentation|copy of|copies of|statement|itemi[sz]ation|notice)\b`,
      r`\byou (?:have|will have) (?:the right|30 days|thirty days) ${gap(3)}(?:to )?(?:dispute|request (?:validation|verification))\b`,
      r`\byou (?:can|may|are (?:entitled|allowed) to) (?:dispute|challenge|request (?:validation|verification|the name))\b`,
      r`\bright to dispute\b`,
      r`\b(?:note|noted|notate|notating|flag|flagged|mark|marked|record|recorded|document|documented|log|logged)\b.{0,40}\b(?:disputed|dispute|disputing)\b`,
      r`\b(?:pause|suspend|halt|stop|hold) (?:all )?collection(?:s| activity| efforts)?\b`,
      r`\b(?:send|mail|provide|get) you (?:the |a |written )?(?:verification|validation|proof|documentation)\b`,
      r`\b(?:your|this|the) dispute\b`,
      r`\b(?:we|i) (?:will|are going to|am going to|can) (?:investigate|look into|review|research|verify) (?:it|this|that|your dispute|the (?:dispute|account|debt|balance|charges))\b`,
      r`\b(?:put|place|placing|putting|hold|pause|suspend|stop) (?:the |all |any )?(?:account|collection|collections|collection activity|collection efforts)? ?(?:on hold|activity|efforts)? ?(?:until|while|pending|during)\b`,
      r`\b(?:cease|stop|pause|suspend|halt) (?:all )?(?:collection(?:s)?|collecting) (?:activity |efforts )?(?:until|while|pending)\b`,
      r`\b(?:validation notice|validation letter|debt validation|request (?:for )?validation|verification of the debt|dispute (?:form|process|department|team))\b`,
      r`\b(?:i|we) (?:understand|hear|see) (?:that )?you (?:are disputing|dispute|do not believe you owe|do not recogni[sz]e|believe (?:this|it) (?:is|was) paid)\b`,
      // "You're right, I see a payment of $534 made online on March 17th": the paid-already dispute borne out.
      r`\b(?:i|we) (?:see|show|have|can see|found|do see)(?: that)? (?:a|the|your) payment (?:of __amount__ )?(?:was )?(?:made|posted|received|came in|went through|cleared|applied|that (?:posted|came in|cleared))\b`,
      r`\b(?:the )?(?:account|balance) (?:is|has been|was) (?:closed|marked|showing|updated|paid)(?: out)? (?:as )?(?:paid in full|paid off|zero|settled in full)\b`,
      // Only the part not in question collected, the rest left to the review: "pay the piece they know is
      // theirs now and let the rest ride on the resubmission", "just the part you agree you owe".
      r`\b(?:let|leave|hold) the rest (?:ride|sit|wait|aside|open)\b[^.?!]{0,30}\b(?:resubmi\w+|appeal|review|claim|insurance|investigation|dispute|reprocess\w*)\b|\b(?:part|portion|piece|amount) (?:that )?(?:you|they) (?:know|agree|accept) (?:is|are) (?:yours|theirs|owed)\b|\b(?:part|portion|piece|amount) (?:that )?(?:is|'s|is not|isn't) (?:not )?(?:in dispute|disputed|under review|being reviewed|being appealed)\b`,
    ],
  },
  {
    act: 'acknowledge_cease_request',
    speaker: 'agent',
    patterns: [
      // "I've placed a request on your account that we stop calling you."
      // "I'm marking your number so it doesn't get dialed again", "Anything further from us would be in writing."
      r`\b(?:mark|marking|flag|flagging|block|blocking|code|coding)(?: your| this| the)? (?:number|phone|account|line)\b[^.?!]{0,30}\b(?:(?:doesn'?t|does not|won'?t|will not) (?:get )?(?:dialed|called|rung)|(?:no|not) (?:be )?(?:more )?(?:calls|called|dialed))\b|\banything (?:further|else|more) from us (?:would|will) (?:be|come) (?:only )?(?:in writing|by mail|by letter)\b`,
      r`\b(?:placed|put|added|noted|entered|made|set) (?:a |the )?(?:request|note|flag|notation|cease|no-call (?:request|flag))\b[^.?!]{0,40}\b(?:(?:we|they|anyone) (?:stop|quit|cease|not|no longer) (?:calling|call|contacting|contact)|no (?:more |further )?(?:calls|phone calls|contact)|stop calling)\b`,
      r`\b(?:we|i) (?:will|are going to|am going to|shall|can) (?:stop|no longer|not|cease|discontinue|refrain from)(?: be)? (?:calling|call|contacting|contact|reaching out to|phoning|communicating with|bothering) you\b`,
      r`\b(?:i will|i am going to|let me|we will|i have|we have|i can|i|we) (?:remove|removed|take|taken|took|put|place|placed|add|added|mark|marked|flag|flagged|note|noted|update|updated|code|coded)(?: you| your (?:number|phone number|account|name|file))? (?:off|from|on|to|as|in) (?:our|the|your)? ?(?:calling list|call list|list|do not call|dialer|system|account as (?:cease|do not call|no contact|do not contact))`,
      r`\byou (?:will not|should not|won't) (?:receive|get|be getting|hear from us|be contacted|be called) ${gap(2)}(?:(?:any )?(?:more|further|additional|other) )?(?:calls|contact|phone calls|communications?|from us)?\b`,
      r`\b(?:note|noted|honor|honour|respect|process|record|recorded|log|logged|document|documented)(?:ing)? (?:your|the|that) (?:request|cease|wishes|preference)(?: to (?:stop|cease|not be)| for no (?:further|more) (?:contact|calls))?\b`,
      r`\b(?:cease|do not call|no contact|do not contact|cease and desist|cease communication) (?:request|flag|status|note|order)\b`,
      r`\b(?:mark|marking|marked|flag|flagging|flagged|code|coding|coded|set|setting|put|putting)(?: this| your| the)?(?: (?:number|phone|account|file|line))? (?:as |to |on )?(?:do[- ]not[- ]call|do not contact|no[- ]contact|no[- ]call|cease)\b`,
      r`\bwe will (?:only|just) (?:contact|communicate with|reach) you (?:in writing|by mail|by letter)\b`,
      // "We won't be calling anyone about it. From here on, anything from us comes in writing."
      r`\b(?:we|i) (?:will not|won'?t) be (?:calling|contacting|phoning) (?:you|anyone|anybody|your \w+)\b|\bfrom (?:here|now) on,? (?:anything|everything|all)(?: (?:else|further))? (?:from us )?(?:comes|will come|is|will be|goes|will go) (?:to you )?(?:in writing|by mail|by letter|by email)\b`,
      // "I'm marking the account for written contact only … you'll get mail from us, not phone calls."
      r`\b(?:mark|marking|marked|flag|flagging|flagged|set|setting|update|updating|updated|note|noting|noted)(?: the| your| this)? (?:account|file) (?:for|as|to) (?:written|mail|letter|email)(?:[- ]only)? (?:contact|communication|correspondence)s?(?: only)?\b|\byou will (?:only )?(?:get|receive|hear from us by) (?:mail|letters?|emails?|written notices?)(?: from us)?,? (?:not|instead of|rather than|and not|and no (?:more )?)(?:phone )?calls\b`,
      r`\bmake sure (?:that )?you (?:are not|will not be|do not get|no longer get|are no longer) (?:called|contacted|bothered)\b`,
      r`\b(?:this will be|this is) (?:our|the) (?:last|final) (?:call|contact|communication)\b`,
    ],
  },
  {
    act: 'acknowledge_attorney',
    speaker: 'agent',
    // "I don't need your lawyer's number, I need to know what you can pay": the lawyer brushed off.
    unless: [r`\b(?:do not|don'?t|do not even) (?:need|want|care about) (?:your|the|his|her|their) (?:attorney|lawyer|counsel)(?:'s| s)?\b`],
    patterns: [
      r`\b(?:can|could|may) i (?:please )?(?:get|have|ask for|take down) (?:your|the|their|his|her) (?:attorney|lawyer|counsel)(?:'s| s)?\b`,
      r`\b(?:what is|who is) (?:your|the) (?:attorney|lawyer|counsel|attorney's|lawyer's)\b`,
      r`\b(?:attorney|lawyer|counsel)(?:'s| s)? (?:(?:last|first|full) )?(?:name|contact|number|phone|information|details|firm|office|address)\b`,
      r`\b(?:name|number|contact (?:information|info|details)|phone number|address|firm|details|information)(?: and (?:\w+ ){1,2})? (?:of|for) (?:your|the|their|his|her) (?:attorney|lawyer|counsel|legal representative)\b`,
      r`\b(?:we|i) will (?:contact|reach out to|communicate with|direct (?:all )?(?:future )?(?:communication|calls|correspondence) to|work with|deal with|speak with|speak to|talk to|call) (?:your|the|their) (?:attorney|lawyer|counsel|legal representative)\b`,
      r`\b(?:since|now that|as|because|given that) you (?:are represented|have (?:an attorney|a lawyer|legal representation|counsel))\b`,
      r`\bi (?:understand|will note|have noted|will make a note|am noting|see) (?:that )?you (?:have|are represented by|retained|hired) (?:an? )?(?:attorney|lawyer|legal representation|counsel|representation)\b`,
      r`\b(?:who is|which (?:attorney|lawyer|firm) is) representing you\b`,
      r`\b(?:how|where) (?:can|could|do|should|would|may) (?:i|we) (?:reach|contact|get (?:in touch with|ahold of|a hold of)|call|find|write to) (?:your|the|their) (?:attorney|lawyer|counsel|legal representative|law firm)\b`,
      r`\b(?:firm|attorney|lawyer|counsel|law office) (?:that is |who is |that |who )?(?:representing|represents|handling|handles) (?:you|your (?:case|account|debts?|matter))\b`,
      r`\b(?:represented by (?:counsel|an attorney|a lawyer)|attorney representation)\b`,
    ],
  },
  {
    act: 'close_call',
    speaker: 'agent',
    patterns: [
      r`\b(?:have|you have|enjoy) (?:a |the )?(?:good|great|nice|wonderful|lovely|blessed|fantastic|pleasant|safe|good rest of your|great rest of your|rest of your|nice rest of your) (?:rest of (?:your|the) )?(?:day|evening|night|afternoon|morning|weekend|week|one|holiday|holidays)\b`,
      r`\b(?:goodbye|good bye|bye(?:-?bye)?|take care(?! of (?!yoursel(?:f|ves)|you\b))|talk (?:to you )?(?:soon|later|then|next week|tomorrow|tonight|on (?:the \w+|\w+day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \w+))|talk to you (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?=\s*[.!]|\s*$)|speak (?:to you )?soon|so long|good luck with (?:the|your|everything))\b`,
      r`\bthank(?:s| you)(?: so much| much| a lot)? for (?:your (?:time|call|help|payment|cooperation|business|patience today)|(?:the|this|our) (?:call|conversation|chat)|(?:talking|speaking) (?:with|to) me|taking care of (?:this|that|it)|being (?:so )?(?:helpful|cooperative)|working with (?:me|us))\b`,
      r`\bis there anything else (?:i can|we can|that i can|you need|i could)\b`,
      // The way back left open at the end: "if you have questions before then you can reach me at …".
      r`\bif (?:you have|there are) (?:any )?(?:other |more |further )?questions(?: (?:before then|in the meantime|at all))?,? (?:you can|feel free to|please|just) (?:reach|call|contact|ring) (?:me|us)\b`,
      r`\b(?:that is|that will be) all (?:i need|i have|for now|for today)\b`,
      r`\bi will let you (?:go|get back to|get on with|enjoy)\b`,
      // "Go enjoy dinner with your kids", "enjoy your evening": the consumer let go.
      r`\b(?:go |you )?enjoy (?:your |the |that )?(?:dinner|supper|lunch|breakfast|meal|evening|night|weekend|game|time off|vacation|trip|holiday|birthday|day off)\b(?! (?:is|was|will|would|has|had)\b)`,
      r`\b(?:good ?night|bye now|bye for now)\b`,
      r`\b(?:we are|you are) all set\b`,
    ],
  },

  // ---------------------------------------------------------------- agent: violations
  {
    // "As long as the payments keep coming, the file … never gets sent over to the prosecutor's office":
    // the prosecution held off only while the consumer pays is threatened, whatever the "never".
    act: 'threat_arrest',
    speaker: 'agent',
    ownWordsOnly: true,
    patterns: [
      // "People who ignored it … ended up with federal marshals at the door": officers sent for the debtor, hinted.
      r`\b(?:federal )?(?:marshals?|deputies|sheriffs?|troopers|officers|police|cops)\b(?: \w+){0,3} (?:at (?:the|your|their) (?:door|doorstep|house|front door|work)|show(?:ed|s|ing)? up at (?:the|your|their) (?:door|house|home|work))\b`,
      // Military justice hinted for a debt: "an article in the UCMJ … people go to mast for this. Lose a stripe",
      // "it stops being a collection thing and becomes a military justice thing".
      r`\b(?:ucmj|court[- ]martial\w*|article (?:134|15)|non-?judicial punishment|(?:captain'?s )?mast for (?:this|that|it)|go(?:es)? to (?:captain'?s )?mast|a military justice (?:thing|matter|issue)|(?:lose|losing) (?:a |your )?(?:stripe|rank)|restricted to (?:base|the ship|quarters))\b`,
      // "If that signature was forged, then somebody committed a crime. That gets referred out … and right now the only name on it is yours": the crime laid at the consumer's door.
      r`\b(?:somebody|someone|a person|whoever did (?:it|this|that))(?: has| had)? committed (?:a )?(?:crime|fraud|forgery|felony)\b(?=[^]{0,200}\b(?:the only name (?:on it|on (?:the|that) \w+) is yours|(?:your|the only) name (?:is )?on it|(?:it|that) (?:comes back|points|falls) (?:to|on) you)\b)`,
      // "Once these get kicked over to the county it's out of my hands and it stops being a money problem, if you follow me": prosecution hinted.
      r`\bstops? being (?:a |just a )?(?:money|civil|collection|billing|debt) (?:problem|matter|issue|thing)\b|\bit is not (?:a |just a )?(?:loan|money|civil|debt|collection|billing) (?:problem|matter|issue|thing) any ?more\b|\bpass(?:es|ed)? (?:it |that |these |those )?along to the (?:u\.?s\.? attorney|united states attorney|d\.?a\.?|district attorney|prosecutor|fbi|police)\b|\b(?:kicked|sent|turned|handed|passed|referred|forwarded) (?:over |up )?to the (?:county|d\.?a\.?|district attorney|prosecutor|sheriff|police|cops)(?:'s office)?\b(?=[^]{0,120}\b(?:out of my hands|not a money (?:problem|matter|issue)|criminal|if you follow me|you know what (?:that|i) mean)\b)`,
      // "A returned check is different … The county takes paper that bounces pretty seriously": prosecution hinted.
      r`\bthe (?:county|state|d\.?a\.?|district attorney|prosecutor|sheriff|police|cops)(?:'s office)? (?:takes?|treats?|looks at) (?:(?:paper|checks?) that bounces?|bad checks|bounced checks|(?:paper|checks?|that|it|this) (?:pretty |very |real |really )?seriously)\b`,
      r`\b(?:as long as|so long as)\b[^.?!]{0,80}\b(?:never|will not|won'?t|does not|doesn'?t|stays? (?:here|with us))\b[^.?!]{0,40}\b(?:sent|go|goes|referred|turned|forwarded) (?:over )?to (?:the )?(?:county |district |state )?(?:prosecutor|district attorney|da|police|sheriff)\b`,
    ],
  },
  {
    act: 'threat_arrest',
    speaker: 'agent',
    unless: [r`\b(?:(?:anybody|anyone|someone|somebody|whoever|people|scammers?)(?: who(?: is| are)?)? threaten(?:s|ing)? (?:you )?with (?:jail|arrest|prison|the police)|sorry (?:to hear )?(?:about )?(?:your|the arrest|that)|who told you|did someone|someone saying|anyone from our office|you work at|if the card was used|pass (?:that|it) along|you are telling me|your (?:husband|wife|son|daughter|brother|sister|nephew|dad|father|mother|mom|boyfriend|girlfriend)(?: is| was| s|'s)? (?:in jail|arrested|locked up)|with your \w+ in jail|deputies showing up|protective order|identity theft)\b`],
    negatable: true,
    negatedAfter: true,
    yetKeeps: true,
    ownWordsOnly: true,
    patterns: [
      // "Once it goes over to the parish, they're the ones coming out to the house for him … a weekend somewhere he can't go home from."
      r`\b(?:spend|spending|spent) (?:a|the|some|a few) (?:weekend|night|nights|days|time)\b[^.?!]{0,30}\b(?:somewhere|some ?place|a place) (?:he|she|you|they) (?:can not|cannot|could not|will not be able to) (?:go|come|get) home from\b|\b(?:spend|spending|spent) (?:a|the|some|a few) (?:weekend|night|nights|days)\b[^.?!]{0,30}\b(?:somewhere|some ?place|a place) (?:he|she|you|they) (?:did not|does not|would not|will not|do not) want to be\b|\b(?:had to |have to |has to )?(?:come|came) (?:down )?(?:and )?(?:get|bail) (?:him|her|you|them) out\b|\b(?:spend|spending|spent|end up spending) (?:a|the) (?:weekend|night|nights) (?:downtown|in county|at county|in the county|in lockup)\b|\b(?:a )?knock on (?:the|your) door from (?:a|the) (?:deputy|sheriff|officer|cop|police(?: officer)?|marshal)\b|\b(?:parish|county|sheriff|marshals?|police|deputies|deputy)\b[^.?!]{0,60}\b(?:coming|come|comes|show up|showing up|knocking) (?:out )?(?:to|at) (?:the|your|his|her|their) (?:house|home|door|front door|work|job)\b`,
      // "They'll be waiting to pick him up the day he lands": an arrest, not named.
      r`\b(?:they|the (?:county|police|sheriff|cops|deputies)|someone|somebody|an officer|a deputy)(?: will| are going to| is going to|'ll)? (?:be )?(?:waiting|coming|going|come|show up|showing up) (?:(?:to|and) )?(?:pick|picking|haul|hauling) (?:you|him|her|them) (?:up|in|away|off)\b|\b(?:pick|picking|haul|hauling) (?:you|him|her|them) (?:up|in) (?:the day|the minute|as soon as|when)\b`,
      // "At that point they are able to take you into custody": an arrest, not named.
      r`\b(?:take|taking|taken|took|put|putting|place|placed|placing|led|lead) (?:you |him |her |them )?(?:away )?(?:into|in) (?:custody|handcuffs|cuffs)\b`,
      // "Theft by deception. That's not a collections thing anymore, that's a county thing.": the debt made a criminal matter.
      r`\bnot a (?:collections?|civil|money|billing) (?:thing|matter|issue|problem) any ?more\b`,
      r`\b(?:that is|it is|this is|it becomes|becomes|turns into) a (?:county|criminal|police|prosecutor'?s?) (?:thing|matter|issue|problem)\b`,
      // "The file … never gets sent over to the prosecutor's office for bad-check review": a bounced check sent to be prosecuted.
      r`\b(?:sent|send|sends|goes|go|going|forwarded|referred|turned) (?:over )?to the (?:county |district |state )?(?:prosecutor|district attorney|da)(?:'?s office)?\b`,
      // "The property can file a theft-of-services complaint with the police over that.": the debt taken to the police.
      r`\b(?:file|filing|press|pressing|bring|bringing|make|making|swear out) (?:a |an )?(?:theft(?:[- ]of[- ]services)?|criminal|fraud) (?:complaint|charges?|case)\b|\b(?:complaint|charges?) with the (?:police|sheriff|district attorney|da|prosecutor)\b`,
      // "The next person asking won't be calling from a collection agency. They'll have a badge.": the police, come next.
      r`\b(?:will|would|are going to|is going to|gonna) (?:have|carry|be (?:wearing|carrying)|show (?:you )?) (?:a |their |his |her )?badges?\b|\bsomeone (?:with|wearing) (?:a )?badge\b`,
      // "Then it's not me knocking anymore, it's a deputy, and he doesn't leave by himself.": an officer come to take the consumer.
      r`\b(?:deputy|deputies|sheriff|officer|officers|cop|cops|police|marshal)\b[^.?!]{0,40}\b(?:does not|do not|will not|would not) leave (?:by (?:himself|herself|themselves)|alone|empty[- ]handed|without you)\b`,
      // "A bounced check … the county looks at that a whole lot differently than a missed payment": a bad check made the prosecutor's.
      r`\b(?:the )?(?:county|da|district attorney|prosecutor|state attorney|sheriff)(?:'?s office)? (?:looks at|treats|handles|sees|views|deals with) (?:that|this|it|those|these|(?:bounced|bad|rubber|nsf) checks?) (?:a (?:whole )?lot |very |much |real )?differently\b`,
      // "A check that comes back … I've seen these get sent over to the county": a bad check referred for prosecution.
      // "A post-dated check that bounces is a bad check. Those we turn over to the solicitor's office" (South Carolina's prosecutor).
      r`\bchecks?\b[\s\S]*\b(?:sent|turned|handed|referred|passed|turn|send|hand|refer|pass) over to (?:the )?(?:county|da|district attorney|prosecutor|solicitor(?:'s| s)? office)\b`,
      // "The carrier looks at that as theft of services. These files … get passed along to the county": a crime named, then the county.
      r`\b(?:theft|fraud|stealing|steal|stole|criminal|crime)\w*\b[\s\S]*\b(?:passed|sent|turned|handed|referred|forwarded)(?: along| over)? to (?:the )?(?:county|da|district attorney|prosecutor)\b`,
      // "If this isn't cleared by Friday my file goes over to the county prosecutor": a prosecutor is a criminal matter.
      r`\b(?:file|case|account|check|matter|it|this)(?: will| is going to| gets| is)? (?:go(?:es)?|going|sent|turned|handed|referred|passed|forwarded) (?:over )?to (?:the )?(?:county |district |state |city )?(?:prosecutor(?:'s office)?|district attorney|da(?:'s office)?|attorney general'?s? (?:criminal|fraud) (?:unit|division))\b`,
      // Parole or probation put at stake over the debt: "an unpaid collection account could hold up your release".
      r`\b(?:hold up|holds up|delay|delays|affect|affects|jeopardi[sz]e|jeopardi[sz]es|cost you|stand in the way of|block) your (?:release|parole|probation|early release)\b|\b(?:violat\w+|revok\w+) (?:of )?your (?:parole|probation)\b|\bparole (?:board|officer)\b[^.?!]{0,60}\b(?:financial|debts?|obligations|bills|pay(?:ing)?)\b`,
      // "You keep that thing running and I'll have charges filed against you."
      r`\b(?:have|get|file|press|bring)(?: \w+)? charges (?:filed |pressed |brought )?(?:against|on) you\b|\b(?:that is|it is|this is|that's|it's) a (?:felony|misdemeanor|crime)\b(?=[^.?!]{0,60}\byou\b)`,
      // "People have been picked up for less."
      r`\b(?:people|folks|guys|others) (?:have been|get|got|were) (?:picked up|locked up|arrested|taken in|hauled in) (?:for less|over less|for this|for that)\b`,
      // "Running a card up and walking away is what they call obtaining property by deception … that department works with the county."
      r`\b(?:obtaining (?:property|goods|credit) by (?:deception|fraud)|theft by deception)\b|\bdepartment (?:that )?works with the (?:county|police|sheriff|da|prosecutor|district attorney|authorities)\b`,
      // "Dishonorable failure to pay your debts is an offense under the UCMJ, Article 134. That's court-martial territory."
      r`\b(?:court[- ]martial\w*|under the ucmj|ucmj (?:offense|violation)|article (?:134|15|one thirty-four)|non-?judicial punishment|the brig)\b`,
      // "When the county sends a couple of deputies out to your place … explaining yourself from the back seat of a cruiser."
      r`\b(?:send|sends|sending|sent|have|has) (?:out )?(?:a couple of |some |two |a few )?(?:deputies|officers|the sheriff|a deputy|an officer|the police|cops|a squad car)\b[^.?!]{0,30}\b(?:to|out to|over to|by|at) (?:your|the) (?:place|house|home|door|doorstep|work|job)\b|\bback (?:seat )?of (?:a|the) (?:cruiser|squad car|police car|patrol car)\b`,
      // "Pretending to be someone else on a recorded line is fraud … the kind of thing that ends up with the authorities."
      r`\b(?:ends? up|winds? up|ending up|goes|gets (?:sent|turned over|handed|passed)) (?:with|to|over to|in front of) (?:the )?(?:authorities|police|cops|law enforcement|prosecutors?|da|district attorney|sheriff)\b`,
      // "Tulsa County's DA runs a bogus check unit, and once a merchant's check gets sent over there…": the prosecutor's check unit named.
      r`\b(?:(?:da|d a|district attorney|prosecutor)(?:'s| s)?(?: office)? (?:runs|has|operates|handles|set up) (?:a |an |the |its )?(?:bogus|bad|worthless|returned|hot|nsf) checks? (?:unit|division|program|department|restitution)|(?:county|da(?:'s| s)?|prosecutor(?:'s| s)?|district attorney(?:'s| s)?) (?:bogus|bad|worthless|hot) checks? (?:unit|division|program|department|restitution program))\b`,
      // The prosecutor named as where the account goes: "the DA's office here takes returned checks seriously".
      r`\b(?:the )?(?:da|d a|district attorney|prosecutor)(?:'s| s)?(?: office)?\b[^.?!]{0,60}\b(?:takes? (?:\w+ ){0,3}seriously|takes? (?:bad |returned |bounced |nsf |these )?(?:checks|cases)|prosecut\w*|is going after|goes after|handles? (?:these|bad checks|returned checks))\b`,
      r`\b(?:sent|send|sending|refer\w*|turn\w* (?:it )?over|forward\w*|get sent) (?:\w+ ){0,3}(?:to|over to|over there to) (?:the )?(?:da|d a|district attorney|prosecutor|solicitor(?:'s| s)? office(?: down)?)(?:'s| s)?(?: office)?\b`,
      // "Then it's a criminal thing, and you don't want a warrant over four fifty."
      r`\b(?:it is|it becomes|it turns into|it will be|that is|that becomes|this becomes|this is|then it is|becomes) (?:a |now a )?criminal (?:thing|matter|case|issue|offense|charge|charges)\b`,
      r`\byou do not want (?:a |an |to (?:get|have) (?:a |an )?)?(?:warrant|arrest|arrest warrant|criminal record|criminal charges)\b`,
      r`\b(?:arrest(?:ed|ing)?|under arrest|arrest warrant)\b`,
      r`\b(?:jail(?:ed)?|prison|imprison(?:ed|ment)?|locked up|lock you up|behind bars|handcuff(?:s|ed)?|in cuffs|penitentiary|the slammer|lockup|county lock ?up|cell block|jail ?time|prison ?time|do time|serve time)\b`,
      // Not the agency's own look into an identity-theft claim ("to open the fraud investigation on our end").
      r`\b(?:criminal|crime|fraud|theft) (?:charges?|complaint|case|prosecution|investigation(?! (?:on our (?:end|side)|into (?:the|your|this) (?:claim|report|identity theft)))|record|offen[cs]es?|act|referral|matter)\b`,
      r`\bcharged (?:criminally|with (?:a crime|fraud|theft|a felony|a misdemeanor|check fraud|bank fraud|theft of services|a criminal))\b`,
      r`\b(?:press|pressing|file|filing|bring|bringing|face|facing) (?:criminal )?charges\b`,
      r`\bprosecut(?:e|ed|ion|ing|or)\b`,
      r`\b(?:felony|misdemeanor|misdemeanour)\b`,
      r`\b(?:bench |arrest |a )?warrant (?:for|out|issued|has been|will be|is|waiting|pending|on file|with your name|in your name|against you)\b`,
      r`\bcommitt(?:ed|ing) (?:a )?(?:crime|fraud|theft|felony)\b`,
      r`\b(?<!\b(?:confirms?|confirmed|determines?|determined|finds|found|if|whether|shows?|showed|proves?|proved|agrees?|says|said) (?:that )?)(?:this is|that is|it is|considered|constitutes|counts as|amounts to|that is called|(?:getting |being |gets )?treated as|handled as) (?:check |bank |wire |credit |credit card )?(?:fraud|theft|a crime|criminal|stealing)\b`,
      r`\b(?:the |an |a )?(?:police|cops?|sheriff|sheriff's (?:office|department)|law enforcement|deputies|deputy|marshals?|state troopers?|authorities|fbi|(?<!(?:recovery|account|loan|collections?|compliance|service|field|credit|financial|our|my|executive|chief|case|care|privacy|relations) )officers?|detectives?) ${gap(2)}(?:will|are going to|is going to|could|may|might|would|can|are|is|to)? ?(?:asking (?:about|for|questions about) you|been (?:by|asking)|come by|stop by|stopping by|drop by|come|coming|show up|showing up|be (?:called|involved|contacted|notified|informed|alerted|advised|sent|knocking|at your|coming|showing)|get involved|knock|knocking|pick you up|picking you up|visit|be waiting|after you|at your door|looking for you|arrive|take you)\b`,
      r`\b(?:call|calling|contact|contacting|send|sending|notify|notifying|involve|involving|get|refer\w* (?:this|you|it|your case|the matter) to|report\w* (?:you|this|it) to|talking to|talk to|deal with|dealing with|explain\w* (?:it |this |yourself )?to|hear from|visit from|answer\w* to|turn you over to|turned over to) (?:the |a |some |an )?(?:local )?(?:police(?: officer)?|cops?|sheriff|law enforcement|authorities|deputies|deputy|marshals?|fbi|district attorney|da|officer|detective)\b`,
      r`\bdebtors?'?s? prison\b`,
      r`\b(?:file|filing|make|making|submit|submitting) (?:a )?(?:police|criminal|fraud) (?:report|complaint)\b`,
      r`\bcontempt of court\b`,
      r`\b(?:have|get|bring|send) (?:the |a |some )?(?:police|cops|sheriff|deputies|deputy|officers?|law enforcement) (?:there|out there|over|at your|to your|on you|involved|after you|come)\b`,
      r`\b(?:squad car|police car|cop car|patrol car|police cruiser|paddy wagon)\b`,
      r`\b(?:jailable|arrestable|criminal|punishable|chargeable|indictable) (?:offen[cs]e|act|matter)\b`,
      r`\bpunishable by (?:law|jail|prison|arrest|imprisonment|jail time)\b`,
      r`\b(?:not paying|non-?payment|failing to pay|failure to pay|skipping out on (?:a|your|this|the) (?:debt|bill)|owing money|ignoring (?:a|this|your) debt) (?:is|can be|could be|would be|counts as|is considered) (?:a )?(?:crime|criminal|fraud|theft|illegal|stealing|against the law)\b`,
      r`\b(?:have|get) you (?:picked up|taken in|taken away|hauled (?:off|in|away)|brought in|locked up|detained|booked|cuffed|thrown in)\b`,
      r`\b(?:pick you up|come (?:and )?get you|take you in|bring you in|haul you (?:off|in|away)|cart you (?:off|away))\b(?! (?:for (?:a|an|the) (?:appointment|meeting|ride)))`,
      r`\b(?:in|from|into|inside|behind) (?:a |the |your )?(?:jail |prison |holding |county )?cell\b(?!\s*(?:phone|number|tower|service|carrier|signal))`,
      // The police as the next step: "cops are next", "the police referral goes out Friday".
      r`\b(?:the )?(?:police|cops?|sheriff(?:'s| s)?(?: office| deputies| deputy)?|deput(?:y|ies)|constable|marshals?|law enforcement|local pd|pd|the authorities|authorities|detective|trooper|prosecutor|district attorney|da)\b (?:are|is|gets? (?:it|the file|your file)) next\b|\b(?:police|cops?|sheriff(?:'s| s)?(?: office| deputies| deputy)?|deput(?:y|ies)|constable|marshals?|law enforcement|local pd|pd|the authorities|authorities|detective|trooper|prosecutor|district attorney|da) (?:referral|matter)\b|\b(?:make (?:it|this) a|is now a|it is a) police report\b|\bpolice report(?:'s| s| is)? (?:gets )?filed\b|\b(?:send|sending|refer|referring|forward\w*|turn\w* (?:it |this |the file |your file )?over|give|hand|report\w*)\b (?:the |your |this )?(?:file |account |case |it |you )?(?:to|as) (?:the )?(?:(?:police|cops?|sheriff(?:'s| s)?(?: office| deputies| deputy)?|deput(?:y|ies)|constable|marshals?|law enforcement|local pd|pd|the authorities|authorities|detective|trooper|prosecutor|district attorney|da))\b|\bcalling it in as (?:theft|fraud)\b`,
      r`\b(?:somebody|someone|be|is|gonna be|going to be|next person \w+) (?:with|wearing) a badge|\b(?<!off the )cuff(?:s|ed)?\b|\bmug ?shot\b|\b(?:post|posting|make|making|pay|set) bail\b|\bbail (?:money|bond|hearing)\b|\byour bail\b|\bholding tank\b|\binterrogation room\b|\bbehind glass\b|\bcriminal (?:defense )?(?:lawyer|attorney)\b|\blose your freedom\b|\b(?:thirty|ninety|sixty) days (?:for this|in (?:county|jail))\b|\borange (?:suit|jumpsuit)\b|\bperjury\b|\bobstruction\b|\b(?:goes|gets|turns?|becomes?|go|get) criminal\b|\bbody attachment\b|\bwarrants? (?:division|being drafted|follows?|is being)\b|\b(?:turn|turns|turned) into (?:a )?warrants?\b|\b(?:get|gets) (?:a )?warrant issued\b|\bmeans a warrant\b|\bcome back with a warrant\b|\b(?:and|you and) a warrant\b|\bpolice station\b|\bprecinct\b|\bwelfare check\b|\bsheriff(?:'s| s)? dispatch\b|\bdirect line to the (?:police|cops?|sheriff(?:'s| s)?(?: office| deputies| deputy)?|deput(?:y|ies)|constable|marshals?|law enforcement|local pd|pd|the authorities|authorities|detective|trooper|prosecutor|district attorney|da)`,
      r`\b(?:the )?(?:police|cops?|sheriff(?:'s| s)?(?: office| deputies| deputy)?|deput(?:y|ies)|constable|marshals?|law enforcement|local pd|pd|the authorities|authorities|detective|trooper|prosecutor|district attorney|da) (?:will not|do not|does not|are not going to|is not going to) (?:care|make exceptions|leave a message|bluff)\b|\b(?:police|cops?|sheriff(?:'s| s)?(?: office| deputies| deputy)?|deput(?:y|ies)|constable|marshals?|law enforcement|local pd|pd|the authorities|authorities|detective|trooper|prosecutor|district attorney|da) took over\b|\b(?:police|cops?|sheriff(?:'s| s)?(?: office| deputies| deputy)?|deput(?:y|ies)|constable|marshals?|law enforcement|local pd|pd|the authorities|authorities|detective|trooper|prosecutor|district attorney|da) (?:can|will) do the calling\b|\b(?:tell|save your story for|see how) the (?:officer|deputy|detective)\b|\bthe (?:officer|deputy)(?:'s| s)? paperwork\b|\bthe (?:police|cops?|sheriff(?:'s| s)?(?: office| deputies| deputy)?|deput(?:y|ies)|constable|marshals?|law enforcement|local pd|pd|the authorities|authorities|detective|trooper|prosecutor|district attorney|da) (?:will|is going to|are going to) find (?:him|her|you)\b|\bwork (?:closely|really closely|hand in hand) with (?:them on|the police|law enforcement|local police)\b|\b(?:already )?notified the (?:local )?(?:police|pd|sheriff)\b|\b(?:involve|get) (?:law enforcement|the police) involved\b|\bkeep the police out of this\b`,
      // The prosecutor's office named, a bad-check case, a warrant in the file: arrest implied.
      r`\b(?:(?:the )?(?:county|district|state(?:'s| s)?|commonwealth(?:'s| s)?) attorney(?! general)(?:'s| s)?(?: office)?|(?:the )?(?:da|d a)(?:'s| s) office)\b|\b(?:bad|hot|rubber|bounced|worthless)[- ]checks? (?:charges?|case|unit|division|law|statute|complaint|prosecution|warrant)\b|\bintent to defraud\b|\bcriminal (?:review|unit|division|department|side|court|justice|system|proceedings?)\b`,
      r`\bwarrants?\b(?<=\b(?:possible|potential|pending|outstanding|active|open|a|an|the) (?:arrest |bench |criminal )?warrants?)`,
      r`\b(?:stops?|stopped|stopping) being (?:a |just a |only a )?civil\b|\bno longer (?:be )?(?:a |just a )?civil (?:thing|matter|case|issue|debt)\b|\b(?:more than|beyond) (?:a |just a )?civil (?:thing|matter|case|issue)\b`,
      // Anchored on the place (cheap to find), the time spent there looked behind.
      r`\b(?:county|lockup|holding|clink|pen)\b(?<=\b(?:nights?|weekends?|weeks?|days?|months?) (?:in|at) (?:the )?(?:county|lockup|holding|clink|pen))`,
      r`\b(?:it|this|that|the (?:file|account|case|matter)|your (?:file|account|case|name))(?: then)? (?:goes|will go|is going|gets sent|gets passed|is passed|is sent|gets handed|is handed|will be (?:sent|passed|handed|forwarded)) (?:over |straight |right |directly )?to (?:the )?(?:police|cops|sheriff|law enforcement|authorities|district attorney|da|prosecutor|county attorney|state(?:'s| s)? attorney)\b`,
    ],
  },
  {
    act: 'threat_violence',
    speaker: 'agent',
    negatable: true,
    negatedAfter: true,
    yetKeeps: true,
    ownWordsOnly: true,
    patterns: [
      // "Maybe a couple of guys show up on Cascade Road … you're the one getting his jaw wired shut."
      r`\b(?:a couple (?:of )?|some |a few |my )(?:guys|boys|friends|fellas|people)\b[^.?!]{0,30}\b(?:show up|come (?:by|over|around|knocking)|stop by|pay (?:you )?a visit|visit you)\b|\b(?:jaw|legs?|knees?|arms?|face|teeth|nose|ribs)\b[^.?!]{0,15}\b(?:wired shut|broken|busted|smashed|kicked in)\b`,
      // "Maybe somebody swings by one night and teaches you some manners."
      r`\b(?:teach|teaches|teaching|taught) you (?:some manners|a lesson|some respect|respect)\b|\b(?:somebody|someone|some guys|my guys|our guys|a couple (?:of )?guys)(?: might| could| will| may| is going to)? (?:swing|swings|stop|stops|drop|drops|come|comes) (?:by|around|over)\b[^.?!]{0,30}\b(?:one night|some night|tonight|late at night|your (?:house|place|door|street))\b`,
      // "I'll come down there and knock your teeth out": harm to the body, spelled out.
      r`\b(?:knock|kick|punch|smack|slap|beat|bash) (?:your|his|her) (?:teeth|head|face|lights|brains) (?:in|out|off)\b|\bcome (?:down|over|up|out) there and (?:knock|kick|punch|smack|slap|beat|hurt|shut|deal with|take care of) (?:you|your)\b`,
      // "Somebody's gonna come out there and make you pay, and trust me, it won't be pretty."
      r`\b(?:somebody|someone|some (?:guys|people|of our guys)|my guys|our guys|people)(?: is| are| will)? (?:going to |gonna )?(?:come|show up|stop by|drop by|pay you a visit)(?: out)?(?: there| to your (?:house|place|home|work|job)| by)? and (?:make you pay|collect (?:it )?(?:in person|the hard way)|handle (?:this|it|you)|settle (?:this|it))\b|\b(?:it|that|this|things) (?:will not|is not going to|are not going to) be pretty\b`,
      r`\b(?<!\b(?:that|it|this|which|credit|score|report|record|collection|balance|debt|interest|judgment|bill) (?:is |will |would |could |can |might |is going to |will only |would only |can really |is really going to |to )?)(?:hurt|harm|kill|beat(?! (?:you|us|them|him|her) to (?:it|the punch)\b)|hit|punch|(?<!\b(?:oh|aw|ah|well|dang|darn|ugh|uh|um|man|okay|ok) )shoot(?! you(?:'re| are)\b)|stab|strangle|choke|smack|slap|break|burn|bash|cut|maim|rough up|beat up|mess up|smash|slit|snap) (?:you|your (?:legs?|arms?|face|neck|kneecaps?|knees?|fingers?|teeth|bones?|head|family|kids|children|wife|husband|house|car|dog|cat|mother|daughter|son))\b(?! off\b| out of nowhere| hard\b| with (?:some |a |an |the )?(?:\w+ )?(?:news|numbers?|question|offer|deal|details|update|facts|reminder|proposal|options?)\b|(?:'|s|')* files?\b)`,
      r`\b(?<!\b(?:did|do|were|was|have|has|had|hope|glad|sorry|that|whether|when|if|so|make sure) )(?:you|your (?:family|kids|children|wife|husband|loved ones))(?: will| could| might| may| are going to| is going to| might end up| could end up| will end up)? (?:get|be|getting|end up) (?:hurt|harmed|injured|killed|beaten|beat up|roughed up|in the hospital|in a hospital|dead)\b`,
      r`\b(?:something|anything)(?: (?:bad|terrible|unfortunate|nasty|awful|serious))? (?:might|could|will|is going to|may|would|can|has a way of|tends to) happen(?:ing)? to (?:you\b|your (?!credit|score|account|balance|report|file|plan|payment)|that (?!account|balance|debt)|those|someone|him|her|them)`,
      // Harm to property or people, seen or found: "you might find your car windows smashed".
      // Anchored on the target, with the frame looked behind: cheaper than trying every "the".
      r`\b${TARGET}(?<=\b(?:find|see|wake up to|come home to|come out to|discover|notice) (?:your|that|the|those) ${gap(2)}${TARGET}) ${gap(2)}${DAMAGED}\b`,
      r`\b${TARGET}(?<=\b(?:your|that|those|the) ${gap(2)}${TARGET}) ${gap(1)}(?:might|could|may|will|would|is going to|are going to|can|tend to) (?:get |be |end up |wind up |go |accidentally )?${DAMAGED}\b`,
      r`\b(?:shame|pity|awful|terrible|too bad|sad|tragic|unfortunate)(?<=\b(?:be|is) (?:a |such a |an |a real |a crying )?(?:shame|pity|awful|terrible|too bad|sad|tragic|unfortunate))(?: if|,? if| for) ${gap(5)}(?:happened|happens|were to happen|caught fire|catches fire|burned|burnt|burned down|got hurt|gets hurt|broke|went missing|got ${DAMAGED}|(?:ended|end|ends|wound|wind) up (?:hurt|injured|dead|in (?:the|a) (?:hospital|ditch|wheelchair)))\b`,
      r`\baccidents (?:happen|can happen|do happen|will happen|might happen|have a way of happening)\b(?=\s*(?:[.!?]|$|,? (?:you know|to people|to folks|to those|to anyone|to debtors|when|all the time|if you|especially|sometimes)))`,
      r`\byou (?:might|could|may) (?:have|get into|be in) (?:an? |a little |some kind of )?accident\b`,
      // "Pay or get hurt", "drag you out of that house by your collar", "see what happens to that truck".
      r`\b(?:or|else|and) (?:you )?(?:(?:will|might|could|are going to) )?get (?:hurt|injured|roughed up)\b|\bdrag (?:you|him|her) (?:out|off|down|outside)\b|\bby (?:your|the) (?:collar|hair|throat|neck|ear)\b|\bsee what happens to (?:that|your|those) (?!credit|score|account|balance|report)\w+`,
      // The consumer's children and their way to school, named by a collector, is a threat.
      r`\b(?:your )?(?:kids?|children|son|daughter|boy|girl)(?: still)? (?:walk|walks|walking|get off|gets off|ride|rides) (?:home|to school|the bus|from)\b`,
      r`\b(?:people|folks|those|guys|anyone|anybody|customers|debtors) (?:who|that) [^.,!?]{0,40}? (?:tend to|usually|often|always|sometimes|have a way of|seem to|will|might|could|can)(?: \w+)? (?:get|getting|end up|ending up|wind up) (?:hurt|injured|harmed|beaten|beat up|roughed up|in the hospital|killed|dead)\b`,
      r`\b(?:should|better|had better|might want to|want to|would be wise to|need to) (?:be (?:careful|extra careful|very careful)|watch (?:out|yourself|your step)) (?:walking|going|driving|leaving|coming home|at night|out there|where you go|when you (?:leave|go|walk|come)|who you)\b`,
      r`\b(?:look(?:ing)? over your shoulder|lock your doors)\b`,
      r`\b(?:you|you should|i would|you will|you might want to|start|keep|better) (?:be )?look(?:ing)? over (?:your|my) shoulder\b`,
      r`\b(?:we|i|they|my guys|our guys) (?:will|are going to|am going to|know how to|can|always) (?:find|track down|hunt down|get to|catch up with|come for|come after) you\b(?! (?:a|an|the|some|something|another|options?|a way|the best|a plan)\b)`,
      r`\b(?:people|folks|guys|others|someone|somebody) (?:have|has) (?:gotten|got|been|ended up) (?:hurt|injured|killed|beaten|beat up|in the hospital)\b(?! (?:in|from|during) (?:an? |the )?(?:accident|crash|storm|fire|flood))`,
      r`\b(?:better hope|pray) (?:that )?(?:we|i|they|nobody|no one|nothing|our guys|my guys) (?:do not |never )?(?:run into|find|see|catch|meet|bump into|come across|happens|bad happens|shows up)\b`,
      r`\b(?:or|otherwise|else|before) (?:something|anything)(?: (?:bad|terrible|unfortunate|nasty|awful))? happens to (?:you\b|your|that|those|him|her|them)`,
      r`\b(?:we|i) have (?:our )?ways (?:of|to) (?:make|making|get|getting) (?:you|people|folks|debtors|them)\b`,
      r`\bdark (?:alley|alleyway|parking lot|street|road|corner)\b`,
      r`\b(?:would|will) hate (?:for|to see|to hear(?: about| of)?) (?:your|that|those|the) ${gap(2)}${TARGET}\b[^.!?]{0,40}\b(?:${DAMAGED}|flat|end up|get)\b`,
      r`\b(?:we|i) (?:have|got|know) (?:people|guys|friends|someone|somebody) (?:in|around|near) (?:your|the) (?:area|neighbou?rhood|town|city|building|street)\b`,
      r`\b(?:you never know|who knows) what (?:might|could|can|will|may) happen to (?:you|your)\b`,
      r`\b(?:get|getting|gets) what is coming to (?:you|them|him|her)\b`,
      r`\b(?:things|it|this|life) (?:could|might|will|is going to|can|may) (?:get|turn|become) (?:ugly|nasty|messy|dangerous|violent|really bad) (?:for you\b|for your)`,
      r`\b(?:i would|you should|you better|you had better|you will want to|better) watch (?:my|your) (?:step|back)\b`,
      r`\b(?<!\b(?:to|you|do|does|did|not|me|i) )knows? where (?:you|your (?:kids|children|family|wife|husband|mother|father|parents|daughter|son)) (?:live|lives|work|works|sleep|sleeps|stay|stays|go to school)\b`,
      r`\b(?:surprised|amazed|shocked) (?:at |by )?what (?:can|could|might|will) happen to\b`,
      r`\bwhat (?:can|could|might|will) happen to (?:people|folks|those|debtors|anyone|guys) (?:who|that|like you)\b`,
      r`\b(?:somebody|someone|people|anybody|anyone) (?:is going to|are going to|could|might|will|may) (?:get|end up|be) (?:hurt|injured|killed|harmed)\b`,
      r`\b(?:i|we) know (?:what|which) (?:car|truck|vehicle|school|gym|church|bus|route) (?:you|your \w+) (?:drive|drives|go to|goes to|take|takes|attend|attends)\b`,
      r`\b(?:would|will) (?:not|hate to) (?:want|see|like) (?:anything|something) (?:bad |unfortunate |terrible )?(?:to )?happen(?:ing)? to (?:you|your)\b`,
      r`\b(?:would|will|'d) hate (?:for|to see) (?:anything|something) (?:bad |unfortunate |terrible )?(?:to )?happen(?:ing)? to (?:you|your|that|those|the)\b`,
      r`\b(?:i|we|they|our (?:guys|boys)|my (?:guys|boys)) know where (?:you|your (?:kids|children|family|wife|husband|mother|father|parents|daughter|son|car)) (?:live|lives|work|works|sleep|sleeps|go|goes|are|is|stay|stays|park|parks|hang out)\b`,
      r`\b(?:watch your back|sleep with one eye open|you have been warned|better watch yourself|watch yourself)\b`,
      r`\b(?:pay you a (?:little )?visit|pay your (?:house|family) a visit|send (?:some|a few) (?:guys|people|of our guys) (?:over|around|to your))\b`,
      r`\b(?:our|my) (?:guys|boys|people|friends|associates) (?:will|are going to|can|could) (?:come|visit|pay|find|see|take care of) (?:you|your)\b`,
      r`\b(?:our|my) (?:guys|boys|men|friends|associates) (?:will |are going to |can |could |might |may )?(?:show up|come (?:by|around|over|knocking|for you|after you|to your)|stop by|drop by|swing by|find you|pay (?:you|your \w+) a visit)\b`,
      r`\b(?:i|we) (?:will|am going to|are going to|could|can) (?:come|show up|drive|go) (?:over |down )?(?:to|at) your (?:house|home|place|door|work|job) ${gap(4)}(?:and|to) (?:hurt|beat|get|make|teach|deal|sort)\b`,
      // Bodily harm named by its result: "you'll need a dentist", "think about your kneecaps".
      r`\b(?:kneecaps?|first aid kit|heavy hitters|brake lines?|baseball bat|rearrange your face|my fist|get my hands on you|body or bank|in ways that hurt|(?:and )?mine hurts?|they hurt more)\b`,
      // "I'll drive up to Reno and shut your mouth for you myself."
      r`\bshut your (?:mouth|face|trap) for you\b|\b(?:drive|come|fly) (?:up|down|over|out)(?: there| to \w+)? and (?:shut|smack|slap|teach|straighten|sort) (?:your|you)\b`,
      r`\b(?:you|he|she|they)(?: will| are going to| would| might)? (?:need|needed) (?:a dentist|stitches|an ambulance|a wheelchair|a cast)\b|\bneeded stitches\b`,
      r`\b(?:put|putting|send|sending) you (?:in|into|to) (?:the ground|an early grave|the hospital|a hospital|the er|the emergency room|a wheelchair|traction)\b`,
      r`\b(?:limping|crawling|eating through a straw)\b(?<=\b(?:be|you|will|are|and) (?:limping|crawling|eating through a straw))`,
      r`\b(?:break|snap|bust|crack|smash|rearrange) (?:your|his|her|their) (?:\w+ )?(?:jaw|nose|legs?|arms?|fingers?|neck|face|ribs|knees?|kneecaps|bones?|skull|teeth|head)\b`,
      r`\b(?:beat|kick|knock|slap|smack) the (?:hell|crap|shit|s\*+t|living daylights|snot|stuffing) out of\b`,
      r`\b(?:legs?|arms?|jaw|nose|fingers|bones|kneecaps?|neck) (?:broken|busted|snapped)(?: over)?\b(?<=\b(?:your|his|her|get|getting|have|having) (?:legs?|arms?|jaw|nose|fingers|bones|kneecaps?|neck) (?:broken|busted|snapped)(?: over)?)`,
      r`\bstarting with (?:your|his|her) (?:teeth|knees|kneecaps|legs|face|fingers)\b`,
      r`\b(?:guarantee|promise|fear for|calling about|and about) (?:your|your family's|your kids'|your family s|your kids|his|her) (?:own )?(?:safety|health|kneecaps)\b(?! deposit| insurance| plan)|\bthink about (?:your|your family's|your kids'|your family s) (?:safety|kneecaps)\b`,
      r`\b(?:shame|pity|tragic|sad|terrible|awful)(?<=\b(?:be|is) (?:a |such a |an |a real |real |a crying |so )?(?:shame|pity|tragic|sad|terrible|awful)) (?:if|when) (?:your|that|those|somebody|someone|something|anything|the|he|she|they)\b(?![^.!?]{0,40}\b(?:credit|score|report|account|balance|interest|fees?|record|found out|finds out|find out|hears|heard|learned|knew|knows)\b)`,
      // Veiled warnings to lock up and look out.
      r`\b(?:double check|check|keep|lock|bolt) (?:your|the|all your|all the) (?:\w+ ){0,2}(?:locks?|doors?|windows)(?: locked| shut)?\b(?=[^.!?]{0,30}\b(?:tonight|if i were you|this week|for a while|at night|inside)\b|[^.!?]{0,6}(?:[.!?]|$))`,
      r`\b(?:careful who you open the door for|door(?: is| s)? (?:going to|gonna) hold|door lock is (?:going to|gonna) stop|keep (?:your|the) (?:\w+ )?(?:inside|in the yard|indoors) for a while|do not go anywhere alone|nobody (?:is going to|will|can) protect you|(?:not|nobody) (?:the guy|the person) you say no to)\b`,
      // Muscle: the people sent to do it.
      r`\b(?:the guys we send|(?:our|my) (?:guys|boys)(?= (?:will (?:come|visit|show|find)|are coming|come|show up|visit|find you|know where|handle (?:the|people|folks|holdouts)|do not (?:read|care|take)|out there|in the field|in your area|are not (?:nice|gentle)))|my cousins|the field guys|the guys do not|guys who visit|people who (?:go out and )?(?:talk to folks|handle the|visit)|(?:i am|i will be) bringing friends|send the heavy|(?:not|are not) exactly gentle)\b`,
      r`\b(?:i|we) know (?:your (?:(?:wife|husband|kids|kid|daughter|son|mother|mom)(?:'s| s|s'|s)? )?(?:schedule|routine|car|truck|school|bus stop)|the (?:bar|gym|school|church|route|park|place) (?:you|your)|where you (?:both )?park|a lot about you)\b(?! (?:is|must|can|gets|has been|might|may|could|and|will|would)\b)`,
      r`\b(?:we find everybody|we always find (?:them|people|everybody|you)|there is nowhere (?:to hide|you can hide|you can go))\b`,
      r`\b(?:cannot|can not) (?:control|promise|stop|guarantee) (?:what (?:happens|the (?!(?:credit )?bureaus?\b|banks?\b|courts?\b|creditors?\b|insurance\b|irs\b|post office\b|mail\b)\w+ (?:do|does|will do)|they do|he does|they will do)|them|anything after|it from happening)\b`,
      r`\bkeep it that way\b(?<=\b(?:nice|quiet|safe|pretty|healthy) (?:\w+ )?(?:family|house|home|life|kids|car|truck|street|neighbou?rhood|face|place|wife|husband)\b.{0,60})`,
      r`\b(?:a lot|things|stuff|anything|bad things|accidents)(?: can| could| might| may| will| tend to)? happens? to (?:a |your |that |the |those )?(?:\w+ )?${TARGET}\b|\bwhat happened to (?:your|the) (?:\w+ )?${TARGET}\b|\bif anything happens to (?:your|that) ${TARGET}\b`,
      r`\b(?:end|ends|ended|wind|winds) up limping\b|\bsee how (?:tough|brave|big|hard|funny) you are\b|\byou do not want to meet (?:him|her|them|my|our|the (?!constable|sheriff|judge|police|marshal|officer|deput))\b|\byou do not want (?:me|us|him|them) to (?:come (?:over|down|out|by|there|to)|show up|visit|drive (?:over|out|up|down)|pick (?:it )?up)\b|\bwe never have to meet\b`,
      r`\b(?:i am|we are|i am sitting|we are parked|i am parked|somebody is parked|he is parked|i am lowkey) (?:outside|across (?:the street|from)|down the (?:street|block)|(?:two|a few|\w+) blocks? (?:away|from))\b|\bguess where i am parked\b|\bsaw you at the\b|\bpull(?:ing)? up (?:to|at|on) (?:the crib|your)\b`,
      r`\b(?:settled|handled|collected|paid|done|gets settled) (?:a |in a )?different way\b|\bsettle (?:up )?different\b|\battached are you to your\b|\byou will want your (?:legs|knees|teeth|hands|arms|fingers)\b|\bstart leaving other things\b`,
      // Watching the person: "I drove past Sunday", "we know which apartment is his".
      r`\b(?:i|we) (?:drove|have driven|been driving|went|walked|was|been|were) (?:past|by|around) (?:your|his|her|the) (?:\w+ )?(?:place|house|home|work|job|school|apartment|street|block|farm)\b|\bi drove past\b|\bi have driven it\b|\bseen your (?:place|house|home|kids)\b|\bi have met (?:his|her|your) (?:dog|kids|wife|husband)\b|\bwe see you(?=\s*(?:[,.!?]|$|man\b|buddy\b))|\bsomebody(?:'ll| will) be waiting\b|\bhad a look at (?:it|your (?:house|home|place)) on the way\b`,
      r`\b(?:i|we) (?:have|got) your (?:\w+(?:'s| s) )?(?:schedule|photo|car number|plate number|routine)\b|\b(?:i|we) know (?:which (?:apartment|lot|car|school|door|bus|room|house|gym)|what time you (?:leave|get home|clock out)|you clock out)\b|\byour (?:kids?|daughter|son|wife|husband|mom|mother|family|grandson|granddaughter)(?:'s| s|s')? (?:school|bus stop|walk to|route|yoga|schedule|bedrooms?|room)\b(?! (?:fees?|tuition|bill|loan|lunch|supplies|account|records?))`,
      r`\b(?:(?:friendly|courtesy|nice) calls? (?:stop|is over|ends|are over)|there (?:will not|is not going to) be another (?:friendly|nice|courtesy) call|(?:next time |third time )?(?:is not going to|will not) be on the phone|it will not be a call|next time it is not going to be nice|not be a courtesy)\b`,
      r`\b(?:things|it) (?:could|might|will|is going to|can) get (?:messy|ugly|nasty) for whoever(?:'s| s| is)? (?:home|there|around)\b`,
      // Property harm, veiled: "maybe the truck catches fire", "those go up fast".
      r`\b(?:catch(?:es)? fire|(?:those|wood|houses?|barns?|sheds?|it will|it would) go up (?:fast|quick|in flames|like kindling)|go up in flames|(?:got|get|gets|getting) (?:their |your |its )?(?:windows?|tires?) (?:busted|smashed|broken|slashed)|(?:door|doors|window|windows|gate) (?:\w+ )?kicked in|not in one piece|(?:it|to|would|might|could|will) tip over|trampled|sank at)\b(?<![^.!?]{0,60}\b(?:insurance|accident report|claim)\b[^.!?]{0,60})`,
      r`\b(?:accidents (?:happen|can happen) (?:in|on|at|around) (?:parking lots|parking garages|driveways|the street|dark|stairs|stairwells)|fall(?:ing)? down the stairs|accidentally key)\b`,
      r`\b(?:the hard way)\b(?<=\b(?:or|do it|do this|you do not want|want|easy way or) the hard way)`,
      r`\b(?:you will not like|you are not going to like) (?:the other way|how the next guy|what happens|the next guy)\b`,
      r`\b(?:you do not want me to lose my temper|before i lose my temper|do not test me|do not make me (?:send|come|drive)|we settle things differently|not (?:going to )?be a (?:nice|friendly|pleasant) (?:conversation|visit|chat))\b`,
      r`\b(?:i|we)(?: will| am going to| are going to)? (?:come|drive over|swing by|stop by|come over|come down|come out) (?:there |over there |to your \w+ )?(?:and |to )?(?:collect|get|take) it (?:myself|ourselves|in person)\b|\bi (?:will )?come collect it myself\b`,
      r`\byou (?:will|are going to) feel (?:it|this)\b|\bmake (?:sure )?you feel it\b|\bfind out how it feels\b`,
      r`\b(?:sleep (?:well|tight)(?: tonight)?,? (?:if|while) you can|say goodnight to|your funeral|pay or (?:bleed|pray)|or bring a first aid|house calls? (?:that|with|at night)|they do not do house calls|(?:send|sending) the (?:boys|big guys|heavy guys)|(?:the )?big guys|not (?:nice|gentle|friendly) people|are very rough|physical recovery|get physical|things (?:could|might|will|can) get physical|(?:taking|take) this offline|praying for your safety)\b`,
      r`\b(?:i|we|our (?:guy|guys|people|team|agent)|my (?:guy|guys|nephew|cousin|manager|boss)) (?:will be|will|are going to|is going to|am going to)? ?(?:(?:be )?(?:talking|meeting|seeing) (?:you|him|her) face to face|come (?:knock|knocking) and)\b|\bface to face (?:soon|next time|talk)\b`,
      r`\b(?:i|we) (?:come out|drive out|come up|drive up|come over|come down) (?:there )?(?:myself|ourselves)?,? and (?:i|we) (?:do not|never) come (?:out )?alone\b|\b(?:i am|we are|we will be|i will be) bringing (?:friends|a friend|some friends|backup|the boys)\b|\bbring a friend\b(?<=(?:in person|myself|over|there|by)\W{1,3}bring a friend)`,
      r`\b(?:those guys|the guys|our people|my people) (?:will|are going to|are gonna)? ?(?:come|are coming|show up|be coming) (?:for (?:you|him|her|his|her|your)|to (?:your|that|his|her) (?:house|home|apartment|place|door|job|work))\b`,
      // The blow, the meeting outside, the one waiting by the car: "I'd knock you out", "wring your neck".
      r`\b(?:knock|lay) you (?:out|flat|down|cold)\b|\b(?:wring|throttle) (?:your|his|her) (?:\w+ )?neck\b|\b(?:deck|sock|whack|wallop|clobber|pummel|sucker[- ]?punch) you\b`,
      r`\bsettle (?:it|this|things) (?:face to face|man to man|in person|outside|the old[- ]fashioned way)\b|\b(?:you and me|just us|us),? outside\b`,
      r`\b(?:somebody|someone|a guy|some guys|people|my guys|a friend of mine)(?: is| are| will be| will| could be| might be)? (?:waiting|parked|standing|hanging around) (?:by|at|outside|near|next to|for you (?:at|by|outside)) (?:your|the) (?:car|truck|house|home|door|place|work|job|office|building|apartment)\b`,
      r`\b(?:the )?last (?:guy|person|one|fella|fellow|lady|woman|customer|debtor)(?: who| that)?[^.!?]{0,40}\b(?:ended up|wound up|landed) (?:in (?:the|a) hospital|in the er|hurt|in a wheelchair|in traction)\b`,
      r`\b(?:i|we) know (?:what|which) (?:building|office|house|apartment|street|floor|complex|block) (?:you|your \w+) (?:work|works|live|lives|park|parks)\b`,
    ],
  },
  {
    act: 'threat_legal_action_false',
    speaker: 'agent',
    unless: [r`\b(?:were ever|if (?:a|the) \w+ (?:were|was) (?:ever )?(?:filed|entered)|nowhere near|i have no information|was entered (?:on|in|against)|were entered)\b`],
    negatable: true,
    negatedAfter: true,
    ownWordsOnly: true,
    patterns: [
      // "The government can take part of your Social Security check … they'll start taking it out before it ever hits your account": benefits seized.
      r`\b(?:can|could|will|would|are going to|is going to|gonna|start) (?:take|taking|garnish|seize|offset|withhold|dock|intercept)\b(?: (?:part|some|a (?:part|portion|piece|chunk)) of)? (?:your|her|his|their) (?:social security|disability|va|pension|benefits?)(?: (?:check|checks|payments?|benefits?|income))?\b`,
      // "The lender can pick up any vehicle registered to you", "they can come after whatever's in your name, the Tacoma included": other property seized for the debt.
      r`\b(?:can|could|will|would|are going to|is going to|gonna) (?:pick up|take|grab|tow|repo|repossess|seize|come after|go after|come for)\b(?: (?:any|every|all|whatever|the other|your other|anything|everything))(?: (?:other )?(?:vehicles?|cars?|trucks?|property|things?|assets?))?(?: (?:that is|is|that are|are|you have|you own))?\b[^.?!]{0,20}\b(?:registered to you|in your name|you own|you have)\b`,
      // "Unpaid accounts in our system get flagged, and that flag can come up when someone's renewing their papers": an immigration consequence no collector can bring about.
      r`\b(?:flag\w*|come up|comes up|show up|shows up|hold|holds|problems?|trouble)\b[^.?!]{0,60}\b(?:renew\w* (?:their|your|his|her|the) (?:papers|visa|green card|work permit|status|residency)|(?:with|at|from) immigration|(?:your|the|his|her|their) (?:visa|green card|work permit|citizenship|naturali[sz]ation|immigration (?:status|case|papers))|(?:uscis|ice)\b)`,
      // "It goes downtown, and then it's a judge deciding what comes out of that Social Security check every month":
      // a court and a taking from the consumer's income, threatened without the words "sue" or "garnish".
      r`\b(?:a |the )?judge (?:is )?(?:decid\w*|order\w*|tell\w*|determin\w*|tak\w*|set\w*) (?:what|how much)\b[^.?!]{0,30}\bout of (?:your|his|her|that|the) (?:social security|disability|paycheck|pay ?check|check|wages|pay|benefits|bank account)\b|\b(?:it|this|the (?:account|file|matter)) (?:goes|is going|will go|gets sent|is headed) downtown\b`,
      // "Right now it's sitting with me in pre-legal … at that point you'd be hearing from the county": a suit told as the next step.
      // (The legal department alone is no suit: posing as one is FALSE_REPRESENTATION's business.)
      r`\b(?:sitting|is|it is|account is|now) (?:with me |here )?in pre-?legal\b|\byou(?: would|'d| will|'ll) be hearing from (?:the county|the court|a judge|the sheriff|their (?:lawyers|attorneys))\b`,
      // "The next thing you'll see is paperwork going to your job … telling them to hold back a piece of your check": garnishment.
      r`\bpaperwork (?:going|goes|will go|gets sent|is sent|sent) (?:out )?to your (?:job|work|employer|boss)\b|\btelling (?:them|your (?:employer|boss|job)) to (?:hold back|take out|keep|withhold) (?:a piece|part|some|a chunk) of (?:your )?(?:check|pay|paycheck|wages)\b`,
      // "The file goes upstairs, and they come after that unemployment check": benefits seized, threatened.
      r`\b(?:they|we|the (?:creditor|client|company|lender))(?: will|'ll| are going to| are gonna| can| could)? (?:come|go) after (?:that|your|his|her|the) (?:unemployment|social security|ssi|disability|pension|paycheck|wages|tax refund|benefits)(?: checks?| benefits?| money)?\b`,
      // "Old or not, a judge doesn't care how old it is once the paperwork's filed": a suit told as coming.
      r`\b(?:a|the) (?:judge|court) (?:does not|do not|will not|is not going to|would not) care (?:how old|when|that|if|about)\b[^.?!]{0,40}\bonce (?:the|we|they|it|our)\b`,
      // "If we can't get her on the phone, the next step usually involves her employer's payroll department."
      r`\b(?:next step|step after that|what happens next)\b[^.?!]{0,40}\b(?:involves?|goes? (?:to|through)|is|means) (?:contacting |calling )?(?:his|her|your|their) (?:employer'?s?|job'?s?|work'?s?) (?:payroll|hr|human resources)\b|\b(?:contact|call|reach out to|go through) (?:his|her|your|their) (?:employer'?s?|job'?s?) payroll\b`,
      // "Once the county gets it they can take it straight out of your unemployment or your next check": wages or benefits seized.
      r`\b(?:take|taking|took|taken|pull|pulling|pulled|come|comes|coming|garnish|deduct|deducted|dock|docked)(?: it| that| the money| money| payments?)? (?:straight |right |directly )?out of your (?:unemployment|paychecks?|next check|wages|pay|benefits|social security|disability|tax refund|les|allotment|military pay|drill pay|checks?(?= (?:every|each) (?:pay ?period|pay ?day|payday|pay cycle|week|two weeks|month)\b| at (?:the |your )?(?:work|job|warehouse|plant|office|store|shop|hospital|school|mill|factory|base)\b))\b`,
      // "We can go after the SSI directly and take it before it ever hits his account": benefits seized.
      r`\b(?:go|goes|going|come|comes|coming) after (?:the|his|her|your|their) (?:ssi|ssdi|social security|benefits|disability(?: check)?|pension|wages|paycheck|pay ?check|bank account|checking account|savings|tax refund)\b`,
      // "You're going to start seeing your paycheck come up short every two weeks until this is gone": wages garnished.
      r`\byour (?:pay ?checks?|paychecks?|checks?|wages|direct deposits?) (?:come|coming|comes|start coming|will come|is going to come|are going to come|showing|show) (?:up |in )?(?:short|light|smaller)\b|\b(?:find|see|notice) (?:their|your|his|her) (?:pay ?checks?|paychecks?|wages|checks?)(?: is| are|'s)? (?:a lot |much |quite a bit |a good bit )?(?:smaller|lighter|shorter)\b`,
      // "Once it's up there the next stop is your paycheck": wages or property seized, not named.
      r`\b(?:the )?next (?:stop|step|thing|place it goes)(?: after that)? (?:is|will be|would be|is going to be) (?:your|his|her) (?:pay ?check|paychecks|wages|bank account|checking(?: account)?|savings|house|home|car|truck|tax refund)\b`,
      // "Your employer is who hears from them next, and a chunk comes out of every check before you ever see it": wages garnished.
      r`\b(?:a (?:chunk|piece|portion|cut|percentage|slice)|part of (?:it|that|your pay)|some of (?:it|your pay)) (?:of (?:it|that|your pay) )?(?:comes|will come|is going to come|gets taken|will be taken|is taken) (?:right |straight )?out of (?:every|each|your) (?:pay ?check|check|paycheck|pay)\b`,
      // "The ones that aren't set up by then go over to the firm that handles our Marion County filings": the account sent to be sued on.
      r`\b(?:go|goes|going|sent|send|turned|turn|handed|hand|passed|pass) (?:over )?to (?:the|our) (?:law )?(?:firm|attorneys?|lawyers?|office|people) (?:that|who) (?:handles?|does|do|files?|take care of|takes care of) (?:our|the|all (?:of )?our) (?:[a-z]+ ){0,3}(?:filings|lawsuits|suits|court (?:work|cases|filings)|litigation)\b`,
      // "I've got a letter drafted to your commanding officer that goes out if this isn't resolved this week": the debt told to the employer, threatened.
      r`\b(?:letter|notice|complaint|report|email)(?: \w+){0,2} (?:to|for) your (?:commanding officer|co|command|chain of command|first sergeant|employer|boss|supervisor|hr department|hr|manager)\b[^.?!]{0,40}\b(?:goes out|go out|gets sent|will be sent|is sent|if|unless)\b`,
      // "Once it's on their desk it goes out to the county where you live": the legal department's file sent on to the county.
      r`\blegal(?: department| team)?\b[^.?!]{0,80}\b(?:goes|go|going|sent|send|gets sent) (?:out |over )?to the county\b`,
      // "The next step is my client has us go after your paycheck. Your employer gets an order": wages garnished.
      r`\b(?:has|have|get|gets|make|makes) (?:us|them|someone) (?:go|come) after your (?:paycheck|pay ?check|wages|salary|pay)\b|\byour employer (?:gets|will get|receives|will receive) (?:an |the )?(?:order|garnishment|notice to withhold)\b`,
      // "It goes over to the group that prepares cases for the county courthouse": a lawsuit said as where the file goes.
      r`\b(?:go|goes|going|sent|send|passed|handed|transferred|moves?) (?:over )?to (?:the |our |a )?(?:group|team|department|people|office|unit) (?:that|who) (?:prepares?|files?|handles?|builds?|puts together) (?:the )?(?:cases|lawsuits|suits|court cases|legal cases|court filings)\b|\b(?:prepares?|files?|builds?) cases for (?:the )?(?:county |district |local )?court(?:house)?\b`,
      // "The next step is we go to your employer and start taking it out of your check.": wages taken through the job.
      r`\bgo (?:to|through) your (?:employer|job|work|boss|hr)\b[^.?!]{0,40}\b(?:take|taking|pull|pulling|garnish\w*|deduct\w*|withhold\w*)\b`,
      // "Islander can still come after your paycheck on something like this.": wages pursued, whoever is named.
      r`\b(?:can|could|will|may|might|would|are going to|is going to)(?: still| absolutely| definitely| easily)? (?:come|go) after (?:your |the |his |her )?(?:wages|paycheck|pay ?check|salary|bank account|tax refund)\b`,
      // "The file gets handed to the recovery company we use … I'd hate for you to walk out some morning and find the Equinox gone too": property taken, threatened.
      r`\b(?:find|see) (?:the|your|that) (?:[a-z0-9-]+ ){0,2}(?:car|truck|vehicle|van|suv|ride|boat|motorcycle) (?:is )?gone\b`,
      r`\b(?:handed|sent|given|assigned|turned over|referred|passed) (?:over )?to (?:the |a |our )?(?:recovery|repo|repossession|tow(?:ing)?) (?:company|agent|agency|team|guys|crew|people|man)\b`,
      // Anchored on the action, with the actor looked behind: far cheaper than scanning every "we".
      r`\b${LEGAL_ACTION}\b(?<=\b${ACTOR} ${CERTAIN} (?:be )?${gap(2)}${LEGAL_ACTION})`,
      r`\b(?:they|we|the creditor|the bank|the lender)(?: will| are going to| would)? (?:be )?(?:looking at|coming after|going after|coming for) your (?:wages|paycheck|pay ?check|salary|bank account|tax refund)\b`,
      // Garnishment without a judgment: "they'll just go to your job and take it out of your wages".
      r`\b(?:they|we|the creditor|the merchant|the bank|he|she)(?: will| are going to| is going to| can| could| would| might)? (?:just )?(?:go to your (?:job|work|employer) and )?take (?:it|the money|that|the balance|the rest) (?:right |straight )?out of your (?:wages|paycheck|pay|salary|check)\b`,
      r`\b(?:you|your (?:wages?|paycheck|pay|salary|bank account|accounts?|car|house|home|property|assets|tax refund|truck|vehicle|belongings))(?: will| are going to| is going to| are about to| is about to| shall) (?:be |get )(?:sued|served|garnished|seized|levied|repossessed|frozen|taken|foreclosed(?: on)?|taken to court|hauled into court|dragged into court|hit with a (?:law ?suit|judgment|lien))\b`,
      r`\b(?:a |the )?(?:law ?suit|suit|legal action|judgment|garnishment|wage garnishment|lien|levy|summons|legal papers|court papers|papers|complaint) (?:will be|is being|are being|is going to be|are going to be|has been|have been|is about to be|are about to be|was|were|gets|will get|has already been|have already been|is already being|is now being) (?:filed|served|issued|entered|placed|initiated|started|taken|sent|delivered|drafted|prepared)\b`,
      r`\b(?:you will|you are going to|expect to) (?:be )?(?:receive|get|receiving|getting) (?:a |the |your )?(?:summons|court papers|legal papers|law ?suit|papers|court date|subpoena)\b`,
      r`\b(?:expect|be expecting|watch for|look out for) (?:a |the )?(?:summons|subpoena|process server|law ?suit|court papers|papers)\b`,
      r`\blast (?:chance|warning|opportunity) before (?:we |they |the creditor |our attorneys )?(?:sue|file|take (?:legal action|you to court)|go to court|legal action|garnish|send (?:this|it|your account) to|refer)\b`,
      r`\bsee you in court\b`,
      r`\b(?:putting|put|puts|going to put) in for (?:the|a) (?:lawsuit|suit|judgment|garnishment|wage garnishment)\b`,
      r`\b(?:put|putting|puts|bring|bringing|brings|take|taking|takes|get|getting) (?:this|it|that|the (?:account|matter|case|debt|balance)|you) (?:in front of|before) (?:a |the )?(?:judge|court)\b`,
      r`\b(?:this|it|(?:your|the|this|that) (?:account|file|case|matter)) (?:goes|will go|is going|gets sent|will be sent|is being sent|moves|will move|is moving|gets handed|will be handed|is heading|is headed|heads|will head|lands|will land|is landing|gets passed|is being passed|will be passed|gets forwarded|is being forwarded|will be forwarded|gets transferred|is being transferred|will be transferred) (?:over )?to (?:our |the )?(?:legal(?: team| department| division| side)?|attorneys?|lawyers?|litigation|court)\b`,
      // "You're gonna be hearing from the county": the court's or the lawyers' letters, implied.
      r`\byou (?:are|will)(?: going to)? (?:be )?hear(?:ing)? from (?:the (?:county|court|courthouse|sheriff|judge|marshals?|constable)|a (?:judge|court|process server)|our (?:attorneys?|lawyers?|legal (?:department|team))|(?:the|our) lawyers)\b`,
      r`\b(?:explain\w*|answer\w*) (?:it |this |yourself )?to (?:a |the )judge\b`,
      // "My next step is moving the file to our litigation unit … they work with local counsel": the account sent to be sued on.
      r`\b(?:mov\w*|send\w*|sent|transfer\w*|refer\w*|escalat\w*|forward\w*|pass\w*|hand\w*|turn\w*) (?:the |your |this |that )?(?:file|account|case|matter|debt)(?: over)? (?:to|into) (?:our |the )?(?:litigation|legal) (?:unit|department|team|division|desk|group|side)\b`,
      // "They'll be standing at your front door handing you papers": a suit served.
      r`\b(?:hand(?:ing)?|serv(?:e|ing)|deliver(?:ing)?|giv(?:e|ing)) you (?:the |some )?(?:papers|paperwork|a summons|court papers)\b`,
      // "Somebody else decides what comes out of your pension", "they go after it through your job, straight out of your paycheck": wages garnished.
      r`\b(?:someone|somebody|a judge|the court) (?:else )?(?:decides|gets to decide|will decide) (?:what|how much) (?:comes|gets taken|is taken) out of your\b`,
      r`\b(?:go|goes|going|come|comes|coming) after (?:it|you|the (?:balance|debt|money))\b[^.?!]{0,40}\b(?:your (?:job|employer|paycheck|pay ?check|wages|pension)|out of your (?:paycheck|pay ?check|wages|pension))\b`,
      // "If it isn't resolved, they'll be filing in Maricopa County next week": a suit filed, named by its court.
      r`\b(?:they|we|our (?:legal department|attorneys?|lawyers?)|the (?:client|creditor|attorneys?|lawyers?|legal department)) (?:will|are going to|is going to|would|are|is)(?: be)? fil(?:e|ing) (?:it )?(?:in|with|at|down at) (?:the )?(?:[a-z]+ ){0,3}(?:county|court|courthouse|district court)\b`,
      // "in reference to a complaint that's been prepared under her name": a lawsuit drawn up.
      r`\b(?:a|the) (?:legal )?(?:complaint|lawsuit|suit|summons|petition) (?:that (?:is|has) |which (?:is|has) )?(?:been |being )?(?:prepared|drafted|drawn up|written up|readied)\b`,
      r`\b(?:started|prepared|drafted|filled out|filed|have|got|are preparing|are drafting|am preparing|ready|finished|preparing|drafting) (?:the |all the )?(?:paperwork|papers|documents|forms|case|file) (?:to|for) (?:sue|suing|file|a law ?suit|garnish\w*|court|legal action|litigation|a judgment|seize|levy)\b`,
      r`\byou(?: will| are going to| are gonna)? (?:end up|wind up|find yourself|be|be standing|have to appear) (?:in court|in front of a judge|before a judge)\b`,
      // "You're this close to a lawsuit", "the sheriff shows up and takes the truck".
      r`\b(?:this|that|so|real|very) close to (?:a |being )?(?:lawsuit|suit|sued|legal action|court|garnishment|judgment)\b|\b(?:the )?sheriff (?:shows up|comes|will come|is coming) (?:and |to )(?:take|takes|seize|seizes|serve|serves|tow|tows|levy|levies)\b`,
      r`\b(?:you will|you are going to|expect to|you can expect to|you should expect to|get ready to) (?:be )?served\b`,
      r`\b(?:unless|if) ${gap(8)}(?:by|before) ${DATE},? (?:the|your) (?:account|file|case) (?:goes|will go|is going) to (?:our |the )?(?:attorneys?|lawyers?|legal|court|litigation)\b`,
      r`\b(?:your|the) (?:account|file|case) (?:is|has been|will be|is being|was) (?:sent|referred|forwarded|transferred|turned over|escalated|approved) (?:over )?(?:to|for) (?:our |the )?(?:attorneys?|lawyers?|legal(?: department| team)?|litigation|court|lawsuit|suit)\b`,
      // Actions a collector cannot take on an ordinary debt: a licence pulled, a car sent for.
      // The debt taken to a servicemember's command: "I'm calling his commanding officer at Fort Hood."
      r`\b(?:i am|i will|we will|we are|i|we)(?: going to| gonna)? (?:call|calling|contact|contacting|notify|notifying|tell|telling|let|letting|report|reporting|write|writing)(?: to)? (?:your|his|her|their) (?:commanding officer|company commander|first sergeant|chain of command|command|unit commander|co)\b`,
      r`\b(?:pull|pulls|pulling|suspend|suspends|suspending|revoke|revokes|revoking|yank|yanks|take away|lose|losing)(?: \w+)? your (?:driver(?:'s| s|s)? )?licen[cs]e\b`,
      // "The state will put a hold on your driver's license … it gets suspended."
      r`\b(?:put|puts|place|places|putting|placing) a (?:hold|block|flag|stop) on your (?:driver(?:'s| s|s)? )?(?:licen[cs]e|registration|tags|plates)\b|\byour (?:driver(?:'s| s|s)? )?(?:licen[cs]e|registration)\b[^.?!]{0,40}\b(?:will|is going to|gets?|could|can) (?:be )?(?:suspended|revoked|pulled|blocked|taken away)\b`,
      r`\bsend (?:somebody|someone|a (?:guy|truck|driver|crew|team)|our (?:guys|driver|crew)|the repo (?:guys|man|truck)) (?:out )?(?:to|and) (?:repo|repossess|tow|take|seize|pick up|grab) (?:the|your) (?:\w+ )?(?:car|truck|vehicle|bike|boat|motorcycle|furniture|tv|stuff|things)\b`,
    ],
  },
  {
    // Certain, scheduled legal action: the action named with when it happens ("levy Friday",
    // "the repo's scheduled for Thursday night"). Hedged or conditional wording is lawful.
    act: 'threat_legal_action_false',
    speaker: 'agent',
    negatable: true,
    negatedAfter: true,
    ownWordsOnly: true,
    unless: [
      r`\b(?:may|might|could|would|possibly|potentially|if (?:a|the|it) \w+ (?:were|was)|were ever|has the right|have the right|can ask|i have no information|nowhere near|entered on|was entered|were entered|worried|afraid|you said|before (?:any|a) (?:lawsuit|suit)|no (?:lawsuit|suit|garnishment|levy)|option|options|rights?|dispute|you have (?:a|an|your)|you had|you mentioned|you told me|you received|you got|pause|on hold)\b`,
    ],
    patterns: [
      r`\b(?:law ?suit|suit(?:'s| s)?|collection suit|garnishment(?:'s| s)?(?: order)?|wage (?:garnishment|order|attachment|assignment|deduction)s?|(?:bank )?levy(?:'s| s)?|liens?|lis pendens|repo(?:ssession)?(?:'s| s)?|repo guys|tow truck(?:'s| s)?|wrecker|summons|process server(?:'s| s)?|writ(?: of execution)?|court date|hearing(?! from)|small claims|(?:county |court )?docket|court list|default judgment|sheriff(?:'s| s)? sale|complaint(?:'s| s)?|constable(?:'s| s)?|marshal(?:'s| s)?|(?:district|housing|small claims) court|legal notice|shutoff|freeze|recovery order|the order)\b[^.!?]{0,50}?\b(?:today|tonight|tomorrow(?: morning)?|this (?:week|afternoon|evening|month|weekend)|next (?:week|month|pay period|monday|tuesday|wednesday|thursday|friday|saturday|sunday|wednesday)|(?:on |by |come |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on )?the (?:first|fifteenth|twelfth|fourteenth|twentieth|tenth|\d{1,2}(?:st|nd|rd|th)?(?!\d))|by (?:morning|noon|midnight|end of (?:the )?(?:day|week|month))|as we speak|before lunch|in the works|in motion|lined up|already (?:approved|signed|filed|scheduled|queued|set|sent|ordered|granted|done|printed|requested|recorded|entered)|is (?:happening|approved|authorized|signed|booked|scheduled|set|done|filed|going out)|(?:goes|go|going) (?:through|in|out|on)|guaranteed|hundred percent|either way|whether you like it or not|it is done|that is done|what is going to happen)\b`,
      r`\b(?:today|tonight|tomorrow(?: morning)?|this (?:week|afternoon|evening|month|weekend)|next (?:week|month|pay period|monday|tuesday|wednesday|thursday|friday|saturday|sunday|wednesday)|(?:on |by |come |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on )?the (?:first|fifteenth|twelfth|fourteenth|twentieth|tenth|\d{1,2}(?:st|nd|rd|th)?(?!\d))|by (?:morning|noon|midnight|end of (?:the )?(?:day|week|month))|as we speak|before lunch|in the mail|in the works|in motion|lined up|already (?:approved|signed|filed|scheduled|queued|set|sent|ordered|granted|done|printed|requested|recorded|entered)|is (?:happening|approved|authorized|signed|booked|scheduled|set|done|filed|going out)|(?:goes|go|going) (?:through|in|out|on)|guaranteed|hundred percent|either way|whether you like it or not|it is done|that is done|what is going to happen),? (?:the |your |a |we file |it is |we (?:are )?(?:send(?:ing)?|fil(?:e|ing)) (?:the |a )?)?(?:law ?suit|suit(?:'s| s)?|collection suit|garnishment(?:'s| s)?(?: order)?|wage (?:garnishment|order|attachment|assignment|deduction)s?|(?:bank )?levy(?:'s| s)?|liens?|lis pendens|repo(?:ssession)?(?:'s| s)?|repo guys|tow truck(?:'s| s)?|wrecker|summons|process server(?:'s| s)?|writ(?: of execution)?|court date|hearing(?! from)|small claims|(?:county |court )?docket|court list|default judgment|sheriff(?:'s| s)? sale|auction|papers|paperwork|complaint(?:'s| s)?|constable(?:'s| s)?|marshal(?:'s| s)?|(?:district|housing|small claims) court|legal notice|shutoff|freeze|recovery order|the order)\b`,
      r`\b(?<!\b(?:if|when|once|unless) )(?:we are|they are|we will|they will|we|they|i am|i will|our (?:driver|agent|guys?|crew)(?: is| are| will)?)(?: going to)? (?:take|taking|grab|grabbing|tow|towing|repo|repoing|repo'ing|pull|pulling|sweep|sweeping|seize|seizing|freeze|freezing|intercept\w*|withhold\w*|boot|booting|garnish\w*|levy\w*) (?:the |your |that )(?:\w+ ){0,2}(?:car|truck|boat|bike|motorcycle|camaro|jeep|altima|silverado|vehicle|trailer|house|home|property|bank account|account|checking|savings|paycheck|wages|salary|tax refund|refund|plates|license|registration|social security (?:check|deposit)|flat-?screen|tv|furniture)\\b(?! (?:payment|loan|note|insurance|title|balance|bill|number))`,
      r`\byour (?:\w+ ){0,2}(?:car|truck|boat|bike|motorcycle|camaro|jeep|altima|silverado|vehicle|trailer|house|home|property|bank account|account|checking|savings|paycheck|wages|salary|tax refund|refund|plates|license|registration|social security (?:check|deposit)|flat-?screen|tv|furniture)(?:'s| s| is| are| will be| will| gets| get)? (?:getting |going to be |being |be )?(?:frozen|freeze|swept|seized|garnished|towed|booted|repossessed|intercepted|withheld|taken|pulled|suspended|levied|hooked up|on the list|(?:is |are )?leaving|going to auction|goes to auction)\b`,
      r`\b(?:it is|it will be|it is going to be) ours (?:by |on )?(?:(?:today|tonight|tomorrow(?: morning)?|this (?:week|afternoon|evening|month|weekend)|next (?:week|month|pay period|monday|tuesday|wednesday|thursday|friday|saturday|sunday|wednesday)|(?:on |by |come |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on )?the (?:first|fifteenth|twelfth|fourteenth|twentieth|tenth|\d{1,2}(?:st|nd|rd|th)?(?!\d))|by (?:morning|noon|midnight|end of (?:the )?(?:day|week|month))|as we speak|before lunch|in the mail|in the works|in motion|lined up|already (?:approved|signed|filed|scheduled|queued|set|sent|ordered|granted|done|printed|requested|recorded|entered)|is (?:happening|approved|authorized|signed|booked|scheduled|set|done|filed|going out)|(?:goes|go|going) (?:through|in|out|on)|guaranteed|hundred percent|either way|whether you like it or not|it is done|that is done|what is going to happen))\b`,
      r`\b(?:consider yourself sued|you are (?:getting|being) sued|(?:we are|they are|the \w+ is|the \w+ are) (?:suing|filing)(?: on you)?(?:,| and| this| today| either|$))`,
    ],
  },
  {
    act: 'false_representation',
    speaker: 'agent',
    ownWordsOnly: true,
    negatable: true,
    patterns: [
      // "The discharge only stops the original bank. We purchased the account afterward, so it's a separate obligation with us now": a discharged debt's status misstated.
      r`\bdischarge (?:only|just) (?:stops|stopped|covers|covered|applies to|applied to|binds|bound|protects you from) (?:the )?(?:original|first|old) (?:bank|creditor|lender|company|card company)\b|\b(?:a |the )?(?:separate|new|different) obligation (?:with|to) us\b|\b(?:it is|that is|this is) (?:a |now a )?(?:separate|new|different) (?:debt|account) (?:with|to) us now\b`,
      // "We handle these files in coordination with the state, let's put it that way": government ties implied.
      r`\b(?:in (?:coordination|cooperation|partnership|conjunction) |(?:work|working|coordinate|coordinating) (?:closely|hand in hand|directly) )with (?:the )?(?:state|government|federal government|irs|immigration|ice|uscis|attorney general)\b`,
      // "This is Kevin with Brightway Deliveries, I've got a package here for Denise Harper": a collector posing as a courier.
      r`\b(?:i|we) (?:have|have got|got|are holding) (?:a |an )?(?:package|parcel|delivery|shipment|gift|prize|flowers|refund check)\b[^.?!]{0,30}\bfor (?:a |an )?(?:__name__|[a-z]+)\b|\b(?:this is|i am|calling from|with) (?:\w+ ){0,3}?(?:\w+ )?(?:deliveries|delivery service|courier(?: service)?|parcel service|florist|flower shop|sweepstakes|prize (?:department|center))\b`,
      // "We work hand in hand with the Medicare office on these": an affiliation with the government claimed.
      // "Mr. Dorsey with the Armed Forces Accounts Compliance desk … we work with the installations on these": posing as the military.
      r`\b(?:with|from|at|of) the armed forces (?:\w+ ){0,3}(?:desk|office|division|unit|department|branch|section)\b|\b(?:we|i) (?:work|coordinate|partner) (?:with|for) (?:the )?(?:installations?|bases?|your (?:command|unit|commander|chain of command|base))\b`,
      r`\b(?:we|i) (?:work|are working|partner|coordinate|are partnered|are affiliated|are contracted|work directly|work closely) (?:hand in hand |directly |closely )?with (?:the )?(?:medicare|medicaid|social security|irs|internal revenue service|treasury|department of (?:education|justice|the treasury|revenue)|government|federal government|state|county|court|courts|police|sheriff|attorney general|district attorney)(?: office| administration| department)?\b`,
      // "This is Mr. Harris, with the county civil processing office": a collector posing as the government.
      r`\b(?:this is|i am|my name is|calling from|i am calling from|i am with|we are with|with|from) (?:\w+ ){0,3}?(?:with |from )?the (?:county|state|city|court|courthouse|district court|federal)(?:'s)? (?:[a-z]+ )?(?:civil (?:processing|process|enforcement|division|court)|process(?:ing)? (?:office|unit|department|division)|enforcement (?:office|unit|department|division)|compliance (?:office|unit|division)|collections? (?:enforcement|division)|clerk'?s? office)\b|\bcounty (?:financial|civil|debt|collections?) enforcement\b`,
      // "A Chapter 13 is just a repayment plan, it doesn't cover an account like this one": the bankruptcy's reach misstated.
      r`\b(?:chapter (?:7|13|seven|thirteen)|(?:the |your |a )?bankruptcy)\b[^.?!]{0,50}\b(?:does not|doesn'?t|will not|won'?t|would not|wouldn'?t) (?:cover|include|apply to|protect you from|touch|stop) (?:an? (?:account|debt|loan|balance) like this|this (?:account|debt|loan|balance|one)|(?:our|my|the) (?:account|debt|loan|balance))\b`,
      // What the insurer will do, promised: "pay us, and they reimburse you the whole amount", "always covered in full".
      r`\b(?:insurance|insurer|they|your (?:plan|insurance|insurer|carrier))(?: company)? (?:will|is going to|are going to|would) (?:reimburse|refund|pay) you (?:back )?(?:for )?(?:the |all |every )?(?:whole|full|entire|total)?\s?(?:amount|thing|balance|of it|penny|cent)\b|\b(?:are|is) always covered in full\b|\b(?:insurance|they) (?:always )?(?:pays?|covers?) (?:it|that|this|those) (?:back )?in full (?:once|after|when) you(?: have)? pa(?:y|id)\b`,
      // A private agency calling itself a public office: "I'm calling from the county's collections office".
      r`\b(?:calling|this is|i am|we are|here)(?: calling)? (?:from|with) (?:the )?(?:county|city|state|municipal|federal)(?:'s| s)? (?:collections?|revenue|tax|billing|debt|recovery|enforcement|finance|treasurer'?s?) (?:office|department|division|unit|bureau|agency)\b`,
      r`\b(?:this is|my name is|i am|it is) (?:officer|detective|sergeant|sgt|deputy|sheriff|lieutenant|captain|special agent|federal agent|investigator|judge|attorney|lawyer|counselor|counsellor|marshal|trooper|inspector|agent \w+ (?:with|from|of) the (?:fbi|irs|federal|government|state|department))\b`,
      r`\b(?:i am|we are|this is|i am calling (?:you )?(?:from|with|on behalf of)|we are calling (?:you )?(?:from|with|on behalf of)|calling (?:you )?(?:from|with|on behalf of)|on behalf of|representing|(?:i|we) (?:work|am|are) (?:for|with)|this call is (?:from|on behalf of)|here at|reaching out from|contacting you from|(?:from|with)(?<!\b(?:notice|notices|hear|hearing|letter|letters|papers|paperwork|documents|order|summons|guardianship|conservatorship|testamentary|administration|appointment|decree|probate|copy|copies|judgment|judgement|ruling|decision|approval|permission|subpoena|report|works|work|working|closely|share|shares|it|someone|somebody|be|directly|served|serve|serves|serving|comply|complied|cooperate|cooperating|confirm|confirmed|confirming|check|checked|checking|verify|verified|verifying|file|filed|filing|registered|listed|recorded|docketed|complaint|complaints|grievance|account|accounts|update|updated|updating|balance|debt|dispute|disputed|full|paid|current|closed|settled|standing|status|zero|deleted|removed|reported|reporting|record|records|up|deal|dealing|dealt|talk|talking|talked|speak|speaking|spoke|consumer|customer|them|him|her) (?:from|with))) (?:the |your )?(?:local |county |city |state |federal |district |u ?s |us )?(?:police(?: department)?|sheriff(?:'s|s)? (?:office|department)|sheriff|district attorney(?:'s| s)?(?: office)?|d ?a's office|da office|attorney general(?:'s| s)?(?: office)?|(?:county |district |federal |small claims |civil |superior |municipal |circuit )?court(?:house| system|s)?|clerk of (?:the )?court|department of justice|doj|fbi|irs|internal revenue service|federal (?:government|bureau|agency|trade commission)|government|state of [a-z]+|social security administration|treasury(?: department)?|legal department|law enforcement|fraud (?:investigations?|investigation unit|investigation division)|investigations? (?:unit|division|department|bureau)|process servers?|credit bureaus?|equifax|experian|transunion|judge's office|courts? office|magistrate)\b(?! (?:costs?|fees?|filing|dates?|judgments?|papers|orders?|action|case|hearing))`,
      r`\b(?:i am|we are) (?:an? |your |the |a licensed |an licensed |one of (?:the|our) |among the )?(?:attorneys?|lawyers?|police officers?|officer|law enforcement(?: officers?)?|detectives?|investigators?|federal agents?|government (?:agents?|officials?|employees?)|court (?:officers?|officials?|clerks?|representatives?)|process servers?|paralegals?|judges?|marshals?|sheriffs?|deputies|deputy|legal (?:representatives?|officers?|counsel)|officers? of the court)\b`,
      r`\bthis is (?:a |an |the |your )?(?:final |formal |official |urgent )?(?:legal|court|official|government|federal|law enforcement|criminal|judicial) (?:legal |court )?(?:notice|matter|order|summons|department|call|warning|proceeding|document|case|notification|department notice|action notice)\b`,
      // A government office claimed as the caller's: "this is Mark with the Idaho Department of Labor".
      r`\b(?:this is|i am|we are|calling from|calling with|i am calling from|i am with|we are with)(?: \w+){0,3} (?:with|from|at) the (?:\w+ )?(?:department of (?:labor|revenue|justice|the treasury|treasury|health|social services|motor vehicles|human services|workforce)|(?:social security|unemployment|child support|labor|workforce|benefits) (?:office|administration|department|agency|division)|(?:irs|internal revenue service|dmv|social security administration))\b`,
      // A courier's pretext to find someone: "I'm with FedEx, I've got a package for Rosa".
      r`\b(?:i am|this is|we are|calling|i am calling)(?: \w+)?(?: calling)? (?:with|from) (?:fedex|fed ex|ups|usps|dhl|the post office|the postal service|a courier(?: service)?|a delivery (?:service|company))\b|\b(?:i|we) (?:have|have got|got) (?:a |an )?(?:package|parcel|delivery) (?:for|addressed to)\b`,
      // "I'm calling from the billing office over at Northside Orthopedic Clinic".
      r`\bcalling (?:from|with) (?:the )?(?:billing|patient accounts?|business) (?:office|department) (?:over )?(?:at|of|for) (?:[\w']+ ){0,3}(?:hospital|clinic|medical center|health|orthopedics?|dental|physicians?|pediatrics|radiology|imaging|bank)\b`,
      // The collector passed off as the creditor: "We're the hospital, ma'am", "you're dealing with the bank directly",
      // "calling from Mercy Grove Hospital, the billing office", "thank you for banking with Cardinal Trust".
      r`\b(?:we are|i am|this is) (?:the|your) (?:hospital|bank|clinic|doctor(?:'s| s)? office|lender|credit union|phone company|utility company|landlord)\b(?! (?:called|asked|sent|placed|hired|referred|assigned|gave|wants|said)\b)|\byou are (?:dealing|working|talking|speaking) (?:directly )?with (?:the|your) (?:hospital|bank|clinic|lender|credit union|creditor)\b|\bthank you for banking with\b|\bcalling from (?:[\w']+ ){1,3}(?:hospital|medical center|health system|clinic|bank),? (?:the |in the |from the )?(?:billing|patient accounts?|business|recovery) (?:office|department)\b`,
      // "That's right, we're St. Luke's billing office, ma'am.": the collector calling itself the creditor's own office.
      r`\b(?:we are|i am|this is) (?!(?:not|no longer|never|neither)\b)(?:the |with the |from the |with |from )?(?:[a-z.'-]+ ){1,4}(?:billing|patient accounts?|business|accounts receivable) (?:office|department)\b`,
      // A private agency passed off as part of government: "a division of the State of Michigan".
      r`\b(?:division|department|branch|arm|agency|office|unit|part|extension) of the (?:state|county|city|federal government|government|u ?s government|united states|irs|treasury)\b|\b(?:state|federal|county) government (?:account|debt|matter|agency)\b`,
      // The probate docket on an executor's letters of appointment is the consumer's own paper, no court's threat.
      r`\b(?:your|this|the) (?:docket number|warrant number|court case number|case number with the court)\b(?![^.?!]{0,40}\b(?:letters (?:of|testamentary)|probate|estate|executor|executrix|administrat\w*))`,
      r`\b(?:this|the|your) (?:debt|balance|account|amount) ${gap(1)}(?:can never|cannot|may not|will never|is not able to) be (?:disputed|challenged|contested|discharged|questioned|removed|erased)\b`,
      r`\byou (?:cannot|are not allowed to|have no right to|do not have (?:the|a|any) right to|no longer have (?:the |a |any )?right to|lost (?:the|your) right to|are not permitted to|can never|are not able to|waived (?:the|your) right to) (?:dispute|challenge|contest|question|ask for (?:validation|verification)|request (?:validation|verification))\b`,
      r`\byou (?:now )?owe (?:double|twice|triple|three times|2x|3x|two times)\b`,
      r`\b(?:the |your )?(?:balance|debt|amount|account) ${gap(1)}(?:has |have |is going to |will |just )?(?:doubled|tripled|quadrupled|double|triple)\b(?! in the scor| on your (?:credit|score|report))`,
      r`\b(?:double|triple|doubled|tripled) (?:the|your) (?:balance|debt|amount)\b`,
      r`\b(?:the )?statute of limitations (?:does not|will never|never|is not going to) (?:apply|run out|expire|matter|protect you)\b`,
      // "The debt doesn't go away" is true of any debt; "it never goes away" and "it does not expire" are not.
      r`\bthere (?:is|are) no (?:expiration|expiry|expiration date|expiry date|end date|time limit) (?:on|for) (?:(?:a|the|this|your|any) debts?|it|this one|that one)\b|\bdebts? (?:do not|never|does not) expire\b|\b(?:this|the|your|a) debt (?:never|will never|is never going to) (?:expires?|go(?:es)? away|disappears?|ages? off|falls? off|dies)\b|\b(?:this|the|your|a) debt (?:does not|cannot) (?:expire|age off|fall off|die)\b`,
      r`\byour (?:husband|wife|spouse|son|daughter|mother|father|parents?|family|relatives?|children|kids|brother|sister|estate|heirs?) (?:is|are|will be|would be) ${gap(1)}(?:legally )?(?:responsible|liable|required|obligated|on the hook) (?:for|to pay)\b`,
      r`\b(?:we|i) (?:are|am|work) (?:with|for) (?:the )?(?:government|state|courts?|police|irs|fbi)\b`,
      // "As her husband you're responsible for her debts now. Spouses are liable for each other's bills": a relative told the debt is theirs.
      r`\b(?:as|since|because you(?:'re| are)) (?:her|his|their|the) (?:husband|wife|spouse|widow|widower|son|daughter|child|parent|mother|father|next of kin|heir)s?,? you(?:'re| are)? (?:now )?(?:legally )?(?:responsible|liable|on the hook|obligated)\b|\bspouses (?:are|is) (?:liable|responsible) for (?:each other'?s|their (?:partner'?s|spouse'?s|husband'?s|wife'?s)|the other'?s) (?:debts|bills)\b`,
      // The SCRA's protection denied: "The SCRA's for regular active duty, not reservists. And it doesn't apply once an account's gone to collections."
      r`\b(?:the )?(?:scra|servicemembers civil relief act)(?: is| s)? (?:only )?for (?:regular |full[- ]time )?active[- ]duty\b|\b(?:scra|servicemembers civil relief act|it)\b[^.?!]{0,30}\b(?:does not|do not|will not|cannot) (?:apply|count|cover)\b[^.?!]{0,40}\b(?:collections?|reserv\w*|guard|once)\b(?<=\b(?:scra|relief act)\b[^]*)`,
      // A debt said to pass to family, heirs or a spouse.
      r`\bwhen (?:a|your|the) (?:parent|mother|father|mom|dad|spouse|husband|wife) (?:passes|dies|died|passed)(?: away)?,? (?:the|his|her|their) (?:kids|children|family|heirs|next of kin|husband|wife|spouse) (?:are|is|become|becomes) (?:legally |personally )?responsible\b`,
      // "When a parent passes, the kids pick up what's left over, that's how it works." "It passes down, yeah."
      r`\bwhen (?:a|your|the) (?:parent|mother|father|mom|dad|spouse|husband|wife) (?:passes|dies|died|passed)(?: away)?,? (?:the|his|her|their) (?:kids|children|family|heirs|next of kin|husband|wife|spouse) (?:pick up|take over|take on|inherit|get stuck with|are stuck with|have to pay|pay)\b|^(?:yes,? |yeah,? )?(?:it|the debt|the balance) (?:passes|goes|gets passed) down\b`,
      r`\bwhen (?:your|a|his|her) (?:wife|husband|spouse|parent|mother|father|mom|dad) (?:passes|dies|died|passed)(?: away)?,? (?:her|his|their|the) debts? (?:go|goes|pass|passes|fall|falls|transfer|transfers) (?:to|on|onto) (?:her|his|the|their) (?:husband|wife|spouse|kids|children|family|heirs?)\b|\byou are (?:now )?(?:legally|personally) responsible for (?:it|this|that|her \w+|his \w+|the (?:debt|balance|card|loan)) now\b`,
      r`\b(?:passes|passed|transfers|transferred) (?:down |over )?to (?:you|the (?:next of kin|family|grandchildren|children|kids|heirs?|closest relative)|his (?:son|daughter)|her (?:son|daughter))\b(?! (?:for|as) (?:review|verification))|\b(?:balance|debt|account|bill|loan|card|it) (?:passes|pass|goes|go|will go|would go|transfers|falls) (?:down |over |on )?to (?:your|his|her|their) (?:children|kids|heirs?|family|grandchildren|son|daughter)\b(?! (?:for|as) (?:review|verification))|\byou inherit\b|\b(?:his|her|their) debt is your debt\b|\b(?:goes|passes|go|pass|falls?) to (?:the )?next of kin\b|\bnext of kin (?:is|are) (?:responsible|liable|required|obligated)\b|\b(?:you are|you would be|you will be) (?:now )?(?:responsible|liable) for (?:your|his|her) (?:late )?(?:\w+(?:'s| s) )?(?:dad|mom|father|mother|husband|wife|son|daughter|grandmother|grandfather|parents?|balance|debt|bill)\b|\byou are (?:both|all) liable\b|\bshares? (?:the )?liability\b|\b(?:parents|the family|the closest relative|relatives) (?:are always |is always |are |is )?(?:on the hook|expected to (?:pay|settle)|takes? it on)\b|\bcommunity property state\b(?=[^.?!]{0,60}\b(?:is your debt|are your debts|is yours|full stop|no matter what|automatically|you owe (?:it|all|the whole))\b)|\b(?:alabama|arkansas|colorado|connecticut|delaware|florida|georgia|hawaii|illinois|indiana|iowa|kansas|kentucky|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|new hampshire|new jersey|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|utah|vermont|virginia|west virginia|wyoming)(?:'s| is| s) (?:a )?community property state\b|\bsame difference,? you (?:have|got) to pay\b`,
      // Government and court trappings: "this is now a federal telecom debt", "my bar number".
      r`\b(?:department of (?:revenue|justice|the treasury|treasury)|(?:calling from|this is|i am with|we are) the department of education|federal (?:debt|supervisor|order|record|telecom debt|issue)|government[- ](?:debt|mandated|facility|backed)|tax lien|property tax|(?:escalated|referred|sent|forwarded) to the (?:state )?attorney general|tax assessor|state[- ]backed|like a tax(?! (?:refund|return|credit|break|season|check|rebate))|collection arm|extension of the court|state bar|enforcement division|legal (?:unit|side of things|liaison)|warrant(?:s)? division|bar number|esquire|associate counsel|as counsel|officer of the court|in my capacity as (?:\w+ )?(?:counsel|attorney|officer|an officer)|submission to the court|(?:can and )?will be used in court|legal proceeding rather|pre-judgment status|legal admission|legally accepted|legally binding for life|legally linked|carries legal weight|court order for your|ruling against you|(?:the )?judge (?:already )?(?:ruled|signed off)|a state thing now)\b`,
      // Rights denied or invented.
      r`\b(?:(?:you )?(?:do not|don't) have any rights|no consumer protections?|the law (?:does not|doesn't) protect you|waived (?:all )?your rights|(?:that is|it is) not how disputes work|you only get one|validation is a myth|(?:that is|it is) not a real thing|(?:you are )?not allowed to record|cannot cease and desist|allowed to come to your house|(?:we are|i am) allowed by law to (?:contact|call|come|take|garnish|tell)|within our rights|no legal effect|no defense to|deemed frivolous|no appeals? process|cannot reopen it|cannot be settled|(?:do not|don't) need a court order|can do whatever we want|bill you whatever|considered refusing|can(?:not|'t) dispute (?:it )?with us|not something you can dispute|bankruptcy (?:would not|does not|did not|will not|don't|doesn't|wouldn't)(?: have)? (?:include|extend|cover (?!fraud))|survives automatically|statute of limitations (?:for \w+ debt )?(?:is|was) (?:twenty|thirty|forty|fifty|\d+|tolled)|(?:got|was|gets) reset when|was tolled|does not matter for collections|pay first and argue|you have to pay first|debts (?:in \w+ )?never die|does not apply on|(?:law|state|texas) says (?:you (?:have to|must|gotta|got to|need to) pay|payment is due))\b`,
      // Posing as a law office, prosecutor, court or agency.
      r`\b(?:this is|i am|we are|i am calling from|we are calling from|calling from|reaching out from|you have reached|i am with|we are with|this call is from|i am from|we are from|speaking from) (?:the |a |an |our |your |__company__ )?${gap(2)}(?:law (?:office|offices|firm|center|group|department)|attorney(?:'s|s| s)? office|attorneys' office|litigation (?:desk|department|unit|division|team)|legal (?:group|affairs|division|team for)|prosecutor(?:'s|s| s)? office|district attorney(?:'s|s| s)?|d ?a(?:'s| s)? office|bad check unit|judge(?:'s|s| s)? (?:assistant|chambers|office|clerk)|\w+(?:'s| s) chambers|marshals? service|u ?s marshals|federal agency|government(?:[- ]licensed)? (?:agency|office|service)|state (?:office|agency)|comptroller(?:'s| s)? office|housing authority|consumer financial protection bureau|cfpb|credit reporting agency|office of (?:the clerk|legal affairs|the public|the attorney)|(?:sworn )?officer of the court|family court|superior court|county (?:court|clerk|office))`,
      // "This is Mr. Grant with the pre-litigation review unit": a collector posing as a legal department.
      r`\b(?:with|from|at|of) (?:the |our )?(?:pre-?)?litigation (?:review |support |intake )?(?:desk|department|unit|division|team|section|group)\b`,
      r`\b(?:__company__|we are|this is) (?:legal group|law center|law group|law office|law firm|legal department|litigation)\b|\b(?:i am|this is) (?:the )?(?:counsel|legal counsel) for\b|\b(?:practicing law|badge number|esquire \w+(?:'s| s) office|our firm(?:'s| s)? (?:senior )?partner|the law firm (?:that has been|that is|retained))\b|\bwe are (?:a|the) (?:federal|government|state|county)(?:[- ]\w+)? (?:agency|office|service|department)\b|\bwe are from the county\b`,
      // Rights misstated: disputes, validation, cease letters, bankruptcy, attorneys.
      // "A lot of people think bankruptcy wipes everything out, but personal loans … usually aren't part of it."
      // (Student loans, support and taxes are the debts a discharge often leaves: saying so is true.)
      r`\b(?:a lot of|most|many) people think (?:that )?(?:a |filing )?(?:bankruptcy|chapter (?:7|13|seven|thirteen)) (?:wipes|clears|erases|gets rid of|takes care of|covers) (?:everything|all (?:of )?(?:it|their debts?|your debts?))\b|\b(?:personal loans?|credit cards?|(?:store |retail )?cards?|medical (?:bills?|debts?)|(?:this|that|your|the) (?:debt|loan|balance|account|card))\b(?<!\bstudent loans?)[^.?!]{0,40}\b(?:are not|is not|usually are not|usually is not|do not|does not|never) (?:get )?(?:part of|included in|covered by|discharged in|wiped out (?:in|by)) (?:it|the bankruptcy|bankruptcy|your bankruptcy|the filing|a chapter (?:7|13|seven|thirteen))\b`,
      r`\b(?:disput(?:e|es|ing)|(?:a |the |your )?dispute|validation|cease (?:letter|request)s?|(?:a |your )?bankruptcy|filing bankruptcy|chapter (?:7|13|seven|thirteen)|the (?:automatic )?stay|(?:having )?a lawyer|(?:your )?(?:attorney|lawyer)|representation) (?:does not|do not|did not|will not|cannot|is not going to) (?:change (?:anything|a thing|that(?! (?:the |this |your )?(?:balance|debt|money|amount|it) (?:is |was )?(?:still )?(?:owed|due|yours)\b))|stop (?:the clock|anything|us|me|collection|collections|this|the calls|the debt|the balance)|matter|apply|count|cover (?!fraud)|pause|protect)\b`,
      r`\b(?:no such thing as (?:disputing|a dispute|validation|too old)|(?:dispute|validation|thirty[- ]day) (?:period|window) is (?:over|closed|done)|there is no thirty[- ]day|(?:oral|verbal|phone|written) disputes (?:are not|do not|cannot|always)|(?:cease|dispute) (?:letters?|requests?) (?:have to|must|are only valid|is only valid|are not valid|is not valid|do not count)|you cannot opt out|survives bankruptcy|discharged debts? can (?:still )?be collected|(?<!\byou )do not have to (?:talk to|go through|deal with|prove)|not required to go through your (?:attorney|lawyer)|attorneys cannot negotiate)\b`,
      // Legal deadlines and duties invented: "by federal statute this has to be paid by Friday".
      r`\b(?:legal (?:deadline|cutoff|cut-off)|by (?:federal |state )?(?:law|statute),? (?:this|it) (?:has to|must) be paid|by (?:federal |state )?(?:law|statute),? you (?:have to|must) pay|(?:federal|state) (?:law|statute|regulations?) (?:requires|require|mandates) (?:us|you) to (?:keep|pay|call|contact|inform|make)|(?:federal|state) (?:law|statute|regulations?) (?:prohibits you|do not let me|does not let me)|under (?:state|federal) law you are required|under the fdcpa you (?:have|must)|(?:expires|ends) by law|the statute says you|legally (?:you must|you lose|lose)|legally you have (?!the right|a right|rights)|you legally lose|legally required to (?:contact|inform|call|keep|notify|tell)|the law says we can)\b`,
      r`\b(?:converted (?:into|to) a|is now considered a|becomes a judgment|a court judgment already|listed as a judgment|(?<!\b(?:put|place|placing|putting|file|filing|slap|get|getting|attach|attaching|could|can|will|would) )a lien on your (?:house|home|car|property)|(?:whole )?family is (?:liable|responsible)|clock restarted|not bound by the statute)\b`,
      // The debt's status misstated: "This is already a court matter. There's a case open on it."
      r`\b(?:this|it|that|(?:your|the|this) (?:account|debt|balance|file|matter)) (?:is|has)(?: already| now| officially)? (?:a (?:court|legal) (?:matter|case)|(?:been )?(?:filed )?in (?:the )?court(?: system)?|(?:sitting |pending )?(?:in|with|before) (?:the |a )?(?:courts?|judge)|in litigation|(?:been )?filed (?:with|in) (?:the )?court)\b(?<!\b(?:if|once|when|after|until|before|unless)\b[^.!?]{0,60})`,
      r`\bthere(?: is|'s| s) (?:already )?(?:a |an )?(?:court |open |pending )?(?:case|lawsuit|suit|docket) (?:open |pending |filed )?(?:on|against|for) (?:it|this|that|you|your (?:account|debt))\b(?<!\b(?:if|once|when|after|until|before|unless)\b[^.!?]{0,60})`,
      // A garnishment, levy or lien said to exist already: "Your wages are already ordered garnished", "the order's in".
      r`\b(?:your (?:wages|paycheck|pay|salary|bank account|account|checking|savings|tax refund)|you) (?:are|is|have been|has been|were|was|got) (?:already |now )(?:been )?(?:ordered )?(?:garnished|levied|frozen|attached)\b|\b(?:your (?:wages|paycheck|pay|salary)|you) (?:are|is|have been|has been|were|was) ordered garnished\b`,
      r`\b(?:the|a|your) (?:garnishment|wage|court|levy|lien|payroll) (?:order|deduction)(?:'s| s| is| has| was)? (?:already |now )?(?:been )?(?:in|entered|issued|signed|granted|processed|approved|on file|in place|in effect)\b|\bthe order(?:'s| s| is) (?:already )?in\b`,
      // A dead person's debt put on the family: "somebody in the family is going to need to take care of it".
      r`\b(?:somebody|someone|one of you|the family|your family|you all|you or your (?:brother|sister|family|mother|father|dad|mom))(?: in (?:the|your) family)? (?:is going to|will|has to|needs to|is going to have to|will have to|would have to|is going to need to|will need to|got to|must) (?:need to |have to )?(?:take care of|pay|cover|handle|settle|clear|make good on|be responsible for) (?:it|this|that|the (?:balance|debt|loan|bill|account)|(?:his|her|their) (?:balance|debt|loan|bill|bills|debts))\b`,
      // Posing as counsel: "As an attorney, I'd strongly advise you…"
      r`\bas (?:an|your) (?:attorney|lawyer)\b(?=,? (?:i|my|let me)\b)|\b(?:as|i am|we are) (?:the |your |their |our |its )?(?:client(?:'s| s) |creditor(?:'s| s) |bank(?:'s| s) |lender(?:'s| s) )?(?:legal (?:representative|counsel)|attorneys? of record|counsel of record)\b`,
      // A judgment claimed where none was entered: "the court entered it at $5,318.22", "the post-judgment side".
      r`\bpost-?judgment\b|\bthe (?:court|judge) (?:has )?(?:already )?entered (?:it|this|that|the (?:balance|debt|amount|judgment))\b|\b(?:a |the )?judgment(?:'s| s| is| has| was)? (?:already )?(?:been )?(?:entered|granted|issued|awarded)\b(?= (?:against you|on (?:this|the|your)|for (?:the|this))|[^.!?]{0,30}\b(?:already|so|now)\b)`,
    ],
  },
  {
    act: 'crime_recast',
    speaker: 'agent',
    ownWordsOnly: true,
    negatable: true,
    patterns: [
      // Non-payment recast as a crime.
      r`\b(?:is|is considered|considered|counts as|treated as|becomes|make(?:s)? this|amounts to|that is|it is|being treated as|legally) (?:a |an |basically )?(?:auto theft|grand theft|theft of services|criminal (?:case|matter|offen[cs]e)|check kiting)\b|\bfrom civil to criminal\b`,
    ],
  },
  {
    act: 'false_representation',
    speaker: 'agent',
    ownWordsOnly: true,
    patterns: [
      // A collector's balance is never "confirmed by the court": that claims a judgment.
      r`\b(?:confirmed|verified|approved|validated|certified|upheld|finalized|finalised) by (?:the|a) (?:court|judge)\b`,
      r`\bthe (?:court|judge) (?:has )?(?:already )?(?:confirmed|approved|validated|certified|ruled on|signed off on) (?:the|this|your) (?:balance|debt|amount|account)\b`,
      // "It's not something you can dispute", "it's not a disputable item": the consumer's right to dispute denied.
      r`\b(?:it is|that is|this is|the (?:fee|charge|balance|debt) is) not (?:something (?:that )?you (?:can|are allowed to|get to) dispute|(?:a )?disputable(?: item| charge| fee| debt)?|(?:able|allowed) to be disputed)\b|\byou (?:cannot|can not|are not allowed to|do not get to) dispute (?:it|this|that|the (?:fee|charge|balance|debt))\b(?! (?:over|by|on) the phone)`,
      // Denials: the negation is the violation, so these rules are not negatable.
      r`\b(?:we are|i am|this is|this call is|we|i) (?:not|never) (?:a |an )?(?:debt collectors?|collection (?:agency|call|company|agent)|collections (?:agency|call|company)|(?:an )?attempt to collect|calling (?:about|to collect|regarding) (?:a|any|your) debt|trying to collect|collecting (?:a |any )?debts?|a bill collector)\b`,
      r`\bthis (?:call )?is not (?:about|regarding|related to) (?:a|any|your) (?:debt|bill|balance|collection)\b`,
      // The company's name withheld when asked: "the name of the company really isn't the important part".
      r`\b(?:the |our |my )?(?:company(?:'s| s)? name|name of (?:the|our|my) company|name of (?:the|our) (?:agency|firm)|who (?:we are|i work for|i am with)) (?:really |just )?(?:is not|does not|do not|does not really) (?:the )?(?:important|matter|relevant|your concern)\b|\b(?:i|we) (?:can not|cannot|am not able to|are not able to|am not allowed to|are not allowed to|do not) (?:give|tell|share|disclose) (?:you )?(?:the|our|my) (?:company(?:'s| s)? name|company|agency(?:'s| s)? name|employer(?:'s| s)? name)\b`,
      r`\b(?:we|i) (?:do not|never) collect (?:debts?|money|bills)\b`,
      r`\bnot (?:a|an) (?:debt )?collect(?:or|ion) (?:call|agency)\b`,
    ],
  },
  {
    act: 'profanity_abuse',
    speaker: 'agent',
    ownWordsOnly: true,
    // "Ma'am, I'm not a scammer, okay? … A scammer wouldn't know that": the agent denying being one calls nobody a name.
    unless: [r`^(?![\s\S]*\byou(?:'re| are)? (?:a |an |such an? )?(?:scam\w*|fraud|crook|con artist|thie[fv]\w*)\b)(?![\s\S]*\b(?:f+u+c*k\w*|f\*+\w*|shit\w*|damn\w*|bitch\w*|ass(?:hole)?s?|idiot\w*|stupid|moron\w*|deadbeat\w*|loser\w*|dumb\w*|hell)\b)[\s\S]*(?:\b(?:i am|we are|this is) not (?:a |an |some )?(?:scam\w*|fraud|crook|con artist|thie[fv]\w*)\b|\ba (?:scammer|fraud|crook|con artist) (?:would not|would never|could not|cannot|does not|would)\b)`],
    patterns: [...PROFANITY, ...MILD_PROFANITY, ...INSULTS, ...AGENT_INSULTS],
  },
  {
    // Read in the whole line: "do you think he'd want …" is the agent's own question, though it reports a wish.
    act: 'harassment_pressure',
    speaker: 'agent',
    patterns: [
      // "Don't you think he'd want his bills paid?": the dead man's wishes turned on his widow.
      r`\b(?:do not you|would not you|do you not|do you|would you not) think (?:he|she|they) would (?:want|have wanted) (?:his|her|their|the) (?:bills?|debts?|accounts?|balances?) (?:paid|taken care of|settled|handled)\b|\b(?:he|she|they) would (?:want|have wanted) (?:his|her|their) (?:bills?|debts?) (?:paid|taken care of|settled)\b|\blet everybody else (?:eat|pay for|cover) it\b`,
    ],
  },
  {
    act: 'harassment_pressure',
    speaker: 'agent',
    ownWordsOnly: true,
    negatable: true,
    patterns: [
      // "You made these charges. Nobody forced you. At some point you have to be the adult here": shamed.
      // "What about one of the quick-cash places? … You take that, you pay us": a payday loan urged to pay the debt.
      r`\b(?:be the adult|act like an adult|be a grown-?up|grow up and)\b|\bnobody (?:forced|made) you\b|\b(?:quick-?cash (?:places?|loans?)|payday (?:loans?|lenders?|places?)|title loans?|check into cash|advance america|cash advance (?:places?|stores?))\b[^.?!]*[.?!]?[^.?!]{0,60}\b(?:you pay us|pay us (?:off|back|with (?:it|that))|and you(?: are|'re) done with us)\b`,
      // Shamed: "a grown man ought to be able to find fifty bucks", "it's embarrassing to let it sit this long".
      r`\ba grown (?:man|woman|adult|person) (?:ought to|should|can not|cannot|would)\b|\b(?:it is|that is|this is) (?:embarrassing|shameful|pathetic|sad|a shame|a disgrace) (?:to|that you|you|how)\b`,
      // A hardship mocked: "Sure you can't.", "you sound fine to me", "disability's an easy paycheck".
      r`^(?:oh,? |well,? )?(?:sure|yes right|right|uh huh)[,.]? you (?:cannot|can not|do not|did not|are not|have not|will not|could not)[.!]?(?:$| (?:you know|look|listen)\b)`,
      r`\byou (?:sound|look|seem) (?:perfectly |totally )?(?:fine|okay|healthy|able-bodied|able to work) to me\b`,
      // Pressed past a hardship: "Borrow it from your folks, sell something, throw it on a credit card",
      // "you can't find thirty-five dollars?", "you just don't care about paying your bills".
      r`\b(?:borrow (?:it|the money|some money) from (?:your|a) (?:folks|parents|family|friends?|mom|dad|mother|father|brother|sister|neighbou?r)|sell (?:something|some stuff|your (?:car|tv|phone|stuff|furniture))|(?:throw|put) it on (?:a|your|another) credit card)\b`,
      r`\byou (?:cannot|can not) (?:even )?(?:find|come up with|scrape together|spare|get) (?:__amount__|\d+|(?:a )?\w+(?:[- ]\w+)? (?:dollars|bucks))\?`,
      // Shamed past a hardship: "Then borrow it. Your mom, a boyfriend, somebody.", "You knew what you were signing.",
      // "So there's money when it matters to you", "Grown woman, two kids, and you'd rather—".
      r`\b(?:then |so |just )?borrow it(?=\s*(?:[.!,;]|$))|\byou knew what you were (?:signing|getting into|agreeing to)\b|\byou should have thought (?:of|about) that (?:before|when)\b|\b(?:there is|you (?:have|find|found|had)) (?:the )?money (?:when|for (?:what|whatever|the things?)) (?:it |that )?matters? to you\b|\bgrown (?:man|woman|adult),? (?:with )?(?:two|three|four|five|\d) (?:kids|children)\b`,
      // "You're his sister. Families usually step up in these situations, don't they?": a relative pressed to pay.
      r`\b(?:families|family members|relatives|family) (?:usually|always|normally|often|should|tend to) (?:step up|help out|pitch in|chip in|take care of (?:it|this|their own))\b`,
      // "Then you need to find it. Borrow it. You've got family, don't you?"
      r`\b(?:then )?you (?:need|have|are going to have|will have) to find (?:it|the money|a way)[.!]|\byou have got (?:family|friends|parents),? (?:do not|have not) you\b`,
      // A hardship made light of: "Surely there's forty somewhere", "forty dollars is a couple of lunches out".
      r`\bsurely (?:there is|you (?:have|can|could|have got))\b|\b(?:is|that is|it is) (?:just |only )?a couple (?:of )?(?:lunches|coffees|dinners|pizzas)\b`,
      // Shamed as a type: "that's the thing with you college guys", "a guy with a degree who can't hold
      // a job", "you want to be the guy who defaulted on his education?"
      r`\b(?:that is|it is|this is) the (?:thing|problem|trouble) with you (?:\w+ )?(?:guys|people|folks|types|kids)\b|\b(?:who|that) (?:can not|cannot|could not) (?:even )?(?:hold|keep) (?:down )?a job\b|\byou want to be (?:the|that) (?:guy|one|person|kind of person|type of person|type|woman|man) who (?:defaulted|does not pay|did not pay|never pays|skips?|skipped|stiffs?|stiffed|walked away|walks away|ignores|ignored|ran up)\b`,
      r`\byou (?:just )?(?:do not|does not) care about paying (?:your |the |any )?(?:bills|debts|way)\b`,
      // A consumer's English mocked: "Do you actually speak English?", "you should learn the language".
      r`\bdo you (?:actually|even|really) (?:speak|understand) english\b|\byou (?:should|need to|ought to|better) learn (?:the language|english)\b|\b(?:this|we) (?:is not|are not) a translation service\b|\bam i wasting my time(?: here| with you)?\b`,
      // "Other folks on Social Security manage to pay their bills", "skip a couple lunches", "take it out of the grocery money".
      r`\b(?:other (?:folks|people)|everybody else|everyone else|most people)(?: on [\w ]{3,20}?)? (?:manage|find a way|seem to manage|somehow manage) to pay\b`,
      // "everybody can pay something", "that's like one pizza", "if you wanted to take care of your bills you would find a way".
      r`\b(?:everybody|everyone|anybody|anyone) can (?:pay|afford|do|find|spare) (?:something|a little|twenty|ten|__amount__)\b|\bthat is (?:like |just |only )?(?:one|a|the price of (?:a|one)) (?:pizza|coffee|latte|dinner out|tank of gas|night out|takeout order|case of beer)\b|\bif you (?:really |actually |truly )?wanted to (?:pay|take care of|handle|fix|deal with)\b[^.?!]{0,40}\byou would (?:find a way|figure (?:it|something) out|make it happen|have paid)\b`,
      r`\byou are a grown (?:woman|man|adult)\b|\bpeople who (?:actually |really |just )?pay (?:their|your) (?:bills|debts)\b[^.?!]{0,40}\b(?:do not|never) (?:have to )?(?:get|deal with|hear from|need)\b|\b(?:now )?you want to (?:act|pretend) (?:like|as if) (?:it|this|that) (?:is|was) not (?:yours|your)\b`,
      r`\bskip (?:a (?:couple|few) (?:of )?)?(?:lunches|meals|dinners|coffees|nights out)\b|\beat (?:a (?:little|bit) )?less\b|\b(?:go|do) without (?:a few |some )?(?:groceries|food|meals|your (?:medicine|medication|meds|groceries))\b|\btake it out of (?:the|your) (?:grocery|groceries|food|rent|medicine|medication|gas) money\b`,
      r`\byou (?:cannot|can not) (?:just )?not pay (?:people|your bills|what you owe)\b`,
      r`\b(?:disability|unemployment|welfare|food stamps|benefits|ssdi|ssi|a disability check)(?: is| was)? (?:an? |such an? )?(?:easy|free|nice) (?:paycheck|money|ride|check|living)\b`,
      // Talking down to the consumer: "let me go really slow so you can keep up", "not rocket science",
      // "I guess they don't teach that in school anymore", "should I explain that too?".
      r`\bso (?:that )?you can keep up\b|\b(?:it is|this is|that is|it's) not (?:exactly |really |like )?rocket science\b|\b(?:most|real|normal|other) grown(?:[- ]ups| adults| people| men| women) (?:manage|know how|are able|seem able|figure out how|can find|can come up with|find|come up with) (?:to\b|__amount__|a (?:hundred|few hundred|couple hundred)|\w+ (?:dollars|bucks))|\b(?:i|we) can (?:sit|stay) (?:here|on the (?:phone|line)) (?:as long as|all day|all night)\b[^.?!]{0,60}\b(?:till|until) (?:we|you) (?:find|get|come up with) (?:a number|something|an amount)\b|\b(?:they|you) (?:do not|did not|don't|didn't) (?:teach|learn) (?:that|this|you that|you this|basic \w+) (?:in school|anymore|at school)\b|\bshould i explain (?:that|this|it) (?:too|as well|also)\b|\bor can you handle (?:that|this|it)(?: one)?\b|\bin (?:small|little|simple) words (?:for you|so you)\b|\bis that too (?:hard|complicated|difficult) for you\b`,
      // "A grown man forgetting a three-hundred-dollar phone bill for a year, that's kind of embarrassing."
      r`\b(?:that is|it is|that's|it's|pretty|kind of|kinda|honestly|really) (?:kind of |pretty |a little |a bit |really )?(?:embarrassing|pathetic|shameful|sad|irresponsible)\b(?=[^.?!]{0,40}(?:[.?!]|$))(?<=\b(?:grown|forgetting|forgot|ignoring|ignored|letting|let|bill|owe|owing|paying|debt)\b[^]{0,120})`,
      // Belittled as a grown-up who cannot manage: "A grown man with two kids can't ask somebody for three hundred dollars?"
      r`\b(?:a |you are a )?grown (?:man|woman|adult|person)(?: with (?:\w+ ){1,2}kids)?,? (?:can not|cannot|could not|who can not|who cannot|and you can not|and you cannot|does not|and you do not)\b`,
      // "You're a grown man, Naveen. You borrowed the money, you ought to be able to handle your own bills."
      r`\byou are a grown (?:man|woman|adult|person)\b(?=[^?]{0,80}\b(?:ought to|should|need to|have to|supposed to) (?:be able to )?(?:handle|pay|manage|take care of|deal with|own)\b)|\b(?:hide|hiding) behind (?:a |some |your |the )?(?:lawyers?|attorneys?)\b`,
      // "A grown man with kids watching him ought to want to keep his word on what he borrowed."
      r`\ba grown (?:man|woman|adult|person)\b[^.?!]{0,50}\b(?:ought to|should|would want to|needs? to|has to) (?:want to |be able to )?(?:keep|pay|handle|manage|take care of|own|honou?r)\b`,
      // "Most people in your spot find a way. A family member, a credit card, something.": a hardship waved off.
      r`\b(?:most|other|plenty of|lots of|a lot of) (?:people|folks|customers|debtors)(?: (?:in your (?:spot|situation|shoes|position|boat)|like you))? (?:find|figure out|manage to find|always find|seem to find|somehow find) (?:a way|the money|something)\b|\b(?:a family member|your family|a friend|a relative|your parents),? (?:a |your )?credit card,? (?:something|anything|whatever)\b`,
      // "You bought a TV you couldn't pay for", "Everybody's got nothing until they want something", "So get fifty
      // bucks from somebody … People find money when they're embarrassed enough": a hardship met with scorn.
      r`\byou (?:bought|got|took|ran up|wanted) (?:a|an|the|that|this) (?:\w+ ){1,3}you (?:could not|can not|cannot|did not have the money to) (?:pay for|afford)\b|\b(?:everybody|everyone)(?: is| has)?(?: got)? nothing until (?:they|you) want something\b|\bpeople (?:find|come up with|get) (?:the )?money when they (?:are|get) (?:embarrassed|ashamed|desperate|scared|hungry) enough\b|\b(?:so |then |just )?get (?:it|the money|__amount__|(?:\w+ )?(?:bucks|dollars)) from (?:somebody|someone|anybody|anyone|your (?:mom|mother|dad|father|girlfriend|boyfriend|wife|husband|family|friends|parents|brother|sister|kids))\b`,
      // "You've got family, right? Friends? Somebody can spot you fifty bucks. Everybody's got somebody."
      r`\b(?:somebody|someone|anybody|anyone|a friend|your (?:family|mom|mother|dad|parents|friends)) (?:can|could|will) (?:spot|lend|loan|front|float) you\b|\beverybody(?: has|'s| is) got somebody\b|\byou can find __amount__`,
      // A consumer who said they cannot pay, pointed at family to borrow from: "what about asking your mom?"
      r`\b(?:what about|how about|have you (?:thought about|tried|considered)|(?:can|could) not you|why (?:do not|don't) you|you could always) (?:asking|ask|borrowing|borrow(?:ing)? (?:it |the money |something )?from|hitting up|getting (?:it|the money|something) from) (?:your )?(?:mom|mother|dad|father|parents|family|friends?|brother|sister|relatives|grandma|grandmother|grandpa|in-laws|church)\b`,
      // Guilt over the dead or the family: "do you think he'd want you leaving his bills unpaid?", "the least you can do for him".
      r`\b(?:do you think|would) (?:he|she|they|your (?:late )?\w+) (?:would )?(?:want|like) you (?:to )?(?:leav|ignor|skip|walk away from|not pay|let)\w*\b|\bthe least you (?:can|could) do\b|\b(?:he|she|they) (?:would|will) be (?:ashamed|disappointed|embarrassed|rolling in (?:his|her|their) graves?)\b|\bhono(?:u)?r(?:ing)? (?:him|her|them|his memory|her memory) (?:means|is) (?:paying|handling|taking care)\b|\b(?:real|responsible|decent|good|honest) (?:people|adults|men|women|folks|person|man|woman) (?:pay|take care of|handle) (?:their|his|her) (?:debts|bills|obligations)\b|\bmen of (?:\w+ )?generation (?:took|take) care of\b`,
      r`(?<!${NAME_DENIED_BY} (?:you|anyone|anybody) (?:a |an )?)\bdead ?beats?\b`,
      r`\b(?:irresponsible|lazy|pathetic|shameless|worthless|useless|disgraceful|disgusting|selfish|childish|immature|dishonest|greedy|cheap|sorry|freeloading|no-good|no good) (?:people|person|man|woman|deadbeats|folks|debtors|customers|adults?|parents?|mothers?|fathers?|excuse|human beings?|bums?|freeloaders?|losers?)\b`,
      r`\bpeople like you\b`,
      // Belittling a stated hardship: "everybody can find fifty bucks. Skip a dinner out."
      r`\b(?:everybody|everyone|anybody|anyone) can (?:find|come up with|scrape together|spare|afford|do|manage|pay) (?:__amount__|(?:\$?[\w-]+ )?(?:bucks|dollars))|\bskip (?:a |one |your )?(?:dinner|meal|lunch|night out|coffee|movie|date night)(?: out)?\b`,
      // Shaming by comparison: "pay your bill like everybody else", "other people manage to pay".
      r`(?:(?<=^|[.!?;] )(?:just |so |now |then |and |okay )*|\byou (?:need|have|got|ought) to |\bgo )pay\b[^.?!]{0,40}\blike (?:everybody|everyone|every other person|the rest of us|normal people|a normal person|an adult|a grown[- ]?up|a responsible (?:adult|person)|responsible people)\b`,
      r`\b(?:everybody|everyone|other people|normal people|the rest of us) (?:else )?(?:manages?|finds? a way|figures? it out|pays?|can pay)\b[^.?!]{0,30}\b(?:why (?:can|do|will)(?:not)? you|what is your excuse|but not you|except you)\b`,
      r`\b(?:your|you) kind\b(?! (?:of|words|offer|help|attention))`,
      r`\bwhat (?:kind|sort|type) of (?:a )?(?:person|man|woman|mother|father|parent|adult|human being|people|grown (?:man|woman|adult))\b`,
      // The children held up against the consumer: "what kind of example are you setting for them?", "a good mom takes care of her responsibilities".
      r`\bwhat (?:kind|sort|type) of (?:an )?example (?:are you|you are|is that|that is)\b|\b(?:they are|your (?:kids|children|son|daughter) (?:are|is)) watching how you\b|\b(?:a |any )?(?:good|real|decent|responsible) (?:mom|mother|dad|father|parent|man|woman|person|husband|wife) (?:takes care of|pays|handles|honou?rs|would pay|would take care of)\b|\byou want (?:them|your (?:kids|children|son|daughter)) (?:growing|to grow) up thinking\b`,
      r`\b(?:you should be|are you not|you ought to be) (?:ashamed|embarrassed)\b`,
      r`\bshame on you\b`,
      r`\bhow (?:can|could|do) you (?:live with yourself|sleep at night|look (?:at yourself|your kids|in the mirror)|call yourself|face your)\b`,
      r`\b(?:grow up|be an adult|act like an adult|act your age|be a man|man up|be responsible for once|take some responsibility|stop making excuses|stop (?:lying|whining|crying|complaining|playing games|wasting my time|stalling|dodging|avoiding (?:me|us|this|my calls))|quit (?:lying|whining|making excuses|stalling|playing games|crying))\b`,
      r`\b(?:excuses,? excuses|all you (?:do is|have are|ever do is) (?:make )?excuses|i have heard (?:that|it|every excuse|that excuse|it all|them all|that one|that line|that story)(?: all)? (?:before|a million times|a thousand times)|everybody says that|that is what they all say|(?:nobody|no one) cares (?:about your|about you|that you|if you|whether you)|spare me the (?:sob story|excuses))\b`,
      r`\byou (?:people|guys|folks) (?:always|never|are all)\b`,
      r`\b(?:you are|you were) (?:lying|a liar|a deadbeat|irresponsible|a disgrace|an embarrassment|a joke|a thief|a crook|stealing|a bum|a freeloader|lazy|selfish|pathetic|shameless|useless|worthless|cheap|a loser|childish|immature|a leech)\b`,
      r`\b(?:grown|real|responsible|decent|normal|honest|mature|good) (?:adults?|men|women|people|folks|parents) pay (?:their|what they owe|back)\b`,
      r`\b(?:that is )?not my problem\b`,
      // A hardship waved away: "I hear you, but everybody's got something."
      r`\bbut (?:everybody|everyone|we all|all of us) (?:is|has|have|are)(?: got)? (?:something|problems|bills|issues|stuff going on|things going on|their (?:problems|issues|stuff)|it (?:rough|hard|tough))\b`,
      // "You can find a couple hundred bucks if you really want to": not paying made a choice.
      r`\b(?:find|come up with|scrape (?:up|together))\b[^.?!]{0,40}\b(?:money|__amount__|bucks|dollars|cash|it|something|a way)\b[^.?!]{0,20}\bif you (?:want|wanted) to\b`,
      r`\byou could (?:pay|afford|cover) (?:this|it|something|that) if you wanted to\b`,
      r`\bi do not care (?:about (?:your|that|you)|if you|that you|what you|how you|whether you|how(?= *(?:[.!?]|$)))`,
      r`\bwho cares\b`,
      r`\byou (?:should have|should've) thought (?:about|of) that\b`,
      r`\b(?<!\b(?:should|shall|can|could|do|may|would you like|want) )(?:i|we)(?: will| am going to| are going to| are| am)? (?:keep|continue|not stop) (?:calling|calling you|to call|contacting|bothering|bugging|pestering|harassing|texting|emailing|chasing|riding|on you|after you|hounding)\b`,
      r`\b(?:i|we)(?: will| am going to| are going to| will be| am| are)? (?:call|calling|text|texting|contact|contacting) (?:you |your (?:work|job|office|employer|boss|house|home|family|mother|parents|cell) |you at (?:work|home|your job) )?${RELENTLESS}`,
      r`\b(?:i|we) (?:will not|are not going to|am not going to|do not) (?:stop|give up|leave you alone|go away)(?: calling| contacting| texting)?(?: you)? (?:until|till|unless)\b`,
      r`\b(?:call|calling|try|trying|contact|contacting|ring|ringing) every (?:number|phone(?: number)?|contact|relative|reference|person|family member)\b`,
      r`\b(?:i|we)(?: am| are| will be| will)? (?:staying|stay|sitting|sit|waiting|wait|holding|hold) (?:right )?(?:here |on (?:this|the) (?:line|phone|call) )(?:until|till) (?:(?:i|we) (?:get|have|receive|collect)|you (?:pay|give|agree|hand))\b`,
      r`\b(?:shame|pity|too bad|awful|terrible)(?<=\b(?:be|is) (?:a |such a )?(?:shame|pity|too bad|awful|terrible))(?: if|,? if) ${gap(4)}(?:found out|finds out|heard|hears|learned|learns|got a call|gets a call|saw|sees)\b`,
      r`\b(?:(?:i|we) (?:am|are|will) )?not (?:hanging up|going to hang up|hang up|letting (?:you|this|it) go|going to let (?:you|this|it) go|let (?:you|this|it) go|getting off (?:the|this) (?:phone|line|call)|going to get off (?:the|this) (?:phone|line|call)|dropping (?:this|it)|going to drop (?:this|it)|going away|going anywhere|giving up|backing off|stopping) (?:until|till|unless|without|before) (?:(?:i|we) (?:get|have|receive|collect)|you (?:pay|give|agree|commit|hand|cough)|(?:this|it|that|the (?:balance|account|debt)) is (?:paid|settled|resolved|taken care of)|(?:a|some|the|your) (?:payment|card|money|commitment))\b`,
      r`\b(?:pay|paying|get (?:this|it|the money|paid|our money|your money)|collect|collecting)\b ${gap(4)}one way or (?:another|the other)\b`,
      r`\bone way or (?:another|the other),? (?:you|we|i) (?:will|are going to|am going to|is going to) (?:pay|get|collect)\b`,
      r`\b(?:everybody|everyone|every single (?:person|one of you)|all of you|all you people|they all) (?:says?|claims?|tells? me|uses?|gives? me) (?:that|they|the same|this)\b`,
      r`\b(?:blow(?:ing)? up|flood(?:ing)?|bomb(?:ing)?) your (?:phone|cell|line|inbox)\b`,
      r`\bdo not give me (?:that|excuses|that excuse|that line|that story|that crap|that nonsense)\b(?! (?:number|information|card|date|address|amount|bullshit|shit|bs|b s|__expletive__)\b)`,
      r`\byou (?:will|are going to) (?:be |keep )?(?:hear|hearing|get|getting) (?:from (?:us|me)|(?:our |my )?(?:phone )?calls?)(?: (?:again|a lot))?,? ${RELENTLESS}`,
      r`\b(?:you better not|you had better not|do not you dare|do you dare|dare you) hang up(?: on me)?\b|\bdo not (?:you )?(?:dare )?hang up on me\b`,
      r`\bwhat is wrong with you\b`,
      r`\bkeep (?:ignoring|avoiding|dodging|hiding from) (?:us|me|this|our calls|my calls)\b`,
      r`\byou (?:are not|will not be) (?:getting off|going anywhere|hanging up)\b`,
      // Not "Rubén, please tell your mother exactly this: …": words given to an interpreter to pass on.
      r`\b(?<!\bplease )(?:call|calling|contact|contacting|tell|telling|inform|informing|notify|notifying|let) (?:your )?(?:employer|boss|job|workplace|coworkers|co-workers|neighbou?rs|family|relatives|friends|mother|father|parents|church|references|pastor|kids' school|hr department)\b(?! (?:exactly )?(?:this|that|what i (?:said|say))\b)`,
      r`\b(?:get your act together|like a normal person|like a grown(?:[- ]up| adult| man| woman)|like everyone else does|like a responsible (?:adult|person))\b`,
      r`\b(?:no more|enough with the|enough of the|enough with your|quit (?:giving me|making)|do not give me|i do not want) (?:your |any |the |these )?excuses\b`,
      r`\b(?:sob story|spare me|cry me a river|boo hoo|tell it to someone who cares|save (?:it|your excuses|the excuses|the sob story))\b`,
      r`\bi am (?:losing|running out of) (?:my )?patience\b`,
      r`\b(?:i|we) know you (?:have|got|are hiding) (?:the )?money\b`,
      r`\b(?:borrow|get) (?:it|the money|money|some money) from (?:your |a |some )?(?:family|friends?|parents|relatives|mother|father|mom|dad|somebody|someone|anybody|anyone|neighbou?rs?|boss|coworkers?)\b.{0,40}\b(?:now|today|then|i do not care)`,
      r`\b(?:i do not|we do not) want to hear (?:it|your excuses|excuses|about)\b`,
      // Relentless contact promised: "I'll have the dialer hit your cell every hour".
      r`\b(?:call|calling|dial|dialing|ring|ringing|text|texting|hit|hitting|hear from me|getting calls|be getting calls|fill (?:it|your voicemail|your mailbox) up|(?:put|putting) you on|talk to you(?= in an hour)|see you tomorrow|keep (?:your )?phone ringing)\b[^.!?]{0,40}?(?:every (?:hour|twenty minutes|thirty minutes|half hour|\w+ minutes)|hourly|all day long|through dinner|every night (?:before bed)?|in five minutes,? and|and the day after(?: that)?|till (?:we get paid|i hear back|this is (?:done|paid))|until (?:we get paid|i hear back|this is done))`,
      r`\b(?:(?<!\b(?:should|shall|can|could|do|may) )(?:we|i) (?:will|am going to|are going to)? ?keep (?:dialing|ringing|texting|calling|asking|pushing|reaching out|contacting you|trying you|coming after you)|(?:we|i) will still be calling|(?:we|i) do not stop|(?:we are|i am) not stopping|was not planning on stopping|(?:we have|we got) (?:\w+ )?more (?:numbers)?|do not bother blocking|(?:adding|add|put|putting) (?:your|you) (?:[\w-]+ ){0,2}(?:to|on) (?:the|my|our) (?:dialer|hourly list|call list)|the hourly list|more are coming|not getting a quiet day|i can call back all day|call as often as i (?:need|want)|every time you duck|call (?:you )?twice|i can ignore it|still fair game|that is the do-not-call|cease and desist all you)\b`,
      // Going around the consumer: family, work, references.
      r`\b(?<!\b(?:stop|stopped|not|never|to|had to|will not|did|already) )(?:call|calling|ring|ringing|try|trying|text|texting|contact|contacting|message|leave messages with|left a message with)\b (?:your |you at your )?(?:grandma|grandmother|grandpa|husband|wife|sister|brother|dad|mom|mother|father|ex-wife|ex|emergency contact|references|landlord|supervisor|manager|office(?: line)?|work(?: line| extension| number)?|job(?: line)?|commanding officer|pastor|in-laws|neighbou?rs|whoever answers|mom(?:'s| s) landline|wife(?:'s| s) (?:cell|phone|work)|husband (?:at|on)|sisters?(?:'s| s)? number)\b(?![^.!?]{0,40}\b(?:is not|are not|was not|is never|is the last thing|never)\b)`,
      r`\b(?:your (?:emergency contact|references|boss|landlord|neighbou?rs|pastor|in-laws|family|commanding officer|manager|supervisor)(?:'s| s| is| are)? (?:going to|will|would|might) (?:get a call|get to know me|love to (?:know|hear)|want to know|like to know|hear about)|wonder what (?:they|your \w+(?: \w+)?) (?:would )?think|(?:i will|i am going to) make sure your (?:whole )?(?:family|neighbou?rs|street|town|job|boss) (?:hears|knows|finds out))\b`,
      // Mocking hardship and spending.
      r`\b(?:boo (?:\w+ )?hoo|welcome to my world|how convenient|(?:that is )?(?:real |pretty |very )?convenient timing|must be nice|go get a job|skip a meal|can wait a week|pawn something|max out another card|take out a payday loan|sell (?:the|your) (?:tv|car|playstation|wedding ring|ring|stuff|furniture|truck)|(?:found|had|have|got) money for (?:cigarettes|disney|those (?:jordans|shoes|nails)|beer|takeout|a vacation|vacations|vegas|nails|pizza|weed|jordans)|(?:afford|affording) [\w ]{1,30} but not|(?:babies|funerals|chemo|cancer) (?:do not pay|happen)|people still pay)\b`,
      // Shaming and contempt.
      r`\b(?:you must be so proud|real classy|no dignity|what kind of (?:\w+ )?(?:stiffs|skips|dodges|does not pay)|how do you look your (?:children|kids|wife|husband|family|daughter|son)|what are you (?:going to|gonna) tell your (?:daughter|son|kids|children|wife|husband)|a grown (?:man|woman) hiding|do you hear yourself|you deserve (?:it|this)|you have earned (?:it|this)|nobody is (?:going to|gonna) feel sorry for you|(?:you are|you're|truly) exhausting|(?:just|only) another name on my|you think you are (?:special|better)|i would be ashamed|you had \w+ years|is this the best you have got|typical\.)`,
      // Brushing off what the consumer says.
      r`\b(?:not interested in (?:the|your) (?:backstory|story|excuses|life story)|(?:i am )?done listening|not your therapist|do not (?:need|want) to hear (?:about )?(?:your|the word)|what you want does not matter|i do not believe you|sure you did|do not even think about|like i said the last \w+ times|that is the (?:second|third|fourth|fifth|\w+th) no|(?<!\bor (?:do )?not,? )i (?:just )?do not care(?= *(?:[.!?]|$))|no more stories|hardship or not|crying about|you are crying|(?:i|we) do not negotiate with)\b`,
      r`\b(?:(?:two|three|four|five|six|seven|eight|ten|twenty|\d+|several|multiple|many) calls a (?:day|night)|(?:morning|afternoon|evening)(?: and (?:morning|afternoon|evening))? call list|(?:nothing|nothin) but time|till the cows come home|(?:got|have) (?:like )?(?:fifty|a hundred|\d+) (?:more )?numbers|another call to your|(?:swing|move|send) the calls (?:over )?to your|leaving voicemails at your|get used to (?:me|my voice|hearing from)|keep chatting with|every single day,? morning and)\b`,
      r`\b(?:your|the) (?:landlord|in-laws|pastor|bishop|coworkers?|co-workers?|ex-husband|ex-wife|teachers?|other teachers|staff room|front desk)\b[^.!?]{0,30}\b(?:get(?:s|ting)? a (?:\w+ ){0,2}(?:call|letter)|would (?:love to|feel)|(?:will|going to) hear|happy to talk|so helpful)\b|\bhow would (?:the|your) (?:other )?(?:teachers|coworkers|co-workers|neighbou?rs|boss|in-laws|family|pastor|church|kids|wife|husband|staff)\b[^.!?]{0,30}\bfeel\b|\beverybody in your (?:little )?town\b`,
      r`\b(?:everybody(?: is| has)? got (?:hardship|problems)|you know who else has problems|people with real problems|(?:mostly )?a spending problem|do not marry the wrong|milking the|you call yourself a|what happened to your pride|raised you better|(?:be|is) (?:very )?disappointed to hear|embarrassed to claim you|it is a sin|adults (?:typically|usually|normally) pay|fascinating approach|awkward timing|used to other people|tired of being the person|what is it with you people|the dog ate your|never learned responsibility|you can afford a third|could not be me|touch grass|(?:got|have|had|found) money for (?:a )?(?:vacation|cruise|bass boat|boat|jordans|vapes|cigarettes|beer|takeout|disney|vegas|concert|tattoo|new (?:phone|tv|car|truck))|(?:spend|spent|spending|blowing|blow) it all (?:on|at)|where is the money going)\b`,
      r`\b(?:this call ends when|you do not get to end|you will stay on the line|today or today|answer the question i asked|wasting (?:both of )?our time|wasting mine|your feelings are not|irrelevant\.|how about now\? still no|i did not ask whether you could|for as long as it takes|a long,? long (?:summer|winter|year))\b`,
      // Holding the consumer on the line.
      r`\b(?:keep you on (?:the|this) (?:line|phone) (?:until|till)|sit here (?:in silence )?(?:until|till)|keep asking (?:until|till)|i can wait all day|(?:i have|i have got|i got) nowhere to be|pull over then|put me on hold again|setting (?:one|it) up anyway)\b`,
      // Badgering past a refusal or a hardship: "Can't, or won't?", "I'm asking a third time",
      // "husband or no husband", "everybody is having money for something".
      r`\bcan ?not,? or will not\b|\b(?:everybody|everyone)(?: has|'s| s| is)?(?: got)? (?:a story|an excuse|a sob story|a reason)\b|\byou are telling me you (?:cannot|can not|could not) (?:find|come up with|scrape together|spare)\b|\bsounds (?:a (?:whole )?lot )?like (?:a )?will not\b|\b(?:asking|ask|asked) (?:you )?(?:for )?(?:a|the) (?:third|fourth|fifth|sixth|tenth|hundredth|millionth) time\b|\bthere is nothing to think about\b`,
      r`\b(husband|wife|job|kids|baby|chemo|cancer|funeral|hardship|illness|surgery|layoff|sick|hospital) or no \1\b|\b(?:everybody|everyone|anybody|people) (?:is having|has|have|finds?|can find|got) (?:the )?money for (?:something|everything|what they want|the things they want)\b`,
      r`\b(?:somebody|someone|anybody|anyone) (?:in your life|you know|in your family) (?:can|could|will) (?:spot|lend|loan|give|front|cover) you\b|\b(?:would|will) (?:like|want|love) to (?:get paid|be paid) too\b`,
    ],
  },
  {
    act: 'ultimatum',
    speaker: 'agent',
    ownWordsOnly: true,
    negatable: true,
    patterns: [
      r`\bsee what happens (?:to you|next)\b`,
      r`\bor else\b`,
      r`\byou (?:will|are going to|will be) (?:regret|be sorry)\b`,
      r`\bmake you (?:pay|sorry|regret)\b`,
      r`\b(?:this is )?your (?:last|final) (?:chance|warning)\b`,
      // Not "Then you'd better call us before the 17th" (if payroll is late): a reminder to call ahead.
      r`\byou (?:better|had better|would better) (?:pay|answer|call(?! (?:us|me|in|ahead)(?: (?:first|ahead))? (?:before|if|ahead))|have|find|come up)\b`,
    ],
  },
  {
    act: 'unauthorized_fee',
    speaker: 'agent',
    negatable: true,
    unless: [
      r`\bzero dollars (?:in )?(?:fees?|interest|charges?|surcharges?)\b`,
      // "People sometimes ask if there's a fee for that, and there isn't."
      r`\b(?:ask|asks|asked|asking|wonder|wonders|wondering|wondered) (?:me |us )?(?:if|whether) there (?:is|will be|would be|are) (?:a |an |any )?(?:[a-z-]+ )?(?:fees?|charges?|surcharges?)\b[^.?!]{0,30}\b(?:there is not|there are not|there is none|there will not be|it is free|no)\b`,
      // "… including the interest they'd already charged before it came over": the creditor's, already in the balance.
      r`\b(?:interest|fees?|charges?)\b[^.?!]{0,30}\b(?:they|the (?:bank|creditor|original creditor|lender|hospital|provider|store|company|card company|carrier|gym|clinic))(?: would| had| have)?(?: already)? (?:charged|assessed|added|billed)\b(?! (?:now|today|for (?:this|the) (?:call|payment)|to (?:pay|process)))|\bnothing (?:has been|was|is|got|gets) added\b`,
      r`\b(?:agreement|contract|allowed by|permitted by|allows|lets (?:the|them)|original creditor|their fee|not us|missed[- ]appointment|no[- ]show|(?:equipment|early termination|termination|cancellation|non-?return|unreturned|activation) fee|(?:is|stays|remains) (?:disputed|on hold)|the itemi[sz]ation (?:shows|lists|has|includes|says)|are you asking|you are asking|asking (?:whether|if)|you feel|fee[- ]free|the (?:hospital|creditor|clinic|lender|bank|store|landlord|dealer|dealership|gym|doctor|provider)(?:'s| s)? (?:charged|added|assessed|own fee)|your bank(?:'s| s)? (?:fee|charge|nsf fee|overdraft fee)|(?:your|the) bank (?:charged|charges|charge) you|between you and (?:them|your bank|the bank))\b`],
    patterns: [
      r`\b(?:add|adding|tack on|tacking on|apply|applying|assess|assessing|impose|imposing|charge|charging|include|including|slap on|tag on|bill you|billing you|incur|incurring|there will be|you will pay|you will be charged|you will owe|pass on|passing on|put|(?:we|i|have|has|been|be|being|get|gets|got|was|were|is|are|just|now) (?:added|tacked on|applied|assessed|imposed|charged|included|incurred|slapped on)) (?:you |on |to your (?:account|balance) )?(?:a |an |the |another |some |additional |extra |an additional |an extra |our )?(?:(?:${AMT}|__percent__) )?(?:(?:late|processing|convenience|service|collection|admin|administrative|administration|penalty|handling|phone|transaction|payment|card|recovery|legal|attorney|court|filing|finance|reinstatement|returned check|nsf|account|maintenance|extra|additional|one-time|monthly|daily|research|\w+ing) )?(?:fees?|charges?|surcharges?|penalt(?:y|ies)|costs|interest)\b`,
      r`\b(?:there is|there will be|that is|that will be|it is|it will be|with|plus|includes?|including|comes with|carries|on top of that,? there is) (?:a |an |another |additional |an additional |a small |an extra )?(?:${AMT} |\d+ (?:dollar )?)?(?:(?!no\b|not\b|free\b|zero\b)[a-z-]+ )?(?:fee|surcharge|service charge|processing charge|penalty)\b`,
      r`\binterest (?:will|is going to|would|shall|is|has been|keeps|continues to|will continue to|will keep|is going to keep|is being|gets)? ?(?:be )?(?:added|charged|accru\w*|applied|compound\w*|building|adding up|piling up|accumulating|going up|tacked on)\b`,
      r`\b(?:fee|surcharge|penalty|service charge|processing charge) of (?:${AMT}|__percent__)`,
      // "Tomorrow the account goes back to full balance with the interest we've been holding off": interest threatened back on.
      r`\b(?:with|plus) (?:the |all the |all that )?interest (?:that )?(?:we have|we|they have|they|i have) been (?:holding off|holding back|holding|waiving|freezing|sitting on)\b|\b(?:goes|go|going|revert\w*|bounces?) back to (?:the )?full (?:balance|amount) (?:with|plus) (?:the |all the )?(?:interest|fees)\b`,
      // "It runs through our payment processor, which adds nine ninety-five": the price of paying, passed on.
      r`\b(?:payment |card |third[- ]party )?(?:processor|processing (?:company|vendor|service)|payment vendor|card vendor)s?,? (?:which |that |who )?(?:adds?|charges?|tacks? on|puts? on|bills? you)(?: you| on)?(?: an? (?:extra|additional))? (?:${AMT}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?: (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)?(?: dollars| bucks)?|a (?:small |little |flat )?(?:fee|charge|surcharge))\b`,
      // "The system puts a $25 adjustment charge on": a charge named with its sum, put on the account.
      r`\b(?:puts?|adds?|applies|tacks?|slaps?) (?:an? |the )?${AMT} (?:[a-z-]+ )?(?:fee|charge|surcharge|penalty)\b|\b${AMT} (?:[a-z-]+ )?(?:fee|charge|surcharge|penalty) (?:on|added|applied|tacked on)\b`,
      r`\b(?:an? )?(?:extra|additional|added|separate|surprise) (?:${AMT} )?(?:charges?|costs?)\b`,
      r`\byou (?:will|would|are going to) be charged (?:an? )?(?:extra |additional )?(?:${AMT}|__percent__) (?:every time|each time|for every|if|whenever|per late|as a (?:fee|penalty)|extra|more)\b`,
      r`\b(?:accrues?|accruing|accumulates?|accumulating|compounds?|compounding|bears?|bearing|carries|carrying|earns?|picking up|picks up|racking up|racks up|gaining|gains) (?:__percent__ )?(?:\w+ )?interest\b`,
      // "When we take a card over the phone there's $12.50 added for processing."
      r`\b${AMT} (?:added|extra|more|on top)\b[^.?!]{0,20}\b(?:for|to cover) (?:the )?(?:processing|convenience|card processing|using a card|paying by (?:card|phone)|the (?:card|phone) payment)\b`,
      // Not "…debit ending 7730, no fee": a card's digits and a fee denied.
      r`\b${AMT}(?<!,) (?:(?!(?:no|zero|without|any)\b)\w+ )?(?:fee|surcharge|penalty)\b`,
      // "That's the $488 plus a small $14.95 processing amount for running it over the phone."
      r`\bplus (?:a |an |the )?(?:small |little |tiny |one-time |flat |nominal )?${AMT} (?:processing|convenience|service|handling|transaction|phone|payment|card|technology|portal) (?:amount|charge|cost|surcharge|fee)\b`,
      r`\b(?:the )?(?:balance|amount|debt|total|what you owe) (?:will|is going to|keeps|continues to|will keep|is going to keep|will continue to) (?:go up|going up|increase|increasing|grow|growing|climb|climbing|rise|rising|balloon|ballooning|get bigger)\b`,
      r`\b(?:late|processing|convenience|collection|admin|administrative|penalty) (?:fees?|charges?) (?:will|are going to|would|shall)? ?(?:be )?(?:added|applied|assessed|charged|included)\b`,
    ],
  },
  {
    // Fees and interest the agent adds, read from a fee named next to its price or from the
    // balance said to grow; contract terms and the creditor's own charges are lawful.
    act: 'unauthorized_fee',
    speaker: 'agent',
    negatable: true,
    ownWordsOnly: true,
    unless: [
      r`\bzero dollars (?:in )?(?:fees?|interest|charges?|surcharges?)\b`,
      // "The $318.44 is the charge for that last billing period": the debt itself, not a fee on it.
      r`\b(?:(?:is|was|are|were) the (?:\w+ )?charges? for|charges? for (?:the|that|your) (?:last|final|billing|service|usage|closing))\b`,
      // "… placed an account with us for the unreturned equipment and final service charges": what the debt is for.
      r`\b(?:account|balance|debt|bill|claim)\b[^.?!]{0,30}\bfor (?:the |your )?(?:[a-z-]+ ){0,5}?charges\b`,
      // "So you're disputing the $1,430 MRI charge": the consumer's dispute read back, a charge of the debt itself.
      r`\bdisput\w* (?:of )?(?:the |that |this |your )?(?:__amount__ )?(?:[a-z-]+ ){0,3}(?:fees?|charges?)\b|\b(?:fees?|charges?) (?:is|are|was|were|has been|have been|being|stays|remains) (?:marked |noted |flagged )?(?:as )?(?:disputed|in dispute|under dispute|on hold|under review)\b`,
      // The creditor's own contract charges, itemised as part of the debt: "a $250 early termination fee".
      r`\b(?:early (?:termination|cancellation)|termination|cancellation|equipment|non-?return|unreturned|activation|annual membership|membership cancellation|missed[- ]appointment|no[- ]show|broken[- ]appointment|late[- ]cancell?ation|finance|renewal|annual maintenance|maintenance) (?:fee|fees|charge|charges)\b|\bthe itemi[sz]ation (?:shows|lists|has|includes|says)\b|\b(?:from|under|per|in) (?:your|the) (?:contract|agreement|loan agreement|lease|terms)\b`,
      r`\b(?:agreement|contract|allowed by|permitted by|allows|lets (?:the|them)|original creditor|the creditor(?:'s| s)? (?:own|charges)|their fee|not us|are you asking|you are asking|asking (?:whether|if|about)|you were charged|you feel|fee[- ]free|no fee|no (?:added|extra) (?:fees?|charges?)|no (?:interest|fees?|charges?)|waived|(?:take|took|taking) (?:that|the|this) (?:\w+ )?(?:fee|charge) (?:right )?off|violation fees|the state(?:'s| s)?|agreed to|the judgment|your lawyer|going to charge you|(?:said|says|told you) (?:they|he|she|it)|court set|nothing else gets added|not a penny more|may|might|could|if any|would you like|the (?:hospital|creditor|clinic|lender|bank|store|landlord|dealer|dealership|gym|doctor|provider)(?:'s| s)? (?:charged|added|assessed|own|fee))\b`,
    ],
    patterns: [
      r`\b(?:(?!(?:no|zero|violation|toll|the|a|an|that|this|their|his|her|your)\b)[a-z-]+ (?:fee|fees|surcharge|penalty)|(?:[a-z-]+ing|late|admin\w*|recovery|collection|finance|delinquency|documentation|service|statement|trip|rollover|daily|monthly|extra|additional|setup|set-up) (?:charge|charges))\b(?=[^.!?]{0,60}\b(?:__amount__|__percent__|\d[\d,.]*|(?:a |one |two |three |four |five |six |seven |eight |nine |ten )?hundred|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[- ]\w+)?|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[- ]\w+)?|(?:two|three|four|five|six|seven|eight|nine|ten) (?:bucks|dollars|percent|fifty|ninety|ninety[- ]\w+|ninety-nine)|a (?:dollar|quarter) a day|\w+ (?:dollars?|bucks|percent))(?! (?:days|months|weeks|years)))`,
      r`\b(?:__amount__|__percent__|\d(?:[\d,.]*\d)?|(?:a |one |two |three |four |five |six |seven |eight |nine |ten )?hundred|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[- ]\w+)?|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[- ]\w+)?|(?:two|three|four|five|six|seven|eight|nine|ten) (?:bucks|dollars|percent|fifty|ninety|ninety[- ]\w+|ninety-nine)|a (?:dollar|quarter) a day|\w+ (?:dollars?|bucks|percent)) (?:(?!no |zero |without )[a-z-]+ ){0,3}(?<!\b(?:cleaning|carpet|carpeting|damage|damages|repair|repairs|painting|paint|move-out|equipment|termination|cancellation|pet|key|keys|lock|towing|storage|ambulance|lab|installation|usage|overage|roaming|delivery|tuition|rent|toll|tolls|parking|cleanup|trash|removal|replacement|unreturned|non-return|ct|mri|x-ray|xray|scan|imaging|radiology|anesthesia|procedure|surgery|visit|copay|deductible|pharmacy|prescription|duplicate|room|device|phone|handset|membership|subscription|dues|renewal) )(?:fee|fees|surcharge|penalty|charge|charges)\b(?! (?:on|to|from) (?:your|the|my|his|her) (?:card|visa|mastercard|amex|discover|debit|credit|account|statement|bank|checking))`,
      r`\b(?:we|i|our (?:system|office)|the system)(?: will| have| just| also| then| do| now| already)? (?:add|adding|added|charge|charging|assess|assessing|bill|billing|apply|applying|applied|tack on|put|putting|roll|rolling|pass (?:that|it|a (?:tiny |little )?bit of that) (?:on|along)) ${gap(5)}(?:fees?|charges?|surcharges?|penalt(?:y|ies)|costs?)\b`,
      r`\b(?<!\b(?:do|does|did|will|would|can|should|could) )(?:we|i|they) (?:charge|bill|add) (?:for|a|an|(?:__amount__|__percent__|\d[\d,.]*|(?:a |one |two |three |four |five |six |seven |eight |nine |ten )?hundred|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[- ]\w+)?|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[- ]\w+)?|(?:two|three|four|five|six|seven|eight|nine|ten) (?:bucks|dollars|percent|fifty|ninety|ninety[- ]\w+|ninety-nine)|a (?:dollar|quarter) a day|\w+ (?:dollars?|bucks|percent)))\b`,
      r`\b(?:interest|the balance|your balance|the number|the amount|the account|it|the total|the fee|the charges?)(?: is| has been| keeps| will keep| just keeps)? (?:adding up|ticking|running|stacking(?: up)?|climbing|climbs|going up|goes up|compounding|growing|grows|picking up|picks up|bumps up|piling up|getting bigger|gets bigger|higher)\b(?=[^.!?]{0,40}\b(?:every|each|day|daily|week|weekly|month|monthly|cycle|since|fast|while|the longer|tonight|tomorrow|a few bucks|another|more)\b)`,
      r`\b(?:the (?:interest )?meter (?:is running|loves)|another day of fees|costs? (?:you|him|her) more (?:in interest|in fees|every)|the longer [^.!?]{0,40}the more (?:it costs|you owe|it grows)|(?:turning|turn) on the interest|(?:interest|fees) (?:on top|went on|go(?:es)? on (?:tonight|tomorrow|today))|(?:compounding|accrues at|accruing at) (?:daily|__percent__|\w+ (?:and a half )?percent))\b`,
      r`\b(?:(?:__percent__|\w+ percent|a (?:dollar|quarter)) (?:a|per|each|every) (?:day|week|month|cycle)|(?:__percent__|\w+ percent) (?:monthly|daily|weekly))\b(?:(?<=\b(?:interest|rate|apr|charges?|fees?|accru\w*|compound\w*|default|penalty)\b[^.!?]{0,60})|(?=[^.!?]{0,40}\b(?:interest|rate|apr|charges?|fees?)\b))`,
      // A price added for the way of paying, or interest put on by the agency: "that's an extra $4".
      r`\b(?:extra|additional) __amount__\b(?<=\b(?:is|costs?|will be|would be|runs|adds) (?:you )?an? (?:extra|additional) __amount__)|\b(?:add|adding|added|tack(?:ing)? on|charg(?:e|ing)|put(?:ting)? on) (?:another |an extra )?__percent__ (?:a|per|each|every) (?:day|week|month)\b`,
    ],
  },
  {
    // Disputing is a right; saying it hurts the consumer's credit misleads, whatever advice follows
    // ("so I really wouldn't do that").
    act: 'misleading_credit_claim',
    speaker: 'agent',
    ownWordsOnly: true,
    patterns: [
      // "If you can do even half today, I can have it show as in good standing": a part payment promised to clean the report.
      r`\b(?:i|we) (?:can|could|will|would) (?:have|make|get) (?:it|this|that|the account|your (?:account|credit|report|file)) (?:show|showing|reported|report|listed|marked|updated)(?: as)? (?:in )?good standing\b`,
      // "It's going to keep sitting on your credit report. The only way to stop that is to take care of it today."
      r`\b(?:credit (?:report|file|score)|the bureaus)\b[^?!]{0,80}\bthe only way to (?:stop|fix|clear|remove|end) (?:that|it|this|the reporting)\b[^.?!]{0,20}\b(?:pay|paying|take care of|taking care of|settle|clear)\b`,
      // "Once that hits your file it's basically a renter's death sentence. Nobody rents to you for ten years, and paying it doesn't take it off."
      r`\b(?:a |basically a |like a )?(?:renter'?s |credit |financial )?death sentence\b|\b(?:nobody|no one|no landlord|no bank|no lender)(?: will| is going to| would)? (?:rent|rents|lend|lends|finance|finances|approve|approves) (?:to )?you (?:for|in) (?:ten|seven|fifteen|twenty|\d+) years\b|\bpaying (?:it|this|that) (?:off )?(?:does not|will not|won't|doesn't) (?:take it off|remove it|get it off|clear it)\b`,
      // "I'll code it as paid in full … anybody pulling your report sees paid in full, not settled": a settlement reported as what it is not.
      r`\b(?:sees?|shows?|will show|reads?|says?) paid in full,? (?:not|instead of) settled\b|\b(?:nobody|no one)(?: will)? (?:ever )?know (?:that )?you settled\b|\b(?:code|coding|report|reporting|mark|marking) (?:it|this|that|the account) as paid in full\b(?=[\s\S]*\bsettl)`,
      r`\bdisput(?:e|es|ing)(?: it| this| that| the debt)? (?:will|would|is going to|can|could) (?:only )?(?:hurt|damage|lower|ruin|tank|wreck|drop) (?:your )?(?:credit|score)\b`,
      // A parent's debt said to go on the heir's report: "it's going to report under your name".
      r`\b(?:report|reported|reporting|show up|shows up|go|goes|get reported|be reported)(?: \w+)? under your (?:own )?name\b`,
      // The dead spouse's debt said to go on the survivor's own report: "showing up on your credit report, not just hers".
      r`\bon your (?:own )?credit(?: report| file)?,? (?:not (?:just |only )?|as well as |and not only |too,? not )(?:hers|his|theirs|(?:your|her|his) (?:late )?(?:wife|husband|spouse|mother|father|mom|dad)(?:'s| s)?)\b`,
    ],
  },
  {
    act: 'misleading_credit_claim',
    speaker: 'agent',
    // "I can't promise it comes off your report entirely, the history stays": removal disclaimed, not promised.
    unless: [r`\b(?:can'?t|cannot|can not|won'?t|will not|couldn'?t|could not) (?:promise|guarantee|tell)(?: you)?(?: that)?(?: it| this| that| the (?:\w+ )?(?:debt|account|collection|balance))?(?: will| would| is going to)? (?:come|comes|be taken|be removed|be wiped|fall|falls|drop|drops|go|goes) (?:right )?off\b`],
    negatable: true,
    negatedAfter: true,
    ownWordsOnly: true,
    patterns: [
      // "You pay it in full and I'll have it wiped from all three bureaus. It'll be like it was never there."
      r`\b(?:have|get|make|see) (?:it|this|that|the (?:account|collection|debt)) (?:wiped|removed|deleted|erased|taken off|scrubbed|pulled)(?: off| clean)? (?:from|off(?: of)?) (?:all three|the|your|every)(?: credit)? (?:bureaus|reports?|credit(?: report)?)\b|\b(?:it will|it is going to|it'?ll) be (?:like|as if) it (?:was|were) never there\b`,
      // "If you set up a plan with me today, I put a hold on the reporting … your file basically freezes": reporting said to stop for a plan.
      // "Every month this stays open, it goes out again as another missed payment … a new hit every thirty days."
      r`\b(?:put|place|placing|putting) (?:a |the )?(?:hold|freeze|pause|stop) on (?:the |your )?(?:credit )?reporting\b|\b(?:the |your )?(?:reporting|credit file|file|credit)(?:'s| is| will| gets?)? (?:basically |pretty much |just )?(?:frozen|freezes?|be frozen|paused)\b|\bnew (?:hit|ding|mark|late payment|missed payment) (?:on your (?:credit|report) )?every (?:thirty|30) days\b|\bgoes out (?:again )?(?:as|like) (?:another|a new) (?:missed|late) payment\b`,
      // "Until it's paid it's sitting on your credit as an unpaid collection, and the dispute doesn't show up on there": a disputed debt reported as undisputed.
      r`\b(?:the |your |a )?dispute (?:does not|won'?t|will not|is not going to|never) (?:show|appear|get noted|be (?:reported|noted|marked|shown))(?: up)?(?: on (?:there|it|your (?:credit|report|credit report)|the (?:report|credit report|bureaus?)))?\b`,
      // Someone else's credit said to carry the consumer's debt: "it's gonna hit her credit too", "it goes on both your reports".
      // Not "People usually ask me whether this hurts their credit": people in general.
      r`(?<!\b(?:people|folks|customers|consumers|everyone|everybody)\b[^.?!]{0,50})\b(?:hit|hits|hurt|hurts|affect|affects|damage|damages|ruin|ruins|go(?:es)? on|show(?:s)? (?:up )?on|appear(?:s)? on|drag(?:s)? down)\b[^.?!]{0,30}\b(?:her|his|their|your (?:wife|husband|spouse|partner|kids?|children|family|parents?|mom|dad|son|daughter)(?:'s| s)?|both (?:of )?(?:your|you all(?:'s| s)?|y'?all(?:'s| s)?|you)(?:'s| s)?|(?:wife|husband|spouse)(?:'s| s)) (?:credit|reports?|scores?|credit reports?|credit scores?)\b|\b(?:her|his|your (?:wife|husband|spouse|partner)(?:'s| s)?) (?:credit|score) (?:takes|will take|gets|is going to take|would take) (?:the|a) hit\b`,
      // Deletion promised as the reward for paying: "once you've got a few payments in, we'll have the collection taken off your credit report".
      r`\b(?:we|i)(?: will| can| are going to| am going to| would)? (?:have|get) (?:it|this|that|the (?:collection|account|debt|tradeline|entry|negative \w+|whole thing)) (?:taken off|removed (?:from|off)|deleted (?:from|off)|wiped (?:from|off)|scrubbed (?:from|off)|pulled (?:from|off)) (?:of )?your (?:credit(?: report| file| history)?|report|file)\b`,
      // Paying does not erase a collection from the report: "it will come off your credit completely, like it never happened".
      // "Once it's settled it comes off your credit report completely" ("completely" is dropped as an intensifier).
      r`\b(?:once|when|after|if|as soon as) (?:it is|it|you have|you|it gets|we get it|the account is|the balance is) (?:settled|paid(?: off)?|pay(?: it)?(?: off)?|settle(?: it)?)\b[^.?!]{0,30}\b(?:come|comes|coming|be taken|be removed|be wiped|gets? (?:taken|removed|wiped)|fall|falls|drop|drops|goes|go) (?:right )?off (?:of )?your (?:credit(?: report| file)?|report)\b`,
      r`\b(?:come|comes|coming|be taken|be removed|be wiped|fall|falls|drop|drops) (?:right )?off (?:of )?your (?:credit(?: report)?|report)(?: completely| entirely| for good)\b|\b(?:it will be|it is|it'?ll be|it would be) (?:just )?(?:like|as if) (?:it|this|the (?:account|debt)) never happened\b`,
      // Collections age off after seven years whether paid or not: "it stays on your report until it's paid, no matter how long".
      // "If you want it off, you pay it": deletion sold for payment.
      r`\bif you want (?:it|this|that) (?:off|gone|removed|taken off)(?: (?:of )?your (?:credit(?: report)?|report))?,? (?:then )?(?:you )?(?:pay|have to pay|need to pay|got to pay)\b`,
      r`\b(?:stays?|remains?|sits?|sitting|staying|remaining|will stay|will remain|will be|is going to stay|is going to be) on your (?:credit(?: (?:report|file|record|history))?|report|file|record|history)\b[^.?!]{0,40}\b(?:until (?:it is |you have |you )?(?:paid|pay)|forever|for ever|permanently|no matter how long|for the rest of your life|indefinitely|for good)\b`,
      r`\bnever (?:comes?|falls?|drops?|goes?) off\b`,
      r`\b(?:destroy|ruin|wreck|trash|tank|kill|annihilate|demolish|obliterate)(?:s|ed|ing)? (?:your |his |her )?(?:credit|credit score|credit rating|credit history|credit report|financial future|chances of)\b`,
      r`\b(?:your )?(?:credit(?: score| rating| history| report)?|score) (?:will|is going to|would|is|will be|gets|would be) (?:be )?(?:destroyed|ruined|wrecked|trashed|tanked|tank|nosedive|gone|shot|finished|done for|dropping to zero|drop to zero|go to zero|hit zero|zero|never recover|plummet|crater|in the toilet)\b`,
      r`\bnever (?:be able to )?(?:get|qualify for|obtain|buy|rent|own|take out|be approved for|get approved for|finance|lease|borrow) ${gap(2)}(?:a |an |another |any )?(?:loan|mortgage|car|house|home|credit card|credit|apartment|lease|job|financing|phone|cell phone|anything)\b`,
      r`\b(?:credit|report|record|score|rating|history) ${gap(4)}(?:forever|permanently|for life|for the rest of your life|for good|indefinitely|until you die|for all eternity)\b`,
      r`\b(?:forever|permanently|for life|for the rest of your life|for good) ${gap(2)}(?:on your )?(?:credit|report|record)\b`,
      r`\b(?:this|it|that)(?: debt)? will (?:haunt|follow) you (?:forever|for life|for the rest of your life|everywhere|until you die)\b`,
      r`\byou (?:will not|would not|are not going to|will never) be able to (?:get|rent|buy|obtain|qualify for|finance|lease|borrow|open) ${gap(2)}(?:a |an |any )?(?:loan|mortgage|car|house|home|credit card|apartment|lease|job|financing|phone|bank account)\b`,
      r`\b(?:blacklist(?:ed|s|ing)?|black list(?:ed|s)?|black ?ball(?:ed|s)?)\b`,
      r`\b(?:drop|lower|tank|reduce|knock|cost you|take) ${gap(2)}(?:your )?(?:credit )?(?:score )?(?:by )?(?:\d{3}|hundreds of|two hundred|three hundred|four hundred|five hundred|a hundred|several hundred) points\b`,
      r`\bcredit score (?:of|to) (?:zero|0|nothing)\b`,
      r`\b(?:report|reporting|put|place|flag) (?:you|this|it|the debt|your name) (?:to|on|with) (?:every|all (?:the )?(?:banks|lenders|employers|landlords))\b`,
      r`\b(?:no|not a single|not one) (?:bank|lender|landlord|employer|company|creditor|dealership) (?:will|is going to|would) (?:ever )?(?:lend|give|approve|rent|hire|touch|finance|extend)\b`,
      r`\b(?:we|i) will (?:make sure|see to it|ensure) (?:that )?(?:you|your credit)\b(?! (?:get|receive|have|are|know|understand)\b)`,
      r`\b(?:nobody|no one|no bank|no lender|no landlord|no company) (?:will|is going to|would) (?:lend|give|approve|rent|hire|finance|extend credit|sell) (?:you|to you|anything to you)\b`,
      r`\b(?:employers|landlords|every (?:bank|lender|employer)) (?:will|can) see (?:this|it) (?:forever|for the rest of your life)\b`,
      r`\b(?:(?:you can )?forget about (?:ever )?(?:owning|renting|getting|buying|financing|leasing|being approved)|enjoy never (?:owning|getting|renting|buying)|(?:keep|stop|block|prevent)s? you from (?:ever )?(?:getting|being approved|traveling|owning|renting|buying|registering)|say goodbye to your (?:\w+ )?(?:license|credit|chances|clearance|house|home|car)|those days are over|never climb back|no coming back from|no repairing it|you (?:will )?never get it back|you do not get it back)\b`,
      r`\b(?:worse than (?:a )?bankruptcy|(?:treat|treats|treated) it (?:as|like) a bankruptcy|like a felony on your|scarlet letter|lifetime damage|never coming off|zero credit|score of zero|rock bottom|(?:ruined|spoiled|toast|wrecked)(?: for good| for life| for the lifetime|\.)|hitting reset on|we decide what shows up|put it back on your report|starts the seven years over|get around (?:it|the seven[- ]year)|only full payment counts|(?:does not|won't|will not) help your score at all|makes it stay longer|every bank is (?:going to|gonna) know|banks talk to each other|(?:cancelled|closed|blocked) once this (?:reports|posts|hits)|flagged as a (?:theft|fraud))\b`,
      r`\b(?:score|credit|it)(?: will| is going to|'ll)? (?:jump|go|goes|jumps|bounce|bounces|come|comes|brings? your score) (?:straight |right )?back (?:to|up|where)\b(?=[^.!?]{0,60}\b(?:pay|paid|paying|clears|before|instantly|same day|immediately)\b)|\b(?:off|removed from|scrubbed from|gone from|deleted from) your (?:credit )?report (?:by (?:tomorrow|tonight|friday|monday|the weekend)|immediately|instantly|the next (?:business )?day)\b|\bcomes off your report immediately\b`,
      // Everyone is said to see or share it: "every bank shares it", "the same list".
      r`\b(?:every|all (?:the|of)|any) (?:\w+ ){0,2}(?:lenders?|banks?|landlords?|employers?|utilit(?:y|ies)|screening compan(?:y|ies)|dealers?|insurers?|providers?|carriers?|companies|check[- ]cashers?|creditors?|underwriting software)\b(?:(?!may|might|could)[a-z']+ ){0,3}?(?:checks?|sees?|shares?|uses?|will see|pulls?|runs?|rejects?|denies?|knows?|blocks?|bans?)\b(?![^.!?]*\b(?:may|might|could|possibly)\b)`,
      r`\b(?:(?:the )?(?:same|one|shared) (?:list|database|blacklist)|no-?lend list|industry[- ]wide|points off|point for point|the bottom tier|fraud flag on your (?:social|credit|report|file)|(?:credit )?fraud risk|chronic debtor|(?:ten|seven|five|\w+) years minimum|permanent record|linked to your tax|on your (?:background check|social security record))\b`,
      r`\b(?:your|his|her) (?:co-?signer|co-?buyer|parents|roommates?|girlfriend|spouse|wife|husband|kids|children|daughter|son|family)(?:'s| s|s')? (?:credit|score|files?)\b(?=[^.!?]{0,40}\b(?:too|also|as well|same|drop\w*|down|flagged|affected|hit|on the line)\b)(?![^.!?]*\b(?:may|might|could|possibly)\b)|\b(?:get|gets|will get|be) flagged too\b`,
      r`\b(?:insurers?|insurance compan(?:y|ies)|your (?:insurance|insurer|premiums?|policy|coverage|home insurance)|doctors?(?:' offices)?|recruiters|the irs|your (?:new )?employer|cell carrier)\b[^.!?]{0,40}\b(?:cancel|drop|jack|raise|go (?:way )?up|double|deny|refuse|reject|flag|freeze|close|will (?:see|know))\w*\b(?![^.!?]*\b(?:may|might|could|possibly)\b)`,
      r`\b(?:credit|score)(?: is| will be| s| is going to be)? (?:finished|toast|over|dead|done for)\b|\bno (?:car|apartment|crib|house|mortgage|loan|credit card|card|car loan|phone)s?,? no (?:car|apartment|crib|house|mortgage|loan|credit card|card|car loan|phone|nothing|no(?:thin)?)\b`,
      // Permanence claims anywhere in a sentence about the record: "it's on there forever".
      r`\b(?<!\bmake (?:it|this|that) )${PERMANENT}\b(?<=\b(?:credit|report|reports|reported|file|score|record|bureaus?|on there|collections?|default|repo|flag|history|database|it is there)\b[^.!?]{0,60}${PERMANENT})`,
      // Removal promised for paying: "pay today and it's deleted", "I'll have Equifax scrub it clean".
      r`\b(?:deleted|removed|wiped|scrub(?:bed)?|erased|taken off|take (?:it|the whole thing|this|the default|the repo\w*) off|come off|gone|disappears?|remove (?:it|the \w+)|wipes? out)\b(?<=\b(?:pay|paid|paying|settle|settling|payment|take care of)\b[^.!?]{0,80})(?=[^.!?]{0,50}\b(?:poof|like it never|immediately|same day|right away|within the week|overnight|by (?:friday|monday|tomorrow|the weekend))\b)`,
      r`\b(?:deleted|removed|wiped|scrub(?:bed)?|erased|taken off|take (?:it|the whole thing|this|the default|the repo\w*) off|come off|gone|disappears?|remove (?:it|the \w+)|wipes? out)\b(?<=\b(?:pay|paid|paying|settle|settling|payment|take care of)\b[^.!?]{0,30}\b(?:today|now|right now|this week|by friday)\b[^.!?]{0,50})(?=[^.!?]{0,50}\b(?:report|reports|credit|history|file|bureaus?|equifax|experian|transunion|clarity|teletrack)\b)`,
      r`\b(?:like it never happened|like you were never (?:behind|late)|reads as never late|score(?: is| s)? (?:back|goes back) (?:where it was|to (?:excellent|normal|perfect|\d{3}))|credit goes back to (?:excellent|normal|perfect))\b`,
      // Extreme scores: "your FICO is about to be a three hundred".
      r`\b(?:zero credit score|credit score of zero|score (?:to|of|is|will be|about to be|going to be) (?:a )?(?:three hundred|300|the lowest|rock bottom|the bottom(?: tier)?)|(?:credit|score) (?:is|will be) dead|credit (?:will not|is not going to|will never|cannot) recover|(?:lowest|bottom) (?:number|score|tier) (?:there is|they have|possible))\b`,
      r`\b(?:no|not a single|not one|ain't no|there is no|every|any|all the) (?:\w+ ){0,2}(?:banks?|lenders?|landlords?|employers?|apartment complex(?:es)?|dealers?(?:hip)?s?|underwriters?|property managers?|utilit(?:y|ies)|insurers?|credit unions?|screening compan(?:y|ies)|leasing compan(?:y|ies)|recruiters|check[- ]cashers?|companies)\b[^.!?]{0,40}\b(?:will|is going to|are going to|would) (?:\w+ )?(?:rent|lend|approve|hire|finance|touch|accept|write|take|give|reject|deny|turn (?:you )?down|see|refuse|flag|drop|ban)\b(?![^.!?]{0,30}\b(?:may|might|could|seven years|up to)\b)`,
      r`\byou (?:will|would) (?:never|not) (?:be able to )?(?:qualify|get approved|be approved|get accepted|be accepted|be hired|get hired|rent|own|buy|lease|finance|open|cash)\b(?=[^.!?]{0,60}\b(?:again|ever|for life|anywhere|every|any|this|a (?:loan|mortgage|car|house|home|apartment|card|lease|phone|job))\b)`,
      r`\b(?:counts?|treated|coded|reported|shows?(?: up)?|listed|goes on|marked) (?:the )?(?:same )?(?:as|like) (?:a |an )?(?:bankruptcy|eviction|check fraud|willful default|credit fraud risk|deadbeat)\b|\bas a (?:fraud risk|credit risk)\b`,
      // Re-aging: a payment does not restart the seven years, and a paid collection is not shown unpaid.
      r`\b(?:restart\w*|reset\w*|start\w* over) (?:the )?(?:seven|7)(?:[- ]year| years)\b|\b(?:seven|7)[- ]years? (?:clock )?(?:starts?|started|restarts?|restarted|resets?) (?:over|again|from)\b|\bre-?ag(?:e|es|ed|ing) (?:the|your) (?:debt|account|balance)\b`,
      r`\bafter you (?:pay|have paid|paid)\b[^.!?]{0,40}\b(?:show|shows|stay|stays|listed|reported|appear|appears|remain|remains|marked)(?: up)? as (?:unpaid|delinquent|open|outstanding|not paid)\b`,
    ],
  },
  {
    act: 'third_person_debt',
    speaker: 'agent',
    patterns: [
      // "a financial matter he needs to take care of before it gets worse": money he must settle, hinted.
      r`\b(?:financial|money|payment|billing|credit|account) (?:matter|issue|situation|problem|obligation|thing)\b[^.?!]{0,40}\b(?:he|she|they|__name__) (?:really |still |urgently )?(?:needs?|has|have|must|should|ought) to (?:take care of|handle|deal with|resolve|address|sort out|pay|settle)\b`,
      r`\b(?:financial|money|payment|billing|credit|account) (?:matter|issue|situation|problem|obligation|thing)\b[^.?!]{0,60}\bbefore (?:it|this|things) (?:gets? worse|goes? further|escalates?|becomes? a (?:bigger )?problem)\b`,
      r`\b(?:he|she|__name__|your (?:${FAMILY})) (?:owes|has (?:a |an |some )?(?:debt|past due|overdue|unpaid|outstanding|delinquent)|is (?:behind|past due|late|delinquent|in default|in collections|overdue)|needs to pay|has to pay|must pay|has not paid|did not pay|never paid|failed to pay|skipped out on|stopped paying|defaulted)\b`,
      r`\b(?:his|her|__name__'s|__name__ s) (?:(?:past due|overdue|unpaid|outstanding|delinquent|credit card|medical|car|student|old|auto|personal|late|defaulted) ){0,2}(?:debts?|balances?|bills?|loans?|payments?|arrears|collection account|past due account|overdue account|delinquent account|account (?:is|has been) (?:past due|overdue|delinquent|in collections))\b`,
      r`\b(?!(?:today|tomorrow|yesterday|month|week|year|tonight)'s)[a-z]+'s (?:past due|overdue|unpaid|outstanding|delinquent|defaulted|charged off) (?:debts?|balances?|bills?|loans?|payments?|account|credit card|card)\b`,
      r`\byour (?:${FAMILY})(?:'s| s) (?:debts?|balances?|bills?|loans?|account|payments?|credit card|past due|overdue)\b`,
      r`\b(?:can|could|would|will) you (?:pay|cover|take care of|help (?:with|pay)) (?:it|this|that|the (?:debt|balance|bill)) ${gap(3)}for (?:him|her|them)\b`,
      r`\b(?:tell|let|remind|inform) (?:him|her|them|__name__) (?:know )?(?:that )?(?:he|she|they) (?:owes?|needs to pay|has to pay|is behind|has a (?:debt|balance))`,
      // "Just tell him Shawn called about that old Midwest Wireless bill": the bill named in the message.
      r`\b(?:tell|let|remind|inform) (?:him|her|them|__name__)\b[^.?!]{0,60}\b(?:called|calling|rang|phoned|is calling|was calling) (?:about|regarding|concerning|over) (?:that|the|his|her|their|this) (?:[a-z-]+ ){0,4}?(?:bill|balance|debt|loan|card|payment)s?\b`,
      // "She's gonna want to get this handled before the end of the month. It's gotten a little past the point where the company's willing to wait."
      r`\b(?:past|beyond) the point (?:where|that|at which) (?:the company|the creditor|the bank|they|we|our client)(?: is| are| was| were)? (?:willing|going|able|prepared) to wait\b`,
      r`\b(?:she|he|they|__name__) (?:is going to|will|would|is gonna|needs to|should|ought to|has to|had better) (?:want to )?(?:get|have) (?:this|it|that) (?:handled|taken care of|resolved|paid|settled|squared away|dealt with|cleared up) (?:before|by) (?:the end of (?:the )?(?:month|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d|next)`,
      // "It's about the Verizon line he had … we can get it squared away for a lot less than he'd expect."
      r`\bit is about the (?:[a-z]+ ){0,3}(?:line|account|card|bill|loan|plan|phone|service)s? (?:he|she|they) (?:had|has|opened|took out)\b|\bget (?:it|this|that) (?:squared away|taken care of|settled|resolved|cleared up) for (?:a lot |much |way )?less\b`,
      // "Let him know the payment he set up for the fifteenth didn't go through … the full amount comes due again."
      r`\b(?:the |his |her |their )?(?:payment|arrangement|payment plan|plan|installment)s? (?:that )?(?:he|she|they|__name__) (?:set up|made|scheduled|promised|agreed to|arranged)\b|\b(?:he|she|they|him|her|__name__)\b[^.?!]{0,100}\bthe full (?:amount|balance) (?:comes|becomes|will be|is|goes) (?:back )?due\b`,
      // "Let him know it's about the check he wrote to Red Fork Furniture that came back … He needs to make that good."
      r`\b(?:he|she|they|__name__) (?:needs to|need to|has to|have to|must|should|ought to|had better|is going to have to) make (?:that|it|this|the check|good on (?:it|that|the check)) good\b|\b(?:he|she|they|__name__) (?:needs to|has to|must|should|had better) make good on\b|\bchecks? (?:that )?(?:he|she|they|__name__) (?:wrote|gave|passed|cut)\b[^.?!]{0,60}\b(?:came back|bounced|was returned|got returned|was rejected|did not clear|was no good)\b`,
      // "The Discover account is only in her name, so the $4,120 is on her, not you."
      r`\b(?:the )?(?:__amount__|balance|debt|bill|rest of it) (?:is|is all|falls|stays|sits) on (?:her|him|them|__name__)\b|\b(?:account|card|loan|debt|balance)s? (?:is|are) (?:only |solely |just |all )?in (?:her|his|their|__name__'s|__name__ s) name\b(?=[^.?!]{0,60}__amount__)`,
      // "If he'd keep up with his FourFold payments, maybe he'd be caught up with you too."
      r`\b(?:he|she|they|__name__) (?:would|could|had|did|does not|did not|has not|is not|have not|do not|never|is|has been|was) (?:just |even )?(?:keep|kept|keeping|catch|caught|stay|stayed|staying) up (?:with|on) (?:his|her|their) (?:[a-z]+ ){0,2}(?:payments?|bills?|loans?|card|account|balance)\b`,
      // "He'll know what it's about, and he needs to get it settled up with us."
      r`\b(?:he|she|they|__name__) (?:needs to|need to|has to|have to|must|should|ought to|had better|is going to want to|will want to) (?:get|have) (?:this|it|that) (?:settled|paid|taken care of|squared away|resolved|cleared up|handled)(?: up)? with (?:us|our office|me)\b`,
      // "Just let her know her file from Makai Terrace Apartments is with me now, and she's got until Friday before I have to escalate it."
      r`\b(?:his|her|their|__name__'s|__name__ s) (?:file|account|case|matter) (?:from|with|for) (?:[a-z&.'-]+ ){1,4}(?:is|has been|was) (?:now )?(?:with (?:me|us|our office)|here|on my desk|assigned to (?:me|us)|placed with us|sent (?:over )?to us|turned over to us)\b`,
      r`\b(?:he|she|they|__name__) (?:has|have|has got|have got|got|is got) (?:until|till|through) (?:[a-z0-9]+ ){1,3}before (?:i|we) (?:have to |need to |must |will |am going to |are going to )?(?:escalate|send|move|forward|refer|pass|turn)\b`,
      // "There's still some left on that after Medicare, and we're just trying to get it taken care of for her."
      r`\bthere is still (?:some|a (?:little|bit|balance)|something|money|an amount) (?:left |owing |owed |due )?(?:on (?:that|it|the (?:bill|account))|to pay|after (?:insurance|medicare|medicaid|the insurance))\b|\b(?:trying|want|need|looking) to get (?:it|this|that) (?:taken care of|paid|resolved|settled|cleared up) for (?:her|him|them)\b`,
      // "Between you and me, he's let this one slide for a while": a debt left unpaid, hinted.
      r`\b(?:he|she|they|__name__) (?:has |have |is |had |keeps |kept |is been )?(?:let|letting) (?:it|this|this one|that|that one|things|the (?:bill|account|balance|payments?|card|loan)) slide\b`,
      // "She's just got an old balance with Rosewood Family Dentistry, about eleven hundred."
      r`\b(?:he|she|__name__) (?:is |has )?(?:just |still )?got (?:an? |some |this |that )?(?:old |small |little |past due |outstanding |unpaid |open )?(?:balance|bill|debt|account) (?:with|from|at|on)\b`,
      // "The Summit HomeStyle account is still in her name and it's pretty far behind, almost three thousand."
      r`\b(?:account|card|loan|bill|balance|lease)s? (?:is |are )?(?:still )?(?:in|under) (?:her|his|their|__name__'s|__name__ s) name\b[^.?!]{0,40}\b(?:behind|past due|late|overdue|delinquent|owed|owing|unpaid|outstanding|in collections?)\b`,
      // "Just let him know his Keystone Home card has been behind since the summer": his account's state, told.
      r`\b(?:his|her|their|__name__'s|__name__ s) (?:[a-z-]+ ){0,4}?(?:card|account|bill|loan|payment|balance)s? (?:is|are|has been|have been|was|were|went|got|is getting|fell) (?:(?:a (?:little|bit|few (?:months|weeks))|way|pretty|really|so|seriously|quite) )?(?:behind|past due|late|overdue|delinquent|in collections|in default|unpaid|charged off|sent to collections)\b`,
      // "Let him know he can take care of it on his own at l-r-pay dot com": a payment site named for his bill.
      r`\b(?:he|she|they|__name__) can (?:take care of|pay|handle|resolve|settle|clear up) (?:it|this|that|the (?:balance|bill|account))\b[^.?!]{0,40}\b(?:online|portal|website|web site|dot com|pay ?line|our site)\b`,
      // "I'm just following up on that Kohl's card of hers": whose card, said to whoever answered.
      r`\b(?:that|the|this) (?:[a-z'-]+ ){0,3}(?:card|account|bill|loan|balance)s? of (?:his|hers|theirs)\b`,
      // "It's just a balance she needs to get squared away": money owed, hinted to whoever answered.
      r`\b(?:a|the|an|some|this|that) (?:(?:small|little|old|past due|unpaid|outstanding|open) )?(?:balance|bill|payment|debt|account|amount)s? (?:that )?(?:he|she|they|__name__) (?:really |still |just )?(?:needs?|has|have|must|should|ought) to (?:get )?(?:squared away|taken care of|take care of|pay|paid|settle|settled|handle|handled|clear(?:ed)? up|resolve|resolved|deal with|sort(?:ed)? out)\b`,
      // "That little balance left over from his urgent care visit back in January."
      r`\b(?:balance|bill|amount|debt)s? (?:left over |remaining |still owed |still due )?from (?:his|her|their|__name__'s|__name__ s) (?:[a-z-]+ ){0,3}?(?:visit|stay|surgery|appointment|account|card|loan|lease|service|treatment|bill)s?\b`,
      // "the $640 balance on her Lakeside Imaging Center account": whose account it is, said.
      r`\b(?:balance|debt|bill|amount|payment)s? (?:due |owed |owing |past due )?(?:on|for|with) (?:his|her|their|__name__'s|__name__ s) (?:[a-z-]+ ){0,4}?(?:account|card|loan|bill)s?\b`,
      // "We just want to help him get that old Lone Star Wireless bill squared away": his bill, named.
      r`\b(?:help|helping|get|getting) (?:him|her|them|__name__) (?:to )?(?:get )?(?:that|the|this|his|her|their) (?:[a-z-]+ ){0,4}?(?:bill|balance|debt|account|loan|card)s? (?:squared away|taken care of|paid(?: off)?|settled|cleared up|resolved|handled|sorted out|caught up|current)\b`,
      // Hints: "he's in a bit of financial trouble with us", "his creditors are trying to reach him".
      r`\b(?:he|she|__name__|they) (?:is|are|has been|got|gets|is getting) (?:himself |herself )?in(?:to)? (?:a bit of |some |a little |real |serious |big |a lot of |deep )?(?:financial|money|credit) (?:trouble|difficulty|difficulties|hot water|problems?)\b|\b(?:he|she|__name__) (?:is|are) in (?:a bit of |some |real |serious |big )?(?:trouble|hot water) with (?:us|our (?:office|company|client))\b`,
      r`\b(?:financial|money|payment|billing|credit|account) (?:matter|issue|situation|problem|obligation|thing|trouble)\b[^.?!]{0,60}\b(?:not going to|will not|does not|is not going to) (?:just )?go away\b|\b(?:his|her|their|__name__(?:'s| s)) creditors?\b`,
      r`\b(?:he|she|__name__) (?:cannot|can not|could not|does not|did not|is not able to) (?:cover|pay|afford) (?:a |an |the |her |his |their |this |that )?(?:__amount__ |\w+ )?(?:bill|balance|debt|payment)\b`,
    ],
  },
  {
    act: 'debt_words',
    speaker: 'agent',
    patterns: [
      // "His Visa with us has gotten a few months behind": an account's arrears told.
      r`\b(?:his|her|their|your) (?:[a-z]+ )?(?:visa|mastercard|card|credit card|account|loan|bill|balance|payments?|note)(?: with us)? (?:has|have|is|are|got|has gotten|have gotten)(?: gotten| fallen| gone| been)? (?:a (?:few|couple)(?: of)? (?:months?|weeks?|payments?) |way |pretty far |far |seriously )?(?:behind|past due|overdue|delinquent)\b`,
      // "Pinnacle Debt Recovery": the agency's name, said to whoever answers, names no debt of theirs.
      r`\b(?:debts?(?! (?:recovery|recoveries|solutions|services|management|resolution|funding|acquisitions?|partners|associates|group|advisors)\b)|owes?|owed|owing|(?<!\bno )deficiency|past due|overdue|delinquen\w*|in collections?|collection account|debt collect\w*|collect (?:a|the|this|on)|unpaid|arrears|in default|defaulted|missed payments?|late payments?|behind on)\b`,
      r`\b(?:outstanding|remaining) (?:balance|amount|bill|account|payment)\b`,
      r`\b(?:balance|amount due) (?:of|is)\b`,
      // "If she gets back to me before Friday I can still keep this from going any further with the car": a matter that will escalate.
      r`\b(?:keep|stop) (?:this|it|things|the matter) from going (?:any )?further\b`,
      // "Tell her it's about the sectional; she stopped making the payments on it back in January": payments missed.
      r`\b(?:stopped|quit|missed|skipped|fell behind on|(?:is|are|got|has been|have been|was|were) behind on) (?:making )?(?:the |her |his |their |your |a few |some |two |three )?(?:monthly )?payments?\b`,
      // "about what's left over on the Altima after the auction": the balance after a repossession, named sideways.
      r`\bwhat is (?:still )?(?:left|left over|remaining|owing) on (?:the|his|her|their|that|your) \w+`,
      r`\bafter the (?:auction|repo|repossession|sheriff'?s sale|foreclosure)\b`,
      // "The early termination on those didn't go away when you switched": a charge still standing.
      r`\b(?:the|that|those|this) (?:early termination|termination fee|cancellation fee|balance|bill|charges?|fees?|amount|payments?)(?: (?:on|for) (?:those|that|the|his|her|their|it)(?: \w+){0,2})? (?:did not|never|does not|will not|won't|didn't|doesn't) (?:go away|disappear|get (?:cancelled|canceled|wiped|erased|forgiven))\b`,
      // "… get him set up before it goes any further": trouble ahead if he does not call.
      r`\bbefore (?:it|this|things|the account|the matter) (?:goes|gets taken|is taken|escalates) any further\b`,
      // "There's an amount there he's going to want to get ahead of before it gets any bigger."
      r`\bthere is an? (?:amount|balance|sum|figure) (?:there|on (?:it|that|the (?:card|account|loan)))\b`,
      r`\bbefore (?:it|this|the (?:amount|balance)) (?:gets|grows) (?:any )?(?:bigger|larger|worse)\b`,
    ],
  },

  // ---------------------------------------------------------------- customer
  {
    act: 'confirms_identity',
    speaker: 'customer',
    patterns: [
      r`(?:^|[.!?,] )(?:yes,? |hello,? |hi,? |okay,? )?(?:this is|it is|that is) (?:she|he)\b`,
      r`\bthis is (?:she|he)(?: speaking)?\b`,
      r`\b(?:this|it) is (?:him|her|me)(?:[.!,?]|$| speaking| here)`,
      r`(?:^|[.!?,] )(?:yes,? |this is (?:she|he),? |this is __name__,? )?speaking(?:[.!,]|$)`,
      r`\b(?:that is|it is|yes,? that is|yes,? it is|yes,? this is) (?:me|her|him)(?:[.!,]|$| speaking| you are (?:talking|speaking))`,
      r`\b(?:you (?:have )?got|you are (?:talking|speaking) (?:to|with)|you have (?:found|reached)|you found) (?:him|her|me|__name__|the right person)\b`,
      r`\b(?:yes|correct|that is (?:right|correct)|right),? (?:this is|i am|it is|my name is) (?:__name__|mr|mrs|ms|[a-z]+(?:[.!,]|$))`,
      r`(?:^|[.!?,] )(?:yes,? )?(?:this is|i am|my name is) __name__(?:[.!,]|$| speaking| here|,)`,
      r`\byou (?:have|got|found|reached|have got) the right (?:person|one|party|number|lady|guy|man|woman)\b`,
      r`\bi am (?:the account ?holder|the person you are looking for|the one you are looking for|who you are looking for|the cardholder|the borrower)\b`,
      r`\b(?:my (?:date of birth|birthday|dob|birth date|zip|zip code|address|social|last four) is)\b`,
      // "Eight, twenty-two, eighty-five. Last four 7731.": the digits asked for, given.
      r`\b(?:last (?:four|4)|social|ssn|zip(?: code)?)(?: (?:is|are|digits|of (?:my|the) social))?[:,]? \d{4,5}\b`,
      r`\b(?:yes|correct),? (?:that is|this is) (?:me|correct|right)\b`,
      r`^(?:hi,? |hello,? |yes,? )?(?!(?:who|what|nobody|no one|someone|everyone|he|she|they|it|this|that|not|now|__agent__)\b)(?:__name__|[a-z]+) speaking(?:[.!,]|$)`,
    ],
  },
  {
    act: 'self_name',
    speaker: 'customer',
    patterns: [
      r`^(?:yes,? |hi,? |hello,? )*(?:this is|it is|my name is|i am) (?!(?:${NOT_NAME}|his|her|their|the|a|an|she|he|him|her|busy|working|driving)\b)(?:__name__|[a-z]+)(?:[.!,?]|$| [a-z]+(?:[.!,?]|$)| (?:but|and|though|although|so)\b)`,
    ],
  },
  {
    act: 'weak_yes',
    speaker: 'customer',
    patterns: [
      // "Goodness. Okay. Yes.": a yes after a word of surprise.
      r`^(?:(?:goodness|gosh|oh|wow|well|hmm|um|uh|oh boy|geez|jeez)[.,!]* )?(?:yes|correct|that is (?:right|correct)|right|sure|it is|i am|affirmative|confirm|confirmed|i confirm|that would be me|indeed|okay|yes please|yes sir|yes ma'am|yes maam|that is me|uh,? yes|i do|i can|i will|we can|we will|of course|sure thing|alright|all right|fine|go ahead|yes yes|yes,? (?:that is )?(?:right|correct)|(?:yes|correct|right),? (?:it is|that is (?:right|correct|me)|i am|i do|i can|i will|this is (?:she|he|me|him|her)))(?:[ ,]+(?:yes|sir|ma'am|maam|please|thanks|thank you)|[.!] (?:yes|okay|sure|fine))*[.!,]*$`,
    ],
  },
  {
    act: 'leading_yes',
    speaker: 'customer',
    patterns: [r`^(?:yes|correct|that is (?:right|correct)|speaking|right|it is)\b(?!,? (?:but|although|however))`],
  },
  {
    act: 'weak_no',
    speaker: 'customer',
    patterns: [
      // A whole sentence, wherever it stands: "The whole thing? No, I can't. I do heating and air…"
      r`(?:^|(?<=[.!?] ))(?:(?:no|sorry|well|look|honestly|okay),? )*(?:no|not|no way|not really|no thanks|no thank you|no sir|no ma'am|not a chance|absolutely not|not now|not today|i cannot|i cannot do that|i can not do that|that will not work|that does not work|i do not think so|not going to happen|not happening|no can do|pass|i will pass|i am good|no,? no|hell no|heck no|hell nah|fat chance|no chance|no dice|forget it|i am not doing (?:that|it|this)|i will not (?:do|be doing) (?:that|it|this)|i would rather not)(?:[ ,]+(?:no|sorry|thanks|sir|ma'am))*[.!,]*(?:$|(?<=[.!?]) )`,
    ],
  },
  {
    act: 'weak_agree',
    speaker: 'customer',
    patterns: [
      // A resigned yes: "Fine, whatever, it's Truist.", "Okay, I guess."
      // "Four fifty-five, March sixth. Okay.": the terms said back, then a yes.
      r`^(?=[^?]{0,60}\b(?:__amount__|__date__|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|hundred|fifty|twenty|thirty|forty|sixty|seventy|eighty|ninety))[^?]{3,60}[.,] (?:okay|ok|yes|yeah|yep|alright|all right|got it|fine)[.!]?$`,
      // …or on its own, before a grumble: "I guess. I'm not happy about the fee."
      r`^(?:ugh[,.]? |uh[,.]? |um[,.]? )?(?:fine|okay|alright|all right)[,.!]* (?:whatever|i guess|i suppose)\b|^(?:ugh[,.]? |uh[,.]? |um[,.]? |yeah[,.]? )?i (?:guess|suppose)(?: so)?[.!]`,
      r`\b(?:that|this|it|which) (?:works|would work|will work|could work|sounds (?:good|great|fair|reasonable|fine|doable|okay|perfect|like a plan)|is (?:fine|doable|okay|good|fair|reasonable|manageable|affordable|perfect)|i can do|i can manage|i can handle|i could do|i could manage)\b`,
      r`\b(?:deal(?! with\b)|let us do it|let us do that|let us do this|sign me up|set it up|go ahead|book it|sounds good|(?:that )?sounds (?:right|correct|about right|fine|great)(?! (?:but|except|if)\b)|i agree|i accept|we have a deal|you have a deal|i am in(?=\s*(?:[.!,;]|$))|count me in|perfect|i can do that|i could do that|i will do that|i will take it|works for me|fine by me|okay with me|i am okay with that|i am fine with that|let us go with that)\b`,
    ],
  },
  {
    act: 'pay_words',
    speaker: 'customer',
    patterns: [r`\b(?:pay|paying|payment|payments|plan|arrangement|settle|settlement|__amount__|\d+ (?:a|per) (?:month|week)|card|debit|check|money order|installments?|per month|a month)\b`],
  },
  {
    act: 'identity_detail',
    speaker: 'customer',
    patterns: [
      r`(?:__date__|__number__|__address__|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4,5}\b|\b${MONTHS} \d{1,2}(?:st|nd|rd|th)?\b|\b(?:19|20)\d\d\b|\b\d{1,5} [a-z]+ (?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|boulevard|blvd|way|place|pl)\b)`,
      // A birth date said in words: "June ninth... nineteen eighty-four", "the third of May", "May 3rd, two thousand one".
      r`\b(?:${MONTHS},? (?:the )?${DAY_ORDINAL}|(?:the )?${DAY_ORDINAL} of ${MONTHS})\b`,
      r`\bnineteen (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b`,
    ],
  },
  {
    act: 'wrong_party',
    speaker: 'customer',
    patterns: [
      r`\bwrong (?:number|person|house|guy|girl|lady|man|phone|name|address|family|people|one)\b`,
      r`\b(?:no one|nobody|no body|noone) (?:here |lives here |by that name|named|called|with that name|that lives here|living here|in this house)\b`,
      r`\b(?:there is|there are|we have) no (?:one|body|__name__|[a-z]+) (?:here|by that name|at this number|named|living here|who lives here|that lives here)\b`,
      r`\b(?:do not|never) (?:know|heard of) (?:any(?:one|body)? (?:named|called|by that name|with that name)|(?:a|an) (?:__name__|[a-z]+ [a-z]+)|who (?:that|this|you are talking about|you mean|that person|you are looking for) ?(?:is)?|that (?:person|name|guy|lady|woman|man)|__name__|him|her|them)\b`,
      r`\bnever heard of (?:him|her|them|that (?:person|name|guy|lady|woman)|__name__|anyone|anybody|such a person)\b`,
      r`\b(?:he|she|__name__|they) (?:does not|do not|no longer|never|did not) (?:lives?|stays?|works?|lived|stayed|worked|live|has lived) (?:here|at this|at this number|with us|at this address|at this house)\b`,
      r`\b(?:he|she|__name__) moved (?:out|away)\b`,
      r`\b(?:this is not|that is not|not) (?:__name__|his|her|their)(?:'s| s)? (?:number|phone|cell|line|house|phone number)\b`,
      r`\bi (?:got|have had|just got|recently got) this (?:number|phone)\b`,
      r`\b(?:i am|this is) not (?:__name__|him|her|that person|the person you are looking for|who you are looking for|who you think)\b`,
      r`\bmy name is not\b`,
      r`^\W*(?:no,? )?(?:this|it) is not (?!(?:right|true|fair|good|okay|ok|correct|fine|possible|real|legal|legit|mine|funny|over|done|happening|enough|cool|nice|about)\b)(?:__name__|[a-z]+)\b(?! (?:a |an |the |my |your |about |what |how |right|true|fair|good|okay|possible|the time)\b)(?=[^.!?]{0,40}(?:[.!?]|$))(?![^.!?]*\b(?:debt|owe|balance|bill|charge|card|loan)\b)|\b(?:this is|you have reached|you reached) (?:a|the) business(?: line| number| phone)?\b`,
      r`\byou (?:must|might|probably|may) have (?:the )?wrong\b`,
    ],
  },
  {
    act: 'wrong_party',
    speaker: 'customer',
    patterns: [r`\b(?:that is not|it is not|this is not) me\b`],
    unless: [r`\b(?:debts?|owe|balance|account|bill|charge|loan|card|paid|signed|opened|signature)\b`],
  },
  {
    act: 'third_party',
    speaker: 'customer',
    patterns: [
      r`\b(?:he|she|they|__name__)(?: is| are) (?:not (?:here|home|in|available|around|at home|back|awake|up|able to come|reachable)|out(?: right now| at the moment| of town| of the country)?|away|at work|asleep|sleeping|busy|unavailable|in the shower|in the hospital|at school|on vacation|traveling|travelling|out of town|deceased|working|at the store|outside|napping|in bed|sick in bed|on a trip|overseas|deployed|in prison|in jail|locked up)\b`,
      r`\b(?:he|she|__name__) (?:stepped|went|ran|just stepped|just went) (?:out|away|to)\b`,
      r`\b(?:he|she|__name__) (?:passed away|died|is deceased|has passed|is no longer with us|is dead)\b`,
      r`\b(?:this is|i am|i'm) (?:his|her|their|__name__'s|__name__ s) (?:${FAMILY})\b`,
      r`\b(?:can|may|could|shall|should) i take a message\b`,
      r`\b(?:do you want|would you like|you want) (?:me )?to (?:leave|take) a message\b`,
      r`\b(?:i will|i can|let me) (?:let|tell|have|get) (?:him|her|them) (?:know|call|to call)\b`,
      r`\b(?:i will|i can) (?:give|pass) (?:him|her|them) (?:the|your|this) (?:message|number|information)\b`,
      r`\bwho is calling for (?:him|her|them)\b`,
      r`\b(?:hold on|one (?:sec|second|moment|minute)|hang on|let me|i will|i can)(?:,)? (?:i will |let me )?(?:go )?(?:get|grab|fetch|find) (?:him|her|them)\b|\b(?:i have|i hold|i am (?:his|her|their)) (?:a |the )?(?:power of attorney|poa)\b`,
      r`\bwhat do you want (?:with|from) (?:him|her|my (?:${FAMILY}))\b`,
      r`\b(?:my|our) (?:${FAMILY}) (?:is not (?:here|home|in|available|around)|is out|is at work|is asleep|is busy|is away|is sleeping|is unavailable|is at school|is at college|is deployed|stepped out|went out)\b`,
      r`\b(?:he|she) is my (?:${FAMILY})\b`,
      r`\b(?:i|we) (?:live|stay|room) with (?:him|her|them)\b`,
      r`\b(?:i am|this is) (?:the|a|their|his|her) (?:babysitter|nanny|housekeeper|maid|caregiver|caretaker|roommate|room mate|tenant|landlord|landlady|neighbor|neighbour|nurse|assistant|secretary|receptionist|sitter|house sitter|dog sitter)\b`,
      r`\b(?:i am|this is|it is) (?:[a-z]+,? )?(?:__name__|[a-z]+)'s (?:${FAMILY})\b`,
      r`\b(?:i am|i'm) (?:answering|picking up) (?:for|on behalf of) (?:him|her|them|__name__)\b`,
      r`\bthis is (?:her|his) (?:phone|number|cell)\b.{0,40}\b(?:i am|this is)\b`,
    ],
  },
  {
    act: 'disputes_debt',
    speaker: 'customer',
    negatable: true,
    unless: [DISPUTE_NOT],
    patterns: [
      // "Okay, see, that number's wrong.": the sum owed said to be wrong.
      r`\b(?:that|the|this|your) (?:number|amount|balance|figure|total)(?: you have| you have got)?(?:'s| is| are)? (?:wrong|not right|incorrect|way off|not correct|inflated)\b`,
      // "That's Greg's card. My ex. I was an authorized user … the account is his.": the debt someone else's.
      r`\b(?:i was|i am|i was just|i am just|i was only|i am only) (?:just |only )?(?:an? )?authori[sz]ed user\b|\b(?:the|that|this) (?:account|card|loan|debt) (?:is|was) (?:his|hers|theirs|my ex's|my ex-husband's|my ex-wife's)\b|\b(?:that|it) (?:is|was) (?:my ex's|my ex-husband's|my ex-wife's|[a-z]+'s) (?:card|account|loan|debt)\b(?=[^.?!]*[.?!]\s*(?:my ex|he|she|not mine|i))`,
      // "There's a thirty-nine dollar charge … returned payment, and that payment did not bounce … I'm not paying that part."
      r`\b(?:that|the|my) (?:payment|check|draft|autopay) (?:did not|never|was not|was never) (?:bounce|bounced|returned|come back|get returned|declined)\b`,
      r`\b(?:i am not|i will not|i refuse to|not) (?:paying|going to pay|gonna pay|pay) (?:for )?(?:that|this|the) (?:part|charge|fee|late fee|piece|portion|one charge|extra)\b`,
      // Part of the balance disputed: "there's nothing in there about a collection agency fee", "I don't owe the late fees".
      r`\b(?:nothing|not anything|no mention|not one word) (?:in (?:there|it|the (?:agreement|contract|terms|paperwork))) about (?:a |any |the )?(?:[\w-]+ ){0,2}(?:fees?|charges?|interest)\b|\bi (?:do not|did not|never) (?:owe|agree to) (?:the|that|those|these|any|this) (?:[\w-]+ ){0,2}(?:fees?|charges?|interest)\b`,
      r`\b(?:this|that|it)(?: debt| bill| account| balance| loan| card| charge)? (?:is|was) not (?:my|mine|our|ours)\b(?! (?:problem|fault|concern))`,
      r`\bnot (?:my|our) (?:debt|bill|account|loan|card|credit card|responsibility|charge|balance|signature)\b`,
      r`\b(?:i|we) (?:do not|never|did not) owe\b(?!(?: (?:anything|any more|anymore|nothing|a thing|more))? (?:after|once|when|if)\b)`,
      r`\bi do not (?:think|believe) (?:that )?(?:i|we) owe\b`,
      r`\bi do not (?:think|believe) (?:that )?(?:this|that|it) is (?:mine|my debt|right|correct|accurate)\b`,
      // "Most of that is a sectional I took back. I took it BACK. … the statement just kept the charge on there": a return never credited.
      r`\b(?:i|we) (?:already )?(?:took|brought|sent|carried|drove) (?:it|that|them|the \w+) back\b(?! (?:to (?:work|school|my place|the car))\b)|\b(?:kept|left|still has) the charge on (?:there|it|the (?:statement|account|bill))\b`,
      // "But I'm not sure that's even mine."
      r`\bi am not (?:even )?(?:sure|convinced|certain) (?:that )?(?:this|that|it) is (?:even |really |actually )?(?:mine|my debt|my bill|right|correct|accurate)\b`,
      r`\b(?:insurance|medicare|medicaid|my insurance) (?:covered|paid|was supposed to (?:pay|cover)|should have (?:paid|covered)|already (?:paid|covered))\b(?! (?:(?:basically|practically|almost|next to) )?(?:nothing|squat|zip|zilch|hardly anything|very little|a dime|a penny|pennies|peanuts)\b)(?! (?:like |about |only |just |maybe |around |roughly )?(?:half|part of it|some of it|most of it|a portion|a third|a chunk|__percent__|\d+ ?(?:%|percent))\b)(?! (?:(?:their|its|his|her|the|my|a|some|most) )?(?:(?:big|bigger|biggest|large|larger|main|major|first) )?(?:part|share|portion|piece|bit|half|chunk)\b| (?:part|some|most|more) of (?:it|the bill)\b| (?:less|only|not (?:all|enough|as much))\b| (?:some|most|part|a (?:lot|little|bit))\b(?! of (?:it|that|the bill) (?:was|should|is)))`,
      r`\b(?:it|that|this) (?:was|should be|is supposed to be|was supposed to be) only ${AMT}`,
      // "I turned those phones back in. Both of them, at the store", "I'm not paying for phones I gave back": the goods returned.
      r`\b(?:i|we) (?:turned|handed|gave|brought|sent|mailed|took) (?:the|those|that|these|both|my|our)(?: [a-z]+)? (?:phones?|equipment|devices?|modems?|routers?|boxe?s?|receivers?|dvrs?|tablets?|scanners?|handsets?) back(?: in)?\b(?![.!,]?\s*(?:did i|did not i|didn'?t i|right|i think)\b)|\bfor (?:the )?(?:phones?|equipment|devices?|modems?|routers?|boxe?s?|receivers?|things?|stuff) (?:that )?(?:i|we) (?:gave|sent|turned|brought|returned) (?:back|in)\b`,
      // Not "some letter from the vision plan I never opened": the mail unopened, not the account.
      r`(?<!\b(?:letters?|mail|emails?|envelopes?|notices?|statements?|texts?|messages?|voicemails?)\b(?: [\w']+){0,6} )\bi (?:never|did not) (?:open|opened|sign|signed|apply|applied|take out|took out|authorize|authorized|agree|agreed|borrow|borrowed|use|used|receive|received|order|ordered|buy|bought|get|got)(?: (?:that|this|an?|any|the|for|up|anything|it)\b|[.?!,]|$)(?! (?:court|legal|lawsuit|suit|summons|garnishment) (?:papers?|documents?|notices?|summons|orders?)\b)(?![.,]? i (?:thought|figured) it was (?:the|a|an|another|some|just) (?:[\w-]+ )?(?:letter|notice|bill|mail|junk|envelope))`,
      r`\bi (?:never|did not) have (?:an?|that|this|any) (?:account|card|loan|credit card|contract|service)\b`,
      r`\bi do not have (?:an?|any) (?:account|loan|card|credit card) (?:with|from|at)\b(?! (?:that|this|a|enough|such|much|the) (?:kind of |big (?:a |of )?|high (?:a |of )?)?(?:limit|room|balance|credit|money))`,
      // "I paid Quicknest off back in July", "I paid the whole thing": a payment already made.
      r`\b(?:i|we)(?: already)? paid (?:\w+ ){0,2}?off (?:back )?(?:in|on|last|two|three|a few|months|weeks|years)\b|\b(?:i|we)(?: already)? paid the (?:whole|entire|full) (?:thing|balance|amount|bill)\b(?! (?:off )?(?:today|now|next|on|by|tomorrow|when|if|once))`,
      r`\b(?:i|we)(?: have| had| already)? (?:paid|settled|cleared|took care of|taken care of|paid off) (?:that|this|it|the (?:debt|bill|balance|account|loan|card)|what i owed|everything|that (?:bill|debt|balance|account)|this (?:bill|debt|balance|account))\b(?! (?:month|week|year)\b)(?! (?:off )?(?:today|tomorrow|now|next|when|if|once|by|later|soon|on (?:${DAYS})))`,
      // Not "I want it in writing that it's settled": a paper asked for, not a claim.
      r`\b(?<!\b(?:writing|letter|paper|proof|confirmation|confirm|saying|says|showing|shows|stating|states|until|once|when|if|as long as|provided) (?:that )?)(?:this|that|the|it)(?: debt| bill| balance| account| loan| card| credit card)? (?:was|has been|is|got|were) (?:already )?(?:closed and |closed in \w+ and )?(?:paid|settled|paid off|taken care of|resolved|closed(?! (?:for|since|over)\b)(?<!\b(?:thought|figured|assumed|believed) (?:that |it |this )?(?:was|had been|got) closed)|(?:written off|forgiven)(?<!\b(?:thought|figured|assumed|believed) (?:that |it |this )?(?:was|had been|got) (?:written off|forgiven))|cleared|paid in full)\b(?![^.!?]*\?)(?!(?: in full| off)? (?:after|afterwards|afterward|once|when|if)\b)`,
      r`\b(?:this|that|the) debt (?:was|is|has been|got) discharged\b`,
      // Not "And the credit thing will say I disputed it?": how the dispute will be shown, asked.
      r`\b(?<!\b(?:will|'ll|would|does|did)(?: (?!not\b|never\b)\w+){0,3} (?:say|show|list|read|mention) (?:that )?)(?:i|we) (?:dispute|am disputing|are disputing|want to dispute|would like to dispute|need to dispute|wish to dispute|disputed|challenge|contest|am contesting)\b`,
      r`\b(?:dispute|disputing) (?:this|that|the|it|this debt)\b`,
      r`\b(?:that|this|the|your)(?: (?:amount|balance|number|figure|total|bill|debt|charge|fee)(?: [a-z']+){0,4})? (?:is|seems|looks|sounds) (?:wrong|incorrect|inaccurate|off(?! the table| now\?)|way off|too high|not right|not correct|not accurate|inflated|way too (?:high|much)|bogus|false|made up|a mistake|an error|a scam|fraud|fraudulent|fake|not mine)\b`,
      r`\b(?:identity theft|stolen identity|stole my identity|identity was stolen|someone (?:used|stole|opened|took out|took) (?:my|an account|a card|a loan)|fraud(?:ulent)? (?:account|charges?|debt|activity)|unauthori[sz]ed (?:charges?|account))\b`,
      r`\b(?<!\b(?:fee|charge|cost|costs|pay) (?:for you |for (?:them|us) )?to )(?:i want|i need|i would like|send me|show me|give me|mail me|can (?:you|i) (?:get|see|have|send me)|prove|i demand|i am requesting|i request)(?: to (?:see|get|have|receive))? (?:some )?(?:proof|validation|verification|documentation|the paperwork|paperwork|(?:a |the )?(?:copy|copies) of|(?:a |the )?(?:signed )?contract|(?:the )?original (?:contract|agreement|signature|statement)|(?:a|the) letter (?:showing|proving|with)|(?:a |an )?(?:itemized|itemised) (?:statement|bill)|that i owe|(?:that )?(?:it|this) is mine|debt validation|validation of)\b`,
      r`\bprove (?:it|that|this|i owe|to me)\b`,
      r`\buntil (?:i|we) (?:see|get|receive|have) (?:some |the |any )?(?:proof|validation|verification|documentation|paperwork|something in writing|it in writing)\b`,
      r`\b(?:validate|verify) (?:this|the|that|my) (?:debt|balance|amount|account|bill)\b`,
      r`\b(?:where is|what is|got any|do you have|show me|i want|i need) (?:the|your|any|some) proof\b`,
      r`\b(?:that|this|it) is not the (?:right|correct) (?:amount|balance|number|figure|total)\b`,
      // Not "I didn't recognize the number": a caller's number is no debt.
      r`\b(?:i do not|i never|i did not) recogni[sz]e (?:this|that|the|your|any|this debt|the debt|the name|the company|the account|the amount)\b(?! (?:phone )?(?:number|caller|call|calls|voice|area code|voicemail)s?\b)`,
      r`\b(?:i have )?never heard of (?:this|that|your|the) (?:(?<!\byour )company|debt|account|creditor|bank|__company__|charge|bill)\b`,
      r`\b(?:this|that|it)(?: debt)? is (?:too old|past the statute|time[- ]barred|beyond the statute|expired)\b`,
      r`\bstatute of limitations\b(?![^.!?]*\?)|\b(?:past|over|beyond|outside|ran out|expired|passed) (?:the )?statute of limitations\b`,
      r`\bnot mine\b(?<!(?:problem|fault|issue|money|funds|account|income|savings|pension|check|decision|call),? not mine)`,
      r`\b(?:that is not|it is not|this is not) me\b(?=.{0,60}\b(?:debt|owe|account|bill|card|loan|signed|opened))`,
      r`\bwhere (?:did|does) (?:this|that) (?:debt|bill|charge|balance|amount) (?:even )?come from\b`,
      r`\b(?:i|we) (?:already|have) paid\b(?! [a-z-]+ (?:months|payments|installments))`,
    ],
  },
  {
    // Disputes in the customer's own terms: never had the account, already paid or returned
    // it, someone else's bill, wrong or padded amounts, covered by insurance, too old, a
    // dispute or appeal already filed, a demand for an accounting.
    act: 'disputes_debt',
    speaker: 'customer',
    negatable: true,
    unless: [DISPUTE_NOT],
    patterns: [
      // "I walked that phone into the Brightline store myself … she gave me a receipt": the equipment billed, returned.
      r`\bi (?:walked|brought|took|dropped|carried|drove|hand-?delivered) (?:that|the|this|those|both|my|their) (?:[a-z-]+ )?(?:phones?|modems?|routers?|boxe?s?|cable box|devices?|equipment|tablets?|laptops?|watch|receivers?|remotes?|gateway) (?:back )?(?:off )?(?:in)?to (?:the|their|a|your) (?:[a-z&'-]+ ){0,3}(?:store|office|location|branch|kiosk|counter)\b`,
      // "I walked that phone into the Brightline store myself … she gave me a receipt": the equipment billed, returned.
      r`\bi (?:walked|brought|took|dropped|carried|drove|hand-?delivered) (?:that|the|this|those|both|my|their) (?:[a-z-]+ )?(?:phones?|modems?|routers?|boxe?s?|cable box|devices?|equipment|tablets?|laptops?|watch|receivers?|remotes?|gateway) (?:back )?(?:off )?(?:in)?to (?:the|their|a|your) (?:[a-z&'-]+ ){0,3}(?:store|office|location|branch|kiosk|counter)\b`,
      // "No, see, I paid Lakeside. January … I've got the receipt somewhere": paid already, said to the agent's claim.
      r`^\W*no,? (?:see,? |look,? |listen,? |man,? |ma'am,? |sir,? )?i (?:already )?paid (?:them|it|that|this|(?!for\b|you\b|my\b|the\b)\w+)\b|\bi (?:have|have got|got|still have|kept) (?:the|a|my) (?:receipt|confirmation number|confirmation email)\b(?![^.?!]*\b(?:for (?:the|my) (?:repair|return|phone|equipment))\b)`,
      // "Why would I owe two hundred and eighty-seven dollars for sitting in a chair?", "I'll fight this.": the debt denied.
      r`\bwhy (?:would|should|do) i (?:owe|pay|have to pay) (?:__amount__|(?:[a-z]+[- ]){1,6}dollars|anything|that|this|them|you) (?:for|when)\b|\b(?:i will|i am going to|i am gonna|we will|we are going to) fight (?:this|it|that|you on (?:this|it|that))\b|\b(?:we|i) never (?:saw|got seen by|were seen by|was seen by) (?:anybody|anyone|a doctor|the doctor|a nurse)\b`,
      // "They read the meter on November 22nd. Three weeks after I left! The new people were in there by then": usage billed after the consumer left.
      r`\b(?:(?:one|two|three|four|five|six|\d+|a couple of|a few) (?:days|weeks|months)|a (?:week|month)|long|way) after (?:i|we) (?:left|moved out|moved away|cancel\w*|closed (?:it|the account)|turned in the keys|handed (?:back|in) the keys)\b|\bthe new (?:people|tenants?|owners?|renters?|residents?|family|folks) (?:were|was|had been|had already) (?:in there|living there|moved in|using|running)\b`,
      // "I cancelled IronPeak in August 2024 … They kept billing me after that": charges after the end.
      r`\b(?:they|it|the (?:gym|company|club|carrier|provider|store)) (?:kept|keeps|still kept|continued(?: to)?|just kept) (?:on )?(?:billing|charging|drafting|taking (?:money|payments))(?: me| my (?:card|account))? (?:after|even after|anyway|for months after|for (?:two|three|four|five|six|a few|several|\d+) (?:more )?months)\b`,
      // "I have a video walkthrough from the day I moved in. Those holes in the wall were there.": damage billed that was there before.
      r`\b(?:those|the|that|these) (?:holes|scratches|stains|damages?|marks|dents|cracks|burns)\b[^.?!]{0,40}\b(?:were|was) (?:already )?there (?:when i (?:moved|got) in|before (?:i|we) (?:moved|got) in|already)?\b|\b(?:video|photos?|pictures?)(?: walk-?through)? (?:from|of) (?:the day (?:i|we) moved in|(?:my|the|our) move-?in)\b`,
      // "They never installed anything!", "nobody ever showed up": the service the bill is for, never given.
      r`\b(?:they|you|he|she|the company|nobody|no one|the tech|the technician|the installer)(?: guys| people)? (?:never|did not|didn't|never even) (?:installed|install|delivered|deliver|showed up|show up|came out|come out|provided|provide|performed|perform|finished|set up|hooked up|turned on) (?:anything|it|the (?:system|service|work|alarm|equipment|internet|cable|job))?\b|\b(?:service|system|alarm|equipment|internet|work|job|order) (?:was|were) never (?:installed|delivered|provided|performed|finished|turned on|activated|received)\b`,
      r`\b(?:wrong|incorrect) (?:amount|balance|account|person's|person s|bill|figure|total|account number)\b`,
      // "I'm telling you it's wrong", "My part was like three-forty."
      r`\b(?:i am telling you|i told you|like i (?:said|told you)),? (?:it|that|this|the (?:amount|balance|bill|total|number))(?: is| was) (?:wrong|not right|incorrect|a mistake)\b`,
      r`\bmy (?:part|share|portion|copay|co-?pay|responsibility) (?:was|is|should be|should have been|was only|is only) (?:only |just |like |about |around |maybe )?(?:__amount__|\$?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\b)`,
      r`\b(?:your|the|their) (?:records|files|system|numbers) (?:are|is) (?:wrong|off|out of date|outdated|incorrect|mistaken)\b`,
      r`\bnever (?:had|have|held|opened|applied for|signed up for) (?:an?|that|this|any|the|one)? ?(?:[a-z-]+ )?(?:account|card|loan|membership|service|phone|contract|plan|policy)\b`,
      r`\bnever (?:banked|borrowed|shopped|done business) (?:with|from|at|there)\b`,
      r`\bnever (?:been (?:a patient|to (?:that|this|the)|in (?:that|this|the))|had it|had one)\b`,
      // Not "I don't have a card with that kind of limit": a way to pay lacking, not the debt denied.
      r`\b(?:do not|did not) (?:have|have any|even have) (?:anything|an account|any account|any debt|debt|a card|any card|any loan|a loan) (?:with|from|at)\b(?! (?:that|this|a|enough|such|much|the) (?:kind of |big (?:a |of )?|high (?:a |of )?)?(?:limit|room|balance|credit|money))`,
      r`\b(?:(?<!\b(?:rent|mortgage|car payment|car note|phone bill|insurance|tuition|daycare|utilities|light bill|electric bill|electric) (?:is|has been|was) )already paid(?! for(?:[.,!?]|$| and\b| but\b| so\b))|paid (?:it|that|this|them) (?:off|already|once|in full|in cash)|(?<!\b(?:say|says|saying|show|shows|showing|mark|marked|marks|as|read|reads|state|states|list|listed|once|when|after|until|if|be|get|gets)(?: (?:it|that|this|the (?:account|balance|debt)|my (?:account|balance)))?(?: (?:is|was|has been|will be|would be|gets|got))? )paid in full(?!\s*\?)(?! (?:after|afterwards|afterward|once|when|if)\b)|paid-in-full|(?<!\b(?:closed|settled|done|cleared)[.,!]? (?:like,? |as in |meaning |with a |at |and )?)zero balance(?!\s*\?)|(?<!\b(?:settled|settles|settle it|paid|closed) (?:in full|out),? (?:and )?)balance (?:is )?zero(?!\s*\?)|i pay already|(?<!\b(?:account|card|checking|savings|bank|one) )i paid (?:them|that|the(?! (?:deposit|down payment|copay|co-pay|first (?:month|installment|payment)))|it|this|every|most)(?! (?:\w+ ){0,2}(?:for|over) (?:\w+ ){0,2}(?:years?|months?|decades?|a while|a long time)\b| (?:\w+ )?(?:every month|on time|faithfully|for a while)\b)|made every payment)\b`,
      r`\b(?<!\b(?:from|was|is|back) when )(?:i|we) (?:returned|canceled|cancelled|moved out of|handed (?:in|back)) (?:the|that|it|my|this|those)\b(?! when\s*(?:[.…]|$))(?! (?:place|apartment|house|unit|home|address) (?:in|last|back in|around) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|20\d\d|the spring|the summer|the fall|the winter|year|month|week))|\b(?:i|we) (?:closed|froze|consolidated) (?:the|that|it|my|this|those)\b(?! when\s*(?:[.…]|$))(?! (?:(?:bank|checking|savings|credit|old|other) )?(?:card|credit card|account|line|visa|mastercard)\b)`,
      r`\b(?:supposed to (?:be )?(?:cover|covered|zeroed|cancell?ed|waived|written off|write off|bill)|covered (?:by|under) (?:my |the |their |his |her )?(?:insurance|warranty|medicare|medicaid|county|settlement|tricare|gap|delta|financial assistance|charity)|(?:insurance|warranty|tricare|medicare|medicaid|the county|gap|the estate)(?: (?!only\b|just\b|barely\b|never\b)[a-z]+)? (?:paid|covers|covered|should have))\b(?! (?:(?:basically|practically|almost|next to) )?(?:nothing|squat|zip|zilch|hardly anything|very little|a dime|a penny|pennies|peanuts)\b)(?! (?:(?:their|its|his|her|the|my|a|some|most) )?(?:(?:big|bigger|biggest|large|larger|main|major|first) )?(?:part|share|portion|piece|bit|half|chunk)\b| (?:part|some|most|more) of (?:it|the bill)\b| (?:like |about |only |just |maybe |around |roughly )(?:half|a third|a portion|a chunk|__percent__|\d+ ?(?:%|percent))\b| (?:some|most|part|a (?:lot|little|bit))\b(?! of (?:it|that|the bill) (?:was|should|is)))`,
      r`\b(?:billed|charged) (?:me |us |it )?twice\b|\bdouble (?:billed|charged|collecting)\b|\b(?:duplicate|billing error|phantom charge|overcharg(?:ed|ing)|surprise bill|junk fees|made up fees|so-called)\b`,
      r`\b(?<!\b(?:they|he|she|the \w+)(?: \w+){0,2} )(?:never|did not) (?:agree|agreed) to (?:any|that|this|pay|those|the|none|it)\b|\bnever (?:asked for|authori[sz]ed|activated|received|picked up|got (?:a|no|any) (?:bill|statement))\b`,
      r`(?<!\b(?:checking|savings|bank|card|account|one)(?: account)?(?: that is| that's| which is)? )\bin (?:his|her|their|my (?:ex|ex-husband|ex-wife|husband|wife|father|mother|dad|mom|roommate|son)'?s?) name\b`,
      r`\b(?:that is|it is|this is|it was|that was) (?:my|his|her) (?:${FAMILY}|ex|ex-husband|ex-wife|roommate|old man|father)(?:'s| s)\b(?! (?:name|phone|number|house|cell|line))(?=\s*(?:[.,!?;:]|$|(?:account|card|credit card|bill|debt|loan|balance|lease|problem|responsibility|thing|stuff|charges?|not mine|from|too|anyway|actually|and not|not)\b))`,
      r`\b(?:too old (?:for|to)|past the (?:seven years|statute)|statute[- ]of[- ]limitations(?![^.!?]*\?)|time-barred|zombie debts?)\b`,
      r`\b(?:not valid|(?:is|was) not owed|not a (?:valid|real) debt|not legit|bogus(?! number)|does not add up|not what i (?:signed|agreed)|not in my contract|not the figure|does not exist|(?<!\b(?:rent|mortgage|car payment|car note|phone bill|insurance|it|that|my \w+|the \w+) (?:is|was) )(?<!\b(?:creditors?|payments?|offers?|they|those|these|others|other \w+) (?:are|is|were|was) )not due)\b(?! (?:for|until|till) (?:offers?|another|the|next|a (?:few|couple)))`,
      r`\b(?:dispute letter|sent a dispute|disputed (?:this|it|that) with|under investigation|filed an appeal|in appeal|open appeal)\b`,
      r`\b(?:chain of title|full accounting|an accounting|promissory note|who says i owe|says who)\b`,
      r`\b(?:somebody|someone) (?:used|use|cloned|forged|opened|took)\b|\b(?:forged|police report)\b|\b(?:was|got|been|were|been) skimmed\b|\bskimmed (?:my|our|the) (?:card|number|account|info\w*|data|details)\b`,
      r`\b(?:was not|could not have been|definitely not|so,? not) me\b`,
      r`\b(?:does not|do not) (?:sound|look|seem) right\b|\bnot even close to right\b|\bno way that is right\b`,
      r`\b(?:way more than|more than) (?:i|we) (?:borrowed|owed|owe|bought)\b|\bi owe maybe\b|\bshould be lower\b|\bis too big\b`,
      r`\bi was (?:a minor|overseas|deployed|in the military|on vacation|only one payment)\b`,
      r`\b(?:they|dealership|dealer|the company) (?:owe|owes) me\b`,
      r`\b(?:no record of|had (?:it|that|the late fee|them) waived|already (?:appealed|disputed|worked it out))\b`,
      r`\b(?:do not|did not) think (?:it is|that is|this is) (?:a valid|mine|my|legit|me)\b`,
      r`\b(?:i|we) (?:deny|denied) (?:owing|that)\b`,
      r`\b(?:something|a service|services|(?:a|an|the) [a-z]+) (?:i|we) (?:never|did not) (?:had|have|get|got|receive|received|order|ordered|do|did|use|used|buy|bought|ask for|asked for)\b`,
      r`\b(?:returned (?:the|that|my)|i sold (?:the|that|my)) (?:car|truck|phone|box|cable box|router|modem|equipment|washer|item|furniture)\b`,
      r`\b(?:i (?:have|got) (?:the|a|my) (?:receipt|screenshot|bill of sale|bank statements?|closing letter|settlement letter|discharge letter|confirmation number|move-in photos)|bill of sale|they gave me (?:a|the) (?:receipt|slip|paper))\b`,
      r`\bdischarged (?:because|under the (?!chapter|bankruptcy))`,
      r`\bwould (?:be )?(?:waive|waived|forgive|forgiven|remove|removed|write (?:it )?off|written off)\b`,
      r`\b(?:been forgiven|1099-c)\b`,
      r`\b(?<!\b(?:i|we) )never (?:got delivered|arrived|finished(?! (?:paying|making|the payments))|showed up|came out|come out|switched|even come|even came)\b`,
      r`\bnot (?:personally )?(?:on the hook|responsible) for (?:this|that|the|a|it|his card|her card|their card)\b`,
      r`\b(?:confused (?:me )?with|mixed (?:me )?up with|mistaken (?:me )?for) (?:someone|somebody)\b|\bthis is someone else\b`,
      r`\b(?:paid|pay) (?:it |that |this |[a-z]+ )?(?:off )?(?:already|years ago|long ago|a long time ago|[a-z]+ years ago|in \d{4}|last year)\b`,
      r`\b(?:that|this|the) (?!(?:store|shop|company|business|place|office|branch|location|clinic|restaurant|mall|building|plant|factory|hospital|dealership|gym) (?:was|has been|got) (?:already )?closed\b)[a-z-]+(?: [a-z-]+)? (?:was|has been|got) (?:already )?(?:paid|paid off|closed(?! (?:for|since|over)\b)(?<!\b(?:thought|figured|assumed|believed) (?:that |it |this )?(?:was|had been|got) closed)|canceled|cancelled|(?:written off|forgiven)(?<!\b(?:thought|figured|assumed|believed) (?:that |it |this )?(?:was|had been|got) (?:written off|forgiven)))\b`,
      r`\b(?:amount|balance|figure|total|bill|charge|fees?|interest)(?:'s| is| s)? (?:is |are )?(?:wrong|incorrect|not right|too high|inflated|bogus|illegal)\b`,
      r`\b(?:turned into|why (?:is it )?so much)\b`,
      // "Yes. Can I get something in writing before I pay?" takes the deal and asks for its terms.
      r`\b(?:(?<!^(?:yes|yeah|yep|sure|okay|ok|deal|alright|all right|sounds good|that works)\b[^?]*)(?<!\b(?:do|will|can|could|would|and|so) i )(?<!\b(?:deal|offer|settlement|price|arrangement)\b[^.?!]{0,40})(?:see|get|have) (?:it|something|that) in writing (?:first|before)|not acknowledging anything)\b`,
      r`\b(?:send|mail) (?:me )?(?:the |a |some )?(?:validation|proof|verification)\b(?! of claim)`,
      r`\bshows? me (?:a|the|some) (?:signed )?(?:contract|proof|paperwork|bill)\b`,
      r`\bkept (?:my|the) (?:security )?deposit\b|\balready had (?:it |that |them )?waived\b`,
      r`\b(?:after|before|(?<!\b(?:from|was|is|back) )when) (?:i|we) moved (?:out|in|away)\b(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b| (?:last|this|in 20\d\d|back in|here|there|to|west|east|north|south)\b)`,
      r`\bi (?:have )?never (?:lived|been) (?:on|in|at|to)\b(?! (?:a |the )?(?:court|jail|trouble|prison|debt|collections?)\b)|\bnever in my life\b`,
      r`\bi do not remember (?:ever )?(?:having|opening|signing)\b`,
    ],
  },
  {
    act: 'requests_cease',
    speaker: 'customer',
    // "So you'll stop calling me?" checks what the agent just promised; it asks for nothing new.
    unless: [
      r`^\W*(?:(?:good|okay|ok|great|alright|fine|so)[.,]? )*you (?:will|are going to) (?:stop|quit) (?:calling|contacting)(?: me| us)?(?: now| then)?\?\W*$`,
      // "Can you stop calling my mom's landline? … Just call this cell.": one number traded for another, not every call.
      CALL_THIS_NUMBER,
      // "Yep. And that's it? No more calls after?": whether the calls end once it is paid, asked.
      r`\bno (?:more|further) (?:calls|phone calls|contact|calling)(?: (?:after|afterwards?|after that|then|once (?:it|that)(?:'s| is) (?:paid|done|cleared)))?\s*\?`,
      // "She said you guys would get a notice and stop calling me": what a lawyer said would happen, no request.
      r`^(?:(?!\b(?:please|do not|never|just|you need to|i want|i need)\b)[^])*\b(?:she|he|they|my (?:lawyer|attorney)|the (?:lawyer|attorney|court|judge)) (?:said|told me|says) (?:that )?(?:you(?: guys| people| all)?|y all|they|collectors) (?:would|will|were going to|are going to|had to|have to)\b[^.?!]*\b(?:stop|quit|cease) (?:calling|contacting)\b[^]*$`,
    ],
    patterns: [
      // "I don't want any more phone calls … put it in a letter."
      r`\bi do not want (?:any (?:more |further |other )?|(?:all )?(?:these|those|your) )?(?:phone )?calls\b(?! (?:at|during|before|after|on|while)\b)|\bif you need (?:something|anything) from me,? (?:put|send) it in (?:a letter|writing)\b|\b(?:you want something from me|anything (?:else|further)),? (?:put|send) it in (?:a letter|writing)\b|\byou want (?:something|anything)(?: from me)?,? (?:you )?(?:write|put) it (?:down|in (?:a letter|writing)) and (?:mail|send) it\b`,
      // "I can't do these phone calls anymore. If you have something for me, put it in an envelope."
      r`\bi (?:cannot|can not|can't) (?:do|take|handle|deal with) (?:these|the|your|any more|more) (?:phone )?calls (?:anymore|any more)\b`,
      // "Can you guys just not call me anymore? About anything?"
      r`\b(?:can|could|would|will) you(?: guys| people| all)? (?:please )?not (?:call|contact|phone) (?:me|us)(?: anymore| again| at all| ever again)\b`,
      // "I don't want you guys calling me at all. Not at work, not at home."
      r`\bi do not want (?:you|you guys|you people|you all|y all|anyone|anybody|your (?:company|agency|office))(?: from \w+)? (?:calling|contacting|phoning|ringing|bothering) me (?:at all|anymore|ever again|again|period)\b`,
      // "Don't you ever call this number again."
      r`\bdo not you (?:ever )?(?:call|contact|phone|ring) (?:me|this number|this phone|here|my (?:phone|number|house))(?: \w+)? again\b`,
      // "Stop calling my work" limits the place (INCONVENIENT_TIME_PLACE's business), not all contact.
      r`\b(?<!\btell (?:the|those|these|that|my) (?:[a-z-]+ ){1,3}to )(?<!\bif (?:it|this|that) (?:means|gets|will make|makes|would make) (?:you|you people|you guys|you all|they|y all) )(?<!\b(?:does|do|will|would|did) (?:my|the) (?:phone|cell|line) )(?<!\b(?:and then|then|so|so that|and) (?:you|you people|you guys|you all|y all|they) )(?:stop|quit|cease|stop all|quit all) (?:calling|contacting|bothering|harassing|phoning|texting|emailing|writing to|ringing|hounding|pestering|harrassing)\b(?! (?:me )?(?:at |on |to )?(?:my |the )?(?:work|job|office|workplace|employer|boss|work (?:number|phone|line))\b)`,
      r`(?<!\b(?:not|never) (?:telling|saying|asking|saying to|telling you to|asking you to)(?: you)? )\b(?:do not|never) (?:ever )?(?:call|contact|phone|text|ring|bother|email|write to|reach out to) (?:me|us|this number|here|(?:this|my) (?:house|home|household)|my (?:phone|cell|number|family|mother|wife|husband|parents))(?! (?:here )?(?:at|during|while i am at) (?:work|my job|the office|my work|my office)| here (?:at|during) (?:work|my job|the office)| (?:again )?(?:before|after|until|till|til) (?:noon|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|lunch|work|(?:\w+ )?(?:am|pm|o'?clock))| (?:again )?(?:before|until|till|til) (?:then|that|tomorrow|next (?:week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)?\b)| (?:again )?(?:tonight|today|this (?:evening|morning|afternoon|week))\b| at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?::\d\d)?)(?: (?:at night|in the (?:morning|evening)|o'?clock|p\.?m\.?|a\.?m\.?|p m|a m))?\b| (?:in the (?:morning|evening|daytime|day|afternoons?)|during the day|at night|on (?:weekends|sundays|saturdays)|during (?:the day|work|the week))| (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays|weeknights|weekends|mornings|afternoons|evenings)(?:,? (?:or |and )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings|afternoons|evenings))*(?!,? (?:or|and) (?:any|ever)))\b`,
      r`\b(?:take|remove|delete|erase|get|scratch) (?:me|my (?:name|number|phone number|info|information|contact information)|this (?:number|phone(?: number)?)) (?:off|from|out of) (?:your|the|this) (?:list|calling list|call list|system|records|database|files?|dialer)\b`,
      r`\b(?:put|add|place) (?:me|my number) (?:on|to) (?:your|the) do not call\b`,
      r`\bdo not call list\b`,
      r`\bcease (?:and desist|all (?:communication|contact|calls)|contact|communication|communications|calling)\b`,
      r`\bleave (?:me|us|my family) (?:the (?:hell|fuck|heck) )?alone\b`,
      // "And then you lose my number", said as the deal is struck, asks for it once paid.
      r`\b(?<!\bthen (?:you )?)(?:lose|delete|forget) my number\b`,
      r`\bno (?:more|further) (?:calls|phone calls|contact|calling|communication)\b`,
      r`\bi do not want (?:any more |any |anymore |you to |to (?:be|get) )?(?:calls|call me|contact me|contacted|called|to hear from you|hear from you|(?:you|you people|you guys|y'all|anyone|anybody) (?:calling|ringing|phoning|dialing|bothering)(?: me| my (?:phone|cell|house|number|line))?)\b`,
      r`\b(?:only|just) (?:contact|communicate with|write to|reach) me (?:in writing|by mail|through (?:the )?mail|by letter|through my (?:attorney|lawyer))\b`,
      r`\b(?:put|send) (?:everything|all (?:further )?communication|it all|anything else) in writing\b`,
      r`\bi (?:want|would like|am requesting|request|demand|need) (?:you to|that you) (?:stop|cease|quit)\b`,
      r`\bthis (?:is the|will be the) last time you call\b`,
    ],
  },
  {
    act: 'has_attorney',
    speaker: 'customer',
    negatable: true,
    // "If you keep emailing me I'll have my lawyer … deal with you": a lawyer threatened, none acting yet.
    unless: [r`^(?![\s\S]*\b(?:represent\w*|retained|hired|handling|already)\b)[\s\S]*\bif you (?:keep|don'?t stop|do not stop|call (?:me |here )?again|continue|ever)\b[^.?!]{0,60}\b(?:i will|i am going to|i am gonna|i will be) (?:have|get|call|sic|bring in|talk to) (?:my|a) (?:lawyer|attorney)\b`],
    patterns: [
      r`\b(?:my|our) (?:attorney|lawyer|legal counsel|counsel|legal representative|legal team|solicitor|bankruptcy attorney|bankruptcy lawyer|law firm|attorneys|lawyers|legal aid)\b(?! (?:would|might|could) (?:be|say|laugh|kill|love|have)\b| used to\b| (?:told|said|says|tells) (?:me )?(?:the same(?: thing)?|that too|so too)\b)`,
      r`\b(?:i|we) (?:already |now |just )?(?:have|got|hired|retained|have (?:already |now |just )?hired|have (?:already |now |just )?retained|have got|am working with|are working with|have been working with|have an attorney|am using|use|am talking to|am talking with) (?:an? |legal |the )?(?:(?!power\b)[a-z-]+ ){0,2}(?:attorney|lawyer|legal counsel|counsel|legal representation|law firm|legal aid)\b`,
      r`\b(?:i am|we are) (?:being )?represented(?: by)?\b`,
      // "He's representing me on all of it": the lawyer just named, or asked about, represents them.
      r`\b(?:he|she|they) (?:is|are) (?:representing|repping) (?:me|us)\b`,
      // "I met with a bankruptcy lawyer last week. Mr. Abernathy. He's handling all of it."
      r`\b(?:lawyer|attorney|law firm|law group|law office)\b[^]*\b(?:he|she|they) (?:is|are) (?:handling|taking care of|dealing with) (?:all of )?(?:it|this|that|everything|all (?:of )?my (?:debts?|bills|accounts?|credit cards?|cards|loans|creditors))\b`,
      // "I met with a lawyer last week. About bankruptcy. I signed with her."
      r`\b(?:lawyer|attorney|law firm)\b[^]*\bi (?:signed|retained|hired)(?: up)? with (?:her|him|them)\b`,
      // "I already talked to a lawyer about all my bills … He said to have y'all call him."
      r`\b(?:lawyer|attorney|law firm)\b[^]*\b(?:he|she|they) (?:said|told me|wants?|asked(?: me)?) (?:to )?(?:have (?:you|y all|you guys|you all|you people) |tell you to )(?:call|contact) (?:him|her|them)\b`,
      // "I went and saw a lawyer last month … She said if anybody calls, give them her number."
      r`\b(?:lawyer|attorney|law firm)\b[^]*\b(?:he|she|they) (?:said|told me) (?:that )?(?:if|when|whenever) (?:anybody|anyone|someone|somebody|you|you guys|y all|they|collectors?|a collector|creditors?) (?:calls?|calling|contacts? me)\b[^.?!]{0,20}\b(?:give|tell|send|refer|pass) (?:them|you|it|'em) (?:to )?(?:her|his|their) (?:number|name|card|info|information|office|way)\b`,
      // "The estate has an attorney … Everything about Dad's debts goes through him."
      r`\b(?:the|his|her|my (?:mom|dad|mother|father|husband|wife)(?:'s| s)?) estate (?:has|hired|retained|is represented by) (?:an? |its own )?(?:probate |estate )?(?:attorney|lawyer|counsel)\b|\b(?:everything|all (?:of )?(?:it|this|that)|all (?:the )?(?:creditor )?claims|(?:his|her|(?:mom|dad)(?:'s| s)) debts) (?:goes|go|has to go|have to go|need to go|needs to go) through (?:my |the |our |his |her )?(?:attorney|lawyer|counsel)\b`,
      // "For this, I have abogado. Mi abogado, he is doing this."
      r`\b(?:(?:i|we) (?:already |now )?(?:have|got|hired)|mi|my) (?:an? |un |el |mi )?abogad[oa]\b`,
      // "I saw a bankruptcy lawyer last week. She's representing me now."
      r`\b(?:she|he|they) (?:is|are|has been|have been) (?:now )?(?:representing|handling it for|handling this for) (?:me|us)\b(?=[^]{0,200}\b(?:lawyer|attorney|counsel|law (?:firm|office))|(?<=\b(?:lawyer|attorney|counsel|law (?:firm|office))\b[^]{0,200}))`,
      // Said for the consumer by the one relaying: "she has a lawyer now for all her debts".
      r`\b(?:she|he|they)(?: already| now| just)? (?:has|have|got|hired|retained|has got) (?:a |an |her |his |their )?(?:(?!power\b)[a-z-]+ ){0,2}(?:lawyer|attorney|abogado|legal counsel)\b(?= now| for| handling| on| who| that|[.,!]|$)`,
      // Someone found them a lawyer: "my son got me a lawyer for all these bills".
      r`\b(?:my \w+|he|she|they|the (?:union|church|va)) (?:got|found|hired|retained|set) (?:me|us) (?:up with )?(?:an? |a good )?(?:attorney|lawyer|legal aid)\b`,
      r`\b(?:an? |the )?(?:attorney|lawyer) (?:is )?(?:handling|representing|dealing with|taking care of|working on)\b`,
      r`\b(?:talk|speak|contact|call|deal with|go through|reach out to|get in touch with) (?:to |with )?(?:my|our) (?:attorney|lawyer|counsel)\b`,
      // "The attorney is Ruben Halloway, his office is 213-555-0176": the lawyer's name and number given.
      r`\bthe (?:bankruptcy )?(?:attorney|lawyer)(?:'s name)? is (?:__name__|[a-z]+(?: [a-z]+)?),? (?:his|her|their) (?:office|number|phone)\b`,
      // "The lawyer said once we filed nobody's supposed to call about this stuff."
      r`\bthe (?:bankruptcy )?(?:lawyer|attorney) (?:said|told (?:me|us))\b[^.?!]*\b(?:(?:not|nobody|no one|no body)(?: is| are)? supposed to (?:call|contact)|(?:stop|quit) (?:calling|contacting)|(?:call|contact) (?:him|her|them) instead)\b`,
    ],
  },
  {
    act: 'hardship',
    speaker: 'customer',
    negatable: true,
    // Someone else's illness told by a relative who answered, or troubles that are over.
    unless: [HARDSHIP_NOT_MINE],
    patterns: [
      r`\b(?:lost|lose|losing) (?:my|our) (?:job|jobs|work|income|employment|house|home|apartment|business|husband|wife|spouse|partner|son|daughter|mother|father|mom|dad|child|baby|car|benefits|unemployment|insurance|health insurance|hours|second job|place|shifts?)\b`,
      r`\b(?:i|we|my (?:husband|wife|spouse|partner))(?: was| were| have been| has been| got| just got| recently got| am| are| is| had been)? (?:laid off|let go|fired|furloughed|terminated|downsized|made redundant)\b`,
      r`\b(?:out of|without|between|no|lost|have no|do not have a|do not have any) (?:a |any )?(?:work|job|jobs|income|employment|paycheck|money coming in)\b`,
      r`\b(?:unemployed|jobless|on unemployment|on disability|disabled|on ssi|on ssdi|fixed income|(?<!\b(?:from|out of|with|off) (?:my |her |his |our )?)social security(?! (?:number|card|office|administration|payment date|deposit date))|welfare|food stamps|snap benefits|medicaid|homeless|evicted|eviction|foreclosure|flat broke|dead broke)\b`,
      r`\b(?:medical|hospital|doctor|doctors|vet) (?:bills|expenses|debt|emergency|emergencies|issues|problems|condition|costs|leave|stay|treatment)\b`,
      r`\b(?:i|we|my \w+)(?: am| was| have been| has been| is| got| were| had)? (?:sick(?! of\b| and tired)|ill|in the hospital|hospitalized|injured|disabled|pregnant|diagnosed|in an accident|in a car accident|recovering|having surgery|undergoing|on bed rest|on medical leave)\b`,
      r`\b(?:cancer|chemo|chemotherapy|stroke|heart attack|dialysis|terminal|illness|diagnosis|miscarriage|covid)\b`,
      // "The vet bill, from when Biscuit had his surgery": the surgery the bill is for, told as its origin, is no hardship.
      r`\b(?<!\b(?:bill|bills|charge|charges|balance|visit|invoice|statement|account),? (?:is |was |that is |that was |it is |it was )?(?:from|for) (?:when |the |my |his |her |our |their )?[^.?!]{0,30})surgery\b`,
      r`\b(?:cannot|could not|unable to|not able to|am not able to|have no way to) (?:afford|pay|make|cover|come up with)\b`,
      r`\b(?:do not|did not) have (?:the |any |enough |that kind of |that much |much |a lot of )?(?:money|funds|cash|income|savings|extra)\b`,
      r`\b(?:i am|we are|i have been|we have been) (?:broke|struggling|behind on (?:everything|rent|bills|my bills|all my bills)|barely (?:getting|making) by|living paycheck to paycheck|in a tough spot|in a bad (?:spot|place|way)|drowning|tight on money|short on (?:money|cash|funds)|strapped|tapped out|in debt up to)\b`,
      r`\bpaycheck to paycheck\b`,
      r`\b(?:unemployment|benefits|savings|severance|income) (?:ran out|has run out|is running out|ended|stopped|is gone|dried up|got cut|was cut)\b`,
      r`\b(?:maternity|paternity|medical|disability|unpaid|sick) leave\b`,
      r`\b(?:i|we) do not have (?:it|that|that kind of money|that much|it right now|the money right now)\b`,
      r`\b(?:barely|hardly) (?:make|making|get|getting|scrape|scraping|keep|keeping) (?:by|ends meet|afloat|my head above water)\b`,
      r`\bmake ends meet\b`,
      r`\b(?:business|work|sales|jobs|customers|things at work|the shop|my business)(?: has| have)? (?:been|was|were|is|are|got|went|has gone|dried|slowed)(?: really| so| very| pretty| dead)? (?:slow|dead|dry|up|down|quiet|bad|nothing)\b`,
      r`\b(?:slow|dead|bad|rough|quiet|dry|tough) (?:season|winter|summer|spring|fall|month|months|year|patch|spell|stretch)\b`,
      r`\b(?:only|barely|finally) (?:just )?(?:getting|picking up|starting to get) (?:jobs|work|hours|customers|clients|shifts) again\b`,
      r`\b(?:cannot|could not|unable to|not able to) (?:do|manage|swing|handle) (?:the whole thing|that much|the (?:full|whole|entire) (?:amount|balance|thing)|it all|all of it|that amount)\b`,
      r`\b(?:money|things|finances|cash|funds|my budget) (?:is|are|has been|have been|is getting|are getting) (?:tight|short|an issue|a problem|a struggle|rough|tough|hard|difficult|bad)\b`,
      r`\b(?:barely|hardly) (?:covering|paying|cover|pay|affording|afford) (?:the |my |our )?(?:rent|bills|mortgage|groceries|food|utilities)\b`,
      r`\b(?:tight|hard|tough|difficult|rough) (?:times|month|year|week|spot|situation|financial situation|time financially)\b`,
      r`\b(?:cut|reduced|cutting|lost|slashed) (?:my |our )?(?:hours|pay|salary|wages)\b`,
      r`\b(?:hours|pay|salary|wages|shifts) (?:got |were |have been |was |just got )?(?:cut|reduced|slashed)\b`,
      r`\b(?:divorce|divorced|separated|separation)\b`,
      r`\b(?:my|our) (?:${FAMILY}) (?:just |recently )?(?:died|passed away|passed|is dying|is terminally ill|is sick|is in the hospital)\b`,
      r`\b(?:death in the family|funeral|widow|widowed|single (?:mom|mother|dad|father|parent)|raising (?:\w+ )?kids (?:alone|on my own|by myself))\b`,
      r`\b(?:kids|children|family|mouths|baby) to (?:feed|support|take care of)\b`,
      r`\b(?:have|need|got) to (?:pay|cover) (?:my |the )?(?:rent|bills|mortgage|groceries|food|utilities|medication|medicine) first\b`,
      r`\b(?:choose|choosing|pick|picking) between ${gap(4)}(?:rent|food|medicine|bills|groceries)\b`,
    ],
  },
  {
    act: 'hostile',
    speaker: 'customer',
    patterns: [
      ...PROFANITY,
      ...INSULTS,
      r`\b(?:you|you people|you guys|your company|you all|y'all|this company)(?: are| is)? (?:a bunch of |such )?(?:scum|scumbags|crooks|thieves|vultures|leeches|parasites|scammers|liars|criminals|bloodsuckers|sharks|con artists|ridiculous|pathetic|a joke|a scam|disgusting|evil|harassing me|incompetent|idiots|morons|clowns|jerks|losers|animals|bullies|predators|crooked|shady|frauds)\b`,
      r`\b(?:go to hell|screw you|piss off|shut up|get lost|buzz off|bite me|drop dead|up yours|kiss my|get a real job|get a life|eff off|eff you|f off|go away|back off|get off my (?:back|phone|case))\b`,
      r`\b(?:i will|i am going to|i might|watch me)(?: \w+)? (?:sue you|sue your|report you|report your|file a complaint|call the (?:police|cops|bbb|attorney general|cfpb|ftc)|have you fired|get you fired|have your job|report this|complain to)\b`,
      r`\bharass(?:ing|ment|ed)?\b`,
      r`\b(?:how dare you|who the hell|what the hell)\b`,
      r`\bare you (?:kidding|serious|crazy|insane|out of your mind|deaf|stupid|for real|joking)\b`,
      r`\byou (?:have|got) (?:some|a lot of) nerve\b`,
      r`\b(?:i am|i'm) (?:so )?(?:sick|tired|sick and tired|fed up) (?:of|with) (?:you|this|these|your|getting|being)\b`,
      r`\b(?:do not|stop|do not you dare|how dare you|dare you) (?:you )?(?:threaten|threatening|talk to me like|talking to me like|talking down to|talk down to|yell at|yelling at|raise your voice|lecture|lecturing) me\b`,
      r`\bi do not (?:give a|care (?:what|about|if))\b`,
      r`\bnone of your (?:\w+ )?business\b`,
      r`\bleave (?:me|us) the (?:hell|heck) alone\b`,
      r`\b(?:i am|we are) (?:so )?done with (?:you|this|your|these calls|the calls)\b`,
      r`\b(?:i am|we are) (?:so |really )?(?:pissed|mad|angry|furious|livid|fed up)(?: off)?(?: (?:at|with) (?:you|this|your)|[.!]|$)`,
      r`\b(?:get|you will get|you are getting) nothing from me\b`,
      r`\bthis is (?:ridiculous|absurd|insane|outrageous|unbelievable|a joke|bull)\b`,
      r`\b(?:go ahead and |then )?(?:sue me|take me to court)\b`,
      r`\b(?:you|you people|you guys|your company) (?:have|got) no (?:shame|heart|soul|decency|morals|life|right to)\b`,
      r`\byou(?: are|'re)? (?:a|an|such a|nothing but a) (?:thief|crook|liar|scammer|fraud|vulture|leech|bully|joke|criminal|predator|con artist|shark|parasite|blood ?sucker)\b`,
      r`\byou (?:are|people are|guys are) (?:heartless|ruthless|shameless|a disgrace|unbelievable|rude|nasty|evil|sick)\b`,
    ],
  },
  {
    // Anger at the collector said without swearing: contempt, sarcasm, complaint threats,
    // taunts. Each pattern needs a word aimed at the collector or a fixed hostile phrase.
    act: 'hostile',
    speaker: 'customer',
    patterns: [
      r`\byou people\b`,
      r`\b(?:you all|you guys|your company|this company|you) (?:are|is) (?:running |such |a bunch of |all )?(?:a scam|scamming|trying to scam|the most annoying|so annoying|annoying|worse than|lower than|like cockroaches|all the same|dense|deaf|brain dead|hard of hearing|not listening|not even listening|wasting my time|being a jerk|kind of being a jerk|out of (?:your|their) minds?|crazy|playing|hilarious|unreal|relentless|bottom feeders|cockroaches)\b`,
      r`\b(?:scammers?|bottom feeders?|cockroaches|creeps?|clowns?|punks?|jerks?|thieves|crooks?|vultures|bloodsuckers|extortion|extortionists?|predatory|deadbeat collectors?)\b`,
      r`\b(?:pathetic|disgusting|unbelievable|un-be-lievable|outrageous|despicable|shameful|ridiculous|absurd|unreal|insulting|disgraceful|incredible\. |groundbreaking)\b`,
      r`\b(?:what a (?:joke|scam|disgrace|racket)|typical collection|collection agency garbage|run a scam|running a scam|trying to scam|go scam|scam (?:me|people|somebody))\b`,
      r`\b(?:garbage|crap|nonsense|hogwash|baloney|bs)\b`,
      r`\b(?:annoying|(?:so|being|real|really|very) rude|you are (?:so |being |really )?nasty|condescending|condescension|patroni[sz]e|patronizing|attitude|that tone|your tone|this tone)\b`,
      r`\b(?:(?:i am|i will|i am going to|i shall) report(?:ing)? (?:you|this|your|it to)|reporting (?:you|this number|it to|your)|file a complaint|filing a complaint|complaint (?:with|to|against)|make a complaint|cfpb|bbb|better business bureau|attorney general|consumer financial protection|channel \d+|congressman|inspector general|posting it|put you on)\b`,
      r`\b(?:shame on you|ashamed of yourself|proud of yourself|sleep at night|have some decency|no decency|have you no|your mother|your daddy|your mama|you ought to be|what kind of person)\b`,
      r`\b(?:i have had it(?= with|[.!]|$)|had it with you|done with you|done being (?:polite|nice)|stop being nice|about to lose it|before i lose it|gonna lose it|going to lose it|testing me|my last nerve|piece of my mind|told you off)\b`,
      r`\b(?:put|get) (?:me |your |a |the )?(?:your |a )?(?:manager|supervisor|boss|somebody|someone|an adult|a human)\b.{0,30}\b(?:now|right now|phone|on)\b`,
      r`\b(?:take that tone|talk(?:ing|ed)? (?:to me |down )(?:like|to)|speak(?:ing)? to me (?:like|as though)|lecture me|shove (?:it|them|em|'em)|and shove|choke on|hope you get fired|get you fired|drop dead|go cry|go rob|go bother|go find|go call|cry to)\b`,
      r`\b(?:what (?:is|the heck is) wrong with you|what part of|how many times|for the (?:last|tenth|fifth|third|fourth|hundredth) time|are you reading|in words you will understand)\b`,
      r`\b(?:talking over me|not listening|nobody (?:at your company )?(?:ever )?listens|you do not (?:hear|understand|scare|get to|know me|know what|rattle)|do not scare me|not scared of you|think you scare me|think i am (?:stupid|scared)|born yesterday)\b`,
      r`\b(?:see what happens|try me(?= one more| and|[.!]|$)|make my day|i swear to god|so help me|i swear if|this close to|before i say something|watch me)\b`,
      r`\b(?:hell no|hell freezes over|cows come home|when pigs fly|not in a million years|over my dead body)\b`,
      r`\b(?:(?:the|that|your|this) damn|dammit|jeez|geez|jesus christ|lmao|lmaooo)\b`,
      r`\b(?:thanks a lot|thanks a million|thanks for nothing|real helpful|oh great|oh cool|oh please|spare me|save (?:the|your) (?:script|speech)|bless your heart|congratulations|congrats|cute\.|adorable that|how utterly|oh this is rich|living the dream|wicked nice|give me a break)\b`,
      r`\b(?:blow(?:ing)? up my phone|get off my (?:line|phone)|stay off|lose (?:this|my) (?:number|numbah)|your (?:little|stupid|damn) [a-z]+|(?:same|weak|stupid|little) script|reading (?:a|your|the|off|from) (?:script|the same)|read your (?:file|script)|like a (?:robot|broken record|bot)|are you a bot)\b`,
      r`\b(?:are you threatening|is that a threat|did you just threaten|threaten(?:ing)? me|threats)\b`,
      r`\b(?:who (?:writes|wrote) (?:your|this|these)|who put you up|who do you think|you must (?:really|be)|you (?:really )?(?:got|have) a lot(?:ta| of) (?:mouth|nerve)|some nerve|got a real attitude|some set of lungs)\b`,
      r`\byou again\b(?<=(?:^|[.!?] )(?:ugh,? |oh,? |oh my god,? )?you again)`,
      r`\byou sound (?:so )?fake\b`,
      r`\byou sound like (?:a robot|a broken record|a bot|you are twelve)\b`,
      r`\b(?:not your (?:buddy|friend|pal)|you ain't my|do not call me (?:honey|sweetie|buddy|pal))\b`,
      r`\b(?:i will|i am going to|i'll|imma|i shall) (?:sue|report|record|post|come down|be writing|see you in|put you on speaker)\b`,
      r`\byou (?:have |just )?violated\b`,
      r`\b(?:you all|they) (?:keep|kept) (?:calling|tacking|harassing|bothering|ringing)\b`,
      r`\b(?:hang up (?:or|before)|hang up the phone before|goodbye\. and)\b`,
      r`\b(?:bulls\*+|s\*{2,}(?![a-z])|tf\b|wtf\b)`,
      r`\b(?:you|you all) (?:are )?(?:crazy|playing|lying|liars)\b(?! (?:about|to me about)\b)`,
      r`\b(?:liars|you (?:lie|lied))\b`,
      r`\bwhatever,? (?:dude|bro|man|lady|pal|buddy)\b`,
      r`\b(?:do not you dare|you hear me[?!]|do not ask me again|what do you want (?:now|from (?:me|my life))|i said i do not care|all you get from me)\b`,
      r`\b(?:real (?:brave|tough|helpful|classy|professional|nice of you)|tough guy|just wow|oh gee|ray of sunshine|get right on that|war crime|everyone hates|should be (?:embarrassed|ashamed)|how gross|glorified|hate yourself)\b`,
      r`\b(?:you think (?:that|this) is funny|keep laughing|eat you alive|what you can do with|what i really think|do not give me that|with a brain|what you do all day|ruin(?:ing)? (?:people's|people s|my|our) li(?:fe|ves)|got me messed up|how many ways|what that word means)\b`,
      r`\b(?:disrespectful|disrespecting me|no respect|not respect|falta de respeto|you are in violation|what you are doing is illegal|want me fired|not my friend)\b`,
    ],
  },
  {
    // Money, health and life troubles said without the stock phrases: what is left in the
    // account, disasters, care for the sick, income that stopped or never came.
    act: 'hardship',
    speaker: 'customer',
    negatable: true,
    unless: [HARDSHIP_NOT_MINE],
    patterns: [
      r`\b(?:dollars|bucks|__amount__) (?:to (?:my|our) names?|in (?:my|our) (?:account|checking|checking account|cash app|bank|wallet)|(?:un)?till? (?:my|friday|payday|the|next|\w+day))\b`,
      r`\bto (?:my|our) name\b`,
      r`\b(?:i|we) (?:have|got|have got|am left with)(?: absolutely| literally| really)? (?:nothing|zero|no money|nothing left|nothing extra)\b(?! (?:to (?:say|hide|do|discuss|add|talk|owe)|against|more to))`,
      r`\bthere is (?:nothing|no extra|no money|nothing extra|nothing left|nothing there)\b(?! (?:to (?:say|discuss|talk|dispute|owe|pay for)|i can do|you can|we can|wrong))`,
      r`\b(?:nothing (?:left|extra|coming in)|no (?:money|extra|check|paycheck|income)(?: (?:coming in|left|till|until|right now|now|this month))?(?:[.!,]|$| so| till| until| right now| this))`,
      r`\b(?:i|we) do not (?:even )?have (?:__amount__|\d+|(?:a|one|two|three|four|five|ten|twenty|thirty|forty|fifty|a hundred|a few|a couple)(?: hundred| thousand| grand| dollars| bucks| cents)+|(?:five|ten|twenty|fifty|a hundred) (?:dollars|bucks)|an income|a job|a bank account)\b`,
      r`\b(?:overdrawn|underwater|in the hole|food bank|food stamps|homeless shelter|shelter|fema|red cross|(?:car|truck) (?:got |was )?repossessed|hospice|icu|nicu|inpatient|workers'? comp|on strike|strike pay|furlough(?:ed)?|child support|minimum wage|cost a fortune)\b`,
      r`\b(?:barely (?:surviving|making it|keeping|making (?:it|rent|payroll|the))|keep(?:ing)? the lights on|back on my feet|starting over|rebuilding|from scratch|can(?:not|'t) get ahead|squeeze water from a rock)\b`,
      r`\b(?:hurricane|tornado|flood|flooded|house fire|the fire|earthquake|drought|robbed|got scammed|got hurt|leukemia|diabetes|insulin|on oxygen|depression|panic attack|wheelchair|fractured|broken (?:leg|arm|ankle|back)|in recovery|memory care|deported|evicted)\b`,
      r`\b(?:lost|took) everything\b`,
      r`\blost (?:the|our) (?:house|home|car|apartment|job|business|farm|shop|truck)\b`,
      r`\b(?:business|shop|restaurant|plant|salon)(?: i worked at)? (?:closed|shut|went under|went out of business|close|shut down)\b`,
      r`\b(?:live|living|lives|get by|getting by) on (?:a |my |one |what i make|tips|social|pension|ssi|disability|a fixed|a cafeteria|a teacher)\b`,
      r`\b(?:one|single|a single)[- ]income\b`,
      r`\b(?:i am|we are|i'm) (?:not working|out of work|behind|so behind|way behind|in and out of the hospital|on workers comp|on hospice)\b`,
      r`\b(?:cannot|can not|unable to) (?:work|hold (?:a|down a) job|keep a job|get to work|find work|find a job)\b`,
      r`\b(?:i|we) (?:just|literally|really|simply|honestly) (?:cannot|can not)\b(?! (?:talk|speak|believe|hear|understand|remember|find|tell|say|see|stand|deal))`,
      r`\b(?:it is|it's) that (?:i|we) (?:cannot|can not)\b`,
      r`\b(?:i|we) (?:just |really |simply )?(?:cannot|can not)(?=[,.!]|$)`,
      r`\b(?:every|each) (?:penny|dollar|cent|check|paycheck)(?: i make| we make| i get)? (?:goes|is going|already goes|has a job|is spoken for)\b`,
      r`\b(?:eats|eat|eating) (?:up )?(?:everything|whatever|all)\b`,
      r`\b(?:i|we) (?:make|clear|take home|bring home|get)(?: like| maybe| only| about| barely)? (?:nothing|next to nothing|half|a third)\b`,
      r`\b(?:rent|prices|everything|groceries|gas)(?: [a-z]+)? (?:went|go|goes|has gone|keeps going|went way) up\b`,
      r`\b(?:raised|jacked|doubled) (?:the|my|our) rent\b`,
      r`\b(?:scholarship|stipend|pension|benefits|disability claim|disability|snap|unemployment|check|checks|paycheck|hours|gi bill) (?:got |was |were |has been |have been |has |just )?(?:cut|stopped|denied|reduced|slashed|garnished|delayed|held up)\b`,
      r`\b(?:garnished|garnishing) (?:my|our)\b|\bcut (?:my|our) (?:snap|benefits|hours)\b|\bcut me off\b`,
      r`\b(?:not|is not|never) (?:even )?enough (?:for|to)\b`,
      r`\b(?:we live with|staying with my|moved back in with|move back in with|sleeping on)\b`,
      r`\b(?:do not know how (?:i am|we are) (?:going to )?(?:pay|paying|make|afford|keep)|how am i (?:supposed|going) to (?:pay|afford|eat))\b`,
      r`\b(?:disability|va) (?:check|claim|payments?|benefits|back pay)\b`,
      r`\b(?:bills?|insurance|rent|note|mortgage|payroll) (?:is |are |both )?(?:due|behind)\b`,
      r`\b(?:have|got) (?:other|too many|a lot of) bills\b`,
      r`\b(?:until|till|til) (?:the va|my (?:first |next )?(?:check|paycheck|stipend|disability|unemployment|benefits)|i (?:find|get) (?:work|a job)|i am back at work)\b`,
      r`\b(?:do not|did not|have not|has not|haven't) (?:get|gotten|been|had|got) (?:paid|a paycheck|a check|my (?:last )?check)\b`,
      r`\bnever paid me\b`,
      r`\b(?:bankrupt me|ruin me|break me)\b`,
      r`\b(?:it (?:will|would|is going to) be tight|so tight|very hard now|money is brutal|been brutal)\b`,
      r`\b(?:it is|it has been|things have been|it is been|been) (?:really |pretty |very |so |a little |a bit )?(?:tight|rough|tough)(?: lately| for us| for me| since| this (?:year|month))?\b(?! (?:deadline|fit|schedule|timeline|window|turnaround|game))`,
      r`\b(?:laid off|layoff)\b`,
      r`\b(?:caring for|take care of|taking care of) my (?:${FAMILY})\b`,
      r`\b(?:my|our) (?:${FAMILY})(?: is| has| was)? (?:sick|in the hospital|in the icu|in hospice|on oxygen|has cancer|got hurt|cannot work)\b`,
    ],
  },
  {
    act: 'agrees_to_pay',
    speaker: 'customer',
    patterns: [
      // "I get paid the last day of the month. The 31st. I'd have it then.": the day the sum asked for will be there.
      r`\bi (?:would|will) have (?:it|the money|that|the __amount__|it all)(?: ready| together)? (?:then|by then|on (?:the )?(?:\d+\w*|[a-z]+day)|by (?:the )?(?:\d+\w*|[a-z]+day))\b`,
      // "Fifteen hundred. Today. On my debit card.": a sum, a day and a way to pay, put forward.
      r`(?:^|[.!?] )(?:(?:okay|ok|fine|alright|look|listen|then|how about|i can do|i will do|i could do)[,.]? )*(?:__amount__|${SPOKEN_SUM})[.,]? (?:today|tonight|tomorrow|this (?:week|${DAYS})|(?:on )?${DAYS}|(?:on )?the \d{1,2}(?:st|nd|rd|th)?|__date__)[.,]? (?:on|by|from|with|through|out of) (?:my|the|a) (?:debit|credit|card|checking|savings|bank|visa|mastercard|amex|discover)\b`,
      // "Would you take five hundred?", "Would you do eighteen-fifty? That's my number.": a counter-offer, a sum the consumer will pay.
      r`\b(?:would|will|could|can) (?:you|y all|they|your (?:client|office|company)) (?:do|take|accept|settle for|go (?:down )?to|let me (?:pay|do)) (?:__amount__|\$?\d[\d,.]*\b|${SUM_WORDS}\b|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[- ](?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|fifteen|ten)\b)(?! (?:percent|a month|per month|a week)\b)`,
      // "I'll call in and pay it": the payment promised, made by phone later.
      r`\b(?:i|we) will (?:just )?call (?:in|you back|back) (?:and|to) (?:pay|make (?:the|that|a) payment)\b`,
      // "Can I just pay it today over the phone?", "Could I pay the whole thing now?": paying asked for, now.
      r`\b(?:can|could|may) (?:i|we) (?:just |go ahead and )?pay (?:it|this|that|the (?:whole|full|entire) (?:thing|balance|amount|bill)|the balance|it all|all of it)(?: off| in full)? (?:today|now|right now|over the phone|on the phone|by card|with (?:my|a) (?:card|debit card|credit card))\b`,
      // "I can scrape together $300 by Friday."
      r`\b(?:i|we) (?:can|could|will|am going to) (?:scrape|scrounge|pull|put|get|come up with|find|cobble|round)(?: together| up)? (?:__amount__|\w+ (?:dollars|bucks|hundred))\b`,
      // "I don't know what we can swing": what they could pay, not yet said.
      r`\b(?<!\b(?:not know|not sure|no idea|not certain|unsure|wonder|wondering|figure out|find out|will know|know) (?:[^.?!]{0,40}? or )?(?:what|how much|if|whether|when|exactly what|what else) )(?:i|we)(?: will| can| could| am going to| are going to| would like to| would love to| will be able to| can go ahead and| am able to| am willing to| are willing to| plan to| should be able to| will go ahead and| will try to| can try to| agree to| promise to| am ready to| will make sure to| want to go ahead and| would be able to| would be willing to| will definitely| guess i can| suppose i can| think i can)(?: go ahead and)? (?:pay|send|make (?:a|the|that|my|this|it|payments|monthly)|put down|mail|wire|give you|cover|take care of|settle|clear|set up|schedule|start|do|manage|swing|afford|handle|commit to|get you|put)\b(?! (?:nothing|anything|it later|you later|a complaint|with that|my best|without))(?!(?: (?:it|that|this))? (?:when|whenever|if) i (?:am ready|feel like|want|get around|decide))(?! ${TO_SEND}(?:${PAPERS}|dispute|info|information)\b)`,
      r`\b(?:put|sign) me (?:down|up) for\b`,
      // "Whatever. Use the Visa ending in 4471.": the card to pay with, handed over.
      r`(?:^|[.!?,] )(?:(?:okay|fine|whatever|alright|all right|yes|sure|just)[.,!]? )*(?:use|charge|run it on|put it on|take it (?:from|out of)) (?:the|my) (?:visa|mastercard|master card|amex|american express|discover|card|debit card|credit card|debit|checking(?: account)?|savings(?: account)?)(?: card)?(?: ending(?: in)? (?:\d+|__number__))?\b`,
      // "Oh my God. Fine. Fine, a hundred, check-by-phone.": a yes, then the sum and the way of paying.
      r`(?:^|[.!?] )(?:(?:fine|okay|alright|all right|yes|sure|ugh|whatever)[.,!]? )+(?:${AMT}|${SUM_WORDS})(?: dollars| bucks)?,? (?:by |with |on |over |through )?(?:the |my )?(?:check[- ]by[- ]phone|debit card|credit card|debit|card|checking|bank account|ach|visa|mastercard|money order|check)\b`,
      // "Fine. Fine. Two hundred Friday.": a yes, then the sum and the day.
      r`^(?:(?:fine|okay|alright|all right|yes|sure|ugh|whatever)[.,!]? )+(?:${AMT}|${SUM_WORDS})(?: dollars| bucks)?,? (?:on |by |this |next )?${DATE}\b`,
      r`\bi would (?:rather|prefer to|like to) (?:settle|pay|do the (?:settlement|plan|payment plan)|set up (?:a|the) (?:plan|payment plan))\b`,
      r`\b(?:i|we) (?:accept|will take|would take|will go with|would go with|choose|pick|will do|would like) (?:the|that|your|this|a) (?:offer|deal|settlement|plan|arrangement|payment plan|option|one)\b`,
      r`\b(?:let us|let me) (?:do|set up|go with|get|start) (?:the|a|that|this) (?:plan|payment plan|settlement|arrangement|payment|one|offer)\b`,
      r`\b(?:let me (?:get|grab|find|go get)|i will (?:get|grab|go get)|hold on,? let me get) (?:my |the )?(?:card|credit card|debit card|wallet|checkbook|check book|bank (?:card|information|info|details)|account (?:number|information)|routing number)\b`,
      r`(?:^|[.!?] )(?:okay,? |ok,? |fine,? |alright,? |yes,? |then |so )*(?:go ahead and |you can )?(?:take|draft|charge|debit|withdraw|pull|run|put through) (?:out )?(?:the |it |that )?(?:${AMT}|it|that|the payment|(?:the |my )?(?:card|visa|debit card|credit card|account))\b(?![^.!?]*\?)`,
      r`\bset up (?:the|a|my|that|this) (?:payment|plan|arrangement|payments|payment plan)\b`,
      r`\b(?:set (?:it|that|this|the plan|the payment|the payments|me) up|sign me up|put me down|book (?:it|that) (?:in|for)|schedule (?:it|that|the payment))\b`,
      r`^(?:okay,? |alright,? |fine,? |yes,? )?(?:deal|it is a deal|that is a deal|you have a deal|we have a deal|you got a deal|you got yourself a deal)[.!]*$`,
      r`\b(?:here is|i will give you|i can give you|i have) (?:my )?(?:card|credit card|debit card|bank|account|routing|checking account|card number|bank information)(?: number| info| information| details)?(?: ready| for you| for the payment)?(?=.{0,40}\b(?:pay|payment|card|number|ready|it is))`,
      r`\b(?:i|we) (?:get paid|will have (?:the )?money|will have it|will have the funds) (?:on |by |next )?${gap(3)}(?:so |and )?(?:i|we) (?:can|will) (?:pay|send|do|make)\b`,
      r`\byou can (?:charge|debit|take|process|run) (?:my|the|it|that)\b`,
      r`\bput (?:it|that|the payment|__amount__|the rest) on (?:my|the) (?:card|visa|mastercard|amex|discover|debit card|credit card|account|checking|bank card)\b`,
      r`\b(?:i|we) (?:will|can|should|am going to|are going to) (?:have|get) (?:it|that|the (?:money|payment|rest|balance|funds)|__amount__|a payment|something)(?: (?:to you|over to you|in|sent|ready|for you|out))? (?:by|on|before|next|this) (?:${DATE}|the end of|next)`,
      r`\b(?:okay|fine|alright|all right|yes)[,.!]? (?:i will|i can|let us) (?:pay|do|make|send) (?:it|that|this|the|a|__amount__)\b(?! (?:bank )?${PAPERS}\b)`,
    ],
  },
  {
    act: 'refuses_to_pay',
    speaker: 'customer',
    unless: [REFUSAL_DISOWNED],
    patterns: [
      // "I'm not giving you five hundred dollars on something I already paid."
      r`\b(?:i am not|i will not|i am not going to|i refuse to) (?:give|giving|send|sending|hand|handing|pay|paying) (?:you |y all |you people |you guys |them )?(?:__amount__|a (?:dime|cent|penny|red cent)|one (?:dime|cent|penny)|(?:any|more) money|anything)\b`,
      // Rhetorical refusals: "What part of no don't you understand", "Do I look like I have $1,200?",
      // "How am I supposed to pay that on $900 a month?"
      r`\bwhat part of no\b|\bdo i look like i (?:have|got|am made of|carry)\b|\bhow (?:am i|do you expect me|would i|could i|is anyone) (?:supposed |going |able )?to (?:pay|afford|come up with|cover)\b`,
      r`\b(?:i am|i'm|we are) not (?:going to|about to|gonna) (?:pay|give you|send|be paying)\b`,
      r`\b(?:i|we) (?:will not|refuse to|am not|do not intend to|do not plan to|do not want to|am never going to|will never|never will|would never|am not going to|are not going to|have no intention of|have no plans to) (?:ever )?(?:pay|be paying|paying|give you|send you|send|pay you)\b`,
      r`\b(?<!\b(?:and|for|of|about|from|by|with|without|after|before|like|over) )not (?:paying|giving you|sending you|sending) (?:a |one )?(?:dime|cent|penny|nickel|thing|anything|you anything|it|that|this|shit|a red cent|any money|you a dime)\b`,
      r`\b(?:i am|we are) (?:not|never) (?:paying|going to pay|ever paying)\b`,
      r`\byou (?:will|are going to|are gonna) (?:get|see|receive) nothing\b`,
      // "I'm not doing anything with you today": the payment asked for turned down, whatever it was.
      r`\b(?:i am|we are) not (?:doing|agreeing to|setting up|signing up for|committing to) (?:anything|nothing|a thing)(?: with you)?(?: (?:today|tonight|right now|now|on this call|over the phone))?(?=\s*(?:[.!,;]|$))`,
      r`\byou are getting nothing\b`,
      r`\b(?:i|we) (?:do not|never) (?:plan|intend) (?:on|to) (?:pay|paying)\b`,
      r`\b(?:i|we) have no (?:plans?|intention) (?:on|of|to) (?:pay|paying)\b`,
      r`\byou (?:are not|will not|are never|will never) (?:get|getting|see|seeing) (?:a |any |one )?(?:dime|cent|penny|money|nickel|anything|payment|paid|a red cent|my money)\b`,
      r`\bwhy (?:would|should) (?:i|we) (?:pay|give)\b`,
      r`\b(?:i|we) (?:refuse|decline)\b(?! to (?:give|answer|discuss|talk|provide|confirm|verify))`,
      r`\bno way (?:am i|i am|i will|i would|i'm) (?:paying|going to pay|pay|giving)\b`,
      r`\bforget (?:it|about it)\b(?=.{0,50}\b(?:pay|money|dime|cent))`,
      r`\bnot (?:one|a single) (?:dime|cent|penny)\b`,
      r`\bnot (?:going to )?(?:give|giving|hand|handing) (?:you |you people |you guys )?(?:my |any )?(?:card|card number|bank (?:information|info|details|account)|account number|routing number)\b`,
      r`^(?:(?:no|nope|nah|sorry),? )*(?:i am )?not (?:paying|going to pay)(?: (?:it|that|this|you|anything))?[.!]*$`,
      // Not "Please just don't send anything to anybody": a plea that nothing be sent, to the agent.
      r`(?<!\bplease (?:just )?do )\bnot (?:going to )?(?:paying|giving|sending|handing over|pay|give|send|hand over) (?:you |you people |you guys |your company |them |y'all |you all |anybody |anyone )?(?:a |one |another |any )?(?:single )?(?:dime|cent|penny|nickel|red cent|more money|money|nothing|anything|a thing)\b`,
      r`\bforget (?:about )?(?:getting|seeing|collecting|receiving) (?:any |a |a single |one |your |the |that |my )?(?:money|payment|dime|cent|penny|red cent|anything|paid)\b`,
      r`\bi (?:will|would) (?:rather|sooner) ${gap(6)}than pay\b`,
    ],
  },
  {
    // Refusals without the stock "I won't pay": passing, declining, "not happening", letting
    // it go to court or fall off the report, paying only someone else. Disowned refusals ("I'm
    // not saying I won't pay") and partial ones ("not paying the fees") stay out.
    act: 'refuses_to_pay',
    speaker: 'customer',
    unless: [REFUSAL_DISOWNED],
    patterns: [
      r`\b(?<!\b(?:and|for|of|about|from|by|with|without|after|before|like|over|just) )not (?:paying|payin)\b`,
      r`\b(?:i|we) (?:will not|shall not|would not|still would not)(?: be)? (?:pay|paying|make|making|authori[sz]e|commit|agree|promise|give|send|sending|do it|do that)\b`,
      r`\b(?:i|we) (?:just |simply )?(?:will not|cannot and will not|can not and will not)(?:[.!,]|$)`,
      r`\b(?:i am|i will|i have to|going to|i am going to|gonna) (?:respectfully )?(?:decline|declining|have to decline)\b`,
      r`\b(?:i am declining|note that i declined)\b`,
      r`\b(?:i will|reckon i will|i am going to|i am gonna|i think i will) pass\b`,
      r`\b(?:hard pass|pass on (?:that|the|paying|this|your|it))\b`,
      r`\b(?:not|never) (?:happening|going to happen|gonna happen)\b`,
      r`\b(?:will not|would not|is not going to) happen\b`,
      r`\b(?:not a chance|nuh uh|hell no|hard no|firm no|no means no|no deal|absolutely not|no can pay|i no pay|not even if i had it|nada)\b`,
      r`\b(?:the|my) answer(?: is|'s)?(?: still)? (?:no|the same)\b`,
      r`\b(?:same answer|(?:still )?saying no|say no to|i said no|(?:put me|put that) down as a (?:no|refusal)|as a refusal|i am going to say no|going to have to say no)\b`,
      r`\bnegative on\b`,
      r`\bnot interested\b`,
      r`\bnot (?:doing|setting up|making|going to (?:do|make|set up|be making)) (?:a |the |any |payments?\b|that (?:settlement|plan|payment|arrangement|autopay))`,
      r`\bnot (?:authori[sz]ing|touching|ready to make|agreeing to (?:any|the|a|that|pay)|giving (?:you )?(?:my|out my|any|a)) `,
      r`\b(?:do not|did not) want to (?:set up|go ahead with|do (?:the|a|any)|hear about the|put it on)\b`,
      r`\b(?:i|we) (?:do not|no) pay (?:collect|collection|for a|you|debt|the collect|that)\w*\b(?! directly\b[^.!]*\?)`,
      r`\b(?:i would (?:rather|sooner|burn|go|let)|i rather|i will go to court|i will eat the hit|go to jail)\b(?=.{0,60}\b(?:than|before) (?:i )?(?:pay|send|give|gave|hand|to you))`,
      r`\b(?:i would|i will) rather (?:take|let|eat)\b`,
      r`\b(?:let it|letting it|just let it) (?:ride|expire|charge off|fall off|go to (?:court|collections)|age off)\b`,
      r`\b(?:wait for it to (?:age|fall) off|take my chances|keep(?:ing)? my money|talk to my hand|forget about it)\b`,
      r`\byou (?:are|is|will) not (?:getting|get|seeing|see) (?:mine|my (?:money|bank|card|info)|a (?:penny|dime|cent)|another (?:dime|penny|cent)|one|anything|paid)\b`,
      r`\bnot (?:a|one) (?:red cent|single (?:dollar|dime|cent|penny)|nickel)\b|\bnot (?:another|one more) (?:dime|dollar|penny|cent)\b|\bone more dollar\b`,
      r`\b(?:hell freezes over|blue in the face|when pigs fly|over my dead body)\b`,
      r`\bno payments?(?: today| now| this month|[.!]|$)`,
      r`\b(?:cannot|can not) (?:pay|give) (?:you )?(?:anything|nothing|zero)\b|\bcan pay zero\b|\b(?:cannot|can not) (?:accept|agree to|commit to anything|do any of)\b`,
      r`\b(?:nah|no thanks|nope|naw|no),? (?:i am|i'm) good\b|\bi am good on that\b`,
      r`\bnot (?:today|now|this month), not\b`,
      r`\bnot (?:going to|gonna) (?:do (?:that|it|this|any|the|a)|give you (?:a|any|my|the)|make (?:a|any|the)|set up|sign)\b`,
      r`\b(?<!\b(?:insurance|they|he|she|it|company|who|that) )will not (?:pay|do (?:it|that|the|any))\b`,
      r`\b(?:no amount (?:i am|i will)|not signing anything|do not set (?:anything|it|that|this) up|cannot put me down|(?:going to|i will|gonna) hold off|even if i (?:had it|did)|pay when i (?:damn well )?feel like it|sue me then|send it to (?:collections|court)|do not negotiate with)\b`,
      r`\b(?:told|advised|said) (?:me )?not to pay\b`,
      r`\b(?:i|we) (?:just |really |simply )?(?:cannot|can not)(?=[,.!]|$)`,
      // "I can't do this right now. Call me this afternoon": the talk put off, not the payment refused.
      r`\b(?:cannot|can not) do (?:that|it|this)(?: (?:today|tonight|right now|now|this week|this month))?(?=[,.!]|$| not)(?![^]*\b(?:call (?:me|back)|talk (?:later|another time)|another time)\b)`,
    ],
  },
  {
    act: 'asks_question',
    speaker: 'customer',
    patterns: [
      r`\bwho(?: is|'s| s) (?:this|calling)\b|\bwhat do you want\b(?! (?:with|from) (?:him|her|them|my)\b)|\bwhat (?:was|is) (?:that|the) (?:number|name|address|amount|date|website|extension)(?: again)?\b|\bwhat was that again\b`,
      r`\b(?:i want to know|i would like to know|i was wondering|i am wondering|i wonder|can you (?:tell|explain|let me know|clarify)|could you (?:tell|explain|let me know|clarify)|tell me (?:what|who|why|how|when|where|which)|explain (?:to me )?(?:what|why|how)|i need to know|i am asking|my question is|quick question)\b`,
    ],
  },
  {
    act: 'not_a_question',
    speaker: 'customer',
    patterns: [
      r`^(?:and |so |but |okay |well |please )?(?:can|could|would|will) you (?:please )?(?:call|stop|remove|take me|take my|leave|hold|wait|hang on|quit|lose|delete|put me|try|reach|contact)\b`,
      r`^(?:can|may|could|shall) i take a message\b`,
      r`^(?:and |so |but |okay |well )?(?:can|could) we (?:please )?(?:do this|talk|speak|discuss|go over|try) ${gap(3)}(?:later|tomorrow|another|some other|a different|next|after|tonight|this evening)\b`,
      r`^do not you dare\b`,
      r`^(?:are you (?:kidding|serious|crazy|insane|joking|for real|out of your mind|deaf|stupid)|who do you think you are|what is wrong with you|how dare you|why (?:would|should) i (?:pay|give))\b`,
    ],
  },
  {
    act: 'requests_callback',
    speaker: 'customer',
    negatable: true,
    patterns: [
      // "You can call when my son is home? Six o'clock.": the call put off to when someone can help.
      r`\b(?:you can|can you|could you|please) call (?:me |us )?(?:back )?(?:when (?:my|he|she|they|i am)|after (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|work|lunch|dinner)|tonight|tomorrow|later|at (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b`,
      r`\b(?:can|could|shall) we (?:finish|do|continue|pick (?:this|it) up|talk about|go over) (?:this |it |that )?(?:another|some other|a different|a better) time\b|\b(?:we are|i am) not allowed (?:to have |to use )?(?:phones|cell ?phones|my phone|calls) (?:on|at|in)\b`,
      // "I'm in the hospital … Can this wait?": the call put off to another time.
      r`\bcan (?:this|it|that|we|all this) wait\b(?! (?:until|till|til) (?:i|we|you) (?:get|have|see|receive|talk to (?:my|a) (?:lawyer|attorney)))`,
      // "You left me a voicemail asking me to call back" reports the agency's message, asks nothing.
      // "Fifteen hundred. Today. Otherwise I hang up and you can call me back next year.": a condition, not a time asked for.
      r`(?<!\b(?:asking|asked|told|tells|telling|asks|wanted|want|said to|saying to) (?:me |us )?(?:to )?)(?<!\b(?:figured|decided|thought|wanted) (?:i would |i will |i should |i had to |to )(?:just )?)(?<!\b(?:i|we) (?:was|were) (?:going to|gonna|meaning to|about to|planning to|trying to) )(?<!\b(?:otherwise|or else)\b[^.?!]{0,40})\bcall (?:me |us )?(?:back|again|later|another time|tomorrow|tonight|this evening|next week|in an hour|in a (?:few|couple|bit)|after|at (?:a )?(?:better|different|another|later) time|(?:on )?${DAYS}|some other time|in the (?:morning|afternoon|evening))\b`,
      r`\b(?:i|we)(?: will| can| could| am going to| will have to| need to| have to| would rather)? (?:call|get back to|ring|reach out to) (?:you|them)(?: guys)? (?:back|later|tomorrow|another time|when|next week|this evening|tonight)\b`,
      r`\b(?:i am|we are)(?: right now)? (?:at work|driving(?! (?:for|as|a|an|trucks?|rideshare|uber|lyft|buses|deliver\w*|doordash|part|full|to make)\b)|in the car|on the road|busy|in a meeting|at the doctor|at the doctor's|at the doctors|in class|at school|on the other line|with a (?:customer|patient|client)|at the hospital|at church|at dinner|eating(?! (?:what|whatever|from|at|out of|less|nothing|beans|rice|ramen|food)\b)|about to (?:go|leave|head|walk)|on my way|on break|on my (?:lunch )?break|on lunch|at lunch|at my job|on the clock|in the middle of (?:something|dinner|work)|not home|not at home|at the store|in line|at a funeral|on another call|on a call|in the shower|cooking|watching my kids|with my kids|putting the kids)\b`,
      r`\b(?:this is not|now is not|it is not|not|that is not) (?:a |the )?(?:good|great|convenient|right) time\b`,
      r`\b(?:bad|inconvenient|terrible|awful) time\b`,
      r`\b(?:now|this|it|today|right now) is not (?:convenient|good|a good time|great|ideal|the best time|a great time)\b`,
      r`\bi (?:only|barely) have (?:a|one) (?:minute|second|sec|moment|few minutes)\b`,
      r`\bi (?:cannot|can not) (?:talk|speak|do this|discuss this|deal with this)(?: right)? (?:now|at the moment|here|at work|today)\b`,
      r`\b(?:can|could) (?:we|you) (?:talk|do this|speak|discuss (?:this|it)|go over (?:this|it)|try) (?:later|tomorrow|another time|some other time|another day|some other day|a different day|a different time|next week|this evening|tonight|after \w+|in an hour)\b`,
      r`\b(?:try|reach|catch|call) me (?:again )?(?:later|tomorrow|another time|after|this evening|tonight|next week|at home|on ${DAYS}|in the (?:morning|afternoon|evening)|some other time)\b`,
      r`\b(?:my )?(?:employer|boss|job|work|company|manager|supervisor) (?:does not|will not|do not) (?:allow|let|permit|like)\b`,
      r`\b(?:not allowed|cannot|am not allowed|am not supposed|can not) (?:to )?(?:take|get|have|receive|make|be on) (?:personal )?(?:calls|phone calls|the phone) (?:at work|here|on the job|during work|while i am working)\b`,
      r`\b(?:do not|please do not) (?:call|contact|phone|ring) me (?:at|during) (?:work|my job|the office|work hours|business hours)\b`,
      r`\bgive me (?:a call|a ring) (?:back|later|tomorrow|another time|after)\b`,
      r`\b(?:later|tomorrow|another time) (?:would be|is) (?:better|good|fine)\b`,
      // "Sunday is the Lord's day in my house. I don't do bills": a day kept free of business.
      r`\b(?:sundays?|saturdays?|today|it|this) is (?:the lord's day|(?:my|our) (?:day of rest|sabbath|family day)|(?:a )?family day|the sabbath)\b`,
      // "Call my cell tonight. Seven.": the call moved to another phone and time.
      r`\bcall (?:me )?(?:on |at )?my (?:cell|mobile|cell phone|home (?:number|phone)|personal (?:cell|number|phone))\b`,
      // "Call me like five-thirty. My time, not yours."
      r`\b(?:try|reach|catch|call) me (?:back )?(?:like |around |about |say |at |after )+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)`,
      // "It's Easter … I have my whole family here … can we not do this right now?"
      r`\b(?:can|could) we (?:please )?not (?:do|talk about|discuss|go over) (?:this|that|it)(?: right)? (?:now|today|tonight)\b|\b(?:i|we) (?:have|got|have got) (?:my |our )?(?:whole |entire )?(?:family|company|guests|people) (?:here|over)(?! to help)\b`,
      r`\b(?:i|we) (?:do not|never) (?:do|discuss|talk about|deal with|handle) (?:bills|business|money|debts?|finances|collections?) on (?:sundays?|saturdays?|the sabbath|the lord's day|weekends|the weekend|holidays|a holiday|easter|christmas|thanksgiving)\b`,
    ],
  },
  {
    act: 'bankruptcy',
    speaker: 'customer',
    negatable: true,
    negatedAfter: true,
    patterns: [
      r`\bbankrupt(?:cy|cies)?\b`,
      r`\bchapter (?:7|13|11|seven|thirteen|eleven)\b`,
      r`\b(?:bankruptcy )?(?:trustee|discharge order|automatic stay)\b`,
      r`\bdischarged (?:in|through|by|with) (?:the |my )?(?:bankruptcy|court|chapter)\b`,
      r`\b(?:filed|filing|file) (?:for )?(?:chapter|bankruptcy)\b`,
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Negation, disclaimers and reported speech (used by classify.ts for `negatable` and
// `ownWordsOnly` rules).

/** Words and frames that negate or distance what follows in the same clause. */
export const NEGATION_CUE = r`\b(?:not(?! want)|(?<!\b(?:you|you all|y all|you guys|you people) (?:do|would|will) )not(?= want)|never|no one|nobody|no body|noone|cannot|nothing|neither|nor|no such|illegal|against the law|prohibited|unlawful|myth|no way|no reason|worried|afraid|scared|concerned|nervous|fears?|frightened|without|instead of|rather than|refrain|avoid|no longer|wrong to|hear that|heard that|rumou?rs?|misconception|not true)\b(?!\s+(?:${WORD}\s+)?(?:pay|paying|paid|respond|responding|responded|call(?! you an?\b)|calling|answer|answering|cooperate|cooperating|resolve|resolved|settle|settled|take care|handle|handled|deal|show|come|make|making|made|sign|return|contact|get back|kidding|joking|playing|lying|messing|fooling|exaggerating|bluffing|prevent|guarantee|promise|protect|help|keep|hold|rule|received|receive|arrange|set up|work with|hear from|want to end|hearing|bother|bothering|give me|tell me|start|try|stop))`;

/** "no" negates only a nearby word ("there is no warrant"), not a whole clause. */
export const NEAR_NO = r`\bno(?:\s+\S+){0,2}\s*$`;

/** Where a clause begins: negation does not reach across these. */
export const CLAUSE_BOUNDARY = r`[.!?;:,]|\s-\s|\bnot (?:right|correct|true|accurate|mine|fair)\b|\b(?:but|however|although|though|whereas|yet|otherwise|unless|until|because|then|so|if you|if it|if this|if the|when|once)\b`;

/** Right after a match: "jail is not an option", "the police will never be involved". */
export const TRAILING_NEGATION = r`^[\s,]*(?:(?:is|are|was|were|will|would|could|can|does|do|did|has|have|had|should|shall|may|might|is going to|are going to)(?:\s+be)?\s+)?(?:not|never|no longer|off the table|out of the question|nothing to do with)\b`;

/** Later in the sentence (or the next one): the speaker disowns what was just said. */
export const DISCLAIMER = r`\b(?:(?:we|i|they|nobody|no one|collectors?|debt collectors?|our company|the company|anyone)\s+(?:cannot|could not|would not|will not|do not|does not|never|are not allowed to|are not permitted to|am not allowed to|are prohibited from|is prohibited from|can never)\s+(?:do (?:that|this|anything like that|such things|things like that)|threaten|arrest|sue|have you|send (?:the police|anyone|somebody)|make (?:that|those) threat|take (?:that|such) action|do it)|(?:that|this|which) (?:is|would be|will|was) (?:not (?:going to )?(?:happen|true|legal|allowed|how (?:this|it) works|something we do|possible|the case|an option|a thing|on the table)|illegal|against the law|a myth|false)|(?:just|only) kidding|i am kidding|i was kidding|not going to happen|that will never happen|that is not how)\b`;

/** An echoed question answered "no" right away: "Jail? No, of course not." */
export const ECHO_ANSWER = r`^\s*(?:no|not at all|of course not|absolutely not|definitely not|never|not a chance|that is not|nobody|no one|no way)\b`;

/** Quoted speech: "…" anywhere, and '…' opened after a space. */
export const QUOTED = r`"[^"]{0,300}"|(?:^|(?<=[\s(:,]))'[^']{1,300}'(?=[\s.,!?;:)]|$)`;

/** Reported speech, up to the end of its clause: "you said you would sue us". */
export const REPORTED = r`\b(?:(?:you|he|she|they|your (?:${FAMILY})|the (?:customer|consumer|caller|debtor)|someone|somebody|people|whoever)\s+(?:said|say|says|told (?:me|us|you)|tell me|mentioned|asked|ask|are asking|were asking|are saying|were saying|claim|claimed|claims|think|thought|believe|believed|feel|felt|heard|read|seem to think|were told|was told|were worried|are worried|worry|called me|called us|just called me|accused (?:me|us) of|threatened)|(?:someone|somebody|people|they|the other (?:collector|agent|company)|whoever) (?:told|threatened) you|you were told|were you told|(?:are|were|did) you (?:asking|saying|worried|wondering|telling me|think|thinking|ask|say|hear|read))\b(?:\s+(?:that|if|whether|about))?(?:(?!\b(?:but|so|however|and (?:we|i)|then|although)\b)[^,.;!?])*`;

/** Sentence-level question form for customer speech (besides a closing "?"). */
export const INTERROGATIVE_START = r`^(?:and |so |but |okay |well |wait |hey |sorry |excuse me |hello |hi |yes |no )*(?:(?:what|who|whom|whose|where|why|which)\b(?! (?:ever|the hell do you think)\b)|how\b(?! dare)|when (?:is|are|was|will|would|can|could|do|does|did|should)\b|(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|am|may|might|shall|is not|are not|do not|does not|did not|cannot|would not|will not)\s+(?:i|you|we|they|he|she|it|this|that|there|the|my|your|our|his|her|__name__|anyone|somebody|someone|anybody|y'all)\b)`;

/** Time words whose pile-up ("pay now, right now, today") is badgering. */
export const URGENCY = r`\b(?:right now|right this (?:minute|second)|this (?:minute|second|instant)|immediately|(?<!\b(?:all|lot|everything|both|things?|them|once) )at once|today|now|as soon as possible|no later than today)\b`;

// ---------------------------------------------------------------------------------------------
// Composed payment asks (used by classify.ts). People ask for money in endless wordings, so
// besides the constructions above a sentence counts as an ask when it names a payment, a time
// and an asking form together, and is neither about the customer's past nor a callback.

/** A payment, money or the debt as the thing asked for. */
export const ASK_PAYMENT = r`\b(?:pay|paying|payments?|installments?|instalments?|the money|some money|funds|__amount__|put (?:something|anything|some money|money|a little) down|(?:knock|wrap|square|clear|clean) (?:it|this|that|the (?:balance|account|debt|bill)) (?:out|up|away)|(?:it|this|that|everything|the (?:balance|account|bill|debt)) (?:paid|taken care of|cleared|resolved|handled|settled)|(?:take|taking) care of (?:it|this|that|the (?:balance|account|bill|debt))|(?:clear|resolve) (?:it|this|that|the (?:balance|account|debt))|the (?:full |whole |entire )?(?:balance|amount owed|amount due))\b`;

/** Now: the time of a request for payment ("today's payment" is not one). */
export const ASK_NOW = r`\b${NOW}\b(?!')`;

/** A particular later time: the time of a commitment. */
export const ASK_LATER = r`\b(?:__date__|tomorrow|(?:this|next) (?:week|month|${DAYS})|${DAYS}|the \d{1,2}(?:st|nd|rd|th)|the (?:first|second|third|fifth|tenth|fifteenth|twentieth|thirtieth|last day)(?! (?:payment|one|installment|instalment|time|step|thing|of))|\d{1,2}/\d{1,2}|${MONTHS} \d{1,2}|payday|(?:the )?(?:end|first|beginning|middle) of (?:the |this |next )?(?:month|week)|how soon|(?:what|which) (?:date|day))\b`;

/** Booking words: with a time they secure a commitment even without naming the payment. */
export const ASK_BOOKING = r`\b(?:set (?:it|that|this|you) up|set up|schedul(?:e|ed|ing)|book(?:ed)?|on the (?:calendar|books)|put (?:it|that|you) (?:down|through|in)|put down|mark (?:you|it|that) down|lock (?:it|that|this) in|process (?:it|that|this))\b`;

/** Asking or pressing: a need, a want, a proposal ("?" questions are checked for "you"/"we"). */
export const ASK_FORM = r`\b(?:i|we) (?:need|want|would need|will need|would like|am going to need|are going to need|expect|require|am asking|are asking|have to have|got to have)\b(?! to (?:talk|speak|discuss|go over|update|confirm|verify|let you know|tell|explain|ask|make sure|note|send you|check))|\bneed you to\b|\blet us\b|^(?:please |so |now |then |okay |and )?(?:pay|send|make)\b|^(?:so |and |okay |then |now |alright )*(?:can|could|would|will) (?:you|we)\b`;

/** Not an ask: the customer's past or plans, a callback, a receipt, income questions. */
export const NOT_AN_ASK = r`\b(?:(?:did|have|had|were|was) (?:you|we)\b|(?:i am hearing|you are saying|you mentioned|you said|sounds like|if i understand)\b|do you (?:have|already)\b|anyone else\b|(?:you|we) (?:already|made|sent|paid|received|got|mailed)\b|when did\b|(?:went|gone|goes|go) through\b|last payment\b|call (?:you |me |us )?back\b|(?:call|reach|text|email) you\b|(?:receipt|confirmation|reminder|history)\b|(?:talk|speak|chat|discuss)\b|get(?:s|ting)? paid\b|(?:paycheck|income|pay period)\b|who\b)`;

/** All of it: a deadline for the whole balance is a request for full payment, not a booking. */
export const ASK_ALL = r`\b(?:balance|in full|whole|entire|full amount|everything|all of it|what you owe|the total)\b`;

/** Spreading a balance out: a plan offer, not a request for all of it now. */
export const PLAN_WORDS = r`\b(?:(?:a|per|each|every) (?:month|week)|monthly|weekly|installments?|instalments?|plan|arrangement|half|split|the rest|smaller)\b`;

/** A bare command to pay: "Pay it. Pay it now." Repeated in one turn, it badgers. */
export const PAY_COMMAND = r`^(?:just |so |now |then |and |okay |look,? )*pay (?:it|this|that|up|what you owe|(?:the|your|this|that)(?: [a-z_]+)? (?:balance|bill|debt|account))\b`;
