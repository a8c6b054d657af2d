import { AGENT_ACTS, CUSTOMER_ACTS, type Act } from './acts.ts';
import { modelFeatures, predictProbabilities, type ActModel } from './act-model.ts';
import { ADMITS_DEBT, PART_DISPUTED, ASKS_IF_CALLS_STOP, bargainsOverPrice, onlyWhoseName, BELIEVED_ARRANGED, CEASE_UNTIL_PROOF, classifyByRules, COMMITS, FULL_WORDS_RE, HOLDS_BACK, NOTES_ONLY, offersCall, ONLY_IF_OWED, onlyDoubtsCoverage, OTHER_DEBT_STORY, OWN_WORDS_DISPUTE, STOP_AS_REASON } from './classify.ts';
import { normalize } from './normalize.ts';
import { CALL_THIS_NUMBER, INTERROGATIVE_START, NAME_DENIED_BY, PAPERS, SURPRISE_BILL, TO_SEND } from './rules.ts';

const ASKS = new RegExp(INTERROGATIVE_START);
import type { Classify, Utterance } from './utterance.ts';

const AGENT = new Set<string>(AGENT_ACTS);
const CUSTOMER = new Set<string>(CUSTOMER_ACTS);
/** Words without which a line cannot both refuse and agree: "not today, but Friday I can". */
/** A consumer who will not give their details has not confirmed who they are. */
const WITHHOLDS_DETAILS = /\b(?:not (?:giving|going to give|telling|going to tell)(?: you| (?:some|a|any) (?:\w+ ){0,2}(?:guy|person|stranger|caller|lady|man|woman|one|company|collector))? (?:my|that|any|out)|(?:will not|won'?t|do not|don'?t) (?:give|share|tell) (?:you )?(?:my|that|out|any)|why do you need (?:my|that|to know))\b/;
/** A stop that names only the place: "stop calling my work", "don't call me at my job". */
const PLACE_ONLY = /\b(?:stop|quit|do not|never) (?:calling|contacting|call|contact|phoning)(?: me)? (?:(?:at |on )?(?:my |the )?(?:work|job|office|workplace|employer|boss)\b|(?:at |on )?(?:my |the |that )?(?:[a-z]+ )?(?:line|landline|desk|number) (?:at|for) (?:work|the (?:office|job|shop|store|plant|warehouse))\b|(?:at |on )?(?:my |the |that )?(?:work|office|warehouse|shop|store|plant|front desk|desk|business|company|main|house|home) (?:line|landline|phone|number)\b|here\b(?! (?:or|and) )|(?:again )?(?:before|after|until|till) (?:noon|\d|lunch|work|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|in the (?:morning|evening|afternoons?)\b|at night\b|on weekends\b|(?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays|weeknights|mornings|afternoons|evenings)\b)/;
/** Proof promised to the agent: "I can screenshot it", "I'll send the receipt today", "I'll upload the letter". */
const PROOF_PROMISED = new RegExp(String.raw`\b(?:i|we) (?:will|can|could|am going to|are going to) (?:(?:screenshot|scan|upload|fax)\b|(?:send|email|mail|forward|text|get) ${TO_SEND}${PAPERS}\b)`);
/** A payment promised in so many words. */
const PAYMENT_PROMISED = /\b(?:i|we) (?:will|can|could|am going to|are going to) (?:pay|make (?:a|the) payment|set up|put (?:down|it on)|do __amount__)\b/;
/** An inbound opening that offers help, with no word that asks who is on the line. */
const OFFERS_HELP = /\b(?:how (?:can|may|could) i (?:help|assist)|what can i (?:do|help you with)|how can we help)\b/;
const ASKS_WHO = /\b(?:name|date of birth|birth ?date|dob|last (?:four|4)|social|ssn|address|zip|postal|confirm|verify|speaking (?:with|to)|is this|am i)\b/;
/** Some word that says no to paying: without one, "And then it won't go on my credit" refuses nothing. */
const REFUSAL_CUE =
  /\b(?:no|nope|nah|never|zero|nothing|zip|nada|refus\w*|ain'?t|too (?:much|high|steep)|forget (?:it|that|about it)|no way|not (?:paying|doing|accepting|taking|agreeing|interested|an offer|something i|going to pay|gonna pay|happening|a chance|now|today|right now|this (?:month|week)|until|till|before|that much|all of it|the full|the whole|with)|(?:i|we|you)(?: just| really| simply| honestly| definitely)? (?:can ?not|can'?t|won'?t|will not|do not|don'?t|am not|are not|have not|haven'?t|could not|couldn'?t|would not|wouldn'?t|shall not|need not)\b|(?:i|we) (?:am|are) (?:not|done|broke|out)|(?:i'?m|we'?re) (?:not|done|broke|out)|(?:doesn'?t|does not) work for me|out of the question|(?:can'?t|cannot) (?:do|afford|swing|manage|make))\b/;
const REFUSES_OUTRIGHT = /\b(?:not|never|will not|am not|ain'?t) (?:going to |gonna )?(?:pay|paying)\b/;
const NAMES_TERMS =
  /\d|__amount__|__percent__|\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|payday|dollars|bucks|hundred|fifty|twenty|thirty|forty|sixty|seventy|eighty|ninety|half|some|part|something)\b/;
/** The agent saying what they are not: "not a legal department, we don't have attorneys here". */
const DENIES_AUTHORITY =
  /\b(?:not|never) (?:a |an |the |with (?:a |an |the )?)?(?:legal (?:department|team|office|division)|law (?:firm|office)|attorneys?|lawyers?|police|law enforcement|government|court|sheriff)\b|\b(?:do not|does not) have (?:any )?(?:attorneys|lawyers)\b/;
/** A debt named by its kind ("your installment loan"), with no word that offers instalments. */
const DEBT_KIND_ONLY = /\binstal?lment (?:loan|contract|account|agreement|note)\b/;
const OFFERS_INSTALMENTS = /\b(?:plan|monthly|a month|per month|each month|every|weekly|split|spread|break (?:it|that|this) (?:up|down)|payments of|smaller payments)\b/;
/** Words without which a consumer's counter-offer disputes nothing. */
const DISPUTE_CUE =
  /\b(?:not (?:mine|my|right|correct|me)|(?:do not|don'?t|never) (?:owe|owed|had|opened|signed|recogni[sz]e|got)(?! (?:anybody|anyone|nobody|a soul|a single person)\b)|wrong|mistake|error|disput\w*|prove|proof|verif\w*|validat\w*|(?:already |i )paid(?! (?:a|an|some|one|another)\b)|paid (?:it|that|this)|identity|fraud|scam|who is|what is (?:this|that) (?:for|from)|too (?:high|much)|shows? me how|how (?:did )?(?:they|you) (?:got|get|come up with|came up with))\b/;
/** The time or place turned down: "I can't do this here", "don't call me at work". */
const NOT_HERE = /\b(?:cannot|can not) (?:do|talk about|discuss|deal with) (?:this|that|it) (?:here|at work|on the floor|right now)\b|\b(?:do not|never) call me (?:at (?:work|my job)|here|during)\b/;
const PAY_TALK = /\b(?:pay\w*|money|afford|owe\w*|dime|cent|penny|balance|settle\w*)\b|__amount__/;
/** A servicemember's rate relief asked for: SCRA, the six-percent cap. */
const RELIEF_CLAIMED = /\b(?:scra|servicemembers civil relief|military lending act|(?:six|6) ?(?:percent|%) (?:cap|rate|interest)|(?:interest|rate) (?:dropped|reduced|capped|lowered) to (?:six|6))\b/;
/** The consumer asks whether they will be arrested or jailed. */
const FEARS_ARREST = /\b(?:am i|are they|will i|is (?:he|she|someone|somebody|anyone) going to|are you (?:going to|gonna)|could i|can (?:i|they|you)) (?:going to |gonna |get |be )?(?:go(?:ing)? to jail|jail\w*|arrest\w*|locked up|put (?:me )?in jail)\b[^.!]*\?/;
/** A line that only asks who is calling or what it is about. */
const ONLY_SCREENING = /^\W*(?:(?:hello|hi|yes|yeah|um|uh)\W+)*(?:who(?: is)? (?:calling|this|it)|(?:may|can) i ask who(?: is)? calling|what is (?:this|it) (?:about|regarding|in reference to))\W*$/;
const PAYMENT_PUSH: readonly Act[] = ['request_full_payment', 'secure_commitment', 'probe_ability_to_pay', 'offer_payment_plan', 'offer_settlement'];
/** Words that take a dispute on. */
const TAKES_DISPUTE_ON = /\b(?:disput\w*|verif\w*|validat\w*|look(?:ing)? into|investigat\w*|review\w*|proof|statement|receipt|documents?|copy|check (?:on|into|with)|research\w*|on hold|pause|in writing|note (?:that|it|this))\b/;
const DENIES_FEES = /\b(?:no (?:interest|fees?|charges?|extra)|zero dollars (?:in )?(?:interest|fees?|charges?)|nothing (?:is|has been|was|will be|gets) (?:added|charged)|not (?:adding|charging)|(?:will not|won'?t|do not|don'?t|never) (?:add|charge|stack|tack on|pile on)|without (?:any )?(?:fees?|interest))\b/;
/** The agent setting up a call: "Tomorrow at 7 p.m. at this number?", "when's a good time to reach you?". */
const BOOKING_A_CALL = /\b(?:call (?:you )?back|callback|(?:at|on|to) this number|reach you|try you|a (?:good|better) time|what time|(?:o'?clock|a\.?m\.?|p\.?m\.?) your time)\b/i;
/** A line that asks for details to verify who is on the line. */
const VERIFYING = /\b(?:to verify|verify (?:your|the|that)|for verification|to confirm (?:your|who|that i)|case number|date of birth)\b/;
/** The agent puts the call off for the consumer's sake: "when can I catch you once you're parked?", "I don't want you juggling this in traffic". */
const PUTS_OFF_FOR_LATER =
  /\b(?:(?:i|we) will (?:call|try) you (?:back )?(?:another|a different|some other) (?:day|time)|would you rather (?:i|we) call (?:you )?back)\b|\b(?:when (?:can|could|should|may) (?:i|we) (?:catch|reach|call|try|get) you|(?:do not|don'?t) want you (?:to be )?(?:juggl\w*|driv\w*|doing this|dealing with this) (?:while|in|on|behind)|in traffic|behind the wheel|once you are (?:parked|home|off the road|stopped)|drive safe(?:ly)?|(?:call|try|reach|catch) you (?:back )?(?:later|tomorrow|another time|once you|when you|after (?:eight|nine|ten|\d|work|lunch))|(?:could|can|may|should) (?:i|we) (?:call|try|reach|catch) you (?:back )?(?:after|at|around|later|tomorrow|this (?:afternoon|evening)))\b/;
/** The payment taken or set up on the spot: "whenever you're ready I can take the card info". */
const TAKES_IT_NOW = /\b(?:(?:i|we) can (?:take|set|run|process|get|put)|let us|set (?:it|that|this) up|whenever you are ready|ready (?:to|when))\b/;
/** The payment taken at once: "just take it now", "go ahead and run it". */
/** The consumer asks to pay over time: "Could I do it in parts?", "not all at once", "can I split it up?" */
const ASKS_TO_PAY_IN_PARTS =
  /\b(?:(?:can|could|may) (?:i|we) (?:just )?(?:do|pay|split|break|spread) (?:it|this|that|the (?:balance|bill|rest))(?: up)? (?:in|into|over|across) (?:parts|pieces|payments|installments|chunks|a few (?:months|payments)|two|three|four)|not (?:all )?(?:at once|in one (?:go|shot|payment))|(?:can|could) (?:i|we) (?:split|break) (?:it|this|that) up)\b/;
/** The debt itself denied in the consumer's words. */
const OWN_DISPUTE_WORDS = /\b(?:not mine|not my (?:debt|account|bill|card|loan)|(?:do not|don'?t|never) owe|never (?:had|opened|signed)|wrong|mistake|error|disput\w*|prove|proof|fraud|identity|scam|already paid|paid (?:it|that|this)(?: off)?\b)/;
const PAYS_NOW = /\b(?:(?:take|run|charge|process) (?:it|that|the payment) (?:now|today|right now)|go ahead and (?:take|run|charge|put|process) (?:it|that)|put it (?:through|on (?:my|the) card))\b/;
/** The agent setting a call: "Is this number the best one?", "I'll call you back then". */
const BOOKS_A_CALL = /\b(?:(?:is|on|at) (?:this|that) (?:the )?(?:best |right |same |good )?number|this number (?:the )?(?:best|right|good)|(?:call|reach|try) you (?:back|then|tomorrow|at))\b/;
/** Words without which a booked call threatens no legal action: a court, a suit, a seizure, the lawyers. */
const LEGAL_CUE =
  /\b(?:court\w*|sue|sued|suing|suit|lawsuits?|legal\w*|lawyers?|attorneys?|counsel|judges?|judg(?:e)?ments?|garnish\w*|liens?|levy|levied|seiz\w*|repossess\w*|repo|foreclos\w*|fil(?:e|ed|es|ing)|litigat\w*|summons|subpoena\w*|papers?|paperwork|served|serve|process server|wages?|paychecks?|pay ?checks?|bank account|property|house|home|car|assets?|action|proceedings?|hearing|county|sheriff|marshal|collections? (?:department|unit)|next step|escalat\w*|consequences?|out of my hands)\b/;
/** Words without which nothing threatens arrest: the police, jail, a crime. */
const ARREST_CUE =
  /\b(?:arrest\w*|jail\w*|prison|police|cops?|sheriff\w*|deput(?:y|ies)|warrants?|criminal\w*|crimes?|handcuff\w*|locked up|lock(?:ed)? (?:you|him|her|them) up|behind bars|cell|badges?|prosecut\w*|charges?|charged|theft|fraud\w*|stealing|steal|stole|detectives?|officers?|booked|mug ?shot|custody|bail|uniform\w*|picked up|squad car|patrol|felon\w*|misdemeanor|penal|court[- ]martial\w*|brig|ucmj|military police|bad check|hot check|in county|county (?:thing|matter|case|lockup))\b/;
/** Words about the payment itself. */
const MONEY_TALK = /\$|__amount__|\b(?:pay|paying|payment|payments|dollars?|bucks|card|check|checking|debit|settle\w*|plan|balance|offer)\b/i;
/** A counter-offer's words: the sum argued over is not disputed. */
const COUNTERS = /\b(?:meet (?:you )?in the middle|split the difference|how about|what about|(?:i|we) (?:can|could) (?:do|go|offer|manage|swing)|my (?:offer|counter)|best i can do|take it or leave it)\b/;
const TOO_MUCH = /\btoo (?:high|much)\b/g;
/** A complaint about the price alone: "that's still way too much", "that's a lot". */
const PRICE_ONLY = /\b(?:(?:way |still |just |a little |a bit |kind of )*too (?:high|much|steep)|(?:still )?(?:a lot|steep|a lot of money))\b/;
/** A question about the deal or its paper: "…in writing?", "and then it's done?", "you'll send me something that says so?". */
const DEAL_QUESTION =
  /\b(?:settle\w*|offer|discount|deal|plan|in writing|letter|confirmation|receipt|something that says|(?:it is|that is|we are|account is|it will be|that will be) (?:done|closed|finished|over)|(?:is|will) (?:it|that|this|the account) be (?:done|closed|finished|over))\b/;
/** An honest caution: what may not happen, what not to count on yet. */
const CAUTIONS = /\b(?:may not|might not|(?:do not|don'?t) count on|until (?:we|i) (?:have )?(?:confirm\w*|checked|verified)|i (?:cannot|can not|can'?t) (?:promise|guarantee)|no guarantee)\b/;
/** Words of one posing as an authority, or of a status claimed for the debt. */
const POSES_AS = /\b(?:attorney|lawyer|law (?:firm|office)|police|officer|court|judge|government|federal agent|irs|sheriff|investigator|legal department|warrant|criminal|fraud)\b/;
/** The harm a debt does to one's credit: a report, a score, a loan or a house to buy. */
const CREDIT_HARM = /\bcredit (?:reports?|scores?|files?|history|bureaus?|rating)\b/;
/** Words of violence: with them, a line about credit may still threaten harm. */
const VIOLENT_WORDS = /\b(?:kill\w*|beat\w*|break (?:your|his|her)|burn\w*|shoot\w*|gun|knees?|legs?|teeth|face|watch your back|find you|come (?:to|by|over to) your (?:house|home|place|work)|accident|hospital|dead|die|hurt you (?:bad|physically))\b/;
/** The means to pay not at hand: "I don't have my pocketbook", "I don't have any money". */
const LACKS_MEANS = /\b(?:do not|don'?t) have (?:my |the |a |any )?(?:pocketbook|purse|wallet|card|checkbook|money|cash|bank card)\b/;
const NAMES_A_SUM = /__amount__|\b(?:hundred|thousand|bucks|dollars)\b/;
/** Something whose consequence could be explained: without one, a line explains no consequence. */
/** The calls stopping given as the reason to pay: "if it means you people stop calling me… fine". */
/** Words that tell of a debt or of collecting one. */
const NAMES_A_DEBT = /__amount__|\b(?:debts?|owe\w*|balance|account|collect\w*|bills?|payments?|pay|paid|credit|money|amount|loan|card|lawsuit|sue|sued|court|garnish\w*|judgment|creditor)\b/;
const METHOD_PUT_OFF =
  /\b(?:cannot|can not|will not|am not going to) give you (?:a|my|the) (?:card|card number|account number|bank (?:info\w*|account)|routing number)\b|\bi (?:do not|would rather not) (?:like (?:to )?|want to |feel comfortable |trust )?(?:giving|give|using|use|putting|put|reading|read)(?: out)? (?:my|a|the) (?:card|card number|credit card|debit card|account number|bank (?:info\w*|account)|routing number)\b/;
const OLD_DEBT_REMARK = /\b(?:(?:from|back in|since) (?:19|20)\d\d|(?:have not|did not) used? (?:it|that|that card|that account|the card) (?:in|for|since)|i closed (?:that|the|it|my)|(?:years|ages) ago)\b/;
/** The safe way to say why one calls: "a personal business matter", "a personal matter". */
const PERSONAL_MATTER = /\b(?:a |an )?(?:personal|private|important) (?:business )?(?:matter|call)\b/;
/** Trouble denied to someone who asks: "nothing like that", "she's not in any trouble". */
const NO_TROUBLE = /\b(?:nothing like that|not in (?:any )?(?:kind of )?trouble|no trouble|nothing (?:bad|serious|to worry about|to be worried about))\b/;
/** What a reassurance may name and so explain: "no court case, no warrant, nothing like that". */
const LEGAL_CONSEQUENCE = /\b(?:court|sue|suing|sued|lawsuit|garnish\w*|warrant|arrest\w*|jail|credit|report\w*|judgments?|criminal|crime|legal\w*|charges|police|record|employer|wages|house|car|collect\w*|past[- ]due|balance|account|debt|bill|owe\w*)\b/;
const CONSEQUENCE_TOPIC =
  /\b(?:credit|report\w*|bureaus?|court|sue|suing|sued|suit|lawsuit|legal\w*|judg\w*|garnish\w*|liens?|levy|interest|fees?|charges?|collect\w*|balance|debt|account|owe\w*|pay\w*|settle\w*|attorney|lawyer|creditor|client|jail|arrest\w*|police|criminal|crime|civil|statute|limitations?|score|1099\w*|tax\w*|forgiv\w*|waiv\w*|clos\w*|repossess\w*|repo|consequences?|happens?|options?|rights?|disput\w*|verif\w*|validat\w*|letters?|notice|mail\w*|writing|law|illegal|allowed|prison|warrant|wages?|paycheck|bank|money|__amount__|dollars?|bucks|record|history|years?|responsib\w*|liab\w*|obligat\w*|contract\w*|cancel\w*|coming|house|home|door|job|work|employer|family|spouse|wife|husband)\b/;
/** Words that speak of paying as under way or agreed: "while I'm paying", "once I pay". */
const PAYING_UNDER_WAY = /\b(?:while i(?: am)? (?:paying|on the plan|making (?:the )?payments)|once i(?: have)? pa(?:y|id)|after i pa(?:y|id)|as long as i(?: am)? (?:paying|making (?:the )?payments)|when i pay (?:it|this|that) off)\b/;
/** A line of questions, with at most a nod before them, naming no sum and no day. */
function onlyQuestions(text: string): boolean {
  // "Five hundred sixty in interest?": a part of the balance echoed, no terms named ("or something" names none either).
  if (NAMES_TERMS.test(text.replace(ECHOED_PART, ' '))) return false;
  // Speech-to-text drops the question mark: "okay and is this messing up my credit".
  if (!/\?\s*$/.test(text)) return ASKS.test(text) && !/[.!?]/.test(text);
  return text
    .split(/(?<=[.!?])\s+/)
    .every((s) => /\?$/.test(s) || /^(?:yes|okay|ok|fair|right|alright|all right|sure|hm+|i see|got it|gotcha|fair enough|makes sense|that makes sense|jesus|geez|jeez|gosh|wow|whoa|yikes|ugh|damn|man|oh(?: my god| man| wow)?|huh)[.!,]*$/.test(s));
}
const ECHOED_PART = /[^.!?]*\b(?:in|of|for) (?:the )?(?:interest|fees|late fees|late charges|charges|penalties)\?|\bor something\b/g;
const ATTORNEY_DOUBTED = /\b(?:do not|never|did not) (?:have|got|see|show|get|receive|received) (?:any |a |an |no )?(?:letter|record|notice|note|notification|call|paperwork|anything) (?:from|of|about) (?:an? |any |your |the |that )?(?:attorney|lawyer)\b|\bno (?:attorney|lawyer)(?: is)? on (?:file|record)\b/;
/** A name denied, not called: "nobody's calling you a deadbeat", "I'm not saying you're a liar". */
const NAME_DENIED = new RegExp(String.raw`${NAME_DENIED_BY} (?:you|that you)(?: are| were)? (?:a |an )?\w+`);
/** The agent's warning not to miss or forget the payment: "Don't miss it", "don't forget Friday". */
const WARNED_NOT_TO_MISS = /\b(?:don'?t|do not|make sure you don'?t) (?:miss|forget|skip|be late(?: on)?|let (?:it|that) bounce)\b/i;
/** Nothing but "I won't", said once or twice. */
const ONLY_I_WONT = /^\W*(?:(?:no,? )?i (?:will not|won'?t)(?: miss it| forget)?\W*)+$/;
/** Words that say no payment is being asked for. */
const NO_ASK = /\b(?:(?:not|never|won'?t|will not|am not going to|are not going to) (?:be )?(?:asking|ask)(?: you)? for (?:any|a|the|your)? ?(?:payment|money|anything)|before (?:we )?(?:ask(?:ing)?|press(?:ing)?) (?:you )?for (?:anything|any payment|payment|money))\b/;
/** The balance stated, not asked for: "the balance is $980". */
const BALANCE_STATED = /\b(?:the|your) balance (?:is|was|of|comes to|stands at|right now is)\b/g;
const ASKS_WHO_CALLS = /\bwho (?:is|are) (?:this|you|calling|it)\b/;
/** The sum put to the consumer, refused: "I'm not giving you five hundred dollars on something I already paid". */
const REFUSES_THE_SUM = /\b(?:i am not|i will not|i am not going to|i refuse to) (?:give|giving|send|sending|hand|handing|pay|paying) (?:you |y all |you people |you guys |them )?(?:__amount__|a (?:dime|cent|penny|red cent)|(?:any|more) money)\b/;
/** Curses and names called: what abuse is made of, beside a threat's or a badgering's own words. */
const ABUSIVE_WORDS =
  /\b(?:damn\w*|hell|shit\w*|crap\w*|fuck\w*|f\*+\w*|ass(?:hole)?s?|bitch\w*|bastard\w*|idiot\w*|stupid\w*|dumb\w*|moron\w*|loser\w*|deadbeat\w*|pathetic|lazy|liar\w*|scum\w*|trash|garbage|worthless|useless|clown\w*|jerk\w*|bum|freeloader\w*|parasite\w*|leech\w*|sucker\w*|piece of|shut up|shut your|screw you|go to hell|dimwit\w*|imbecile\w*|retard\w*|cheap\w*|lowlife|low-life|scumbag\w*)\b/;
const CALLS_THIS_NUMBER = new RegExp(CALL_THIS_NUMBER);
/** The agent asks for an identifying detail: a date of birth, the last four, a zip code. */
const ASKS_FOR_DETAILS = /\b(?:date of birth|birth ?date|dob|last (?:four|4)|social|zip(?: code)?|street address)\b/i;
/** An answer that gives one: figures or a date, in digits or in words ("Oh-nine, twelve, eighty-five", "March 3rd, '88"). */
const GIVES_DETAILS_WORDS =
  /^\W*(?:(?:(?:\d+|oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s,.'/-]+){1,}(?:\d+|oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d)/i;
/** Shaming with no curse or name called: "a man your age", "it's a little embarrassing", "leave a mess for your family". */
const SHAMING =
  /\b(?:embarrass\w*|ashamed|shame\w*|humiliat\w*|a (?:man|woman|person|guy|lady) (?:your|of your) age|(?:a )?grown (?:man|woman|adult)|(?:leave|leaving) (?:a|this|the) mess|what would your (?:mother|mom|father|dad|kids|children|family|wife|husband) (?:think|say))\b/;
const SURPRISED_BY_BILL = new RegExp(SURPRISE_BILL);
/** Some word of a sum added to the balance: what a fee is said with. */
const FEE_CUE = /\b(?:fees?|charges?|charged|charging|surcharges?|(?<!\b(?:your|my|our|his|her|their|best|own|no) )interest|penalt(?:y|ies)|costs?|extra|plus|on top|add(?:s|ed|ing)?|tack\w*|processing|convenience|service|late (?:fees?|charges?|penalt\w*)|bump\w*|(?<!\b(?:a little|a bit|even|any|no|much|drops?|falls?|sinks?) )more)\b|__amount__(?! each\b)|__percent__/;
const CONTRAST = /\b(?:not|no|never|cannot|nope|but|though|although|except|instead|only|rather)\b/;

/**
 * The classifier the product uses: the high-precision rules (the law's exact words, negation,
 * context) plus whatever the trained model adds above its per-label thresholds. The model widens
 * recall to phrasings no rule names; it never removes what a rule found. Without a model it is
 * the rules alone.
 */
export function createActClassifier(model: ActModel | undefined, rules: Classify = classifyByRules): Classify {
  if (!model) return rules;
  // The probabilities of one utterance, read before the next is.
  const probabilities = new Float32Array(model.labels.length);
  const combined = (u: Utterance): Act[] => {
    const byRule = new Set<Act>(rules(u).filter((a) => a !== 'other'));
    // The guards below read the normalised words; normalise once, on first need.
    let normalised: string | undefined;
    const words = (): string => (normalised ??= normalize(u.text));
    const found = new Set<Act>(byRule);
    const allowed = u.speaker === 'agent' ? AGENT : CUSTOMER;
    const p = predictProbabilities(model, modelFeatures(model, u), probabilities);
    for (let k = 0; k < p.length; k++) {
      const label = model.labels[k] as Act;
      if (label !== 'other' && allowed.has(label) && p[k]! >= model.thresholds[k]!) found.add(label);
    }
    // Refusing and agreeing at once is a counter-proposal, which always has a "not" or a "but";
    // without one (a bare "Yes." after a recap), the model's reading goes, the weaker if both are.
    if (found.has('agrees_to_pay') && found.has('refuses_to_pay') && !CONTRAST.test(words())) {
      const agrees = p[model.labels.indexOf('agrees_to_pay')] ?? 0;
      const refuses = p[model.labels.indexOf('refuses_to_pay')] ?? 0;
      const drop: Act = byRule.has('agrees_to_pay') ? 'refuses_to_pay' : byRule.has('refuses_to_pay') ? 'agrees_to_pay' : agrees >= refuses ? 'refuses_to_pay' : 'agrees_to_pay';
      if (!byRule.has(drop)) found.delete(drop);
    }
    // "What can you pay today?", "30% off if you pay it today": a question of how much, or a
    // settlement's terms, asks for no full balance unless it says so ("the balance is $980, but I
    // can knock it down to $588 if you pay today" only states the balance).
    if (
      u.speaker === 'agent' &&
      found.has('request_full_payment') &&
      !byRule.has('request_full_payment') &&
      (byRule.has('offer_settlement') || byRule.has('probe_ability_to_pay')) &&
      !FULL_WORDS_RE.test(words().replace(BALANCE_STATED, ' '))
    ) {
      found.delete('request_full_payment');
    }
    // "I'd rather not. I don't want you juggling this in traffic. When can I catch you once you're
    // parked?": the call put off for later, with nothing asked for and nothing threatened.
    if (u.speaker === 'agent' && PUTS_OFF_FOR_LATER.test(words()) && !MONEY_TALK.test(words())) {
      for (const act of ['request_full_payment', 'threat_violence', 'harassment_pressure'] as const) if (!byRule.has(act)) found.delete(act);
    }
    // "No, there's no fee to pay by card or by bank account": the consumer's question answered, no commitment asked for.
    if (u.speaker === 'agent' && found.has('secure_commitment') && !byRule.has('secure_commitment') && DENIES_FEES.test(words()) && !words().includes('?') && !TAKES_IT_NOW.test(words())) found.delete('secure_commitment');
    // "They'll file it down at the county … papers served at your door … in front of a judge": a
    // lawsuit told of, with no word of arrest, jail or crime, threatens no arrest.
    if (found.has('threat_arrest') && !byRule.has('threat_arrest') && !ARREST_CUE.test(words())) found.delete('threat_arrest');
    // "Tomorrow, Wednesday the 28th, at 6:30 … Is this number the best one?": a call booked, with no word of court or seizure.
    if (found.has('threat_legal_action_false') && !byRule.has('threat_legal_action_false') && BOOKS_A_CALL.test(words()) && !LEGAL_CUE.test(words())) found.delete('threat_legal_action_false');
    // "We stop collecting while it's looked into. If you've got that settlement letter, that closes it
    // out fastest": a dispute taken on, with no sum or discount offered.
    if (found.has('offer_settlement') && !byRule.has('offer_settlement') && byRule.has('handle_dispute') && !/__amount__|__percent__|\b(?:discount\w*|less|reduced?|off|half|lower)\b/.test(words())) found.delete('offer_settlement');
    // "…handed to the recovery company … find the Equinox gone too": property seized, threatened by
    // rule, is the legal threat; the model's reading of it as harm adds no second one without a word of harm.
    if (found.has('threat_violence') && !byRule.has('threat_violence') && byRule.has('threat_legal_action_false') && !VIOLENT_WORDS.test(words())) found.delete('threat_violence');
    // "I don't have my pocketbook. I don't know where it is. Gerald comes on Sundays.": no way to pay, and no yes.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && LACKS_MEANS.test(words()) && !/__amount__|\b(?:will|can|could) (?:pay|do|send)\b/.test(words())) found.delete('agrees_to_pay');
    // "See how tough you are when the county sends a couple of deputies out to your place": the harm threatened is an arrest.
    if (found.has('threat_violence') && found.has('threat_arrest') && !VIOLENT_WORDS.test(words())) found.delete('threat_violence');
    // "This is the kind of thing that lands on a credit report … I'd hate for it to hurt you two on that house": the harm told is to credit.
    if (found.has('threat_violence') && !byRule.has('threat_violence') && CREDIT_HARM.test(words()) && !VIOLENT_WORDS.test(words())) found.delete('threat_violence');
    if (found.has('refuses_to_pay') && !byRule.has('refuses_to_pay') && !REFUSAL_CUE.test(words())) found.delete('refuses_to_pay');
    // "Can I just call in with the number? No, actually, just take it now, I'm parked": paying now, the "no" to calling back.
    if (found.has('refuses_to_pay') && !byRule.has('refuses_to_pay') && PAYS_NOW.test(words())) found.delete('refuses_to_pay');
    // "And I won't get another call about it?": a question about what follows, not a refusal.
    if (found.has('refuses_to_pay') && !byRule.has('refuses_to_pay') && /\?\s*$/.test(words()) && !REFUSES_OUTRIGHT.test(words()) && !/\b(?:why (?:should|would) i|what if i (?:do not|don'?t|refuse|just don'?t))\b/.test(words())) {
      found.delete('refuses_to_pay');
    }
    // "Good, because I'm not paying it": a refusal with no sum or day of its own agrees to nothing.
    if (found.has('agrees_to_pay') && found.has('refuses_to_pay') && !byRule.has('agrees_to_pay')) {
      const text = words();
      if (REFUSES_OUTRIGHT.test(text) && !NAMES_TERMS.test(text)) found.delete('agrees_to_pay');
    }
    // "Make it Saturday morning. Ten o'clock." to "Tomorrow at 7 p.m. at this number?": a time for the call, not a payment.
    if (
      found.has('agrees_to_pay') &&
      !byRule.has('agrees_to_pay') &&
      u.context?.previous &&
      BOOKING_A_CALL.test(u.context.previous) &&
      !MONEY_TALK.test(words())
    ) {
      found.delete('agrees_to_pay');
    }
    // "Tomorrow at noon Mountain time, on this number. Does that work?": a call booked asks for no payment.
    // "To verify, can you give me the date he passed and the case number?": details asked for, no payment.
    if (u.speaker === 'agent' && (BOOKING_A_CALL.test(words()) || VERIFYING.test(words())) && !MONEY_TALK.test(words())) {
      for (const act of PAYMENT_PUSH) if (found.has(act) && !byRule.has(act)) found.delete(act);
    }
    // "I'm not asking you for any payment today", "we'd look into it before asking for anything": no ask.
    if (u.speaker === 'agent' && NO_ASK.test(words())) {
      for (const act of PAYMENT_PUSH) if (found.has(act) && !byRule.has(act)) found.delete(act);
    }
    // "ok i can screenshot it", "I'll send the receipt today": proof promised, not a payment.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && PROOF_PROMISED.test(words()) && !PAYMENT_PROMISED.test(words())) found.delete('agrees_to_pay');
    // "I'm sending this over to our bankruptcy unit today and flagging the account so the calls stop": a stop honoured, no pretence.
    if (u.speaker === 'agent' && found.has('false_representation') && !byRule.has('false_representation') && /\b(?:so (?:the|these|all) calls stop|(?:flag|flagging|note|noting) the account (?:so|as|for)|goes through (?:mr|ms|mrs|your|the|her|his) \w+(?: s)? (?:office|attorney|lawyer))\b/.test(words())) found.delete('false_representation');
    // "I've never had a bill go to collections in my life", "I've never been late on a thing": a first time told, not the debt denied.
    if (found.has('disputes_debt') && !byRule.has('disputes_debt') && /\bnever (?:had|have had) (?:a|any) (?:bill|account|debt)s? (?:go|gone|sent|turned over|end up|ended up)\b|\b(?:i have|i'?ve) never (?:been late|missed a (?:payment|bill)|paid (?:a bill|anything) late|been in (?:any )?trouble)\b/.test(words())) found.delete('disputes_debt');
    // "Not all at once. I just paid the deposit on the new place. Could I do it in parts?": paying asked about, the debt owned.
    if (found.has('disputes_debt') && !byRule.has('disputes_debt') && ASKS_TO_PAY_IN_PARTS.test(words()) && !OWN_DISPUTE_WORDS.test(words())) found.delete('disputes_debt');
    // "My neighbor told me they can put you in jail. Is that true?": a fear asked about, not the debt denied.
    if (found.has('disputes_debt') && !byRule.has('disputes_debt') && /\b(?:jail|arrest\w*|prison|locked up)\b[^.?!]*\?/.test(words()) && !DISPUTE_CUE.test(words())) found.delete('disputes_debt');
    // "Okay. And does paid actually help my score?": a question, with nothing before it but a nod,
    // names no sum or day and promises nothing.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && onlyQuestions(words())) found.delete('agrees_to_pay');
    // "I thought my wife set up a payment thing with them": an arrangement believed made, not one promised now.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && BELIEVED_ARRANGED.test(words())) found.delete('agrees_to_pay');
    // "And the $150, do I have to pay that now?": a question about paying, not a promise.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && /\b(?:do|would|will) i (?:have|need) to (?:pay|send|make)\b[^.!]*\?/.test(words())) found.delete('agrees_to_pay');
    // "I can't give you a card number, I'm driving": the way of paying put off, not the payment refused.
    if (found.has('refuses_to_pay') && !byRule.has('refuses_to_pay') && METHOD_PUT_OFF.test(words())) found.delete('refuses_to_pay');
    // "They don't allow personal calls here. Call me after six.": a time asked for, not all calls refused.
    if (found.has('requests_cease') && !byRule.has('requests_cease') && byRule.has('requests_callback')) found.delete('requests_cease');
    // "And tell the gutter people to stop calling too, ha.": somebody else's calls.
    if (found.has('requests_cease') && !byRule.has('requests_cease') && /\btell (?:the|those|these|that|my) (?:[a-z-]+ ){1,3}to (?:stop|quit)\b/.test(words())) found.delete('requests_cease');
    // "Can you stop calling my mom's landline? … Just call this cell.": one number traded for another.
    if (found.has('requests_cease') && !byRule.has('requests_cease') && CALLS_THIS_NUMBER.test(words())) found.delete('requests_cease');
    // "Fine. And then you people stop calling me.": the calls ending once it is paid, not a request to stop now.
    if (found.has('requests_cease') && !byRule.has('requests_cease') && /\b(?:and then|then|so that|so)\b,? (?:you|you people|you guys|you all|y all|they) (?:will |can |should |would |better )?(?:stop|quit) (?:calling|bothering|contacting)\b/.test(words())) found.delete('requests_cease');
    // "Why? Who is this?" to a request for the date of birth: a question back, no one confirmed.
    if (found.has('confirms_identity') && !byRule.has('confirms_identity') && onlyQuestions(words()) && !/\d|__(?:date|number|address|name)__/.test(words())) found.delete('confirms_identity');
    // "You can mail a copy to the address on our letter, or upload it through the portal": no terms to read back.
    if (u.speaker === 'agent' && found.has('recap_terms') && !byRule.has('recap_terms') && !/__amount__|__date__|\[date\]|\d|\b(?:a month|monthly|weekly|payments?|instal\w*|settle\w*|plan|the full|balance|today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|first|second|third|fifteenth|twentieth|hundred|thousand|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b/.test(words())) found.delete('recap_terms');
    // "Is there anything else you need from me today?": no payment named, none asked for.
    if (u.speaker === 'agent' && found.has('request_full_payment') && !byRule.has('request_full_payment') && /\banything else\b/.test(words()) && !/\b(?:pay\w*|balance|amount|__amount__|settle\w*|full|whole|money|funds|owe\w*|checks?|cards?|debit|bank|savings)\b/.test(words())) found.delete('request_full_payment');
    // "This call is recorded, and anything you tell me will be used for that purpose": half a disclosure,
    // which never says a debt collector is calling.
    if (u.speaker === 'agent' && found.has('mini_miranda') && !byRule.has('mini_miranda') && !/\b(?:debts?|collect\w*|collector)\b/.test(words())) found.delete('mini_miranda');
    // "I'm calling about a personal business matter": the safe words, which tell no purpose.
    if (u.speaker === 'agent' && found.has('state_purpose') && !byRule.has('state_purpose') && PERSONAL_MATTER.test(words()) && !NAMES_A_DEBT.test(words())) found.delete('state_purpose');
    // "Thursday evening? Like six-thirty?" to "Do you want to set a time for me to call you both back?": the call taken, no payment.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && u.context?.previous && offersCall(normalize(u.context.previous)) && !MONEY_TALK.test(words())) found.delete('agrees_to_pay');
    // "Yeah. Could you call me next month, like the 10th? After five.": a call asked for, no payment in it.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && byRule.has('requests_callback') && !MONEY_TALK.test(words())) found.delete('agrees_to_pay');
    // "Speaking. Who is this? It's like seven-forty in the morning.": who is calling asked, nothing promised.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && ASKS_WHO_CALLS.test(words()) && !PAY_TALK.test(words())) found.delete('agrees_to_pay');
    // "I'm not giving you five hundred dollars on something I already paid.": the sum named is the one refused.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && REFUSES_THE_SUM.test(words()) && !COMMITS.test(words())) found.delete('agrees_to_pay');
    // "March thirtieth, two thousand one." to "can you confirm your date of birth?": a detail given, no payment promised.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && byRule.has('confirms_identity') && u.context?.previous && ASKS_WHO.test(normalize(u.context.previous)) && !PAY_TALK.test(words())) found.delete('agrees_to_pay');
    // "I'd like to, but I'm not agreeing to anything without talking to him": no yes given.
    if (found.has('agrees_to_pay') && !byRule.has('agrees_to_pay') && (HOLDS_BACK.test(words()) || ONLY_IF_OWED.test(words()) || (NOTES_ONLY.test(words()) && !COMMITS.test(words())))) found.delete('agrees_to_pay');
    // "It's about your installment loan": the debt's kind, not an offer of instalments.
    if (found.has('offer_payment_plan') && !byRule.has('offer_payment_plan')) {
      const text = words();
      if (DEBT_KIND_ONLY.test(text) && !OFFERS_INSTALMENTS.test(text.replace(DEBT_KIND_ONLY, ' '))) found.delete('offer_payment_plan');
    }
    // "Two thousand. And I want it in writing that it's settled": a counter-offer, not a dispute.
    if (found.has('disputes_debt') && !byRule.has('disputes_debt')) {
      const text = words();
      // "Eighteen ninety is too much. Let's meet in the middle": a price haggled over, not disputed.
      const cue = COUNTERS.test(text) ? text.replace(TOO_MUCH, ' ') : text;
      if (NAMES_A_SUM.test(text) && !DISPUTE_CUE.test(cue)) found.delete('disputes_debt');
      // "That's still way too much.": the price haggled over, not the debt disputed.
      else if (PRICE_ONLY.test(text) && !DISPUTE_CUE.test(text.replace(TOO_MUCH, ' '))) found.delete('disputes_debt');
      // "And the settlement thing, that's off the table now?": a question about the offer.
      // "And I get that in writing before I pay?": the deal's letter asked for.
      // "She told me, whatever they offer, get it in writing before you send a dime": the deal's letter, not the debt, questioned.
      else if (/\b(?:whatever (?:they|you) offer|the (?:offer|deal|settlement|terms|arrangement)|any (?:deal|offer|settlement))\b[^.?!]{0,40}\bin writing\b/.test(text) && !/\b(?:not mine|(?:do not|don'?t|never) owe|wrong|mistake|already paid|fraud|identity)\b/.test(text)) found.delete('disputes_debt');
      // "Seven-forty. And then it's done, done? You'll send me something that says so?": the deal's end asked about.
      else if (/\?\s*$/.test(text) && DEAL_QUESTION.test(text) && !DISPUTE_CUE.test(text)) found.delete('disputes_debt');
      // "Ten-forty, settled in full. Visa ends in 0083, Mastercard ends in 7719": paying, card by card.
      else if (/\b(?:ends? in|ending in|card number|routing number|account number)\b/.test(text) && !DISPUTE_CUE.test(text)) found.delete('disputes_debt');
      // "Bank. Same account I paid the dentist from before.": the way to pay chosen, answering "card or bank?".
      else if (/^\W*(?:the )?(?:bank|card|debit(?: card)?|credit card|checking|savings|check|money order|cash app|zelle|venmo|paypal)(?: account)?[.,!]/.test(text) && !/\b(?:not mine|(?:do not|don'?t|never) owe|wrong|mistake|fraud|identity|already paid|disput\w*)\b/.test(text)) found.delete('disputes_debt');
      // "They bill separately? I paid the surgery center already. Nobody told me there'd be another bill.": surprise at a second bill.
      else if (SURPRISED_BY_BILL.test(text) && !/\b(?:not mine|(?:do not|don'?t|never) owe|wrong|mistake|fraud|identity)\b/.test(text)) found.delete('disputes_debt');
      // "I could mail a check from the estate account … I don't want to use mine": a payment agreed, its means asked about.
      else if (byRule.has('agrees_to_pay') && !DISPUTE_CUE.test(text)) found.delete('disputes_debt');
    }
    // "4417 Bellevue Road, Toledo. Well, that's my mom's.": details given to a verification question.
    if (
      found.has('disputes_debt') &&
      u.context?.previous &&
      ASKS_WHO.test(normalize(u.context.previous)) &&
      // "4417 Bellevue Road", "Forty-one twelve Larkspur Court": the details, in figures or starting the answer in words.
      /\d|^\W*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i.test(u.text) &&
      !OWN_WORDS_DISPUTE.test(words())
    ) {
      found.delete('disputes_debt');
    }
    // "It's still showing open on our end, so let's set you up on a payment today": pressing on, not taking the dispute on.
    if (
      found.has('handle_dispute') &&
      !byRule.has('handle_dispute') &&
      PAYMENT_PUSH.some((a) => found.has(a)) &&
      !TAKES_DISPUTE_ON.test(words())
    ) {
      found.delete('handle_dispute');
    }
    // "We garnish your wages at the hospital. Twenty-five percent of every check.": a garnishment's share, not a fee.
    if (found.has('unauthorized_fee') && !byRule.has('unauthorized_fee') && /\bgarnish\w*/.test(words()) && !/\b(?:fees?|charges?|surcharges?|interest|penalt(?:y|ies))\b/.test(words())) found.delete('unauthorized_fee');
    // "Nothing's been added since then, no interest and no fees": fees denied, not added.
    if (found.has('unauthorized_fee') && !byRule.has('unauthorized_fee') && DENIES_FEES.test(words())) found.delete('unauthorized_fee');
    // "Every month this sits open, it keeps chipping away at your score … close it out tonight": no sum added, no fee.
    if (found.has('unauthorized_fee') && !byRule.has('unauthorized_fee') && !FEE_CUE.test(words())) found.delete('unauthorized_fee');
    // "I can still void it before today's batch settles": the bank's settling, not an offer.
    if (found.has('offer_settlement') && !byRule.has('offer_settlement') && /\b(?:batch|transaction|funds|deposit|payment) settles\b/.test(words()) && !/\bsettlement|settle (?:it|this|the (?:account|balance|debt))\b/.test(words())) found.delete('offer_settlement');
    // "I'd rather do it properly at a reasonable hour": no consequence named, none explained.
    // "No, nothing like that, it's just something I need to go over with her personally": trouble denied, none explained.
    if (found.has('explain_consequences_lawful') && !byRule.has('explain_consequences_lawful') && (!CONSEQUENCE_TOPIC.test(words()) || (NO_TROUBLE.test(words()) && !LEGAL_CONSEQUENCE.test(words())))) found.delete('explain_consequences_lawful');
    // "I understand, I'll note that" after a cease request is the acknowledgement, not also listening.
    // "Fine. Please just don't send anything to anybody.": a yes with a plea after it, no refusal.
    if (u.speaker === 'customer' && found.has('refuses_to_pay') && !byRule.has('refuses_to_pay') && /^\W*(?:fine|okay|ok|alright|all right|sure)[.!,]/.test(words()) && !/\b(?:can ?not|cannot|can'?t|won'?t|will not|not (?:paying|going to pay|gonna pay)|no way|refuse)\b/.test(words())) found.delete('refuses_to_pay');
    // "We don't have any letter from an attorney. Look, I'm trying to save you money": the lawyer doubted, not taken on.
    if (u.speaker === 'agent' && found.has('acknowledge_attorney') && !byRule.has('acknowledge_attorney') && ATTORNEY_DOUBTED.test(words())) found.delete('acknowledge_attorney');
    if (found.has('active_listening') && !byRule.has('active_listening') && u.text.length < 80 && (byRule.has('acknowledge_cease_request') || byRule.has('acknowledge_attorney') || byRule.has('handle_dispute'))) found.delete('active_listening');
    // "Who's calling?" asks who the caller is, whoever picked up; it says nothing of who answered.
    if (found.has('third_party') && !byRule.has('third_party') && ONLY_SCREENING.test(words())) found.delete('third_party');
    // "Yeah, this is her": the person asked for, not someone else.
    if (found.has('third_party') && !byRule.has('third_party') && byRule.has('confirms_identity')) found.delete('third_party');
    // "Oh-nine, twelve, eighty-five. … My lead is literally looking at me.": the date of birth asked
    // for, given; whoever else is in the room is not the one answering.
    if (found.has('third_party') && !byRule.has('third_party') && u.context?.previous && ASKS_FOR_DETAILS.test(u.context.previous) && GIVES_DETAILS_WORDS.test(words())) found.delete('third_party');
    // "I said I can't do this here. Don't call me at work.": the place refused, not the payment.
    if (found.has('refuses_to_pay') && !byRule.has('refuses_to_pay') && NOT_HERE.test(words()) && !PAY_TALK.test(words())) found.delete('refuses_to_pay');
    // "And you're not going to report me while I'm paying?": a question about the plan, not a refusal.
    if (found.has('refuses_to_pay') && !byRule.has('refuses_to_pay') && PAYING_UNDER_WAY.test(words())) found.delete('refuses_to_pay');
    // "So you'll stop calling me?" checks a promise the agent made; the rules hear no request in it.
    if (found.has('requests_cease') && !byRule.has('requests_cease') && /\byou (?:will|are going to) (?:stop|quit) (?:calling|contacting)(?: me| us)?(?: now| then)?\?/.test(words())) found.delete('requests_cease');
    // "Your son can reach me at 800-555-0148": a phone number states no balance.
    if (found.has('state_balance') && !byRule.has('state_balance') && !/__amount__|\$|\b(?:dollars?|bucks|balance|owe|owes|owed|amount|total|hundred|thousand)\b/.test(words())) found.delete('state_balance');
    if (found.has('false_representation') && !byRule.has('false_representation') && DENIES_AUTHORITY.test(words())) found.delete('false_representation');
    // "Writing a bad check is a crime … something for the county attorney": the arrest threatened
    // is the violation the rules name; the model's reading of it as a misrepresentation adds none.
    // Nor does "it goes up to the client's legal team, and they reach out to your employer's payroll office".
    if (found.has('false_representation') && !byRule.has('false_representation') && (byRule.has('threat_arrest') || byRule.has('threat_legal_action_false'))) found.delete('false_representation');
    // "If an offset has already been certified, starting rehab may not stop this year's, so please don't
    // count on that refund until we've confirmed": a caution that promises nothing misstates nothing.
    if (found.has('false_representation') && !byRule.has('false_representation') && CAUTIONS.test(words()) && !POSES_AS.test(words())) found.delete('false_representation');
    if (found.has('confirms_identity') && !byRule.has('confirms_identity') && WITHHOLDS_DETAILS.test(words())) found.delete('confirms_identity');
    // "Thanks for calling, how can I help you?" asks what the caller wants, not who they are.
    if (u.speaker === 'agent' && found.has('verify_identity') && !byRule.has('verify_identity')) {
      const text = words();
      if (OFFERS_HELP.test(text) && !ASKS_WHO.test(text)) found.delete('verify_identity');
    }
    if (found.has('requests_cease') && !byRule.has('requests_cease') && (ASKS_IF_CALLS_STOP.test(words()) || CEASE_UNTIL_PROOF.test(words()))) found.delete('requests_cease');
    // "If it means you people stop calling me... fine. Friday.": a reason to pay, not a request to stop.
    if (found.has('requests_cease') && !byRule.has('requests_cease') && STOP_AS_REASON.test(words())) found.delete('requests_cease');
    // "Stop calling my work" limits the place; only the rules' reading makes it a cease request.
    if (found.has('requests_cease') && !byRule.has('requests_cease') && PLACE_ONLY.test(words())) found.delete('requests_cease');
    // A line that owns the debt does not dispute it, whatever surprise it voices first ("Ugh, the
    // gym. I thought I cancelled that. Whatever, I know I owe it.").
    // Part owned, the rest disputed (PART_DISPUTED): still a dispute.
    if (found.has('disputes_debt') && ADMITS_DEBT.test(words()) && !PART_DISPUTED.test(words())) found.delete('disputes_debt');
    // "That's way too much. Eight-fifty, maybe nine." to the sum just offered bargains; it disputes nothing.
    if (found.has('disputes_debt') && u.speaker === 'customer' && u.context?.previous && bargainsOverPrice(words(), normalize(u.context.previous))) found.delete('disputes_debt');
    if (found.has('disputes_debt') && u.speaker === 'customer' && onlyWhoseName(words())) found.delete('disputes_debt');
    // "Oh. That ER thing. I thought insurance covered all that.": surprise, not a dispute.
    if (found.has('disputes_debt') && !byRule.has('disputes_debt') && onlyDoubtsCoverage(words())) found.delete('disputes_debt');
    // "He's not MY lawyer … medical bills under five hundred don't go on your credit anymore … so am I screwed?":
    // a question about what follows, with no word against the debt (a lawyer disowned is none).
    if (found.has('disputes_debt') && !byRule.has('disputes_debt') && /\?\s*$/.test(words()) && !DISPUTE_CUE.test(words().replace(/\bnot (?:my|our|her|his|their) (?:lawyer|attorney)\b/g, ' '))) found.delete('disputes_debt');
    // "And the check I gave them bounced... am I going to jail?": a fear voiced over a debt owned, not a dispute.
    if (found.has('disputes_debt') && !byRule.has('disputes_debt') && FEARS_ARREST.test(words()) && !DISPUTE_CUE.test(words())) found.delete('disputes_debt');
    // "I was told I can get the interest dropped to six percent under the Servicemembers Civil Relief Act": a
    // protection claimed, the debt owned.
    if (found.has('disputes_debt') && !byRule.has('disputes_debt') && RELIEF_CLAIMED.test(words()) && !DISPUTE_CUE.test(words())) found.delete('disputes_debt');
    // "I closed that card … that has to be from 2016. I haven't used it in almost ten years.": the debt's age remarked on, not denied.
    if (found.has('disputes_debt') && !byRule.has('disputes_debt') && OLD_DEBT_REMARK.test(words()) && !DISPUTE_CUE.test(words())) found.delete('disputes_debt');
    // "I got burned before. I paid one of these collection places …": another debt's story, not this one disputed.
    if (found.has('disputes_debt') && !byRule.has('disputes_debt') && OTHER_DEBT_STORY.test(words()) && !OWN_WORDS_DISPUTE.test(words())) found.delete('disputes_debt');
    // "Lady, I don't give a shit what you think of me": the abuse is the swearing the rules name; the
    // model's reading of the same line as badgering adds no second violation.
    if (found.has('harassment_pressure') && !byRule.has('harassment_pressure') && byRule.has('profanity_abuse')) found.delete('harassment_pressure');
    // "I'll come down there and knock your teeth out", "a grown man who can't cover a dentist bill? That's
    // embarrassing": the threat or the badgering is the violation; without a curse or a name called,
    // the model's reading of its tone as abuse adds no second one.
    if (found.has('profanity_abuse') && !byRule.has('profanity_abuse') && (found.has('threat_violence') || found.has('harassment_pressure')) && !ABUSIVE_WORDS.test(words())) {
      found.delete('profanity_abuse');
    }
    // "A man your age, you really want to leave a mess like this for your family? Honestly, it's a little
    // embarrassing": with no curse or name called, what the model hears as abuse is shaming (HARASSMENT's).
    if (u.speaker === 'agent' && found.has('profanity_abuse') && !byRule.has('profanity_abuse') && !ABUSIVE_WORDS.test(words()) && SHAMING.test(words())) {
      found.delete('profanity_abuse');
      found.add('harassment_pressure');
    }
    // "Nobody's calling you a deadbeat": a name denied is no name called.
    if (u.speaker === 'agent' && NAME_DENIED.test(words())) {
      for (const act of ['profanity_abuse', 'harassment_pressure'] as const) if (found.has(act) && !byRule.has(act)) found.delete(act);
    }
    // "Don't miss it, Darnell." "I won't. I won't.": a promise not to miss the payment, not a refusal.
    if (found.has('refuses_to_pay') && u.context?.previous && WARNED_NOT_TO_MISS.test(u.context.previous) && ONLY_I_WONT.test(words())) found.delete('refuses_to_pay');
    // "No worries at all, Darnell. Go enjoy dinner with your kids": a goodbye with no money in it
    // presses nobody, whatever was said before it.
    if (found.has('harassment_pressure') && !byRule.has('harassment_pressure') && byRule.has('close_call') && !MONEY_TALK.test(words())) found.delete('harassment_pressure');
    // "No, nobody's getting arrested and there's nothing for you to worry about", said to a roommate:
    // a reassurance that names no debt explains nothing about one.
    if (u.speaker === 'agent' && u.context?.third_party_on_line === true && found.has('explain_consequences_lawful') && !NAMES_A_DEBT.test(words())) found.delete('explain_consequences_lawful');
    // The contract's rule, whatever the model thinks: debt words to someone not verified as the
    // consumer are a disclosure, not a statement of purpose or balance.
    if (u.speaker === 'agent' && (u.context?.rpc_verified === false || u.context?.third_party_on_line === true)) {
      const purpose = found.delete('state_purpose');
      const balance = found.delete('state_balance');
      if (purpose || balance) found.add('third_party_disclosure');
    }
    const order = u.speaker === 'agent' ? AGENT_ACTS : CUSTOMER_ACTS;
    const acts = (order as readonly Act[]).filter((a) => found.has(a));
    return acts.length > 0 ? acts : ['other'];
  };
  return Object.assign(combined, { byRules: rules, ...(rules.forOneCall ? { forOneCall: rules.forOneCall } : {}) });
}
