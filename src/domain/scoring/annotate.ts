import { guarded } from '../language/guarded-pattern.ts';
import type { Act } from '../language/acts.ts';
import { ASKS_CONSENT } from '../language/classify.ts';
import { normalize, withoutSpeakerLabel } from '../language/normalize.ts';
import type { Classify, UtteranceContext } from '../language/utterance.ts';
import type { CallContext, CallRecord, Speaker, Transcript } from '../transcript/schema.ts';
import { clip, sentences, type Span } from './words.ts';

/**
 * Turns a transcript into annotated turns: the acts of every utterance, classified with
 * what was known at that moment, and the running state of the call (right party verified,
 * third party on the line, voicemail, and when the customer first raised an attorney, a
 * cease request, a dispute, hardship or a refusal). Checks read only this.
 */

/** The call as it stood once a turn had been spoken. Never mutated: a turn that changes nothing shares its predecessor's object. */
export interface CallState {
  /** The right party has confirmed their identity. */
  rpcVerified: boolean;
  /** Someone other than the consumer is (or was last known to be) on the line. */
  thirdPartyOnLine: boolean;
  /** The agent is talking to a voicemail or answering machine. */
  voicemail: boolean;
  /** The verified consumer let someone else listen in or speak for them ("you can talk in front of him"). */
  listenerConsented: boolean;
  /** That consent was to the payment only ("Yes, about the payment. Just the payment."): the debt's story is still theirs alone. */
  listenerLimited: boolean;
  /** The one who answered was verified as liable on the account too (a co-signer, a joint holder): a consumer in their own right. */
  obligorOnLine: boolean;
  /** An interpreter relays between the agent and the consumer: a conduit, whose words are the consumer's. */
  interpreterOnLine: boolean;
  /**
   * Someone else answered to the consumer's name ("Joseph Okafor?" "Yep, that's me." from the son
   * who shares it) and has not been verified or shown up as someone else since: the agent may take
   * them for the consumer, but the right party is not verified.
   */
  answeredAsConsumer: boolean;
  /** Turn at which the customer first said an attorney represents them. */
  attorneyAt: number | null;
  /** Turn at which the customer first asked that contact stop. */
  ceaseAt: number | null;
  /** Turn at which the customer first disputed the debt. */
  disputeAt: number | null;
  /** Turn at which the customer first described hardship. */
  hardshipAt: number | null;
  /** Turn at which the customer first refused to pay. */
  refusalAt: number | null;
}

/** One turn with its acts and the call state after it. */
export interface AnnotatedTurn {
  /** 1-based position among all turns, system turns included. */
  index: number;
  speaker: Speaker;
  text: string;
  /** What the utterance does; empty for system turns, which are never classified. */
  acts: readonly Act[];
  /** The state once this turn was spoken (an agent turn never changes verification). */
  state: CallState;
  /** The context the classifier was given (reused to classify single sentences for evidence). */
  context: UtteranceContext;
  /** Sentences and their acts (by the full classifier, and by its rules alone), filled on first need. */
  sentenceCache?: { spans: Span[]; acts: (readonly Act[] | undefined)[]; ruleActs: (readonly Act[] | undefined)[] };
}

/** A transcript, understood. */
export interface AnnotatedCall {
  turns: AnnotatedTurn[];
  /** Agent turns only, in order (most checks read just these). */
  agentTurns: AnnotatedTurn[];
  context: CallContext;
  record: CallRecord | undefined;
  /** The state at the end of the call. */
  final: CallState;
  /** The classifier used, kept to find which sentence of a turn carries an act. */
  classify: Classify;
  /**
   * The recording began mid-call (a stage note says so, or the first words are cut off): what
   * came before the tape, such as the verification and the Mini-Miranda, cannot be judged.
   */
  joinedLate: boolean;
  /** The line went dead before the agent got to the debt (see `cutShort`). */
  cutShort: boolean;
  /** A stage note after the last words says the line went dead: a hang-up or a dropped call. */
  lineEnded: boolean;
  /** The consumer called in: the call opens on the agency answering ("Thank you for calling …"). */
  inbound: boolean;
}

const INITIAL: CallState = {
  rpcVerified: false,
  thirdPartyOnLine: false,
  voicemail: false,
  listenerConsented: false,
  listenerLimited: false,
  obligorOnLine: false,
  interpreterOnLine: false,
  answeredAsConsumer: false,
  attorneyAt: null,
  ceaseAt: null,
  disputeAt: null,
  hardshipAt: null,
  refusalAt: null,
};

/** A plain "yes" to a verification question, for classifiers that miss confirms_identity from context. */
const AFFIRMATIVE =
  guarded(/^\W*(?:yes|yeah|yep|yup|yes ma'?am|yes sir|correct|(?:of course|absolutely|certainly|definitely|by all means)(?! not\b)|that'?s (?:right|correct|me)|speaking|this is (?:she|he|her|him|me|it)|it is|i am|sure|uh-?huh|mm-?hmm|right)\b|^\W*s[ií](?![a-z])/i);
/** Answering a verification question with the details asked for (a date of birth, digits, a placeholder). */
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
const NUMBER_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const GIVES_DETAILS = guarded(new RegExp(
  [
    String.raw`\b\d{4,5}\b|\b\d{1,2}\/\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?|${NUMBER_WORD})\b`,
    String.raw`\[(?:DOB|DATE_OF_BIRTH|SSN|LAST_?4|ADDRESS|ZIP)[A-Z_0-9]*\]`,
    // Digits said one by one ("six zero three one"), or a date in number words ("seven, twelve, sixty-eight").
    // …with pauses written in: "Nine... twenty-three... ninety", "0-5-5-2".
    String.raw`\b${DIGIT_WORD}(?:[\s,.-]+${DIGIT_WORD}){2,}\b|\b${NUMBER_WORD}(?:[\s,./-]+${NUMBER_WORD}){2,}\b|\b\d(?:[\s.-]\d){3,}\b`,
    // A street address said in words: "two twelve azalea court".
    String.raw`\b(?:${NUMBER_WORD}[\s-]+){1,3}(?:[a-z]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|way|boulevard|blvd|place|pl|circle|terrace|highway|hwy|trail|parkway|view|row|square|loop|crescent|pike|heights|ridge|run|path|point|hollow|creek|glen|cove|bend|crossing|hill|hills|landing|meadows?|grove|woods|bluff|commons|manor)\b`,
    // "418 Linden, apartment 3B, Yonkers": a number, a street, and a unit or a town after it.
    String.raw`\b\d{1,5}\s+[a-z]+(?:\s+[a-z]+){0,2},?\s+(?:apartment|apt|unit|suite|#)\s*[\w-]+|^\W*\d{1,5}\s+[a-z]+(?:\s+[a-z]+){0,2},\s+[a-z]+`,
    // A street address: "15 Beacon Hill Road".
    String.raw`\b\d{1,5}\s+(?:[a-z]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|way|boulevard|blvd|place|pl|circle|terrace|highway|hwy|trail|parkway|view|row|square|loop|crescent|pike|heights|ridge|run|path|point|hollow|creek|glen|cove|bend|crossing|hill|hills|landing|meadows?|grove|woods|bluff|commons|manor)\b`,
  ].join('|'),
  'i',
));
/** The agent holds to the verification asked: "I'll tell you as soon as I confirm I have the right person." */
// "It's so I don't discuss your personal business with anybody who isn't you" too.
const STILL_VERIFYING = guarded(/\b(?:so|because) (?:that )?(?:i|we) (?:don'?t|do not|won'?t|will not|can'?t|cannot) (?:discuss|share|talk about|give out|go over) (?:your|this|the)\b[^.?!]{0,40}\b(?:with|to) (?:anybody|anyone|someone|somebody|people)(?: (?:who isn'?t|who is not|else|other than) you)?\b|\b(?:confirm\w*|verif\w*|make sure|know)\b[^.?!]{0,40}\b(?:right person|who i(?:'m| am) (?:speaking|talking) (?:to|with)|i(?:'m| am) (?:speaking|talking) (?:to|with) (?:you|the right)|your identity|it(?:'s| is) (?:really )?you|(?:you|\w+ \w+),? (?:and )?not (?:somebody|someone|anybody|anyone) else)\b/i);
/** Replies that sound like yes but hand the phone over or say the person is away. */
/** Someone else told of: "he's my brother-in-law", "she's my sister". */
const TELLS_OF_RELATIVE = guarded(/\b(?:he|she)(?:'s| is) my (?:[a-z]+-in-law|brother|sister|cousin|uncle|aunt|friend|neighbou?r|son|daughter|husband|wife)\b/i);
/** Words that say the speaker is not the consumer: "this is his wife", "he's not here". */
const NOT_THE_CONSUMER_SAID = guarded(/\b(?:this is (?:his|her|their)|(?:he|she)(?:'s| is) not (?:here|home|in|available)|not (?:him|her)|wrong (?:number|person)|(?:he|she) (?:doesn'?t|does not) live here)\b/i);
/** Whoever answered calls the consumer to the phone: "Tash, it's for you", "Hang on, I'll get him". */
const FETCHES_CONSUMER = guarded(/\b(?:it'?s for you|phone(?:'s| is)? for you|you(?:'ve| have) got a (?:call|phone call)|(?:i'?ll|let me|lemme) (?:go )?(?:get|grab) (?:him|her|them)|(?:he|she)'?s (?:right )?here,? (?:hold on|one (?:sec|moment))|pick up (?:line )?\w+)\b/i);
const HAND_OVER = guarded(/\b(?:hold on|one (?:moment|sec(?:ond)?)|just a (?:moment|sec(?:ond)?)|let me get|i'?ll get|go get|not (?:here|home|in|available))\b/i);
/** "November ninth, eighty-two. Who is this?": the details given, a question after them, still verify; a denial does not. */
const DENIES_BEING = guarded(/^\W*(?:no|nope|not|never)\b(?!,? (?:it'?s|that'?s|it is|that is) (?:fine|okay|ok|alright|all right)\b|,? (?:go ahead|problem|worries)\b)|\b(?:not me|wrong (?:number|person)|not (?:her|him)|won'?t give|not giving)\b/i);
/** A reply that refuses or denies ("no", "that's not me"): never a confirmation. */
/** "… Go ahead.", "… that's fine, go on": leave given at the end of an answer. */
// "That's why I called him over. Yes.": a yes closing the answer.
const GO_AHEAD_AT_END = guarded(/\b(?:go ahead|go on|that'?s (?:fine|okay|ok)|it'?s (?:fine|okay|ok)|(?:she|he|they) can stay)\W*$|[.!] (?:yes|yeah|yep|sure|of course)[.!]?\s*$/i);
const NEGATIVE = guarded(/^\W*(?:no|nope|not|never)\b|\b(?:not me|wrong (?:number|person)|who is this|why do you need)\b/i);
/** Stage notes, system turns and recorded greetings that mean the agent reached a machine. */
const VOICEMAIL_CUE =
  guarded(/\b(?:voice ?mail|answering machine|leave (?:us |me |him |her )?(?:a|your) (?:message|name)|after the (?:tone|beep)|at the (?:tone|beep)|mailbox|record your message|not available to take your call|recorded greeting|(?:can'?t|cannot) come to the phone|you'?ve reached (?:the )?[A-Z]?\w+(?:'s| house| residence| family)?[^.!?]{0,40}\b(?:leave|message|beep|tone)|(?:sorry,? )?(?:i|we) missed (?:you|your call)|to send this message|message (?:prompt|has been sent))\b/i);
/**
 * A bare "[beep]" is a voicemail's tone only after the phone rang or a greeting played: as the
 * first note of a recording, or beside "recording started", it is the recorder's own.
 */
const BEEP = guarded(/\bbeep\b/i);
const RECORDER_NOTE = guarded(/\b(?:record(?:ing|er)?|connected|started|transfer\w*|hold|dial(?:ing|ed)?)\b/i);
/** A recorded greeting transcribed as the customer's words. */
const RECORDED_GREETING =
  guarded(/\b(?:leave (?:a|your) (?:message|name)|after the (?:tone|beep)|at the (?:tone|beep)|(?:reached|this is) (?:the )?voice ?mail|mailbox (?:is full|of|belonging)|(?:is )?not available to take your call|can'?t (?:come to|take) the phone|record your message)\b/i);
/** The agent asking for an identifying detail: date of birth, Social, address, ZIP. */
const DETAIL_ASK =
  guarded(/\b(?:date of birth|birth ?date|birthday|dob|(?:last|final) (?:four|4)(?: digits)?|social(?: security)?(?: number)?|ssn|(?:street |home |mailing |billing )?address|zip(?: code)?|postal code|year (?:you were|of) born|mother'?s maiden name)\b/i);
/** The agent saying the consumer has just been verified. */
const VERIFIED_SAID =
  guarded(/\b(?:thank(?:s| you)(?: so much)? for (?:confirming|verifying)(?: (?:that|all that|those|your identity|your information|your details|everything))?|(?:you'?re|you are|you have been|you'?ve been) (?:now )?(?:verified|all verified)|(?:that|everything|it all) (?:matches|checks out)(?: what i have)?)\b/i);
/** An agent's own words that show they are leaving a message. */
const AGENT_MESSAGE_CUE =
  guarded(/\b(?:this (?:message|call) is for|(?:i'?m|i am) leaving (?:you )?(?:a|this) message|leaving a message for|please (?:return|give) (?:my|this|our) call|please call (?:me|us) back)\b/i);

/**
 * Words only a collector says (the Mini-Miranda's formula) and words only a consumer says (asking
 * whether they will be arrested, what a relative told them): a recorder's diarizer that put them
 * on the other side got the speaker wrong, and the call is judged by who really spoke.
 */
const COLLECTOR_ONLY = guarded(/\battempt to collect a debt\b[^]*\binformation (?:we )?obtain(?:ed)?\b|\bthis is a communication from a debt collector\b/i);
const CONSUMER_ONLY =
  guarded(/^\W*(?:(?:so|but|wait|okay|um|uh)\W+)?(?:am i going to|will i|could i|can i|are they going to) (?:get |be |go to )?(?:arrested|sued|locked up|jail(?:ed)?|prison)\b|\bmy (?:sister|brother|husband|wife|mom|mother|dad|father|friend|neighbor|cousin) said (?:they|you|y'?all) (?:can|could|will)\b|^\W*(?:(?:no|look|listen|but)\W+)?i (?:do not|don'?t|never) owe (?:it|this|that|you|anything|y'?all)\b|\bi told you i (?:already )?(?:paid|don'?t owe|do not owe|never)\b/i);

/** A stage note that the tape missed the start, or first words cut off mid-word ("...kay, so, thank you for confirming"). */
const LATE_START =
  guarded(/\b(?:(?:recording|tape|audio) (?:begins|began|starts|started|picks up|picked up|joins|joined) (?:mid-?(?:call|conversation|sentence)|partway|late|in the middle)|first (?:part|minutes?|\w+ minutes?) (?:of the call )?(?:was|were) (?:not|never) (?:captured|recorded)|partial recording|not captured)\b/i);
const CUT_OFF = guarded(/^\s*(?:\[[^\]]*\]\s*)*(?:\.\.\.|…)\s*[a-z]/);

function joinedLate(turns: Transcript['turns']): boolean {
  for (const t of turns) {
    if (t.speaker === 'system') {
      if (LATE_START.test(t.text)) return true;
      continue;
    }
    return CUT_OFF.test(t.text) || LATE_START.test(t.text);
  }
  return false;
}

function heardSpeaker(speaker: Speaker, text: string): Speaker {
  if ((speaker === 'customer' || speaker === 'third_party') && COLLECTOR_ONLY.test(text)) return 'agent';
  if (speaker === 'agent' && CONSUMER_ONLY.test(text)) return 'customer';
  return speaker;
}

/** Who speaks after turn `i`, stage notes and noises skipped. */
function nextSpeaker(turns: Transcript['turns'], i: number): Speaker | undefined {
  for (let k = i + 1; k < turns.length; k++) if (turns[k]!.speaker !== 'system') return turns[k]!.speaker;
  return undefined;
}

/**
 * The agent's line asks for the consumer by name: a word of at least three letters of the name
 * on the account ("May I speak with Joseph Okafor?", "Ms. Okafor?"), or the recorder's placeholder for it.
 */
function namesConsumer(agentText: string, consumerName: string | undefined): boolean {
  if (/\[(?:CONSUMER|CUSTOMER|DEBTOR)_?(?:FIRST_|LAST_|FULL_)?NAME\]/i.test(agentText)) return true;
  if (!consumerName) return false;
  const words: string[] = agentText.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [];
  return consumerName
    .toLowerCase()
    .split(/[^a-z'-]+/)
    .some((part) => part.length >= 3 && words.includes(part));
}

/** "This is Brianna.", "Brianna speaking": the speaker gives the consumer's own first name as theirs. */
const SELF_NAMED = guarded(/^\W*(?:(?:hi|hello|yes|yeah|yep|hey)[,.!]?\s+)*(?:this is|it'?s|i'?m|my name is)\s+([a-z][a-z'-]+)\W*$|^\W*([a-z][a-z'-]+)\s+(?:speaking|here)\W*$/i);
/** A bare yes said as a question: "Yeah?", "Yes?", "Uh, yeah?". */
const BARE_QUERIED_YES = /^\W*(?:(?:uh|um|er),? )?(?:yes|yeah|yep|yup|uh-?huh|mm-?hm+)\?\W*$/i;

/** The agent names the consumer by the first name of `consumerName` and not by the rest of it. */
function asksByFirstNameOnly(text: string, consumerName: string | undefined): boolean {
  const parts = consumerName?.toLowerCase().split(/\s+/).filter((p) => p.length > 1) ?? [];
  if (parts.length < 2) return false;
  const words = new Set(text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []);
  return words.has(parts[0]!) && !parts.slice(1).some((p) => words.has(p) || p.split('-').some((q) => words.has(q)));
}

/** The consumer named by first name as the speaker's relative: "Keisha's my sister", "Dana is my daughter". */
function namesConsumerAsRelative(text: string, consumerName: string | undefined): boolean {
  const first = consumerName?.toLowerCase().split(/[^a-z'-]+/)[0];
  if (!first || first.length < 3) return false;
  const m = RELATIVE_NAMED.exec(text);
  return m !== null && m[1]!.toLowerCase() === first;
}
const RELATIVE_NAMED =
  /\b([A-Za-z][a-z'-]+)(?:'s| is) my (?:little |big |older |younger |baby |twin )?(?:sister|brother|mother|mom|father|dad|daughter|son|wife|husband|cousin|roommate|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|girlfriend|boyfriend|ex|ex-wife|ex-husband|stepdaughter|stepson|tenant)\b/;

function namesSelfAsConsumer(text: string, consumerName: string | undefined): boolean {
  if (!consumerName) return false;
  const m = SELF_NAMED.exec(text.trim());
  const said = (m?.[1] ?? m?.[2])?.toLowerCase();
  return said !== undefined && said.length >= 3 && consumerName.toLowerCase().split(/[^a-z'-]+/)[0] === said;
}

/** Classifies every turn of a transcript with its moment's context and tracks the call state. */
export function annotate(transcript: Transcript, classify: Classify): AnnotatedCall {
  const turns: AnnotatedTurn[] = [];
  const agentTurns: AnnotatedTurn[] = [];
  let state = INITIAL;
  let lastAgentText: string | undefined;
  let lastCustomerText: string | undefined;
  let lastAgentAskedVerification = false;
  let lastAgentAskedDetail = false;
  /** The agent's last line asked for the consumer by first name alone ("Hi, is this Shelby?"). */
  let lastAgentFirstNameOnly = false;
  /** The customer's last line only asked something back ("Why do you need that?"). */
  let customerOnlyAsked = false;
  let lastAgentReadDetails = false;
  let someoneAnswered = false;
  let lastSide: 'customer' | 'third_party' | null = null;
  let lastSideText = '';
  let namedSelfAsConsumer = false;
  let lastAgentAskedConsent = false;
  /** The agent offered to bring in or talk with someone who acts for the consumer ("I can even conference them in right now"). */
  let lastAgentOfferedThirdParty = false;
  /** The agent's last line asked whether anyone else is there ("Is anyone else there with you?"). */
  let lastAgentAskedIfOthers = false;
  /** Someone the consumer said is there listening, who has not spoken. */
  let silentListener = false;
  /** Someone on the consumer's side said they are the estate's executor or administrator. */
  let estateClaimed = false;
  let lastAgentAskedEstate = false;
  let agentAskedProbate = false;
  // A spouse calling for the consumer, told by the agent that a spouse may discuss the account, who
  // gives the consumer's details: the consumer, in the law's sense (FDCPA §805(d)).
  let spouseClaimed = false;
  let spouseRuleSaid = false;
  let spouseDetailsGiven = false;
  // A surviving spouse of a consumer who has died ("I'm his wife. Was. Marvin died in the spring"),
  // checked by the agent, is the consumer too (Reg F §1006.6(a)(1)), with no rule said aloud.
  let consumerDeceased = false;
  /** The agent named a guardianship or power of attorney on file for the one on the line, and they gave the details asked. */
  let surrogateOnFile = false;
  let surrogateDetailsGiven = false;
  let lastSpoke: Speaker | null = null;

  const source = transcript.turns;
  const late = joinedLate(source);
  const asksDetail = source.some((t) => t.speaker === 'agent' && DETAIL_ASK.test(t.text));
  for (let i = 0; i < source.length; i++) {
    // "Rep: Evening, is this …": a speaker label the recorder left in the words is no part of them.
    const text = withoutSpeakerLabel(source[i]!.text);
    const speaker = heardSpeaker(source[i]!.speaker, text);
    const index = i + 1;

    if (speaker === 'system') {
      const machine = VOICEMAIL_CUE.test(text) || (BEEP.test(text) && i > 0 && !RECORDER_NOTE.test(text));
      let next = !state.voicemail && machine ? { ...state, voicemail: true } : state;
      // "[Somali interpreter joined, ID 1920]", "[conference bridge: language line, Portuguese]": the
      // agency's interpreter, who speaks for the consumer, not a third party.
      if (!next.interpreterOnLine && INTERPRETER_JOINED.test(text)) next = { ...next, interpreterOnLine: true };
      turns.push({ index, speaker, text, acts: [], state: next, context: {} });
      state = next;
      continue;
    }

    if (speaker === 'agent') {
      if (PROBATE_PROOF_ASKED.test(text)) agentAskedProbate = true;
      // "Thank you, that all matches. You're listed as the co-borrower on the account": the one who
      // answered owes the debt too, and is spoken to as the consumer from here on.
      if (!state.rpcVerified && state.thirdPartyOnLine && lastSide === 'third_party' && CO_OBLIGOR_SAID.test(text)) {
        state = { ...state, rpcVerified: true, thirdPartyOnLine: false, obligorOnLine: true };
      }
      // "He died February 9th. The case number is …" "Thank you, that matches the probate notice":
      // the estate's executor or administrator, checked, stands for the consumer (Reg F §1006.6(a)(4)).
      // A bare "That matches." after the agent asked for the probate case number checks it too.
      if (!state.rpcVerified && state.thirdPartyOnLine && estateClaimed && (ESTATE_REP_CHECKED.test(text) || (BARE_MATCH.test(text) && agentAskedProbate))) {
        state = { ...state, rpcVerified: true, thirdPartyOnLine: false, obligorOnLine: true };
      }
      // "That matches the power of attorney we have on file for your mother": an agent the consumer
      // appointed, checked against the file, speaks for the consumer.
      if (!state.rpcVerified && state.thirdPartyOnLine && lastSide === 'third_party' && POA_CHECKED.test(text)) {
        state = { ...state, rpcVerified: true, thirdPartyOnLine: false, obligorOnLine: true };
      }
      // "Since you're his spouse, I can go over this with you", "Because Ava's a minor and you're her
      // parent, I can discuss this with you", "the power of attorney naming you as his agent, so I can go
      // over his account with you": the agent finds the one on the line stands for the consumer (a
      // spouse, a minor's parent, a guardian, an executor: Reg F §1006.2(e); an agent the consumer appointed).
      // "We have your letters of guardianship on file … Can you verify your date of birth?" "June 14th, 1961 …" "Thank you.": checked against the file.
      if (!state.rpcVerified && state.thirdPartyOnLine && lastSide === 'third_party' && !MISMATCH_SAID.test(text) && (CAPACITY_CONFIRMED.test(text) || (surrogateOnFile && surrogateDetailsGiven))) {
        state = { ...state, rpcVerified: true, thirdPartyOnLine: false, obligorOnLine: true };
      }
      if (SURROGATE_ON_FILE.test(text)) surrogateOnFile = true;
      if (SPOUSE_RULE_SAID.test(text)) spouseRuleSaid = true;
      // "I can discuss an account with the account holder or their spouse … What's Benjamin's date of
      // birth?" "October 3rd, 1984 …" "And you're currently married?" "Twelve years in May." "Your word is fine."
      if (!state.rpcVerified && state.thirdPartyOnLine && spouseClaimed && spouseDetailsGiven && (lastSide === 'third_party' || (consumerDeceased && lastSide !== null)) && !MISMATCH_SAID.test(text)) {
        state = { ...state, rpcVerified: true, thirdPartyOnLine: false, obligorOnLine: true };
      }
      const context: UtteranceContext = {
        previous: lastCustomerText,
        rpc_verified: state.rpcVerified,
        third_party_on_line: state.thirdPartyOnLine,
      };
      let acts = classify({ text, speaker: 'agent', context });
      // "I'll explain everything when you're free to talk. What time works?": before any word about
      // the debt, a time asked for with no payment named is the time of a call, not a commitment.
      if (acts.includes('secure_commitment') && !PAYMENT_NAMED.test(text) && !agentTurns.some((t) => hasAny(t.acts, DEBT_TALK))) {
        const rest = acts.filter((a) => a !== 'secure_commitment');
        acts = rest.length > 0 ? rest : ['other'];
      }
      // "Please call me back" is a message only when nobody has answered live.
      let next = !state.voicemail && !someoneAnswered && AGENT_MESSAGE_CUE.test(text) ? { ...state, voicemail: true } : state;
      // "Thank you for confirming all that" says the consumer was verified, when the confirmation
      // itself was not heard (off the tape, or in words the classifier missed).
      if (!next.rpcVerified && !next.thirdPartyOnLine && !next.voicemail && (someoneAnswered || late) && VERIFIED_SAID.test(text)) next = { ...next, rpcVerified: true };
      // "I'm sorry, that doesn't match the information I have": the answer verified no one.
      else if (next.rpcVerified && MISMATCH_SAID.test(text)) next = { ...next, rpcVerified: false };
      const turn: AnnotatedTurn = { index, speaker, text, acts, state: next, context };
      turns.push(turn);
      agentTurns.push(turn);
      state = next;
      lastAgentText = text;
      // "Why? Who are you?" "I'll tell you as soon as I confirm I have the right person.": the
      // verification asked before is still the question.
      lastAgentAskedVerification = acts.includes('verify_identity') || (lastAgentAskedVerification && customerOnlyAsked && !hasAny(acts, DEBT_TALK) && STILL_VERIFYING.test(text));
      lastAgentAskedConsent = ASKS_CONSENT.test(normalize(text));
      lastAgentOfferedThirdParty = OFFERS_THIRD_PARTY.test(text);
      // "Are you safe right now? Is anybody there with you?": asked for the consumer's safety, not about who hears.
      lastAgentAskedIfOthers = ASKS_IF_OTHERS.test(text) && !SAFETY_CHECK.test(text);
      lastAgentAskedEstate = ASKS_IF_ESTATE_REP.test(text);
      lastSpoke = speaker;
      // "Why do you need that?" "It's just to protect your privacy …": the detail asked before is still the question.
      lastAgentAskedDetail = (lastAgentAskedVerification && DETAIL_ASK.test(text)) || (lastAgentAskedDetail && customerOnlyAsked && !hasAny(acts, DEBT_TALK));
      lastAgentReadDetails = lastAgentAskedVerification && READS_DETAILS_OUT.test(text);
      lastAgentFirstNameOnly = lastAgentAskedVerification && asksByFirstNameOnly(text, transcript.context?.consumer_name);
      continue;
    }

    // "[in background] Tamika, I need you back on register three": a voice near the consumer, not on the line.
    if (speaker === 'third_party' && IN_BACKGROUND.test(text)) {
      turns.push({ index, speaker, text, acts: [], state, context: {} });
      continue;
    }
    // The one the agent asked to interpret ("you could help interpret, but I'd need her okay first")
    // who takes it on, or who puts the consumer's words just said into English ("She says no, she
    // returned both phones"), speaks for the consumer from here on.
    if (
      speaker === 'third_party' &&
      !state.interpreterOnLine &&
      ((lastSpoke === 'agent' && lastAgentText !== undefined && INTERPRETING_INVITED.test(lastAgentText) && !NEGATIVE.test(text)) || (lastSpoke === 'customer' && RELAYS_CONSUMER.test(text)) || (INTERPRETS_TAG.test(text) && RELAYS_CONSUMER.test(text.replace(INTERPRETS_TAG, ' '))))
    ) {
      state = { ...state, interpreterOnLine: true };
    }
    // An interpreter putting the agent's words into the consumer's language says nothing of their own.
    // When the agent speaks next, no consumer line came between: the interpreter gave the consumer's answer.
    // "[interpreting] … Okay, she says — she never had Pacific Mobile": the consumer's answer relayed is hers.
    if (speaker === 'third_party' && state.interpreterOnLine && lastSpoke === 'agent' && nextSpeaker(source, i) !== 'agent' && !RELAYS_CONSUMER.test(text)) {
      turns.push({ index, speaker, text, acts: [], state, context: {} });
      lastSpoke = speaker;
      continue;
    }
    // The consumer, or someone else who answered: both are understood as the customer side.
    const context: UtteranceContext = {
      previous: lastAgentText,
      rpc_verified: state.rpcVerified,
      third_party_on_line: state.thirdPartyOnLine || speaker === 'third_party',
    };
    // "She says no, she returned both phones": the interpreter's words are the consumer's, in the first person.
    const relayed = speaker === 'third_party' && state.interpreterOnLine && RELAYS_CONSUMER.test(text);
    let acts = classify({ text: relayed ? inFirstPerson(text) : text, speaker: 'customer', context });
    // "[hold music] This is Brianna.": the consumer's own name, said by the one who took the phone.
    if (speaker === 'customer' && !acts.includes('confirms_identity') && !state.rpcVerified && namesSelfAsConsumer(text, transcript.context?.consumer_name)) acts = [...acts.filter((a) => a !== 'other'), 'confirms_identity'];
    // "This is Shannon Teague …" then "He's my brother-in-law, he does real estate closings": whoever
    // named themselves as the consumer tells of someone else, and is still the consumer.
    if (speaker === 'customer' && acts.includes('third_party') && !acts.includes('confirms_identity') && namedSelfAsConsumer && TELLS_OF_RELATIVE.test(text) && !NOT_THE_CONSUMER_SAID.test(text)) {
      acts = acts.filter((a) => a !== 'third_party');
      if (acts.length === 0) acts = ['other'];
    }
    if (speaker === 'customer' && namesSelfAsConsumer(text, transcript.context?.consumer_name)) namedSelfAsConsumer = true;
    // "Oh. Keisha's my sister. She stayed with me for a while … I'm Tanya.": whoever called in or answered names
    // the consumer as a relative, and is someone else.
    if (speaker === 'customer' && !state.rpcVerified && !namedSelfAsConsumer && !acts.includes('third_party') && namesConsumerAsRelative(text, transcript.context?.consumer_name)) acts = [...acts.filter((a) => a !== 'other'), 'third_party'];
    if (ESTATE_REP_SAID.test(text) || (lastAgentAskedEstate && AFFIRMATIVE.test(text))) estateClaimed = true;
    if ((speaker === 'third_party' || acts.includes('third_party')) && SPOUSE_SAID.test(text)) spouseClaimed = true;
    if (spouseClaimed && CONSUMER_DIED.test(text)) consumerDeceased = true;
    if ((speaker === 'third_party' || consumerDeceased) && spouseClaimed && (spouseRuleSaid || consumerDeceased) && lastAgentAskedVerification && GIVES_DETAILS.test(text)) spouseDetailsGiven = true;
    if (speaker === 'third_party' && surrogateOnFile && lastAgentAskedVerification && GIVES_DETAILS.test(text)) surrogateDetailsGiven = true;
    // When the agent asks for an identifying detail at some point, only an answer to such a
    // question verifies: "Yeah, speaking" to "I'm trying to reach Marcus Bell" is not enough then.
    const nameOnly = asksDetail && !lastAgentAskedDetail;
    // "I've got your date of birth as March 14th, 1984 … is that right?" "Yeah.": the details were
    // the agent's, and a yes to them proves nothing about who answered.
    const led = lastAgentReadDetails && !GIVES_DETAILS.test(text);
    // "Hi, is this Shelby?" "Yeah?": a first name answered with a question confirms nobody.
    const shrugged = lastAgentFirstNameOnly && BARE_QUERIED_YES.test(text);
    let next = customerState(state, speaker, text, acts, index, lastAgentAskedVerification, nameOnly || led || shrugged);
    // "Is anyone else there with you?" "Just Mrs. Patel from next door.": someone hears what is said next.
    if (speaker === 'customer' && lastAgentAskedIfOthers && next.rpcVerified && !next.listenerConsented && !next.thirdPartyOnLine && !NOBODY_ELSE.test(text) && SOMEONE_NAMED.test(text)) {
      next = { ...next, thirdPartyOnLine: true };
    }
    // A listener who has not spoken ("you're on speaker, my son is here") is still there when the
    // consumer speaks again, until the consumer says they are alone ("Let me take you off the speaker" only means to).
    if (speaker === 'customer' && silentListener && state.thirdPartyOnLine && !next.thirdPartyOnLine && !next.listenerConsented && next.rpcVerified && !ALONE_NOW.test(text)) {
      next = { ...next, thirdPartyOnLine: true };
    }
    silentListener = speaker === 'customer' && next.rpcVerified && next.thirdPartyOnLine && !next.listenerConsented && (silentListener || !state.thirdPartyOnLine);
    // "Hold on. Tash, it's for you." "Yeah?": whoever answered fetched the consumer and has gone,
    // though no one is verified yet.
    if (speaker === 'customer' && !next.rpcVerified && next.thirdPartyOnLine && lastSide === 'third_party' && FETCHES_CONSUMER.test(lastSideText)) next = { ...next, thirdPartyOnLine: false };
    if (speaker === 'third_party' && !next.rpcVerified && !next.interpreterOnLine && !next.obligorOnLine) {
      const answers = !HAND_OVER.test(text) && (acts.includes('confirms_identity') || (AFFIRMATIVE.test(text) && !NEGATIVE.test(text)));
      if (!next.answeredAsConsumer && answers && lastAgentAskedVerification && !acts.includes('third_party') && lastAgentText !== undefined && namesConsumer(lastAgentText, transcript.context?.consumer_name)) {
        next = { ...next, answeredAsConsumer: true };
      } else if (next.answeredAsConsumer && (acts.includes('third_party') || acts.includes('wrong_party'))) {
        next = { ...next, answeredAsConsumer: false };
      }
    } else if (next.answeredAsConsumer && (next.rpcVerified || speaker === 'customer')) {
      next = { ...next, answeredAsConsumer: false };
    }
    // "Do you give me permission to discuss your account with Ms. Albright?" "Yes, go ahead.": consent.
    // "Oh, Carol? Carol can hear anything. Go ahead.": a go-ahead at the end of the answer is one too.
    // "If you authorize it I can talk with them. I can even conference them in right now." "Oh, could you? That'd be so much easier.": consent given before they join.
    if (speaker === 'customer' && next.rpcVerified && lastAgentOfferedThirdParty && (AFFIRMATIVE.test(text) || TAKES_OFFER.test(text)) && !NEGATIVE.test(text)) {
      next = { ...next, listenerConsented: true };
    }
    if (speaker === 'customer' && next.rpcVerified && lastAgentAskedConsent && (AFFIRMATIVE.test(text) || GO_AHEAD_AT_END.test(text)) && !NEGATIVE.test(text)) {
      next = { ...next, listenerConsented: true, thirdPartyOnLine: false, listenerLimited: LIMITS_CONSENT.test(text) };
    }
    if (!next.voicemail) someoneAnswered = true;
    turns.push({ index, speaker, text, acts, state: next, context });
    state = next;
    lastCustomerText = text;
    lastSide = speaker;
    lastSideText = text;
    lastSpoke = speaker;
    customerOnlyAsked = acts.includes('asks_question') && !acts.includes('confirms_identity') && !GIVES_DETAILS.test(text);
  }

  const ended = lineEnded(turns);
  return { turns, agentTurns, context: transcript.context ?? {}, record: transcript.record, final: state, classify, joinedLate: late, cutShort: ended && cutShort(turns), lineEnded: ended && !closedByAgent(turns), inbound: isInbound(turns) };
}

/** The agency answering a call: "Thank you for calling Meridian Receivables", "You've reached …". */
const INBOUND_GREETING = guarded(/\b(?:thank(?:s| you) for calling|you'?ve reached|you have reached|how (?:can|may) i (?:help|assist) you)\b/i);
/** The phone answered in the agency's name: "Coastline Recovery Group, this is Marcus, can I have your name?" */
const ANSWERS_AS_AGENCY =
  guarded(/^\s*(?:[A-Z][\w&'.-]*\s+){0,4}(?:Recovery|Recoveries|Collections?|Credit|Financial|Services|Group|Partners|Associates|Solutions|Receivables|Portfolio|Asset|Management|Agency|Bureau|Capital|Funding|Accounts?|Revenue|LLC|Inc\.?)(?:\s+[A-Z][\w&'.-]*){0,3}[,.!]?\s+(?:[Tt]his is|[Mm]y name is|[Yy]ou'?re speaking with|[Yy]ou are speaking with)\b/);
/** The agent thanks the consumer for calling in or back: "thanks for calling in", "thank you for returning our call". */
const CALLED_IN = guarded(/\bthank(?:s| you) for (?:calling(?: (?:in|us|back))?|returning (?:our|my|the) call|getting back to (?:us|me))\b/i);

/** The consumer placed the call: the agent answers it, or thanks them in the first words for calling. */
function isInbound(turns: readonly AnnotatedTurn[]): boolean {
  const first = turns.find((t) => t.speaker !== 'system');
  if (first === undefined) return false;
  if (first.speaker === 'agent' && (INBOUND_GREETING.test(first.text) || ANSWERS_AS_AGENCY.test(first.text))) return true;
  const opening = turns.filter((t) => t.speaker === 'agent').slice(0, 2);
  return opening.some((t) => CALLED_IN.test(t.text));
}

/** A stage note that the line went dead: the consumer hung up, or the call dropped. */
const LINE_ENDS = guarded(/\b(?:hang(?:s|ing)?[- ]?up|hung up|disconnect\w*|dropped|drops|line (?:goes|went) dead|call (?:ends|ended|cut off)|dial tone)\b/i);
/** Words that name a payment or the debt: with one, a time asked for is the payment's. */
const PAYMENT_NAMED = guarded(/\$|\b(?:pay\w*|paid|dollars?|amount|balance|debt|card|bank|checking|settle\w*|plan|instal\w*|arrangement|owe[ds]?|funds)\b/i);
const DEBT_TALK: readonly Act[] = ['mini_miranda', 'state_purpose', 'state_balance', 'third_party_disclosure', 'request_full_payment', 'offer_payment_plan', 'offer_settlement', 'secure_commitment'];

/**
 * The line went dead before the agent got to the debt: the consumer hung up on the greeting, or
 * the call dropped during verification. Nothing the call never reached can be marked down.
 */
function cutShort(turns: readonly AnnotatedTurn[]): boolean {
  // "This call is from a debt collector … I'm calling about—" [hangs up]: the disclosure alone names no debt.
  return !turns.some((t) => t.speaker === 'agent' && hasAny(t.acts, DEBT_NAMED));
}
const DEBT_NAMED: readonly Act[] = DEBT_TALK.filter((a) => a !== 'mini_miranda');

/** A stage note after the last words says the line went dead ("[call disconnected by customer]"). */
function lineEnded(turns: readonly AnnotatedTurn[]): boolean {
  const last = turns.findLastIndex((t) => t.speaker !== 'system');
  return turns.slice(last + 1).some((t) => LINE_ENDS.test(t.text));
}

/** The agent's goodbye is the last thing said: "Okay, bye." then "[call ended]" is a call closed, not a line gone dead. */
function closedByAgent(turns: readonly AnnotatedTurn[]): boolean {
  const last = turns.findLast((t) => t.speaker !== 'system');
  return last !== undefined && last.speaker === 'agent' && last.acts.includes('close_call');
}

/** The state after a customer-side turn; the same object when nothing changed. */
function customerState(
  state: CallState,
  speaker: 'customer' | 'third_party',
  text: string,
  acts: readonly Act[],
  index: number,
  askedVerification: boolean,
  nameOnly: boolean,
): CallState {
  let next = state;
  const set = <K extends keyof CallState>(key: K, value: CallState[K]) => {
    if (next[key] === value) return;
    if (next === state) next = { ...state };
    next[key] = value;
  };

  const recording = RECORDED_GREETING.test(text);
  if (recording) set('voicemail', true);
  // "Hello? Sorry, I'm here. This is Owen": someone picked up in the middle of the message.
  else if (state.voicemail && /[a-z]{2,}/i.test(text.replace(/\[[^\]]*\]/g, ' '))) set('voicemail', false);
  // Once the consumer is verified, their own words about someone else ("Did you tell Kayla what
  // this is about?") do not put that someone on the line; a turn labelled third_party does.
  // "Thank you for calling LinguaLink, this is interpreter Martín": the interpreter speaks for the consumer.
  if (speaker === 'third_party' && !state.interpreterOnLine && INTERPRETER.test(text)) {
    set('interpreterOnLine', true);
    return next;
  }
  // "Yeah, I'm Walt. My boy's Walter too, he's not here though": the one asked for, telling of someone
  // else who is away, is not someone else on the line.
  const notTheConsumer =
    (speaker === 'third_party' && !state.obligorOnLine && !state.interpreterOnLine) ||
    (!state.rpcVerified && ((acts.includes('third_party') && !acts.includes('confirms_identity')) || acts.includes('wrong_party')));
  if (recording) {
    // A machine cannot confirm anyone's identity, whatever its greeting says.
  } else if (notTheConsumer) {
    // The consumer's own attorney's office, brought on the line ("Law Office of Reuben Castillo…
    // Mr. Castillo represents Ms. Ortiz"), may hear the account: they speak for the consumer.
    if (state.rpcVerified && speaker === 'third_party' && SPEAKS_FOR_CONSUMER.test(text)) set('listenerConsented', true);
    // Someone the verified consumer has let listen or speak for them hears nothing new.
    else if (!(state.rpcVerified && state.listenerConsented && speaker === 'third_party')) set('thirdPartyOnLine', true);
  } else if (state.rpcVerified && speaker === 'customer' && CONSENTS.test(text)) {
    set('listenerConsented', true);
    set('thirdPartyOnLine', false);
    if (LIMITS_CONSENT.test(text)) set('listenerLimited', true);
  } else if (state.rpcVerified && speaker === 'customer' && !state.listenerConsented && OTHERS_LISTENING.test(text) && !ALONE_NOW.test(text)) {
    // "That's my son Kevin… you're on the speaker": someone else hears what is said next.
    set('thirdPartyOnLine', true);
  } else if (state.rpcVerified && state.thirdPartyOnLine && speaker === 'customer') {
    // "Sorry, I'm back": the verified consumer speaks again, and whoever took the phone has gone.
    set('thirdPartyOnLine', false);
  } else if (!state.rpcVerified && nameOnly && state.thirdPartyOnLine && speaker === 'customer' && acts.includes('confirms_identity')) {
    // "[hold music] Yeah, this is Hector.": the consumer came to the phone; whoever answered has gone,
    // though a name is no verification yet.
    set('thirdPartyOnLine', false);
  } else if (!state.rpcVerified && !nameOnly) {
    const confirmed =
      acts.includes('confirms_identity') ||
      (askedVerification && !HAND_OVER.test(text) && ((AFFIRMATIVE.test(text) && !NEGATIVE.test(text)) || (GIVES_DETAILS.test(text) && !DENIES_BEING.test(text))));
    if (confirmed) {
      set('rpcVerified', true);
      // The consumer came to the phone: whoever answered first is no longer the listener.
      set('thirdPartyOnLine', false);
      // "February 28th, 1958 … Linda's here. Go ahead, you can talk in front of her.": verified and consenting at once.
      if (speaker === 'customer' && CONSENTS.test(text)) {
        set('listenerConsented', true);
        if (LIMITS_CONSENT.test(text)) set('listenerLimited', true);
      }
    }
  }

  // Flags record the consumer's own words; a roommate's "he has a lawyer" still counts as notice.
  // "She was my bankruptcy lawyer… she has nothing to do with this": no one represents them on this debt.
  if (state.attorneyAt !== null && NO_LAWYER_HERE.test(text)) set('attorneyAt', null);
  else if (state.attorneyAt === null && acts.includes('has_attorney') && !NO_LAWYER_HERE.test(text)) set('attorneyAt', index);
  if (state.ceaseAt === null && acts.includes('requests_cease')) set('ceaseAt', index);
  // "I don't mean never. I just can't deal with it today": the stop asked for is taken back.
  else if (state.ceaseAt !== null && !acts.includes('requests_cease') && CEASE_TAKEN_BACK.test(text)) set('ceaseAt', null);
  if (state.disputeAt === null && acts.includes('disputes_debt')) set('disputeAt', index);
  if (state.hardshipAt === null && acts.includes('hardship')) set('hardshipAt', index);
  if (state.refusalAt === null && acts.includes('refuses_to_pay')) set('refusalAt', index);
  return next;
}

/** A stop request taken back: "I don't mean never", "not forever, just not today". */
const CEASE_TAKEN_BACK = guarded(/\b(?:i (?:don'?t|do not|didn'?t|did not) mean (?:never|forever|for good|(?:stop|quit) (?:calling|contacting)(?: me)?(?: (?:forever|for good|altogether|completely))?|(?:don'?t|do not|never) call(?: me)?(?: again| ever)?)|not (?:never|forever|for good)(?: ever)?,? (?:just|only)\b)/i);
/** The verified consumer lets someone else listen or speak for them. */
/** Consent given to the payment only: "just the payment", "only the amount", "don't get into the rest of it". */
const LIMITS_CONSENT =
  guarded(/\b(?:(?:just|only)(?: about)? (?:the|my) (?:payment|amount|card)|(?:don'?t|do not) (?:get into|go into|tell (?:her|him|them)) (?:the rest|anything else|my business|the details|the rest of it)|(?:doesn'?t|does not|don'?t|do not) need (?:to know )?(?:my|the) (?:whole|life|rest|details|business)|nothing (?:else|more) than the payment)\b/i);
const CONSENTS =
  guarded(/\b(?:(?:can|could|may) (?:he|she|they|my (?:husband|wife|partner|son|daughter|mom|mother|dad|father|sister|brother|friend|caregiver)) (?:get on|join(?: us| the call| in)?|come on|hop on)\b(?! (?:later|another time))|(?:can|could|may) (?:she|he|they|my (?:neighbor|neighbour|daughter|son|wife|husband|sister|brother|mom|mother|dad|father|friend|caregiver|aide|partner)) (?:stay|listen|stay on|be on|hear (?:this|it)|sit in)\b[^.!]*\?\s*(?:i'?d|i would) like (?:her|him|them) to|you can (?:talk|speak|discuss|say|go over)(?: (?:it|this|that|anything|everything))? (?:in front of|with|to) (?:him|her|them|my \w+)|you can tell (?:her|him|them|my \w+) (?:the |about the )?(?:payment|amount|balance|what i owe)|(?:she|he|they|(?!(?:i|you|we|nobody|no one|who)\b)[a-z]+) can (?:listen|hear|stay(?: on| and hear)?|be on|know|hear it|hear this|hear anything|hear everything|help)|(?:\w+ )?(?:helps|is helping|will help) me(?: with (?:this|it))?[.!,]? (?:it is|it's|is) (?:okay|ok|fine)|(?:it is|it's|that is|that's) (?:okay|ok|fine|alright|all right)(?: for| if| that)? (?:she|he|they|him|her|them|my \w+) (?:listens?|hears?|knows?|stays?|is on|are on|to listen|to hear)|(?:i )?give (?:you |him |her |them )?(?:my )?(?:permission|consent)|you have my (?:permission|consent|ok|okay)|i consent|(?:she|he) (?:has|holds) (?:my )?(?:power of attorney|permission)|(?:she|he|they) (?:can|may) speak for me|(?:talk|speak) to (?:her|him|them)(?:,)? (?:it is|it's) (?:okay|fine)|(?:can|could) you (?:just )?(?:talk|speak) (?:to|with) (?:her|him|them|my (?:wife|husband|son|daughter|mom|mother|dad|father|partner|sister|brother))\b(?! (?:later|another time|tomorrow)))\b/i);

/** An interpreter joins the call: "this is interpreter Martín, ID 40218", "I'll be your Spanish interpreter today". */
const INTERPRETER = guarded(/\b(?:(?:i'?m|i am|this is|my name is) (?:\w+ ){0,3}?(?:the |your |an |a )?(?:\w+ )?interpreter|interpreter,? (?:id |number |# ?)?\d+|interpreter (?:id|number|#)|interpret(?:ing)? (?:services|line|for you)|language line|lingua\w*|(?:wants|asked|needs) me to (?:translate|interpret)|(?:i'?ll|i will|i can|let me) (?:translate|interpret) for (?:her|him|them)|i(?:'m| am)? (?:help|helping) (?:her|him|them) with (?:english|the language))\b/i);
/** A recorder's note that an interpreter service joined the call. */
const INTERPRETER_JOINED = guarded(/\b(?:interpreter|language line|lingua\w*|interpretation service)\b[^\]]{0,60}\b(?:joined|conferenced|pre-conferenced|connected|added|on the line|bridged)\b|\b(?:conference|three-way|bridge)\w*\b[^\]]{0,40}\b(?:interpreter|language line|lingua\w*)\b|\b(?:joined|conferenced|connected|added)\b[^\]]{0,40}\b(?:interpreter|language line|lingua\w*)\b/i);
/** The agent asks someone on the line to interpret for the consumer. */
/** A transcriber's tag that the line is interpreted: "[interprets] He says …", "[in Creole] … He says …". */
const INTERPRETS_TAG = /^\W*\[(?:interpret\w*|translat\w*|render\w*|in [a-z]+)\b[^\]]*\]\W*(?:\.\.\.\s*)?/i;
const INTERPRETING_INVITED = guarded(/\b(?:(?:would rather|prefer|want) (?:you|him|her) (?:to )?(?:interpret|translate)|help (?:\w+ )?(?:interpret|translate)|(?:interpret|translate) for (?:her|him|them|your \w+)|(?:be|act as) (?:the |an |her |his )?(?:interpreter|translator))\b/i);
/** Someone putting what the consumer just said into English: "She says no, she returned both phones". */
const RELAYS_CONSUMER = guarded(/^\W*(?:\[[^\]]*\]\W*)?(?:okay,? |ok,? |um,? |so,? )?(?:she|he) (?:says|said|is saying|'s saying|wants to know|is asking|'s asking)\b(?: that)?,?\s*/i);
/** Verbs the relayed "she" or "he" takes with an -s, and their first-person forms. */
const THIRD_PERSON_VERBS: Record<string, string> = {
  wants: 'want', needs: 'need', owes: 'owe', thinks: 'think', knows: 'know', gets: 'get', pays: 'pay', agrees: 'agree',
  disputes: 'dispute', refuses: 'refuse', understands: 'understand', remembers: 'remember', works: 'work', lives: 'live',
  says: 'say', does: 'do', has: 'have', is: 'am', was: 'was', "doesn't": "don't", "isn't": "am not", "wasn't": "wasn't",
  "hasn't": "haven't", can: 'can', "can't": "can't", will: 'will', "won't": "won't", would: 'would', "'s": "'m", "'ll": "'ll", "'d": "'d",
};
const RELAYED_VERBS = Object.keys(THIRD_PERSON_VERBS).filter((v) => !v.startsWith("'")).sort((a, b) => b.length - a.length);
const SHE_HE = new RegExp(`\\b(?:she|he)\\b(?:(\\s+)(${RELAYED_VERBS.join('|')})\\b|('s|'ll|'d)\\b)?`, 'gi');

/**
 * The consumer's words as the interpreter relays them, put back in the first person for reading:
 * "She says no, she returned both phones. She doesn't owe this money." → "no, I returned both
 * phones. I don't owe this money."
 */
export function inFirstPerson(text: string): string {
  return text
    .replace(RELAYS_CONSUMER.re, '')
    .replace(SHE_HE, (_m, space: string | undefined, verb: string | undefined, clitic: string | undefined) => {
      if (verb !== undefined) return `I${space}${THIRD_PERSON_VERBS[verb.toLowerCase()] ?? verb}`;
      if (clitic !== undefined) return `I${THIRD_PERSON_VERBS[clitic.toLowerCase()] ?? clitic}`;
      return 'I';
    })
    .replace(/\b(?:her|his)(?= (?:own|card|account|bank|checking|savings|debit|credit|bill|bills|money|husband|wife|son|daughter|phone|receipt|job|paycheck|check|social|address|income|rent|car|house|mother|father|family|payment|balance|loan|name|number|insurance|benefits|doctor|lawyer|attorney)\b)/gi, 'my')
    .replace(/\b(?:herself|himself)\b/gi, 'myself');
}
/** A stage note that the voice is in the background, not on the line. */
const IN_BACKGROUND = guarded(/^\s*[\[(](?:[^\])]*\b)?(?:in the background|in background|background(?: voice| noise)?)\b[^\])]*[\])]/i);

/** One who answers for the consumer's attorney: "Law Office of Reuben Castillo", "I'm a paralegal with Mr. Castillo's office". */
const SPEAKS_FOR_CONSUMER =
  guarded(/\b(?:law (?:office|offices|firm|group) of|(?:i'?m|i am|this is) (?:a |the )?(?:paralegal|legal assistant)|(?:i'?m|i am|this is) (?:her|his|their|the consumer'?s|\w+'s) (?:attorney|lawyer|counsel)|(?:represents?|representing) (?:ms\.?|mr\.?|mrs\.?|her|him|them|the consumer|[a-z]+ [a-z]+) (?:on|in|with|for) (?:this|that|the|all|her|his))\b/i);

/** The agent reads the consumer's own details out for a yes: "I've got your date of birth as March 14th, 1984. Is that right?" */
const READS_DETAILS_OUT =
  guarded(/\b(?:(?:i'?ve|i have|we have|we'?ve|i)(?: got)? your (?:date of birth|dob|birth ?date|birthday|(?:home |mailing |street )?address|social|ssn|last four|zip(?: code)?) (?:as|listed as|down as|is|at|:)|is your (?:date of birth|dob|birth ?date|birthday|(?:home |mailing |street )?address|social|last four|zip(?: code)?) (?:still )?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\[))/i);

/** The verified consumer says someone else can hear: on the speaker, a relative in the room. */
const OTHERS_LISTENING =
  guarded(/\b(?:you(?:'re| are) on (?:the )?speaker(?:phone)?|(?:i|we)(?:'ve| have)? got you on (?:the )?speaker|(?:i'?m|i am|we'?re|we are) on (?:the )?speaker(?:phone)?|(?:my \w+|someone|somebody|he|she|they)(?:'s| is| are) (?:right )?(?:here|sitting|standing) (?:with|next to|beside) me|my (?:son|daughter|husband|wife|mom|mother|dad|father|brother|sister|roommate|boyfriend|girlfriend|kids?) (?:is|'s|are) (?:listening|on the line|right here|in the room)|(?:i(?:'ve| have)? got|i'?m with|i am with|there(?:'s| is| are)) (?:[\w-]+ ){0,3}(?:people|guys|coworkers|co-workers|friends|folks|customers|crew|clients|company)(?: (?:right|sitting|standing|riding))?(?: here)? (?:with me|in the (?:truck|car|room|office|van|cab|shop)|around me|listening))\b/i);
/** The agent asks whether anyone else is there or listening. */
const ASKS_IF_OTHERS = guarded(/\b(?:is|are) (?:there )?(?:any ?one|any ?body|someone|somebody|others?) (?:else )?(?:there|with you|in the room|listening|on the (?:line|phone|speaker))\b[^.!]*\?|\bare you (?:alone|by yourself)\b[^.!]*\?/i);
/** The agent checks on the consumer's safety: "Are you safe right now?", "are you thinking about hurting yourself?" */
const SAFETY_CHECK = guarded(/\b(?:are you safe|safe right now|(?:hurt|hurting|harm|harming) yourself|somebody to be with you|someone to be with you)\b/i);
/** The answer that no one else is there. */
const NOBODY_ELSE = guarded(/^\W*(?:no\b|nope\b|nobody|no one|not (?:right now|anymore|now)|just me|only me|it'?s just me|i'?m alone|i'?m by myself|yes,? i'?m alone)/i);
/** Someone named as there: "Just Mrs. Patel from next door", "my husband", "my daughter's here". */
const SOMEONE_NAMED = guarded(/\b(?:(?:mr|mrs|ms|miss|dr)\.? [a-z]+|my (?:\w+ )?(?:son|daughter|husband|wife|mom|mother|dad|father|brother|sister|roommate|boyfriend|girlfriend|kids?|neighbou?r|friend|aunt|uncle|niece|nephew|grandson|granddaughter|caregiver|nurse|partner|cousin)|(?:a |the )?neighbou?r|from next door|(?:he|she|they)(?:'s| is| are) (?:here|right here|listening))\b/i);

/** The consumer says no one else hears any more. */
const ALONE_NOW = guarded(/\b(?:(?:i'?m|i am|you'?re|you are) off (?:the )?speaker|took you off (?:the )?speaker|it'?s just (?:me|us) (?:now|here)|i'?m (?:alone|by myself) now|(?:he|she|they)(?:'s| is| are| has| have) (?:gone|left|stepped out|out of the room))\b/i);

/** One who says they act for the estate: "I'm the executor", "the court appointed me", "letters testamentary". */
const ESTATE_REP_SAID =
  guarded(/\b(?:(?:i'?m|i am|i was)(?: the| his| her| their)? (?:executor|executrix|administrator|administratrix|personal representative)|(?:the )?(?:court|probate court|judge) appointed me|appointed (?:me )?(?:as )?(?:the )?(?:executor|administrator|personal representative)|letters (?:testamentary|of administration))\b/i);
/** One who says they are the consumer's spouse: "I'm his wife, Marisol", "calling for my husband". */
const SPOUSE_SAID = guarded(/\b(?:(?:i'?m|i am|i was) (?:his|her|their|the) (?:wife|husband|spouse|widow|widower)|(?:calling|here) (?:for|on behalf of) my (?:husband|wife|spouse))\b/i);
/** The consumer has died: "Marvin died in the spring", "she passed away in April". */
const CONSUMER_DIED = guarded(/\b(?:died|passed(?: away| on)?|deceased|lost (?:him|her) (?:in|last))\b/i);
/** The agent says a spouse may discuss the account: "with the account holder or their spouse". */
const SPOUSE_RULE_SAID = guarded(/\b(?:account ?holder|consumer|borrower|cardholder|customer|patient)(?: directly)? or (?:their|his|her|the) (?:spouse|husband|wife)\b|\bspouses? (?:counts?|are treated|is treated|can discuss|may discuss)\b|\bas (?:his|her|their) (?:spouse|wife|husband),? (?:i|we) can (?:discuss|talk|go over)\b/i);
/** The agent asks whether the one on the line acts for the estate. */
const ASKS_IF_ESTATE_REP = guarded(/\bare you (?:the |his |her )?(?:executor|executrix|administrator|personal representative)\b/i);
/** The agent has checked the estate's representative: "that matches the probate notice", "as the executor of the estate". */
const ESTATE_REP_CHECKED =
  guarded(/\b(?:(?:that|this|it|everything|all) (?:all )?match(?:es)? (?:the |our |what we have (?:from|in) the )?(?:probate|court|estate)|you(?:'re| are) (?:listed as |named as |the )?(?:executor|executrix|administrator|administratrix|personal representative)|as (?:the )?(?:executor|executrix|administrator|personal representative)(?: of| for)? (?:the|his|her|this) estate)\b/i);

/** The agent asks for the court's proof: "the probate cause number", "your letters testamentary". */
const PROBATE_PROOF_ASKED = guarded(/\b(?:(?:probate|case|cause|docket|court) (?:number|no\.?|#)|letters (?:testamentary|of administration))\b/i);
const BARE_MATCH = guarded(/^\W*(?:(?:thank you|thanks|okay|great|perfect)[,.!]? )?(?:that|it|everything)(?: all)? match(?:es)?\b/i);
/** The agent checks a power of attorney (or guardianship) on file: "that matches the power of attorney we have on file". */
const POA_CHECKED =
  guarded(/\b(?:(?:that|this|it|everything)(?: all)? match(?:es)? (?:the |our )?(?:durable )?(?:power of attorney|poa|guardianship|conservatorship)|(?:you(?:'re| are) (?:listed|named|on file) as (?:her|his|their|the) (?:agent|attorney-in-fact|power of attorney|poa|guardian|conservator)))\b/i);

/** The agent finds the one on the line may stand for the consumer, and says so. */
const CAPACITY_CONFIRMED = guarded(
  /\b(?:since|because|as|now that)\b(?:[^.?!]|\b(?:mr|ms|mrs|dr)\.){0,40}\byou(?:'re| are) (?:his|her|their|the|[a-z]+'s) (?:legal )?(?:spouse|wife|husband|parent|mother|mom|father|dad|legal guardian|guardian|conservator|executor|executrix|administrator|personal representative|agent|attorney-in-fact)\b(?:[^.?!]|\b(?:mr|ms|mrs|dr)\.){0,40}\b(?:(?:i|we) (?:can|may|am able to|are able to|am allowed to|are allowed to)|(?:rules?|laws?|regulations?|reg f) (?:let|lets|allow|allows|permit|permits) (?:me|us)(?: to)?) (?:discuss|go over|talk (?:about|over|with you about)|speak (?:with you )?about|review)\b|\b(?:power of attorney|poa|letters of guardianship|guardianship(?: order| papers)?|conservatorship)\b(?:[^.?!]|\b(?:mr|ms|mrs|dr)\.){0,80}\b(?:naming|names|lists|listing|appointing|appoints) you as\b(?:[^.?!]|\b(?:mr|ms|mrs|dr)\.){0,60}\b(?:i|we) (?:can|may)\b/i,
);
/** The agent offers, with the consumer's leave, to bring someone in or talk with them: "if you authorize it I can talk with them", "I can conference them in". */
const OFFERS_THIRD_PARTY = guarded(/\b(?:conference (?:them|him|her|your \w+(?: \w+)?) in|(?:patch|bring|get) (?:them|him|her) (?:in|on the line)|if you authori[sz]e (?:it|that|me|us),? (?:i|we) (?:can|could) (?:talk|speak|work|deal) (?:with|to) (?:them|him|her))\b/i);
/** A yes that takes an offer up: "Oh, could you?", "That'd be so much easier", "Please do". */
const TAKES_OFFER = guarded(/\b(?:could you|would you|can you|please do|that would be (?:so much |a lot |way )?(?:easier|great|better|helpful)|that'?d be (?:so much |a lot |way )?(?:easier|great|better|helpful))\b/i);
/** A guardianship or power of attorney the agency holds for the one on the line: "We have your letters of guardianship on file for Dennis". */
// "I see a durable power of attorney received February 17th naming Karen Lyle as agent" too.
const SURROGATE_ON_FILE = guarded(/\b(?:we have|we've got|we received|on file|i see|i have|i show|i'?m showing|i am showing)\b[^.?!]{0,30}\b(?:your )?(?:letters of guardianship|guardianship (?:order|papers|letters)|conservatorship (?:order|papers|letters)|(?:durable )?power of attorney)\b[^.?!]{0,40}\b(?:on file|for|received|naming|names|approved)\b/i);

/** The agent finds the one who answered liable on the account: "you're listed as the co-borrower", "you're a joint account holder". */
const CO_OBLIGOR_SAID =
  guarded(/\byou(?:'re| are)(?: also)? (?:listed |named |on file |shown |on the account |on the loan )?(?:as )?(?:a |the |an )?(?:co-?(?:signer|borrower|maker|applicant|obligor|owner|buyer|debtor)|joint (?:account ?holder|holder|borrower|owner|obligor|debtor)|guarantor)\b|\byou (?:co-?signed|guaranteed) (?:the|this|that) (?:loan|account|lease|note|contract)\b/i);

/** The agent says the details given do not match the consumer's. */
const MISMATCH_SAID =
  guarded(/\b(?:(?:does|did)(?:n'?t| not) match (?:the |what |our |my )?(?:information|info|records?|details|what (?:i|we) have|(?:i|we) have on file|on file)|(?:can'?t|cannot|unable to|could(?:n'?t| not)) (?:verify|confirm) (?:you|your identity|that you are)|not the (?:person|one) (?:i am|i'm) (?:looking for|trying to reach))\b/i);

/** The consumer says no lawyer acts for them on this debt. */
const NO_LAWYER_HERE =
  guarded(/\b(?:that|it|he|she)(?: was|'s| is)? (?:all )?over (?:in|back in) '?\d{2,4}\b|\bi (?:have not|haven'?t) (?:talked|spoken) to (?:him|her|them)(?: in (?:years|ages|forever)| since)\b|\b(?:he|she|they|that|it)(?:'s| is| are| was)? not (?:my|our|her|his|their) (?:lawyer|attorney)(?! (?:anymore|any more|for (?:this|that)))\b|\b(?:just|only) (?:gives?|gave|giving) (?:me |us )?(?:some |free )?advice\b|\bi (?:handle|am handling|will handle|deal with|am dealing with) (?:it|this|that) (?:myself|on my own)\b|\bno (?:lawyer|attorney)(?: is)?(?: on| for| handling)? (?:this|that)(?: one| account| debt| card| bill)?\b|\b(?:nobody|no one|no lawyer|no attorney)(?:'s| is)? (?:representing|repping) (?:me|us)\b|\b(?:she|he|they|my (?:lawyer|attorney))(?: has| have| had)? nothing to do with (?:this|that)\b|\b(?:is not|isn't|was not|wasn't|not) (?:representing|handling) (?:me )?(?:on|for|with) (?:this|that)\b|\b(?:is not|isn't|not) (?:dealing with|handling|involved (?:in|with)|on) (?:any of )?(?:the|this|that|my|these|those) (?:credit cards?|cards?|accounts?|debts?|bills?|loans?)\b|\b(?:my|the|her|his) (?:divorce|criminal|immigration|custody|estate|injury|traffic|family) (?:lawyer|attorney)\b|\b(?:only|just) (?:for )?(?:immigration|the green card|my green card|the divorce|my divorce|custody|my custody case)\b|\b(?:nobody|no one) (?:helps|is helping|represents|is representing) (?:me|us) (?:with|on) (?:this|that)\b|\b(?:she|he|they|that|it)(?:'s| is| are| was)? (?:(?:just|only) (?:for |handling |doing |on )?|for |handling )(?:the |my )(?:divorce|custody|criminal|immigration|estate|injury|accident|traffic|dui|eviction)\b|\b(?:she|he|they)(?:'s| is| are)? not (?:touching|handling|doing|involved in|working on) (?:any of )?(?:this|that|it|these|those)\b|\bnot (?:like )?(?:hired|retained)\b|\b(?:he|she) (?:just |only |mostly )?(?:does|handles|is in) (?:the court filings?|court filings?|the probate(?: filing)?|probate|the filings?|real estate|closings|wills|divorces?|immigration|taxes|estate planning|contracts|personal injury)\b|\bi (?:do not|don'?t|did not|didn'?t) (?:actually |really |even )?(?:have|hire|retain|got) (?:a |an |any )?(?:lawyer|attorney)\b/i);

/**
 * The acts of sentence `i` of a turn of several, classified on first need with the turn's context:
 * by the rules alone when `byRules` (the layer that names the words), else by the full classifier.
 */
function sentenceAct(call: AnnotatedCall, turn: AnnotatedTurn, i: number, byRules: boolean): readonly Act[] {
  const cache = turn.sentenceCache!;
  const acts = byRules ? cache.ruleActs : cache.acts;
  let found = acts[i];
  if (found === undefined) {
    const speaker = turn.speaker === 'agent' ? 'agent' : 'customer';
    const classify = byRules ? call.classify.byRules! : call.classify;
    found = acts[i] = classify({ text: cache.spans[i]!.text, speaker, context: turn.context });
  }
  return found;
}

/** The sentences of a turn, split once and kept on the turn. */
export function spansOf(turn: AnnotatedTurn): Span[] {
  if (!turn.sentenceCache) {
    const spans = sentences(turn.text);
    turn.sentenceCache = { spans, acts: new Array<readonly Act[] | undefined>(spans.length), ruleActs: new Array<readonly Act[] | undefined>(spans.length) };
  }
  return turn.sentenceCache.spans;
}

/** The customer-side line turn `turn` answers: the last spoken line before it, when it is not the agent's. */
export function previousCustomerTurn(call: AnnotatedCall, turn: AnnotatedTurn): AnnotatedTurn | null {
  for (let i = turn.index - 2; i >= 0; i--) {
    const t = call.turns[i]!;
    if (t.speaker === 'system') continue;
    return t.speaker === 'customer' || t.speaker === 'third_party' ? t : null;
  }
  return null;
}

/** True when `acts` carries one of `wanted` (both lists are a handful long). */
export function hasAny(acts: readonly string[], wanted: readonly string[]): boolean {
  for (const a of acts) if (wanted.includes(a)) return true;
  return false;
}

/** The words of a turn that carry one of `wanted`: the sentence that does, else the turn, clipped. */
export function quoteActs(call: AnnotatedCall, turn: AnnotatedTurn, wanted: readonly string[]): string {
  const spans = spansOf(turn);
  if (spans.length > 1 && turn.speaker !== 'system') {
    // Sentences are read in order only until one carries the act: the rest are not needed. The
    // rules, which name the words that carry an act, are asked first; the whole classifier (the
    // model reads the words as a whole) only when no sentence carries it by rule.
    const passes = call.classify.byRules ? [true, false] : [false];
    for (const byRules of passes) {
      for (let i = 0; i < spans.length; i++) {
        if (hasAny(sentenceAct(call, turn, i, byRules), wanted)) return clip(spans[i]!.text);
      }
    }
  }
  return clip(turn.text);
}

/**
 * Every sentence of a turn that carries one of `wanted`, by the rules or by the whole classifier,
 * unclipped; the whole turn when it is one sentence or no sentence carries the act alone.
 */
export function sentencesCarrying(call: AnnotatedCall, turn: AnnotatedTurn, wanted: readonly string[]): string[] {
  const spans = spansOf(turn);
  if (spans.length > 1 && turn.speaker !== 'system') {
    const found = spans
      .filter((_, i) => (call.classify.byRules && hasAny(sentenceAct(call, turn, i, true), wanted)) || hasAny(sentenceAct(call, turn, i, false), wanted))
      .map((s) => s.text);
    if (found.length > 0) return found;
  }
  return [turn.text];
}

/** The sentence of a turn that holds the words at [start, end), clipped around them. */
export function quoteAt(turn: AnnotatedTurn, start: number, end: number): string {
  for (const span of spansOf(turn)) {
    const spanEnd = span.start + span.text.length;
    if (start >= span.start && start < spanEnd) {
      return clip(span.text, start - span.start, Math.min(end, spanEnd) - span.start);
    }
  }
  return clip(turn.text, start, end);
}

/** The words of a turn from `start` to `end`: the sentence when they share one, else the stretch between them, clipped. */
export function quoteSpan(turn: AnnotatedTurn, start: number, end: number): string {
  for (const span of spansOf(turn)) {
    const spanEnd = span.start + span.text.length;
    if (start >= span.start && end <= spanEnd) return clip(span.text, start - span.start, end - span.start);
  }
  return clip(turn.text, start, end);
}

/**
 * The consumer's own words: the consumer's, or those of one who answered and was found liable on
 * the account, or of one the verified consumer let speak for them ("Talk to her, she handles everything").
 */
export function isConsumer(t: AnnotatedTurn): boolean {
  return t.speaker === 'customer' || (t.speaker === 'third_party' && (t.state.obligorOnLine || t.state.interpreterOnLine || (t.state.rpcVerified && t.state.listenerConsented)));
}
