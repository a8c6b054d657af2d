import { guarded } from '../language/guarded-pattern.ts';
import { offersCall } from '../language/classify.ts';
import { normalize } from '../language/normalize.ts';
import { hasAny, isConsumer, previousCustomerTurn, quoteActs, quoteAt, type AnnotatedCall, type AnnotatedTurn } from './annotate.ts';
import { dayOfMonth, DISPUTE_SAID, findDate, findMethod, FULL_BALANCE, moneyIn, NO_SETTLEMENT, numbersIn, ORDINAL_WORD } from './words.ts';
import type { Act } from '../language/acts.ts';

/**
 * What the call ended with (CONTRACT.md score report `outcome`), read from the annotated
 * turns, never from the agent's own record: the record is what the trainee filed, and
 * whether it matches the call is itself scored.
 */

/** The outcomes of CONTRACT.md, in the order they take precedence. */
export const OUTCOMES = [
  'wrong_party',
  'attorney_referral',
  'cease_acknowledged',
  'settlement',
  'payment_plan',
  'promise_to_pay',
  'dispute_logged',
  'callback_scheduled',
  'no_agreement',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcome and the turn and words that decided it (none for `no_agreement`). */
export interface OutcomeResult {
  outcome: Outcome;
  turn: number | null;
  evidence: string | null;
}

const PAYMENT_ASKS = ['request_full_payment', 'offer_payment_plan', 'offer_settlement', 'secure_commitment'] as const;
/**
 * "Okay", "sure, let's do that": an agreement when it answers a payment proposal. Spanish yeses
 * too: "Sí, correcto." answers a recap read back to a Spanish speaker.
 */
const AGREEMENT = guarded(/^\W*(?:yes|yeah|yep|yup|ok(?:ay)?|sure|alright|all right|aight|ight|a'ight|cool|bet|fine|deal|sounds good|that works|let'?s do (?:it|that)|i can do that|sí|si|claro|correcto|está bien|esta bien|de acuerdo|vale)(?![\p{L}])/iu);
const NEGATION = guarded(/\b(?:no|not|can'?t|cannot|won'?t|don'?t)\b/i);
const SETTLEMENT_WORDS = guarded(/\b(?:(?:take|accept) (?:it|that|this|\$[\d,.]+) as (?:payment|paid) in full|(?:settle|settles|settled|settling)(?! (?:down|into|back|on)\b| in\b(?! full))|set+le?ment|lump[- ]sum|discount(?:ed)?|reduced (?:balance|amount|payoff)|percent off|paid in full for|in full satisfaction|for less|close (?:it|this|the account) out for|knock(?:ed)? (?:it|that|this|the balance|your balance) down to|\d+ ?(?:%|percent) of (?:the|your) (?:balance|total|amount))\b|% off/i);
const PLAN_WORDS = guarded(/\b(?:payment plan|instal?lments?|(?:(?<!\b(?:about|in|within|for|after|than|over|under|like|only|just|half|least|once) )a|per|each|every) (?:month|week|two weeks|other week|pay ?check|pay ?day)|every (?:other )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:on )?the \w+ of (?:each|every) month|(?:monthly|weekly|bi-?weekly)(?! (?:update|updates|report|reports|reporting|statement|statements|cycle|billing|newsletter|email))|until (?:the balance is|it'?s|it is) paid(?: off| in full)?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: more| future| monthly| weekly| equal)? (?:payments|instal?lments)|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: post-?dated| dated)? (?:checks|cheques|drafts|debits)|(?:the|your) first (?:payment|instal?lment|draft)(?! (?:of|on) (?:the|your) (?:settlement|balance in full))|the first one (?:on |be |come out |go out )?(?:(?:this|next) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:start|starting|begin|beginning) (?:this|next) month)\b/i);
// The agent's own callback: "you said you'd call back in May" reports the consumer's, and so does
// "give us a call back".
const CALLBACK_WORDS = guarded(/\b(?<!\byou'?d |\byou would |\byou will |\byou'll |\bhe'?ll |\bshe'?ll |\bthey'?ll |\b(?:welcome|free) to |\byou can (?:always |just )?|\byou could |\bgive (?:us|me) a |\bif you (?:want|wish|need|would like|'d like|decide|choose) to |\bwhen(?:ever)? you (?:want|are ready|'re ready) to |\byou(?:'?d| would| will|'ll)? (?:just )?(?:have|need) to )(?:call (?:you (?:both |two |all )?back|u back|ya back|back(?! (?:in )?(?:when|whenever|once|if|anytime|any time) (?:you|you'?re|you are|ready)\b))|callback|(?<!\b(?:nobody|no one|anyone|anybody) (?:has|needs|will have|would have) to )call you (?:again |back )?(?:later|tomorrow|on|at(?! all\b)|this|next|around|then|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d+(?:st|nd|rd|th)?)|better time (?:to|i can|we can|for me to|for us to) (?:call|reach)|(?:i'?ll|i will|let me) (?:put|pencil|mark|write) you down for (?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b|when(?:'s| is) (?:a )?(?:good|best|better)(?: time| day)? for (?:me|us) to (?:try|call|reach|ring) you|set (?:up )?a time to (?:talk|call|speak|go over)|gives? you a (?:call|ring) (?:on|at|next|this|in|around|to check|then)|check (?:back )?in with you (?:on|at|next|this|in)|check back with you\b(?! (?:about|on) (?:the|your) (?:payment|card))(?![^.?!]*\?)|(?:called|calls) you (?:after (?:that|the|this)|in (?:a|an|two|three|\d+) (?:weeks?|days?|months?))|(?:talk|speak) (?:to|with) you (?:again )?(?:(?:tomorrow|tonight|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day) )?at \d{1,2}(?::\d\d)?|(?:talk|speak) (?:to|with) you (?:again )?(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=\s*[.!]|\s*$))\b/i);

/** The agent's own call to the consumer, set for a time: "I'll note a callback for him", "we'll call her back Thursday", "I'll call this number Thursday at 10:30". */
const BOOKS_CALL_FOR_CONSUMER =
  guarded(/\b(?:(?:i'?ll|i will|we'?ll|we will|i can|we can|let me) (?:note|set up|schedule|book|put (?:in|down)|make a note of) (?:a|the) (?:call ?back|call)|(?:i'?ll|i will|we'?ll|we will) (?:call|try|ring) (?:him|her|them)(?: back)?\b(?! (?:later|sometime|another time))|(?:i'?ll|i will|we'?ll|we will) (?:call|try|ring) (?:this|that|the same|your) (?:same )?(?:number|line|phone|cell|home (?:phone|number))\b(?! (?:later|sometime|another time))|i have (?:a )?call ?back (?:set|scheduled|noted))/i);

/** The agent's call back to the one on the line: "I'll try you at 312-555-0186 after 5:30". */
// "Tomorrow, Wednesday, at 5:30 p.m., on 262-555-0119. I'll talk to you then.": the time set for the next call.
const CALLS_YOU_BACK = guarded(/\b(?:i'?ll|i will|we'?ll|we will) (?:(?:call|try|ring|reach) you (?:back )?|(?:talk|speak) (?:to|with) you )(?:at|on|after|around|tomorrow|tonight|this|then)\b/i);
/** The one on the line will call the agent back: "I'll call you back Friday", "I'll have him call you". */
const WILL_CALL_BACK = guarded(/\b(?:i|we|he|she|they)(?:'ll| will| can) (?:have (?:him|her|them) )?(?:call|ring|phone|get back to) you\b|\bcall you back\b/i);


/** The consumer's own line asks to be called: the time the agent then sets is theirs. */
function askedForCall(turn: AnnotatedTurn | null): boolean {
  return turn !== null && turn.speaker === 'customer' && turn.acts.includes('requests_callback');
}

/** Detects the outcome of an annotated call. */
export function detectOutcome(call: AnnotatedCall): OutcomeResult {
  const verified = call.final.rpcVerified;
  const side = call.turns.filter((t) => t.speaker === 'customer' || t.speaker === 'third_party');

  if (!verified) {
    // The consumer was never reached: a wrong number, or someone else who answered.
    const wrong = side.find((t) => t.acts.includes('wrong_party'));
    if (wrong) return at(call, wrong, ['wrong_party'], 'wrong_party');
    // "This is Eleanor." … "[taking the phone] Hi, this is her daughter": the consumer answered, named
    // herself, and someone else took over: the call reached the right party, unverified.
    const found = side.find((t) => t.speaker === 'third_party' || t.acts.includes('third_party'));
    const answeredFirst = found !== undefined && found.speaker === 'third_party' && side.some((t) => t.index < found.index && t.speaker === 'customer' && t.acts.includes('confirms_identity') && !t.acts.includes('third_party'));
    const other = answeredFirst ? undefined : found;
    // Someone who knows the consumer may settle when the agent calls back ("I'll note a callback
    // for Anthony this Thursday, between 5:30 and 6:30"); "have him call me back" books nothing.
    if (other) {
      // Or the consumer came to the phone ("This is Tom.") and the call is set with them ("I'll try you at
      // 312-555-0186 after 5:30"), before any verification.
      const booked = call.agentTurns.find(
        (t) =>
          t.index > other.index &&
          // "I'll try him again after five-thirty" is the agent's own plan; a time set in figures or a day books one.
          (((findDate(t.text) !== null || CLOCK_FIGURES.test(t.text)) &&
            (BOOKS_CALL_FOR_CONSUMER.test(t.text) || (CALLS_YOU_BACK.test(t.text) && previousCustomerTurn(call, t)?.speaker === 'customer'))) ||
            // "Just... call me after lunch. One-thirty?" "One-thirty this afternoon, your time, at this number.": the consumer's own time, set.
            ((findDate(t.text) !== null || CLOCK_TIME.test(t.text)) && ON_THIS_NUMBER.test(t.text) && askedForCall(previousCustomerTurn(call, t)))),
      );
      // Or they will call back themselves, at a time the agent takes on ("I'll call you back Friday").
      const theirs = booked
        ? undefined
        : side.find((t) => t.index >= other.index && t.acts.includes('requests_callback') && WILL_CALL_BACK.test(t.text) && findDate(t.text) !== null && agentTookOn(call, t.index));
      if (theirs) return at(call, theirs, ['requests_callback'], 'callback_scheduled');
      if (booked) {
        const m = (BOOKS_CALL_FOR_CONSUMER.exec(booked.text) ?? CALLS_YOU_BACK.exec(booked.text) ?? ON_THIS_NUMBER.exec(booked.text))!;
        return { outcome: 'callback_scheduled', turn: booked.index, evidence: quoteAt(booked, m.index, m.index + m[0].length) };
      }
      return at(call, other, ['third_party'], 'wrong_party');
    }
  }
  // An attorney named is the outcome once the agent takes it on ("can I get her name and
  // number?"); pressed on and hung up on, the call reached nothing.
  if (call.final.attorneyAt !== null && attorneyTakenOn(call, call.final.attorneyAt)) return atIndex(call, 'attorney_referral', call.final.attorneyAt, ['has_attorney']);
  // An attorney on record that the agent honours ("because you're represented, we go through her").
  // …unless the consumer says the lawyer no longer acts for them ("I'm not with her anymore … I cancelled it").
  if (call.context.attorney_on_record === true && !call.turns.some((t) => isConsumer(t) && LAWYER_ENDED.test(t.text))) {
    const referred = call.agentTurns.find((t) => t.state.rpcVerified && t.acts.includes('acknowledge_attorney') && !hasAny(t.acts, PRESSING));
    if (referred) return at(call, referred, ['acknowledge_attorney'], 'attorney_referral');
  }
  // A customer who agreed to pay and asked for fewer calls ("only call this number, not my work")
  // ends with the agreement; the cease request is the compliance rules' business.
  const agreement = lastAgreement(call);
  // A cease request or a dispute is the outcome once the agent takes it on; one the agent talks
  // over is a violation (CEASE_IGNORED, DISPUTE_IGNORED), not an outcome the call reached.
  // "Please don't call me here, this is the work line" … "Wednesday at 6 p.m., on your cell": the place
  // limited and a call booked elsewhere is the callback, not an end to contact.
  const ceaseTurn = call.final.ceaseAt === null ? undefined : call.turns[call.final.ceaseAt - 1];
  const placeOnly = ceaseTurn !== undefined && PLACE_LIMITED.test(ceaseTurn.text) && !ALL_CONTACT.test(ceaseTurn.text) && callElsewhereBooked(call, call.final.ceaseAt!);
  if (call.final.ceaseAt !== null && !agreement && !placeOnly && agentAnswered(call, call.final.ceaseAt, 'acknowledge_cease_request')) {
    return atIndex(call, 'cease_acknowledged', call.final.ceaseAt, ['requests_cease']);
  }
  // "I want that in writing before I send a dime" … "Thursday after five. I'll call then and we can go
  // over how you'd like to pay": a sum agreed, but the paying itself left to a call booked for it.
  const payingLeftToCall = agreement && call.agentTurns.find((t) => t.index > agreement.index && PAYING_LEFT_TO_CALL.test(t.text) && (callbackBooked(call, t.index - 1) || (/\b(?:call|ring|reach)\b/i.test(t.text) && (findDate(t.text) !== null || CLOCK_TIME.test(t.text)))));
  // A way to pay the consumer chose, or one read back as the terms, means the paying was settled after all.
  if (payingLeftToCall && !call.turns.some((t) => t.index >= agreement!.index && (isConsumer(t) || t.acts.includes('recap_terms')) && findMethod(t.text) !== null)) {
    const m = PAYING_LEFT_TO_CALL.exec(payingLeftToCall.text)!;
    return { outcome: 'callback_scheduled', turn: payingLeftToCall.index, evidence: quoteAt(payingLeftToCall, m.index, m.index + m[0].length) };
  }
  if (agreement) return { outcome: agreementKind(call, agreement), turn: agreement.index, evidence: quoteActs(call, agreement, ['agrees_to_pay']) };

  // "You're right, I see your payment of $534 from the 17th": a paid-already claim borne out
  // leaves nothing in dispute.
  // "I thought insurance covered that … I'd rather check with Anthem first. Call me Tuesday": a doubt
  // the consumer goes to settle before a callback; the callback is what the call reached.
  // So do a missed notice and a sum that "seems high", to be looked at before paying anything.
  const doubtThenCallback = call.final.disputeAt !== null && (isDoubt(call.turns[call.final.disputeAt - 1]!.text) || onlyQueried(call)) && callbackBooked(call, call.final.disputeAt);
  if (call.final.disputeAt !== null && !doubtThenCallback && disputeTakenOn(call, call.final.disputeAt) && !paymentBorneOut(call, call.final.disputeAt)) {
    return atIndex(call, 'dispute_logged', call.final.disputeAt, ['disputes_debt']);
  }
  // "That electric bill went in my bankruptcy … Got the discharge paper" … "I'm recording that you
  // dispute this balance because it was discharged": a discharge claimed, and logged as a dispute.
  if (call.final.disputeAt === null) {
    const claim = call.turns.find((t) => isConsumer(t) && t.acts.includes('bankruptcy') && DISCHARGE_CLAIMED.test(t.text));
    const logged = claim && call.agentTurns.find((t) => t.index > claim.index && t.acts.includes('handle_dispute') && DISPUTE_RECORDED.test(t.text) && !hasAny(t.acts, PRESSING));
    if (logged) return at(call, logged, ['handle_dispute'], 'dispute_logged');
  }

  // Likewise a callback the consumer asks for is booked once the agent takes it on, not when the
  // agent presses on and the consumer hangs up.
  // "Can I just call you guys back?" with no day or hour sets nothing: the consumer will call when
  // they call.
  // "Heads up, you're on speaker, I'm driving" says why not now, and asks for no call.
  // "I'm at work, my boss doesn't let us take personal calls" counts once the agent asks for a better time.
  const askedCallback = side.find(
    (t) =>
      t.acts.includes('requests_callback') &&
      (ASKS_FOR_A_CALL.test(t.text) || agentAsksForATime(call, t) || agentOfferedCall(call, t)) &&
      agentTookOn(call, t.index) &&
      !callsUsWhenever(call, t) &&
      !leftOpen(call, t) &&
      !lastTimeTurnedDown(call, t),
  );
  if (askedCallback) return at(call, askedCallback, ['requests_callback'], 'callback_scheduled');
  // "I'll note that you'll be calling in tomorrow, the 14th, around 10 a.m.": the consumer's own
  // call, set for a day and an hour the agent writes down.
  const callIn = call.agentTurns.find((t) => CONSUMER_CALL_SET.test(t.text) && findDate(t.text) !== null && CLOCK_TIME.test(t.text));
  if (callIn) {
    const m = CONSUMER_CALL_SET.exec(callIn.text)!;
    return { outcome: 'callback_scheduled', turn: callIn.index, evidence: quoteAt(callIn, m.index, m.index + m[0].length) };
  }
  // "Thursday the 16th at 12:30, Arizona time, on this same number": a day, an hour and the number set for a call.
  const slotSet = call.final.voicemail ? undefined : call.agentTurns.find((t) => setsCallTime(t.text) && !hasAny(t.acts, PRESSING) && !turnedDown(call, t));
  if (slotSet) {
    const m = ON_THIS_NUMBER.exec(slotSet.text)!;
    return { outcome: 'callback_scheduled', turn: slotSet.index, evidence: quoteAt(slotSet, m.index, m.index + m[0].length) };
  }
  // "Is there a better time tomorrow I can reach you?" … "Tomorrow, lunchtime. Like twelve-fifteen."
  // "Twelve-fifteen tomorrow, your time.": the time asked for, given and read back.
  const readBack = call.final.voicemail ? undefined : call.agentTurns.find((t) => findDate(t.text) !== null && CLOCK_TIME.test(t.text) && !hasAny(t.acts, PRESSING) && !turnedDown(call, t) && timeAskedAndGiven(call, t));
  if (readBack) {
    const m = CLOCK_TIME.exec(readBack.text)!;
    return { outcome: 'callback_scheduled', turn: readBack.index, evidence: quoteAt(readBack, m.index, m.index + m[0].length) };
  }
  if (!call.final.voicemail) {
    for (const t of call.agentTurns) {
      const m = CALLBACK_WORDS.exec(t.text);
      // "No payment was made and no callback is set" books nothing.
      // "You don't have to remember to call back": no call is set either.
      if (m && /\b(?:no|not|never|without)\b[^.,;]{0,14}$|n't (?:have|need) to (?:\w+ )?(?:to )?$/i.test(t.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "I don't want you calling me anymore." … "I'll check back with you next week": the agent's own plan, over a cease request, books nothing.
      if (m && call.final.ceaseAt !== null && t.index > call.final.ceaseAt && !side.some((x) => x.index > call.final.ceaseAt! && x.acts.includes('requests_callback'))) continue;
      // "Returning the callback from the 26th", "You asked me to call back Tuesday afternoon": the call booked last time, now made.
      if (m && PAST_CALLBACK.test(t.text.slice(Math.max(0, m.index - 30), m.index + m[0].length))) continue;
      // "We'll call you later" with no day or hour from there on sets no call.
      if (m && /\blater\b/i.test(m[0]) && !call.turns.some((x) => x.index >= t.index && x.speaker !== 'system' && (findDate(x.text) !== null || CLOCK_TIME.test(x.text) || SOME_TIME.test(x.text)))) continue;
      if (m && !leftOpen(call, t) && !turnedDown(call, t)) return { outcome: 'callback_scheduled', turn: t.index, evidence: quoteAt(t, m.index, m.index + m[0].length) };
    }
  }
  return { outcome: 'no_agreement', turn: null, evidence: null };
}

/**
 * A request to be called some other time that never got a time: the agent asks "What's a better
 * time to reach you?" and hears "I'll call you guys. Bye." No day or hour is named from the request
 * on, and the agent never says they will call back.
 */
function leftOpen(call: AnnotatedCall, request: AnnotatedTurn): boolean {
  const after = call.turns.filter((t) => t.index >= request.index && t.speaker !== 'system');
  // "Could you do half of that on Friday?": a day asked for a payment sets no call; "Maybe tonight,
  // or... I don't know. Just try me later" names no time either.
  // "Later this week sometime? Or next week.": an alternative to a hedged time is hedged too.
  // "Just generally, would evenings be better than daytime?" "Probably. I gotta go.": a time asked about, none set.
  // "Just don't call me tomorrow, I'm on a job site": a day ruled out sets no time.
  const timed = (text: string, asking = false) => {
    let hedged = false;
    return text.split(/(?<=[.!?])\s+/).some((sentence) => {
      const x = DAY_RULED_OUT.replace(sentence, ' ');
      hedged = HEDGED_TIME.test(x) || (hedged && /^\W*or\b/i.test(x));
      return !hedged && !(asking && /\?\s*$/.test(x) && ASKS_WHICH_TIME_SUITS.test(x)) && (findDate(x) !== null || CLOCK_TIME.test(x) || SOME_TIME.test(x));
    });
  };
  if (after.some((t) => !(t.speaker === 'agent' && hasAny(t.acts, PRESSING)) && timed(t.text, t.speaker === 'agent'))) return false;
  // "We'll try you later, then": a call promised at no time sets none.
  if (after.some((t) => t.speaker === 'agent' && TRY_LATER.test(t.text))) return true;
  const last = after.filter((t) => t.speaker !== 'agent').pop();
  // "What's a better time to reach you?" "Not at work. Ever. [click]": no time given, the call refused.
  if (last !== undefined && last.index > request.index && (REFUSES_CALL.test(last.text) || NEVER_AGAIN.test(last.text))) return true;
  // "When's a better time?" "I don't know, man. Next week sometime. I gotta go.": the time left vague, and none set after it.
  // "Later this week sometime? Or next week. I'll— yeah. Sometime." "Would evenings be better?" "Probably. I gotta go.": the same.
  const vague = after.find((t) => t.speaker !== 'agent' && t.index > request.index && VAGUE_WHEN.test(t.text));
  if (vague !== undefined && !after.some((t) => t.index >= vague.index && timed(t.text, t.speaker === 'agent'))) return true;
  if (after.some((t) => t.speaker === 'agent' && WILL_CALL_BACK.test(t.text))) return false;
  // "Call my cell some other time, I don't know. Not here.": a call asked for at no time, and none set.
  if (VAGUE_WHEN.test(request.text) && !after.some((t) => t.speaker === 'agent' && (CALLBACK_WORDS.test(t.text) || CALLS_YOU_BACK.test(t.text)))) return true;
  // "Call me in a couple weeks, maybe." "You can reach us at 314-555-0176 any time before then.": the
  // agent leaves the call to the consumer and sets none of their own.
  if (after.some((t) => t.speaker === 'agent' && GIVES_OWN_NUMBER.test(t.text)) && !after.some((t) => t.speaker === 'agent' && CALLBACK_WORDS.test(t.text))) return true;
  return last !== undefined && CONSUMER_CALLS_US.test(last.text);
}
/** The consumer's offer, sent on: "send it up", "submit it", "run it by them". */
const SENDS_OFFER_UP = guarded(/\b(?:send it (?:up|over|in|on)|submit it|put it (?:in|through|up)|run it by (?:them|the client|your (?:boss|supervisor|manager))|go ahead and (?:submit|send|ask|run)(?: it)?|see what they say)\b/i);
/** The agent takes an offer to whoever decides: "I can put your offer in front of the client", "they make the call". */
const FOR_APPROVAL = guarded(/\b(?:i am|i'?m) not (?:able|allowed|authori[sz]ed) to (?:approve|accept|agree to) (?:a |that |this |the )?(?:settlement|offer|amount)\b[^.?!]*(?:[.?!]\s*)?[^.?!]*\b(?:take|bring|send|run|submit) (?:it|that|this) (?:to|by|past) (?:the client|the creditor|my (?:supervisor|manager)|them)\b|\b(?:put|take|bring|send|submit|run|present) (?:your|the|that|this) (?:offer|counter(?:-?offer)?|number|proposal)(?: \w+)? (?:in front of|to|by|up to|past) (?:the client|my (?:supervisor|manager|boss)|the creditor|them|management)\b|\b(?:they|the client|the creditor|my (?:supervisor|manager)) (?:make|makes|has to make|decide|decides|has to approve|would have to approve|needs to approve) (?:the call|it|on it|that)\b|\bsubmit (?:it|that|your offer) for (?:approval|review)\b/i);
/** A day the call must not come: "don't call me tomorrow", "not Friday". */
const DAY_RULED_OUT = guarded(/\b(?:don'?t|do not|not|never|can'?t|cannot|won'?t)\s+(?:to\s+)?(?:(?:call|ring|try|phone|contact|bother)\s+(?:me\s+)?(?:back\s+)?)?(?:on\s+)?(?:today|tonight|tomorrow|this week(?:end)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i);
/** No call wanted again, ever: "Not at work. Ever.", "never". */
const NEVER_AGAIN = guarded(/\b(?:not (?:at|on) \w+[,.]? ever|ever again|never)\b/i);
/** The agent asks what sort of time suits, setting none: "Just generally, would evenings be better than daytime?" */
const ASKS_WHICH_TIME_SUITS = guarded(/^\W*(?:just )?(?:generally|in general|usually)\b|\bwould (?:\w+ )?be better\b/i);
const VAGUE_WHEN = guarded(/\b(?:some ?(?:other )?time|another time|i (?:don'?t|do not) know(?: when)?|whenever)\b/i);
const TRY_LATER = guarded(/\b(?:try|call|reach|ring) you (?:back )?(?:again )?later\b(?! (?:today|tonight|this (?:afternoon|evening)|at|on|around)\b)/i);
const HEDGED_TIME = guarded(/\b(?:maybe|i (?:don'?t|do not) know|not sure|or so|whenever|sometime|some time)\b/i);
/** The consumer's next words refuse what the agent just proposed: "Don't bother. I'm done with this call.", "No, go ahead." */
function turnedDown(call: AnnotatedCall, proposal: AnnotatedTurn): boolean {
  const reply = call.turns.find((t) => t.index > proposal.index && t.speaker !== 'system' && t.speaker !== 'agent');
  return reply !== undefined && REFUSES_CALL.test(reply.text);
}
const REFUSES_CALL = guarded(/\b(?:(?:don'?t|do not) (?:bother|waste your time|call(?: me)?(?: back| again)?\b(?! (?:before|until|till|after|at|on|around))))|^\W*(?:no|nope|nah)\W*(?:thanks|thank you)?\W*$|^\W*(?:no|nope|nah)\b[\s,.]*(?:(?:just |you can )?go ahead|(?:now )?(?:it'?s|is) fine|now'?s (?:fine|good|okay)|(?:let'?s )?(?:just )?do it now)\b|\bi'?m done with (?:this|you)|\b(?:i'?m|i am) (?:hanging up|going to hang up|gonna hang up)\b/i);
/** The agent's last time for the call, after the request, is turned down: "Would next Friday work?" "I'm hanging up now." */
function lastTimeTurnedDown(call: AnnotatedCall, request: AnnotatedTurn): boolean {
  const proposal = call.agentTurns.findLast((t) => t.index > request.index && (findDate(t.text) !== null || CLOCK_TIME.test(t.text)));
  return proposal !== undefined && turnedDown(call, proposal);
}
/** A day and an hour set for a call on a number: "Thursday the 21st at 7 p.m., this same number". */
function setsCallTime(text: string): boolean {
  // "You can call us at 877-555-0134, Monday through Saturday": the agency's own number sets no call.
  return findDate(text) !== null && CLOCK_TIME.test(text) && ON_THIS_NUMBER.test(text) && !GIVES_OWN_NUMBER.test(text);
}
// "Tuesday the 17th at six-thirty, this number.", "808-555-0143, after 5:30. Would tomorrow, Friday, at 5:45 work?"
const ON_THIS_NUMBER = guarded(/\b(?:\d{3}[-. ]\d{3}[-. ]\d{4}\b|(?:on|at) (?:this|the same|that) (?:same )?(?:number|phone|cell)|on (?:the|your) (?:cell|mobile|cell phone)(?: number)? (?:ending|that ends) (?:in )?\d+|(?:your time|your local time),? (?:on|at) (?:your|the) (?:cell|mobile|cell phone|home (?:phone|number))\b|, this (?:same )?(?:number|cell)\b|this same number|(?:this|that) (?:is )?the (?:best|right|good) number|call you (?:then|back)|call (?:this|that|the same) (?:same )?(?:number|phone|cell)(?: back)? then|(?:i'?ll|i will|we'?ll|we will) (?:call|try|ring) (?:this|that|the same) (?:same )?(?:number|line|phone|cell)|reach you then)\b/i);
/** A time of day in words: "this evening", "after work", "later today". */
const SOME_TIME = guarded(/\b(?:this (?:evening|afternoon|morning)|tonight|after work|after (?:five|six|seven|\d)|later today|in an hour|in (?:a|an|two|\d+) (?:hours?|minutes?)|lunch ?(?:time|break)|on my break)\b/i);

/** Every dispute the consumer voiced only queries the debt: a notice never received, a sum that seems high, papers to see first. */
function onlyQueried(call: AnnotatedCall): boolean {
  const disputes = call.turns.filter((t) => isConsumer(t) && t.acts.includes('disputes_debt'));
  return disputes.length > 0 && disputes.every((t) => QUERIES_DEBT.test(t.text) && !DENIES_DEBT.test(t.text));
}
const QUERIES_DEBT =
  guarded(/\b(?:never (?:got|received|saw) (?:any |a |the |your )?(?:notice|letter|bill|statement)|(?:seems?|sounds?|looks?) (?:\w+ )?(?:high|like a lot)|(?:want|need|like) to see (?:exactly )?what|before i (?:talk about )?pay(?:ing)?)\b/i);
const DENIES_DEBT = guarded(/\b(?:not mine|not my (?:debt|account|bill|card|loan)|(?:don'?t|do not|never) owe|never (?:had|opened|signed|owed)|wrong|already paid (?:it|that|this|the (?:bill|balance))|fraud\w*|identity theft|i dispute|i'?m disputing)\b/i);

/** A dispute voiced as a belief ("I thought insurance covered that"), not a denial of the debt. */
function isDoubt(text: string): boolean {
  return DOUBT.test(text) && !DISPUTE_SAID.test(text);
}
// "Medicare was supposed to cover that": what the consumer expected of the insurer, a belief too.
const DOUBT = guarded(/\b(?:i thought|i figured|i assumed|i was under the impression|i believed|might have|might've|maybe|not sure|(?:was|were) supposed to (?:cover|pay(?: for)?) (?:that|this|it)|should(?: have|'ve) (?:covered|paid)(?: for)?(?: (?:that|this|it))?|if i think)\b/i);
/** The paying itself left to a later call: "we can go over how you'd like to pay", "set up the payment then". */
const PAYING_LEFT_TO_CALL = guarded(/\b(?:go over|talk about|set up|figure out|work out|decide on|sort out)\b[^.?!]{0,20}\b(?:how (?:you'?d|you would|you want to|you'?ll) (?:like to )?pay|how to pay|the payment(?: details)?|payment details)\b/i);
/** A callback the agent books after turn `index`, at a day or an hour. */
function callbackBooked(call: AnnotatedCall, index: number): boolean {
  return call.agentTurns.some((t) => t.index > index && (((CALLBACK_WORDS.test(t.text) || BOOKS_CALL_FOR_CONSUMER.test(t.text)) && (findDate(t.text) !== null || CLOCK_TIME.test(t.text))) || setsCallTime(t.text)));
}

/** A call set after turn `index` for a day or hour at another number or time: "Wednesday at 6 p.m. your time, on your cell". */
function callElsewhereBooked(call: AnnotatedCall, index: number): boolean {
  return callbackBooked(call, index) || call.agentTurns.some((t) => t.index > index && OTHER_LINE.test(t.text) && (findDate(t.text) !== null || CLOCK_TIME.test(t.text)));
}
const OTHER_LINE = guarded(/\b(?:on|at|to) (?:your|this|that|the) (?:cell|cell phone|mobile|personal (?:number|phone|cell)|home (?:phone|number)|other number|new number)\b/i);

/** The agent acknowledges the attorney, or asks how to reach them, after turn `index`. */
function attorneyTakenOn(call: AnnotatedCall, index: number): boolean {
  // "Sure, do you have a number for Mr. Ashby?" … "Now, just between us, if you could put even a
  // couple hundred down today …": a lawyer taken on and then talked over reached no referral.
  const pressedAfter = (from: number) => call.agentTurns.some((t) => t.index > from && (hasAny(t.acts, PRESSING) || ASKS_MONEY.test(t.text)));
  return call.agentTurns.some(
    (t) =>
      !pressedAfter(t.index) &&
      t.index > index &&
      !hasAny(t.acts, PRESSING) &&
      !ASKS_MONEY.test(t.text) &&
      !WAVES_OFF_ATTORNEY.test(t.text) &&
      // "I'll make a note that you say you have an attorney": the claim noted, the lawyer not taken on.
      !/\bthat you (?:say|said|claim|claimed) (?:you (?:have|'ve got|got)|there(?:'s| is)) (?:an? )?(?:attorney|lawyer)\b|\b(?:the )?(?:account|file)(?:'s| is) still (?:with me|with us|mine|ours)\b/i.test(t.text) &&
      // "Is that person representing you, like as your attorney, on this account?" only asks.
      !(ASKS_IF_REPRESENTED.test(t.text) && !ATTORNEY_DETAILS.test(t.text)) &&
      (t.acts.includes('acknowledge_attorney') || ATTORNEY_DETAILS.test(t.text) || (NOTES_DETAILS.test(t.text) && !GIVES_OWN_NUMBER.test(t.text))),
  );
}
const ASKS_IF_REPRESENTED =
  guarded(/\b(?:(?:is|are) (?:that|this|he|she|they|that person|this person|the (?:lawyer|attorney)) (?:actually |also )?representing you|are you (?:being )?represented|(?:is|are) (?:he|she|they|that person|this person) (?:your|an|a) (?:attorney|lawyer))\b[^.!]*\?/i);
/** The agent gives the agency's own number: "You can call us back directly at 1-800-555-0148". */
const GIVES_OWN_NUMBER = guarded(/\b(?:call|reach|contact|ring) (?:us|me)\b[^.?!]{0,30}\d{3}[-. ]\d{4}|\b(?:our|my) (?:direct )?(?:number|line|extension|toll-free)\b/i);
/** The agent writes down what they were given: "Alright, Priya Natarajan, 555-0148. I'll note it." */
const NOTES_DETAILS = guarded(/\b\d{3}[-. ]\d{4}\b|\b(?:i'?ll|i will|let me|i'?m going to) (?:note|update|put|write|mark) (?:it|that|this|the account)\b/i);
const ATTORNEY_DETAILS =
  guarded(/\b(?:(?:her|his|their|the|your) (?:attorney'?s?|lawyer'?s?) )?(?:name|number|contact (?:info\w*|details)|phone|address)\b[^.?!]{0,40}\b(?:attorney|lawyer|counsel|her|him|them|(?:mr|ms|mrs|miss)\.? [a-z]+(?:'s)? (?:office|firm))\b|\b(?:attorney|lawyer|counsel)(?:'s)? (?:name|number|contact|phone|information|info|details|office)\b|\b(?:reach out to|contact|call|go through|deal with|work with) (?:(?:her|his|their|your) (?:office|attorney|lawyer|counsel)|(?:ms|mr|mrs|miss)\.? [a-z]+(?:'s)?(?: office)?)\b|\bdirect (?:everything|all (?:calls|contact|communication|correspondence)|it all) to (?:(?:ms|mr|mrs|miss)\.? [a-z]+|(?:her|his|their|your) (?:office|attorney|lawyer|counsel))\b|\b(?:go|goes|will go|it'?ll go|going|be handled|handled) (?:directly )?through (?:ms|mr|mrs|miss)\.? [a-z]+\b|\b(?:send|forward|refer|transfer) (?:it|this|that|the (?:file|account|matter))(?: over)? to (?:(?:ms|mr|mrs|miss)\.? [a-z]+(?:'s)?|(?:your|his|her|their)(?: (?:attorney|lawyer)(?:'s)?)?) office\b|\bnote the (?:attorney|lawyer|representation)\b|\b(?:we'?ll|we will|i'?ll|i will) (?:reach out to|contact|go through|deal with|work with|call) (?:him|her|them)(?: directly)?(?=\s*[.!,]|$)/i);

/** The consumer will call the agency back, at no day or hour named by either side. */
function callsUsWhenever(call: AnnotatedCall, t: AnnotatedTurn): boolean {
  // "Nah, not today. I'll call you back if I decide": a day ruled out sets no time.
  if (!CONSUMER_CALLS_US.test(t.text) || findDate(t.text.replace(RULED_OUT_DAY, ' ')) !== null || CLOCK_TIME.test(t.text)) return false;
  const answer = call.agentTurns.find((a) => a.index > t.index);
  if (answer === undefined) return true;
  // "Is there anything else I can help with tonight?" names no time for the call.
  return !answer.text.split(/(?<=[.!?])\s+/).some((s) => CALL_TALK.test(s) && (findDate(s) !== null || CLOCK_TIME.test(s)));
}
const CALL_TALK = guarded(/\b(?:call|calls|calling|talk|speak|reach|hear from|back)\b/i);
const CONSUMER_CALLS_US = guarded(/\b(?:i|we)(?:'ll| will| can| could)(?: just)? (?:call|ring|phone|get back to) (?:you|y'all)(?: guys| all)?(?: back)?\b|\b(?:i|we)(?:'ll| will| can| could)(?: just)? call (?:in|back)\b|\b(?:can|could|may) (?:i|we)(?: just)? (?:call|ring|phone) (?:you|y'all)(?: guys| all)? back\b/i);

/** Acts that go on collecting: an acknowledgement in the same breath ("I heard you. Now, are you paying?") takes nothing on. */
const PRESSING: readonly Act[] = ['request_full_payment', 'secure_commitment', 'offer_payment_plan', 'offer_settlement', 'harassment_pressure', 'profanity_abuse'];

/** Whether the agent took the consumer's request on after turn `index`: a turn with `act` that does not press on. */
/** The consumer ended the lawyer's representation: "I'm not with her anymore", "I fired him". */
const LAWYER_ENDED = guarded(/\b(?:(?:i'?m|i am|we'?re|we are) not with (?:her|him|them|that (?:firm|office|lawyer|attorney)) any ?more|(?:fired|dropped|let go of|cancell?ed|canceled|ended it with) (?:her|him|them|my (?:lawyer|attorney)|the (?:lawyer|attorney|firm))|(?:she|he|they) (?:doesn'?t|don'?t|does not|do not|no longer) (?:represent|work for) (?:me|us)(?: any ?more)?)\b/i);
function agentAnswered(call: AnnotatedCall, index: number, act: Act): boolean {
  // After pressing for payment over a cease request, a bare "Understood. Have a good day." on the
  // way out takes nothing on: the answer must speak of the calls stopping.
  let pressed = false;
  for (const t of call.agentTurns) {
    if (t.index <= index) continue;
    const presses = hasAny(t.acts, PRESSING) || ASKS_MONEY.test(t.text);
    // "Okay, I can make a note of that. But the letter doesn't make the balance disappear": taken back in the same breath.
    if (t.acts.includes(act) && !presses && !ACK_TAKEN_BACK.test(t.text) && !(act === 'acknowledge_cease_request' && (KEEPS_CALLING.test(t.text) || (pressed && !CEASE_WORDS.test(t.text))))) return true;
    if (presses) pressed = true;
  }
  return false;
}
const ACK_TAKEN_BACK = guarded(/\b(?:make a note(?: of (?:that|it))?|noted|understood|i understand|i hear you)[.!,]? but\b(?! (?:i|we) (?:will|can|have|am|are)\b)/i);
/** Words that take a cease request on: "we'll stop calling", "no more calls", "only by mail", "I've noted it". */
const CEASE_WORDS = guarded(/\b(?:stop\w*|no[- ]call|do[- ]not[- ]call|dnc|(?:no|any) (?:more|further) (?:phone )?(?:calls?|contact)|(?:won'?t|will not|not) (?:be )?(?:call|contact)\w*|(?:won'?t|will not) (?:get|receive|hear)|cease|in writing|by (?:mail|letter|email)|(?:note|noted|notate|flag|flagged|updat\w*|mark\w*|put|putting|plac\w*|add\w*|set\w*)\b[^.?!]{0,30}\b(?:account|file|request))\b/i);
/** "I'll make a note, and someone will follow up with you next week": the calls go on. */
const KEEPS_CALLING = guarded(/\b(?:someone|somebody|we|i|an agent|a (?:specialist|representative|supervisor))(?:'ll| will| is going to| are going to)? (?:follow up|call you|call back|reach out|give you a call|be in touch|try you|contact you)\b(?![^.!?]{0,30}\b(?:in writing|by (?:mail|letter|email)))/i);
/** Words that take a dispute on: "I've noted your dispute", "we'll investigate", "send you verification". */
const DISPUTE_WORDS = guarded(/\b(?:disput\w*|investigat\w*|verif\w*|validat\w*|look into|looking into|review|itemi[sz]\w*|proof|in writing|on hold|pause|stop collect\w*|not (?:yours|your debt|your account))\b/i);

/**
 * Whether the agent took the dispute raised at turn `index` on. After pressing for payment over
 * it, a bare "I'll put a note on the account" on the way out logs nothing: the answer must speak
 * of the dispute.
 */
function disputeTakenOn(call: AnnotatedCall, index: number): boolean {
  let pressed = false;
  let takenOn = false;
  let disputedAgain = false;
  for (const t of call.turns) {
    if (t.index <= index) continue;
    // "No, they told me the copay was all I'd owe. I'm disputing it." after the agent's answer, and
    // payment pressed next: the answer did not take the dispute on.
    if (t.speaker !== 'agent') {
      if (takenOn && t.acts.includes('disputes_debt')) disputedAgain = true;
      continue;
    }
    const presses = hasAny(t.acts, PRESSING) || ASKS_MONEY.test(t.text);
    if (disputedAgain && presses && !t.acts.includes('handle_dispute')) takenOn = false;
    disputedAgain = false;
    // "You'll get a letter … But I'm going to be honest, we'll be filing suit": a threat in the same breath takes nothing on.
    const threatens = hasAny(t.acts, ['threat_legal_action_false', 'threat_arrest', 'threat_violence', 'misleading_credit_claim']);
    // "Look, a dispute doesn't change anything, the balance is still due": the dispute waved away.
    const dismisses = DISMISSES_DISPUTE.test(t.text);
    // "…they move forward with a suit. The thirty days doesn't change that.": taken on, then waved away.
    if (takenOn && dismisses && (presses || threatens) && !t.acts.includes('handle_dispute')) takenOn = false;
    // "If it turns out this isn't yours, let us know and we'll handle it as a dispute": a dispute not yet made.
    if (!takenOn && t.acts.includes('handle_dispute') && !presses && !threatens && !dismisses && (!pressed || DISPUTE_WORDS.test(t.text)) && !DISPUTE_LATER.test(t.text)) takenOn = true;
    if (presses) pressed = true;
  }
  return takenOn;
}

/** A callback booked on an earlier call, now being made: "returning the callback from the 26th". */
const PAST_CALLBACK = guarded(/\b(?:returning|following up on|as per|per) (?:the |your |our |a )?(?:callback|call back|call)\b|\byou asked (?:me|us) to call(?: you)? back\b|\bcalling (?:you )?back (?:as|like) (?:promised|scheduled|agreed|you asked)\b/i);
/** What the report will say, not what is paid: "And it'll say paid in full." */
// "Once a medical collection is paid in full, the credit bureaus take it off": what paying does to a report, no terms.
const REPORTED_AS_PAID = /\b(?:say|says|show|shows|read|reads|(?:report|mark|code|list)(?:ed|s)?(?: it)? as)\b[^.?!]{0,10}paid in full\b|\b(?:once|when|after|if)\b[^.?!,]{0,40}\bpaid in full,? (?=[^.?!]{0,20}\b(?:credit|bureaus?|report|reporting|score)\b)/gi;
/** A request that limits where to call: "don't call me here", "this is the work line". */
const PLACE_LIMITED = guarded(/\b(?:do not|don'?t|never|stop|quit|not) (?:call|calling|contact|contacting|phone|phoning)(?: me)? (?:here|at (?:work|my job|the office|my work|the clinic|the store|the shop)|(?:on )?(?:this|the|my) (?:work|office|job) (?:line|number|phone))\b|\b(?:this is|it'?s) (?:the|my) work (?:line|number|phone)\b/i);
/** Words that stop every call, wherever: "don't call me at all", "anymore", "in writing". */
const ALL_CONTACT = guarded(/\b(?:at all|ever again|anymore|any more|period|in writing|by mail|leave me alone|stop calling me\.)/i);

const DISPUTE_LATER = guarded(/\bif (?:it|this|that) (?:turns out|ends up) (?:it|this|that)? ?(?:is not|isn'?t|not) (?:yours|right|correct)\b[^.?!]{0,60}\b(?:dispute|look into it)\b|\bif (?:you|she|he) (?:find|finds|decide|decides) (?:it|this|that)(?:'s| is)? not (?:yours|right|correct)\b[^.?!]{0,60}\b(?:dispute|look into it)\b/i);

const DISMISSES_DISPUTE =
  guarded(/\b(?:a |the |your )?(?:dispute|(?:30|thirty)[- ]days?) (?:doesn'?t|does not|won'?t|will not|isn'?t going to) (?:change|matter|stop|make)\b|\b(?:disputing|a dispute) (?:is|won'?t be|will not be) (?:pointless|useless|going to (?:change|help))\b|\bthe balance is still (?:due|owed)\b|\bdispute (?:route|process|thing|way)\b[^.?!]{0,60}\b(?:drags? on|can take|takes|whole process|hassle|headache|months|forever)\b/i);

/** The agent's next words ask when to call: "Is there a better time and number to reach you?" */
/** The consumer's line before `turn` names a time, answering the agent's question of when to call, asked a few turns before. */
function timeAskedAndGiven(call: AnnotatedCall, turn: AnnotatedTurn): boolean {
  const answer = previousCustomerTurn(call, turn);
  if (answer === null || !isConsumer(answer) || !(CLOCK_TIME.test(answer.text) || SOME_TIME.test(answer.text)) || moneyIn(answer.text).length > 0) return false;
  return call.agentTurns.some((a) => a.index < answer.index && a.index >= answer.index - 5 && ASKS_WHEN_TO_CALL.test(a.text) && !hasAny(a.acts, PRESSING));
}

/** "Would it work if I called you back in about three weeks?" "Yeah, that's fine.": the call the agent offered, taken. */
function agentOfferedCall(call: AnnotatedCall, turn: AnnotatedTurn): boolean {
  const before = call.turns[turn.index - 2];
  return before !== undefined && before.speaker === 'agent' && offersCall(normalize(before.text));
}
/** What the consumer says instead of answering an ask, which ends it. */
const INTERRUPTING_ACTS: readonly Act[] = ['refuses_to_pay', 'disputes_debt', 'requests_callback', 'requests_cease'];

function agentAsksForATime(call: AnnotatedCall, turn: AnnotatedTurn): boolean {
  // "Is anybody in the car with you?" … "When can I catch you once you're parked?": the ask may come a turn later.
  return call.agentTurns.filter((t) => t.index > turn.index).slice(0, 2).some((t) => ASKS_WHEN_TO_CALL.test(t.text) && !hasAny(t.acts, PRESSING));
}
const ASKS_WHEN_TO_CALL = guarded(/\b(?:(?:a )?better time|(?:a )?good time to (?:call|reach)|when (?:is|would be|'s) (?:a )?(?:good|better|best) time|what time (?:works|is good|would work|is best)|when (?:can|could|should) (?:i|we) (?:call|reach|try|catch|get) you)\b/i);
/** Words that ask for a call at another time. */
const ASKS_FOR_A_CALL = guarded(/\b(?:call|ring|try|reach|talk|speak)\b|\b(?:later|tomorrow|tonight|another time|some other time|after \w+|this (?:afternoon|evening)|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i);

/** The agent finds the payment the consumer says they made: nothing is owed, nothing disputed. */
function paymentBorneOut(call: AnnotatedCall, index: number): boolean {
  return call.agentTurns.some((t) => t.index > index && PAYMENT_FOUND.test(t.text));
}
const PAYMENT_FOUND =
  guarded(/\b(?:i|we) (?:see|show|have|can see|found|do see)(?: that)? (?:a|the|your) payment (?:of \$?[\d,.]+ )?(?:was )?(?:made|posted|received|came in|went through|cleared|applied|that (?:posted|came in|cleared))\b|\b(?:the )?(?:account|balance) (?:is|has been|was) (?:closed|marked|showing|updated|paid)(?: out)? (?:as )?(?:paid in full|paid off|zero|\$0)\b|\b(?:the )?balance is (?:zero|\$0(?:\.00)?)\b/i);

/**
 * Whether the agent took on what the consumer asked at turn `index`: the agent's next words answer
 * without pressing on ("I'll be super quick. It's your Verizon account, the balance is $1,492" goes on).
 */
function agentTookOn(call: AnnotatedCall, index: number): boolean {
  const next = call.agentTurns.find((t) => t.index > index);
  if (next === undefined) return false;
  // "Thursday the 21st at 7 p.m., this same number. I'll have both options ready": the call is
  // booked, whatever it will be about.
  // "Okay, 12:15, talk then.": the hour asked for, taken.
  const books = (t: AnnotatedTurn) => CALLBACK_WORDS.test(t.text) || (findDate(t.text) !== null && (CLOCK_TIME.test(t.text) || SOME_TIME.test(t.text))) || (CLOCK_TIME.test(t.text) && TALK_THEN.test(t.text));
  if (!ASKS_MONEY.test(next.text) && !PRESSES_ON.test(next.text) && (books(next) || !hasAny(next.acts, GOES_ON))) return true;
  // Pressed at first, the agent may still book the call asked for: "Fine. Six o'clock tonight. Have him ready."
  return call.agentTurns.some((t) => t.index > next.index && books(t) && !hasAny(t.acts, PRESSING) && !ASKS_MONEY.test(t.text));
}
const GOES_ON: readonly Act[] = [...PRESSING, 'state_purpose', 'state_balance'];
const DISCHARGE_CLAIMED = guarded(/\b(?:discharg\w*|wiped (?:out|away)?|(?:went|was|got) (?:in|into|included in) (?:my|the|our) bankruptcy|included in (?:my|the|our) bankruptcy)\b/i);
const DISPUTE_RECORDED = guarded(/\b(?:record|note|mark|log|flag)(?:ed|ing|s)?\b[^.?!]{0,40}\bdisput\w*/i);
const TALK_THEN = guarded(/\b(?:talk|speak|call you|catch you|chat|ring you)(?: to you| with you| back)? then\b/i);
/** The call kept going over the request: "It'll only take a minute, I promise." */
const PRESSES_ON = guarded(/\b(?:(?:it|this)(?: will|'ll) (?:only|just) take a (?:minute|second|sec|moment)|(?:it|this|i)(?: will|'ll) be (?:quick|fast|real quick|brief)|(?:just|only) (?:one|a) (?:quick )?(?:minute|second|sec|moment)|before you go|(?:i'?d|i would) (?:rather|prefer to) (?:just )?(?:wrap (?:this|it) up|get (?:this|it) (?:done|sorted|handled|taken care of|wrapped up)|take care of (?:this|it)|do (?:this|it)|finish (?:this|it))(?: (?:now|today|right now|tonight))?|while i(?:'ve| have)? (?:got )?you(?: on the (?:phone|line))?)\b/i);
/** A sum asked for in the same breath: "I'll make a note. But even fifty dollars today shows good faith." */
/** "I don't need your lawyer's number, I need to know what you can pay." */
const WAVES_OFF_ATTORNEY = guarded(/\b(?:do not|don'?t|do not even) (?:need|want|care about) (?:your|the|his|her|their) (?:attorney|lawyer|counsel)\b/i);
const ASKS_MONEY = guarded(/\b(?:good faith|when (?:can you|you can|will you|you(?:'ll| will)|could you|you could) (?:pay|make (?:a|the) payment|send (?:it|something|a payment))|(?:even )?a (?:small|little|partial) payment (?:today|tonight|now)|read me (?:a|your|the) card|get (?:something|this) (?:started|going)|(?:can|could|would) you (?:pay|do|put|make)\b[^.?!]*(?:\b(?:today|now|dollars)|\$))|\b(?:even|just|only) (?:\$\d|\w+ dollars|(?:a |one |two |three |four |five )?(?:hundred|fifty|twenty)(?: bucks)? (?:today|now|tonight))/i);

function at(call: AnnotatedCall, turn: AnnotatedTurn, acts: readonly string[], outcome: Outcome): OutcomeResult {
  return { outcome, turn: turn.index, evidence: quoteActs(call, turn, acts) };
}

function atIndex(call: AnnotatedCall, outcome: Outcome, index: number, acts: readonly string[]): OutcomeResult {
  const turn = call.turns[index - 1]!;
  return { outcome, turn: index, evidence: quoteActs(call, turn, acts) };
}

/**
 * The customer's last agreement to pay, unless they refused after it. A bare "okay" counts
 * when it answers a payment proposal, for classifiers that miss it from context.
 */
/** The agent will not take the payment offered: "please don't read me the card", "I'm not going to take payment details tonight". */
const AGENT_DECLINES_PAYMENT = guarded(/\b(?:(?:please )?(?:don'?t|do not) read me (?:the|your) card|(?:i'?m|i am) not (?:going to|gonna) take (?:any |a |your )?(?:payment|card|payment details|payment information)|(?:i'?d|i would) rather not take (?:a |any |your )?(?:payment|card))\b/i);
/** The consumer says they will do the thing asked: "I'll mail it today", "I'll send the check". */
const DOES_WHAT_WAS_ASKED = guarded(/\b(?:i'?ll|i will|i can|i'?m going to|i am going to|gonna) (?:mail|send|drop off|pay|write|put) (?:it|that|this|the check|the payment|the money|them)\b/i);

function lastAgreement(call: AnnotatedCall): AnnotatedTurn | null {
  let agreed: AnnotatedTurn | null = null;
  let previousAgent: AnnotatedTurn | null = null;
  let deferred = false;
  let disputed = false;
  let requestTakenOn = false;
  let lastConsumer: AnnotatedTurn | null = null;
  let taken: AnnotatedTurn | null = null;
  // The ask a consumer's question only interrupted: "You write a check … mail it to us today." "What if
  // something comes up?" "Then it bounces …" "Okay. I'll mail it today.": the yes answers the ask.
  let pendingAsk: AnnotatedTurn | null = null;
  for (const t of call.turns) {
    if (t.speaker === 'agent') {
      // The consumer answered the last ask with a question of their own: the ask stays open while the agent answers it.
      const askQueried = previousAgent !== null && hasAny(previousAgent.acts, ASKS_OR_RECAPS) && lastConsumer !== null && lastConsumer.index > previousAgent.index && lastConsumer.acts.includes('asks_question') && !hasAny(lastConsumer.acts, INTERRUPTING_ACTS);
      if (askQueried) pendingAsk = previousAgent;
      // A new ask replaces it; anything but another question from the consumer closes it.
      else if (hasAny(t.acts, ASKS_OR_RECAPS) || (pendingAsk !== null && lastConsumer !== null && lastConsumer.index > pendingAsk.index && !lastConsumer.acts.includes('asks_question'))) pendingAsk = null;
      previousAgent = t;
      // "Please don't read me the card … I'm not going to take payment details tonight": the yes not taken.
      if (agreed !== null && AGENT_DECLINES_PAYMENT.test(t.text)) {
        agreed = null;
        deferred = true;
      }
      // "A hundred a month on five grand? That's bullshit": the offer just made is turned down, and
      // stands agreed only if the consumer comes back to it.
      if (agreed !== null && agreed === lastConsumer && TURNS_DOWN.test(t.text)) agreed = null;
      // "I said I can do twenty-five." "A hundred and fifty. Borrow it from your son …": another sum
      // insisted on, first thing, turns the offer down too.
      if (agreed !== null && lastConsumer !== null && lastConsumer.acts.includes('agrees_to_pay') && insistsOnAnotherSum(t.text, lastConsumer.text)) agreed = null;
      // "I'll give you a thousand and that's the end of it." "I'm not able to approve a settlement myself.
      // I'd have to take it to the client": the offer waits on someone else's yes.
      if (agreed !== null && agreed === lastConsumer && FOR_APPROVAL.test(t.text)) agreed = null;
      // "Nah, don't worry about it for now. We'll reach back out in a month or two": the offer is left untaken.
      // "As long as it goes through, you're good for now": the payment agreed still stands.
      if (agreed !== null && LEAVES_OFFER.test(t.text) && moneyIn(t.text).length === 0 && !hasAny(t.acts, TERMS_ACTS) && !ONCE_IT_GOES_THROUGH.test(t.text)) agreed = null;
      // "Done, confirmation 55120-B": a payment taken stands, whatever is said of the rest after it.
      if (agreed !== null && PAYMENT_TAKEN.test(t.text)) taken = agreed;
      // "I won't set up any payment without a date and a method from you": nothing stands agreed.
      if (NOTHING_SET_UP.test(t.text) && !(t.acts.includes('recap_terms') && moneyIn(t.text).length > 0)) {
        agreed = null;
        deferred = true;
      }
      if ((disputed && t.acts.includes('handle_dispute')) || t.acts.includes('acknowledge_cease_request')) requestTakenOn = true;
      continue;
    }
    if (!isConsumer(t)) continue;
    // "Yeah. You too. Night." to the agent's goodbye agrees to nothing new.
    if (previousAgent?.acts.includes('close_call') && GOODBYE_ONLY.test(t.text)) continue;
    lastConsumer = t;
    if (t.acts.includes('disputes_debt')) disputed = true;
    // Once a dispute or a cease request is taken on, "I can do that" (send the proof) and "sounds
    // good" or "okay" (to the recap of it) agree to no payment: only a sum or a day named again does.
    // "Fine. Mail it. And it better have every payment on there.": the payments asked about are the ones made.
    if (requestTakenOn && !SAYS_PAY.test(PAYMENTS_MADE.replace(t.text, ' ')) && moneyIn(t.text).length === 0 && !A_NUMBER.test(t.text) && findDate(t.text) === null && !answersPaymentTerms(previousAgent)) continue;
    // A line that refuses and agrees at once ("not today, but Friday I can pay it all"; "not the
    // full balance, I'll do forty percent") is a counter-proposal: it agrees to something.
    // Payment words in a dispute tell of a past payment ("I paid it March 12th by debit card"),
    // not a new promise.
    // "Actually, wait. No. Don't set anything up. I'll think about it": a promise taken back.
    // "I don't want to promise fifty bucks and then not make it. I'd rather not commit to anything":
    // the sum is named only to be refused.
    if (WITHDRAWS.test(t.text) && (!t.acts.includes('agrees_to_pay') || (moneyIn(t.text).length === 0 && !A_NUMBER.test(t.text)) || NO_PROMISE.test(t.text))) {
      agreed = null;
      deferred = true;
      continue;
    }
    // "I can't accept twenty-five hundred, but I can put your offer in front of the client." "Alright,
    // send it up. Twenty-five.": an offer sent for approval, not a payment agreed.
    if (SENDS_OFFER_UP.test(t.text) && call.agentTurns.some((a) => a.index < t.index && FOR_APPROVAL.test(a.text))) {
      agreed = null;
      continue;
    }
    // "I think that could work, but … I'm not saying yes until I talk to him": the yes is held back.
    if (HOLDS_OFF.test(t.text)) {
      agreed = null;
      deferred = true;
      continue;
    }
    // A hedge ("I'll see what I can do") neither promises nor withdraws an earlier promise.
    // "Can you call me back Friday, after I've been paid? Then I can figure out what I can do": the
    // day is the callback's, and the payment is still put off.
    // "Debit card. And I want this in writing before I pay anything.": once a deal stands, or with
    // its terms in the same breath, the letter asked for is a condition of paying, not a decision put off.
    const termsNamed = agreed !== null || findMethod(t.text) !== null || moneyIn(t.text).length > 0 || A_NUMBER.test(PAYMENT_DETAILS.replace(t.text, ' '));
    // "I'll call back after I get the letter", once the terms stand: the letter is a condition of paying, not the decision put off.
    const hedged = termsNamed ? AFTER_PAPERWORK.replace(IN_WRITING_FIRST.replace(t.text, ' '), ' ') : t.text;
    const callbackToDecide = t.acts.includes('requests_callback') && VAGUE.test(hedged);
    if (((t.acts.includes('agrees_to_pay') || DEFERS.test(hedged)) && isVague(hedged)) || callbackToDecide) {
      // Asking to be called back to decide then leaves nothing agreed now, unless what is put off is
      // the rest after a payment read back ("$300 on the 20th … once that posts, a plan for the rest?"
      // "Maybe. Call me after the 20th.").
      const restLater = agreed !== null && previousAgent !== null && previousAgent.acts.includes('recap_terms') && /\b(?:the rest|the remaining|the remainder|what'?s left|once (?:that|it) (?:posts|clears))\b/i.test(previousAgent.text);
      if (t.acts.includes('requests_callback') && !restLater) agreed = null;
      deferred = true;
      continue;
    }
    // An agreement is to pay: it answers an ask to pay or names the payment ("Yeah I can send it",
    // about a cancellation email, is not one). A "No." to "Anything else?" after the recap
    // withdraws nothing.
    // "I have you down for a call back Friday at five thirty": a yes to that books the callback.
    // So does a yes to a time of day read back with no payment in it ("I have you down for 12:30 today").
    const booksCallback =
      previousAgent !== null && (CALLBACK_WORDS.test(previousAgent.text) || isTimeOfDayOnly(previousAgent.text) || setsCallTime(previousAgent.text)) && !PAY_WORDS.test(t.text);
    // An "Okay." to "we'll only write to you from now on" agrees to no payment.
    const asked =
      (previousAgent !== null &&
        hasAny(previousAgent.acts, ASKS_OR_RECAPS) &&
        !previousAgent.acts.includes('acknowledge_cease_request') &&
        !asksSomethingElse(previousAgent.text) &&
        !booksCallback) ||
      (pendingAsk !== null && previousAgent !== null && !hasAny(previousAgent.acts, ['acknowledge_cease_request', 'close_call']) && !booksCallback && !asksSomethingElse(pendingAsk.text) && DOES_WHAT_WAS_ASKED.test(t.text) && !/\?\s*$/.test(t.text));
    // "What can you do?" "I guess I could do seventy-five.": a figure in answer to how much is a payment.
    const answersHowMuch = previousAgent !== null && previousAgent.acts.includes('probe_ability_to_pay') && (moneyIn(t.text).length > 0 || A_NUMBER.test(PAYMENT_DETAILS.replace(t.text, ' ')));
    // "...Fine. Twenty-five on Friday." to "You can find twenty-five dollars": the sum just pressed, and a day, are the payment's.
    const namesSumAndDay = previousAgent !== null && moneyIn(previousAgent.text).length > 0 && !booksCallback && A_NUMBER.test(PAYMENT_DETAILS.replace(t.text, ' ')) && findDate(t.text) !== null;
    const aboutPaying = asked || answersHowMuch || PAY_WORDS.test(t.text) || namesSumAndDay;
    // After "I'll think about it", only a commitment that names the payment undoes the deferral:
    // "Alright. I'll look for it." (the letter) does not.
    const names = PAY_WORDS.test(t.text) || A_NUMBER.test(t.text) || findDate(t.text) !== null;
    // "Could I do a thousand even?": a sum put forward ends the hedging before it; the yes that follows counts.
    if (deferred && COUNTER_OFFER.test(t.text) && (moneyIn(t.text).length > 0 || A_NUMBER.test(PAYMENT_DETAILS.replace(t.text, ' ')))) {
      deferred = false;
      continue;
    }
    // "Sixty? I could maybe do sixty…" and then "The fifteenth." to "on what day?", "Checking, ending 5560." to
    // "card or bank?": the hedge is over once the consumer sets the terms the agent asks for.
    if (deferred && asked && ASKS_DAY_OR_WAY.test(previousAgent!.text) && !t.acts.includes('refuses_to_pay') && (findDate(t.text) !== null || findMethod(t.text) !== null) && !NEGATION.test(t.text)) deferred = false;
    if (deferred && !names) {
      if (t.acts.includes('refuses_to_pay')) agreed = null;
      continue;
    }
    // "I'll tell you how I'll take care of it. I'll keep not paying it": a refusal that names no
    // sum and no day offers nothing.
    // "I'm not giving you my bank account. I'll mail a check": a way of paying turned down for another.
    if (t.acts.includes('agrees_to_pay') && t.acts.includes('refuses_to_pay') && moneyIn(t.text).length === 0 && !A_NUMBER.test(t.text) && findDate(t.text) === null && findMethod(t.text) === null && !noToSomethingElse(t, previousAgent, agreed)) {
      agreed = null;
      continue;
    }
    if (t.acts.includes('agrees_to_pay') && !t.acts.includes('disputes_debt') && aboutPaying) {
      agreed = t;
      deferred = false;
    } else if (t.acts.includes('refuses_to_pay') && (aboutPaying || agreed === null) && !noToSomethingElse(t, previousAgent, agreed) && !(agreed !== null && (WAY_REFUSED.test(t.text) || BARE_WAY.test(t.text)) && !REFUSES_PAYING.test(t.text))) {
      // "No. I don't want this hanging over me. Twenty-nine hundred, one time.": the other offer is
      // turned down and the consumer's own stands.
      // "Can you swing the extra hundred?" "No. Two hundred. Goodbye.": the sum already agreed (by the
      // consumer, or in the agent's read-back of it) stands.
      const standing = agreed === null ? '' : call.turns.filter((x) => x.index >= agreed!.index - 2 && x.index < t.index && (x === agreed || (x.speaker === 'agent' && x.acts.includes('recap_terms')))).map((x) => x.text).join(' ');
      if (!(agreed !== null && insistsOn(t.text, standing) && !REFUSES_ANY.test(t.text))) agreed = null;
    }
    // After "I don't want to agree to anything without talking to her", an "okay, a hundred, okay" only hears the offer.
    // "Okay. I need to look at my bank app first. Can you call me back Friday?": the okay asks for a call, not a payment.
    else if (asked && !deferred && !t.acts.includes('requests_callback') && isBareAgreement(t.text, previousAgent!)) agreed = t;
    // "Would you want to do a check-by-phone dated July 1st?" "Yes, date it July first. Please don't
    // take it before then": a yes that sets the day, whatever it asks of the day after.
    else if (asked && !deferred && AGREEMENT.test(t.text) && !NEGATION.test(firstSentence(t.text)) && findDate(firstSentence(t.text)) !== null) agreed = t;
    // "Okay, okay. Three checks, three twenty-five. March 20, April 20, May 20.": the terms the agent
    // proposed, said back with a yes, after the talk moved on.
    // "I can't believe I'm doing this. Fine. But not today. Friday. On my card.": a yes said on its own, with the day and the way.
    else if (
      !deferred &&
      agreed === null &&
      ((AGREEMENT.test(t.text) && !NEGATION.test(t.text) && A_NUMBER.test(PAYMENT_DETAILS.replace(t.text, ' '))) || (BARE_YES_SENTENCE.test(t.text) && findMethod(t.text) !== null)) &&
      !t.acts.includes('refuses_to_pay') &&
      !t.acts.includes('disputes_debt') &&
      !t.acts.includes('requests_callback') &&
      !booksCallback &&
      !CLOCK_TIME.test(t.text) &&
      !/\b(?:call|ring|reach|talk|speak)\b/i.test(t.text) &&
      findDate(t.text) !== null &&
      call.agentTurns.some((a) => a.index < t.index && hasAny(a.acts, PAYMENT_ASKS))
    )
      agreed = t;
    // "Read it back to me." "Four checks, four ninety-five, first of February through May": the
    // terms said back, as asked, are taken on.
    else if (previousAgent !== null && READ_IT_BACK.test(previousAgent.text) && !deferred && !t.acts.includes('refuses_to_pay') && (moneyIn(t.text).length > 0 || A_NUMBER.test(t.text)) && findDate(t.text) !== null) agreed = t;
    // "Right, three checks of $380. What dates?" "The 20th of this month, then December 20th…": the days given are the yes.
    else if (asked && !deferred && previousAgent!.acts.includes('secure_commitment') && ASKS_DAY_OR_WAY.test(previousAgent!.text) && findDate(t.text) !== null && !NEGATION.test(firstSentence(t.text)) && !t.acts.includes('refuses_to_pay') && !t.acts.includes('requests_callback')) agreed = t;
    // "Card or bank account?" "My Visa. [reads card number]": the way of paying given is the yes
    // (as is "Visa, ends 9014." to "$204.10 on May 15th, June 15th and July 15th. Visa or Mastercard?");
    // so is a card number read out to any ask to pay ("The full $318.60 today on a debit card?").
    else if (asked && !deferred && !t.acts.includes('disputes_debt') && ((hasAny(previousAgent!.acts, ['secure_commitment', 'recap_terms']) && (findMethod(t.text) !== null || (ASKS_DAY_OR_WAY.test(previousAgent!.text) && BARE_WAY.test(t.text))) && !NEGATION.test(t.text)) || CARD_GIVEN.test(t.text))) agreed = t;
  }
  return agreed ?? taken;
}

/** A way of paying named bare, in answer to "Debit or checking?": "Checking, I suppose." */
const BARE_WAY = guarded(/^\W*(?:then,? |ok(?:ay)?,? |fine,? |so,? )?(?:(?:the |my )?(?:checking|savings|debit|credit|card|bank)(?: account| card)?)\b(?!\s+(?:on|in|with|if|whether|that)\b)/i);
/** A sentence that is only a yes: "Fine.", "Okay, fine.", "Alright." */
const BARE_YES_SENTENCE = guarded(/(?:^|[.!?]\s+)(?:ok(?:ay)?,? )?(?:fine|okay|ok|alright|all right|deal|yes|yeah|sure)[.!]/i);
/** The agent asks for the payment's day or its way: "on what day?", "card or bank?", "how would you like to pay?" */
const ASKS_DAY_OR_WAY = guarded(/\b(?:what|which) (?:days?|dates?)\b|\b(?:(?:card|debit|credit) or (?:bank|checking|savings|a bank account|debit|credit)|(?:bank|checking|savings) or (?:a )?(?:card|debit|credit)|how (?:would|will|do) you (?:like to |want to )?(?:pay|make (?:it|the payment|that payment))|what (?:card|account|method) (?:would|will|do))\b/i);
/** The agent confirms a payment went through: "Done, confirmation 55120-B", "that's been processed". */
const PAYMENT_TAKEN = guarded(/\b(?:confirmation (?:number |code |#)?(?:is )?[a-z]*-?\d[\w-]{2,}|(?:it|that|the payment|your payment)(?: has| 's| is)? (?:gone through|went through|been processed|been approved|processed|approved)|payment (?:is )?(?:complete|posted)|(?:it'?s|it is|it has been|that'?s|that is) (?:already )?(?:in (?:the|today'?s|tonight'?s|this) batch|batched|been submitted|submitted)|once it'?s batched)\b/i);
/** A card or account number read out: "it's 4-4-1-7... [CARD_NUMBER]", "[routing and account numbers]". */
const CARD_GIVEN = guarded(/\[(?:CARD|ACCOUNT|ROUTING|reads? (?:the )?card|routing and account)[A-Za-z_ ]*\]|(?:\d[-\s.]+){3}\d\b|\b\d{4}[-\s]\d{4}\b/i);
/** The agent turning down the consumer's offer: "I can't accept that", "that's not enough", "give me a real number". */
/** A reply that opens with a bare sum, none the consumer offered: "A hundred and fifty. Borrow it …". */
function insistsOnAnotherSum(reply: string, offer: string): boolean {
  const m = OPENS_WITH_SUM.exec(reply);
  if (!m) return false;
  const insisted = numbersIn(m[0]);
  const offered = numbersIn(offer);
  return insisted.length > 0 && offered.length > 0 && insisted.every((n) => !offered.includes(n));
}
const OPENS_WITH_SUM = /^\W*(?:(?:no|look|listen|ma'?am|sir)[,.]? )*(?:\$\s?\d[\d,.]*|(?:a|one|two|three|four|five|six|seven|eight|nine) (?:hundred|thousand)(?:(?: and)? [a-z]+(?:-[a-z]+)?)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)(?: dollars| bucks)?[.!]/i;
const TURNS_DOWN = guarded(
  // "Four hundred on sixty-eight hundred? Come on.": the sum offered, scoffed at.
  /^\W*(?:\$?\d[\d,.]*|[a-z]+(?:[- ][a-z]+)?)(?: dollars| bucks)?(?: (?:on|for|against|toward|towards) (?:a |the )?(?:\$?\d[\d,.]*|[a-z]+(?:[- ][a-z]+)*))?\?\s*(?:come on|really|seriously|are you kidding(?: me)?|you'?re kidding(?: me)?)\b|\b(?:(?:i|we) (?:can(?:not|'t)|can not|won'?t|will not|am not able to|are not able to) (?:accept|approve|take|do|go) (?:that|this|it|so low|that low|as low as that)\b(?! (?:by|over|on|with|through|online|today|now|right now|card|check)\b)|that(?:'s| is) (?:not (?:enough|acceptable|going to (?:work|cut it))|bullshit|ridiculous|a joke|insulting|an insult|(?:still |just |way |a (?:little|bit) )?too low)\b|give me a real (?:number|offer)|^\W*(?:\$?\d[\d,.]*|[a-z]+(?:[- ][a-z]+)?)(?: dollars| bucks)?[.?!]+\s*(?:unbelievable|are you kidding(?: me)?|you'?re kidding(?: me)?|you(?:'ve| have)? got to be kidding(?: me)?|seriously)\b|\b(?:dollars|bucks|a month|a week)(?: is|'s) (?:a joke|an insult|insulting|ridiculous|laughable|nothing)\b|(?:that|it) (?:won'?t|will not|isn'?t going to|is not going to) (?:work|fly|cut it)\b|(?:\$\s?\d[\d,.]*|\b\d[\d,.]*|\b[a-z-]+ (?:hundred|thousand|grand)|\b(?:fifteen|twelve|eleven|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?: hundred)?) (?:dollars |bucks )?(?:won'?t|will not|isn'?t going to|is not going to|doesn'?t|does not) (?:work|fly|cut it|do it)\b)/i,
);
/** Nothing but a goodbye: "Yeah. You too. Night.", "Thanks, bye." */
const GOODBYE_ONLY = guarded(/^\W*(?:(?:yeah|yes|yep|ok(?:ay)?|alright|all right|sure|thanks?|thank you|you too|same to you|bye(?:-bye)?|good ?bye|good ?night|night|take care|have a good (?:one|night|day|evening))\W*)+$/i);
/** A line that speaks of paying itself ("I'll just pay it"), not of a bank app or a letter. */
// "And you'll send the payment options there too?": the options asked about, once contact is limited, are no payment.
const PAYMENTS_MADE = guarded(/\b(?:every|each|all (?:the|my|of my)) payments? (?:i (?:made|sent)|on (?:there|it|the list)|listed)|\bpayment history\b|\b(?:the |your |any |some )?payment (?:options|choices|information|info|details|plans? available)\b/i);
const SAYS_PAY = guarded(/\b(?:pay|paying|payment|settle|plan|card|checking|savings|debit|credit)\b/i);

/** An agent's line that asks for a payment, or recaps payment terms (not a dispute's or a cease request's). */
function answersPaymentTerms(agent: AnnotatedTurn | null): boolean {
  if (agent === null) return false;
  if (hasAny(agent.acts, PAYMENT_ASKS)) return true;
  return (
    agent.acts.includes('recap_terms') &&
    !agent.acts.includes('handle_dispute') &&
    !agent.acts.includes('acknowledge_cease_request') &&
    (moneyIn(agent.text).length > 0 || findDate(agent.text) !== null)
  );
}

/** The sums a line names, in money or in bare numbers. */
function sumsIn(text: string): number[] {
  return [...moneyIn(text).flatMap((m) => (m.value === null ? [] : [m.value])), ...numbersIn(text)];
}
/** A refusal that names again the sum the consumer agreed to: their own offer stands. */
function insistsOn(refusal: string, agreement: string): boolean {
  const agreed = sumsIn(agreement);
  return sumsIn(refusal).some((v) => agreed.some((a) => Math.abs(a - v) < 0.005));
}

/** A refusal of any payment at all, whatever sum it names: "I'm not paying a dime", "not one cent". */
const REFUSES_ANY = guarded(/\b(?:not (?:paying|giving you|sending) (?:a |one )?(?:dime|cent|penny|nickel|thing|anything|nothing)|(?:won'?t|will not|am not going to|ain'?t going to) pay (?:anything|a (?:dime|cent|penny)|you)|not paying (?:it|this|that|anything)\b(?! (?:all|in full|at once|today|now)))/i);

/** The agent says no payment stands arranged. */
const NOTHING_SET_UP =
  guarded(/\b(?:(?:won'?t|will not|am not going to|(?:i'?m|i am) not going to|can'?t|cannot) set up (?:(?:any|a|the) (?:payment|plan|arrangement)|payments|(?:a |any )?payment plan)|nothing(?:'s| has been| is| was| will be)(?: being)? (?:set up|scheduled|arranged)|no payment (?:is|has been|was|will be) (?:set up|scheduled|arranged)|(?:i'?d|i would|we'?d|we would) (?:honestly |really |much )?rather not (?:take|process|run|set up) (?:a|the|any|your|that) (?:\$[\d,.]+ )?(?:payment|card|money)|(?:i'?m|i am) (?:postponing|holding off on) (?:it|that|the payment|taking (?:it|the payment)))\b(?! for (?:that|the rest|the remainder|the remaining|the balance|now))/i);

/** Words that take back a promise just made. */
// "Nah. Nah, I'm done. I'll deal with it Monday. Bye.": the yes given up.
const WITHDRAWS =
  guarded(/\b(?:(?:nah|no),? (?:nah,? |no,? )?i'?m done\b|i'?ll deal with (?:it|this|that) (?:later|monday|tuesday|wednesday|thursday|friday|next week|another time|some other time)\b|(?:yeah,? |yes,? |no,? )?i'?ll wait(?: (?:for|till|until) (?:the|your|that) (?:paperwork|letter|statements?|notice|proof|verification))?[.!,]? (?:send|mail|get) me (?:the|that|your) (?:paperwork|letter|statements?|notice|proof|verification)|(?:can'?t|cannot|won'?t) promise (?:you )?(?:anything|a (?:number|date|payment|amount|day)|that|when)|(?:i'?m|i am|ain'?t|i ain'?t) not promising (?:you )?(?:anything|nothing|a thing|that)|(?:let me|i'?d rather|i would rather|better) not promise|(?:don'?t|do not) want to promise(?! (?:more |too much |a bigger \w+ )?and then (?:have it |it )?(?:bounce|fail|not (?:make|be able)|miss|come up short))|not (?:going to )?promise (?:you )?(?:something|anything)|(?:would|'d) rather not (?:lock|commit|set|sign|agree)|let me (?:talk|speak|check) (?:to |with )?(?:my \w+|her|him|them) (?:about (?:it|this|that) )?first|(?:don'?t|do not) want to (?:commit|agree) to (?:anything|something|it|this|that)|(?:don'?t|do not) (?:set (?:anything|it|that|this) up|(?:charge (?:me|anything|it|that)|run (?:it|that|the card)|process (?:it|that|anything))(?! (?:\w+ )?(?:before|until|till|yet|early|today|now|right now|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow)\b)|put me down)|(?:don'?t|do not) want to say (?:[\w$.,-]+ ){1,3}and then (?:not|never)\b|(?:i'?ve |i have )?changed my mind|(?:don'?t|do not) put (?:it|that|me) down|take (?:it|that) off(?=\s*[.!]|\s*$| the (?:books|schedule|calendar))|never ?mind(?:,| about)|cancel (?:that|it|the (?:plan|payment))(?![.,]? (?:and )?(?:start|begin|move it|do|make it|put it) (?:on )?(?:the )?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next|first))|scratch that|(?:you know what,? )?forget (?:it|that|the (?:plan|payment|whole thing))|hold off on (?:that|it|the)|take (?:that|it) back|(?:that'?s|this is|this'?s|it'?s|you'?re|you are) (?:a |such a |definitely a |totally a |obviously a )?(?:scam|scammers?)\b)\b/i);

/** The consumer's call to the agency, as the agent notes it: "you'll be calling in tomorrow". */
const CONSUMER_CALL_SET = guarded(/\byou(?:'ll| will| are going to)(?: be)? call(?:ing)? (?:us |me |in\b|back\b|our (?:main )?(?:line|number))/i);
/** A time of day in figures: "5:30", "6 pm", "noon". */
const CLOCK_FIGURES = guarded(/\b\d{1,2}:\d\d\b|\b\d{1,2} ?(?:a\.?m|p\.?m)\b|\bo'?clock\b|\bnoon\b/i);
// "Say around five-thirty", "at six tomorrow evening": hours said in words too.
const HOUR_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const CLOCK_TIME = guarded(
  new RegExp(
    `${CLOCK_FIGURES.re.source}|\\b${HOUR_WORDS} ?(?:a\\.?m\\b|p\\.?m\\b)|\\b${HOUR_WORDS}[- ](?:thirty|fifteen|forty[- ]five)\\b(?! (?:percent|dollars|bucks|a (?:month|week)))|\\bhalf past ${HOUR_WORDS}\\b|\\b(?:around|at|about|say|by|after|before) ${HOUR_WORDS}\\b(?! (?:percent|dollars|bucks|hundred|thousand|payments?|months?|days?|weeks?|years?|times?|calls?|of)\\b)`,
    'i',
  ),
);

/** A turn that names a time of day and no payment: a call being booked. */
function isTimeOfDayOnly(text: string): boolean {
  return CLOCK_TIME.test(text) && !PAY_WORDS.test(text) && moneyIn(text).length === 0;
}

/**
 * "I'll see what I can do", "maybe next week": a hedge that names no sum and no day is not a
 * promise, whatever else the line says.
 */
function isVague(text: string): boolean {
  if (!VAGUE.test(text)) return false;
  // "No, not today. I'll see what I can do": a day that is ruled out names no day. "Maybe
  // seventy-five a month?" names a sum: it is an offer, not a hedge.
  // "That's four calls this week": a count of calls names no day to pay.
  const named = text.replace(RULED_OUT_DAY, ' ').replace(ROUGH_DAY, ' ').replace(CALLS_COUNTED, ' ');
  if (findDate(named) === null && moneyIn(named).length === 0 && !A_NUMBER.test(named)) return true;
  // "Maybe a hundred-fifty a month? But I need to talk to my wife first": the sum is put to
  // someone else before it is promised (not "…, and I'll talk to my wife about the rest").
  const last = Math.max(...[...named.matchAll(new RegExp(A_NUMBER.source, 'gi'))].map((m) => m.index! + m[0].length), ...moneyIn(named).map((m) => m.end), 0);
  const after = named.slice(last);
  return DEFERS.test(after) && !/\b(?:the rest|the remainder|the remaining|the balance of it)\b/i.test(after);
}
/** The digits of a card or account given to pay with: "ending 4471", "exp 10/27", "zip 85204". */
const PAYMENT_DETAILS = guarded(/\b(?:ending(?: in)?|ends? (?:in|with)|last (?:four|4)(?: digits)?|exp(?:ires|iration|iry)?(?: date)?|cvv|cvc|security code|zip(?: code)?|routing(?: number)?|account(?: number)?)\b[^.?!\d]{0,12}[\d/ -]*\d/i);
const A_NUMBER = guarded(/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half)\b/i);
/** The paperwork waited for: "once I see the breakdown", "after I get the letter". */
const AFTER_PAPERWORK = guarded(/\b(?:once|after|when) i (?:see|get|have|receive|look at) (?:the|your|that|an?) (?:breakdown|itemi[sz]ation|itemi[sz]ed (?:bill|statement|list)|statements?|paperwork|letter|proof|verification|eob)\b/i);
/** Words that put the decision off: "I'll think about it", "let me talk it over with my wife". */
// "A hundred might work. I'll know Thursday.": the answer put off to a day.
const DEFERS_SAID = guarded(/\b(?:i'?ll know (?:more )?(?:by |on |after )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next week|later|then|once)\b|(?:and )?then i'?ll decide|(?:then )?i'?ll figure (?:it|that|this|things) out|i'?ll wait(?: (?:for|till|until) (?:the|your|that) (?:paperwork|letter|statements?|notice|proof))?(?=[.!,]|$)|i (?:don'?t|do not) agree to (?:things|anything) (?:over|on) the phone|(?:don'?t|do not) (?:want to|wanna) (?:agree to|commit to|decide) (?:anything|something|it)|(?:don'?t|do not) (?:want to|wanna) (?:make|give) (?:you )?(?:another|a|any|more) (?:promises?|commitments?)|(?:can|could) i (?:tell|let) you (?:know )?(?:after|on|by|next|later|once)|i don'?t know yet|i do not know yet|before i (?:commit|agree|decide|sign up|pay anything|pay a (?:dime|cent|thing))|i (?:need|have|want|got) to think\b(?! (?:of|about) (?:a|the|which|what) (?:card|date|day|account))|(?:let me |i need to |i have to |i'?ll )?(?:look at|check|go over) my (?:budget|finances|bills|bank account)|figure out (?:whether|if|how much|which)|without (?:talking|speaking) (?:to|with) (?:her|him|them|my \w+)(?: first)?|i'?ll think about|i will think about|think about it|think it over|talk (?:it )?over|sleep on it|get back to you|let you know|(?:talk|speak|check) (?:it over )?(?:to|with) my (?:wife|husband|spouse|partner|family|mom|dad)|(?:look at|go over|go through|sit down with|discuss|figure out|work out) (?:it |this |that |things |the (?:budget|numbers|money) )?(?:over )?with my (?:wife|husband|spouse|partner|family|mom|dad)|ask my (?:wife|husband|spouse|partner)|(?:(?:want|need|have|got) to|wanna|gotta) see (?:\w+ ){0,3}first|(?:want|need|have|got) to (?:call|check with|talk to|ask|look into|find out|hear from|get with) (?:\w+ ){0,3}first|(?:want|need|have|got) to (?:check|look|verify|confirm|see|think)(?: (?:it|that|this|things|into it|over|my \w+))? first|(?:i'?d|i would) rather wait(?! (?:till|until|for) (?:payday|pay ?day|my (?:pay)?check|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d+\w*|the first|the fifteenth))|wait (?:until|till) (?:this|it|that|the \w+) (?:is|gets) (?:fixed|resolved|sorted(?: out)?|cleared up|done)|once i (?:get|see) (?:my|the) (?:first )?(?:pay)?check)\b/i);
/** A line that puts the decision off, the paperwork waited for among its ways. */
const DEFERS = guarded(new RegExp(`${AFTER_PAPERWORK.source}|${DEFERS_SAID.source}`, 'i'));
/** The deal asked for in writing before the money goes: "I want this in writing before I pay anything". */
const IN_WRITING_FIRST =
  guarded(/\b(?:i (?:want|need|would like|'d like)|i have to|i'?ll need|(?:can|could) (?:i|you)(?: get| send| have)?)(?: (?:to )?(?:get|see|have))? (?:this|it|that|the (?:offer|settlement|deal|agreement|terms))? ?(?:in writing|on paper)(?: first)?(?: before i (?:pay|send) (?:anything|a (?:dime|cent|thing)|it|the money))?/i);
function firstSentence(text: string): string {
  const end = text.search(/[.!?](?:\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** The agent leaves the consumer's offer untaken: "don't worry about it for now", "we'll reach back out in a month". */
// "That's entirely up to you. If you do send something, the mailing address is on the letter": a payment neither taken nor booked.
const LEAVES_OFFER = guarded(/\b(?:that'?s|that is|it'?s|it is) (?:entirely |completely |totally |all )?up to you\b(?=[^]*\bif you (?:do |ever |decide to )?(?:send|pay|mail)\b)|\b(?:don'?t|do not) worry about (?:it|that|paying) (?:for now|right now|yet)|\b(?:rather than|instead of) (?:guess\w*|pick\w*|com\w* up with|nail\w* down|commit\w* to) (?:at )?(?:a|the|an) (?:number|figure|amount|sum)\b|\b(?:we'?ll|we will|we can|let'?s|let us) (?:set|figure out|decide|work out|pick|settle on) (?:the|an?) (?:amount|number|figure|payment)(?: out)? (?:then|on that call|when (?:i|we) (?:call|talk|speak))\b|\byou(?:'re| are) (?:fine|good|okay|ok|all set) for now\b|\bno,? you(?:'re| are) (?:fine|good|all set)\b|\b(?:just )?not at this hour\b|\bjust (?:watch|keep an eye on|look out for) (?:your|the) mail\b|\b(?:whenever|when) you(?:'re| are) ready,? (?:you can )?(?:just )?(?:give us a call|call us|call in|call (?:us )?back|give us a call back)\b|\byou can (?:just )?(?:call us|call in|call (?:us )?back|give us a call(?: back)?) (?:whenever|when) you(?:'re| are) ready\b|\b(?:just )?(?:give us a call|call us|call in|call (?:us )?back)(?: back)?(?: in)? (?:whenever(?: you (?:can|want|like))?|any ?time|when(?:ever)? you(?:'re| are) ready)\b|(?:we'?ll|we will|i'?ll|i will|someone will) (?:just )?(?:reach back out|check back(?: in)?|revisit (?:it|this)) (?:in|later|next|after)\b/i);

/** The payment agreed, awaited: "as long as it goes through", "once that posts". */
const ONCE_IT_GOES_THROUGH = guarded(/\b(?:as long as|once|if|when|after) (?:it|that|the payment|this|the (?:card|debit|check|charge)) (?:goes through|clears|posts|processes|is processed)\b/i);

/** A confirmation code read out, letters and digits: "confirmation number is c c r four four eight one two". */
const CONFIRMATION_CODE = /\bconfirmation (?:number|code|#)?[^.?!]*/gi;

/** A sum the consumer puts forward: "could I do a thousand even?", "how about $800?". */
const COUNTER_OFFER = guarded(/\b(?:could|can|would) (?:i|we) (?:just )?(?:do|pay|send|settle (?:for|at)|offer)\b|\b(?:how|what) about\b/i);

/** A promise refused in so many words: "I don't want to promise fifty bucks", "it's too soon". */
const NO_PROMISE = guarded(/\b(?:(?:don'?t|do not) want to say (?:[\w$.,-]+ ){1,3}and then (?:not|never)|(?:don'?t|do not) want to (?:promise|commit)(?! (?:to )?(?:more|anything more|any more|a (?:lot|bigger))\b| and then (?:have it |it )?(?:bounce|fail|not (?:make|be able)|miss|come up short))|(?:can'?t|cannot|won'?t) (?:promise|commit)|not (?:ready|able) to (?:promise|commit)|(?:it'?s|it is) too soon|rather not (?:promise|commit))\b/i);

/** The agent asks the consumer to say the terms back. */
const READ_IT_BACK = guarded(/\b(?:read|repeat|say) (?:it|that|them|those|the (?:terms|dates|address)) (?:all )?back(?: to me)?\b/i);
/** A hedge: "I'll see what I can do", "maybe", and every deferral. */
const VAGUE = guarded(new RegExp(`\\b(?:i'?ll see|we'?ll see|(?:handle|pay|take care of|deal with) (?:it|this|that) when(?:ever)? i (?:damn(?:ed)? |darn )?(?:well )?(?:can|deal with it|handle it|get (?:to|around to) it|feel like(?: it| paying(?: it)?| it)?)|when (?:i'?ve|i have) got (?:it|the money)|when i (?:have|get) (?:it|the money)|whenever i (?:can|have it|get it)|let me see (?:what|if|how)|see what i can do|(?:figure|work) (?:out )?what i can (?:do|pay|afford|manage)|i'?ll know (?:then|more|by then)|i will know (?:then|more|by then)|(?:i'?ll|i will) have a better idea|if i (?:decide|choose|feel like)|(?:we'?ll|we will|i'?ll|i will) know where (?:we|i) stand|maybe|might be able|possibly|not sure|no promises|(?:i'?ll|i will) try (?:to )?(?:send|pay|get|put|do|make) (?:something|some(?! of)|what i can|a little|whatever)|(?:i )?(?:don'?t|do not) know (?:what|how much|when|if) (?:i|it|that)|(?:pay|get to) (?:it|you|that) when i (?:pay|get to|feel like|can|get around to) (?:it|you|that)|when i get around to it|whenever i (?:can|feel like it|get to it))\\b|^\\W*(?:(?:yes|yeah|yep|okay|ok|sure|well|um|uh|i mean)\\W+)*(?:i'?ll|i will|i can|i'?m gonna|i am going to) try(?: my best| to)?\\W*$|${DEFERS.source}`, 'i'));
const CALLS_COUNTED = /\b(?:[a-z]+ |\d+ )?(?:calls?|times|messages|voicemails|attempts)\s+(?:this|last|a|per|every) (?:week|month|day)\b/gi;
/** A day left rough: "next week or so", "sometime next month", "in a couple weeks or so". */
const ROUGH_DAY = /\b(?:sometime |some time )?(?:next|this|in a|in a couple(?: of)?|in a few) (?:week|weeks|month|months)(?: or so| or two|-?ish)\b|\bsome ?time (?:next|this) (?:week|month)\b/gi;
const RULED_OUT_DAY = /\b(?:not|can'?t|cannot|won'?t)\s+(?:\w+\s+){0,2}?(?:today|tonight|tomorrow|now|this week|this month)\b/gi;

/**
 * "Okay, sure.", "Yeah, that works": a short yes with nothing else in it. "Okay. Yeah, I got a
 * letter about that. I know I've missed a couple of payments." opens the same way but only
 * acknowledges: a line that goes on is left to the classifier.
 */
function isBareAgreement(text: string, asked: AnnotatedTurn): boolean {
  if (!AGREEMENT.test(text) || NEGATION.test(text)) return false;
  // "I'm not getting off this phone until I get something!" "Yes, you are. Bye.": a retort, not a yes.
  if (RETORT.test(text)) return false;
  // After a recap or a commitment question ("Does that sound right?") a yes may go on ("Yes. Thank
  // you, I was so stressed about this"); after a plain ask it must be short to be a yes.
  return hasAny(asked.acts, CONFIRMING) || text.split(/\s+/).filter(Boolean).length <= BARE_AGREEMENT_WORDS;
}
const CONFIRMING = ['recap_terms', 'secure_commitment'] as const;
const RETORT = guarded(/^\W*(?:yes|yeah|oh)[,.!]? you (?:are|will|do|can|did|were)\b/i);
/** Agent acts that ask to pay or read the terms back: what an agreement answers. */
export const ASKS_OR_RECAPS = [...PAYMENT_ASKS, 'recap_terms'] as const;

/**
 * "Anything else?" "No. Just don't call me again after it's paid.": a no to the closing question,
 * after the terms were read back, refuses nothing agreed.
 */
function noToSomethingElse(t: AnnotatedTurn, previousAgent: AnnotatedTurn | null, agreed: AnnotatedTurn | null): boolean {
  // "Anything else I can help you with?" "Unbelievable. No.": a short no to the question, not to the payment.
  return agreed !== null && previousAgent !== null && (previousAgent.acts.includes('recap_terms') || t.text.length <= 40) && asksSomethingElse(previousAgent.text) && !REFUSES_PAYING.test(t.text);
}
/** Only the way of paying turned down: "I'm not giving you my card number", "I don't give my card out over the phone". */
const WAY_REFUSED = guarded(/\b(?:not|never|won'?t|don'?t|do not) (?:giving|give|give out|read(?:ing)?|hand(?:ing)? over)(?: you| out)? (?:my |the |any |a )?(?:card|debit card|credit card|bank|account|routing|checking|bank account)(?: (?:number|numbers|info|information|details))?\b|\b(?:don'?t|do not|never) give (?:my |a |the )?(?:card|card number|bank info) out\b/i);
const REFUSES_PAYING = guarded(/\b(?:can'?t|cannot|won'?t|will not|not|never) (?:going to |gonna )?(?:pay|afford|do (?:it|that|this))\b|\b(?:cancel|changed my mind|take (?:it|that) back)\b/i);

/** The agent's turn ends on a question about something else: "Anything else?", "Any questions?". */
function asksSomethingElse(text: string): boolean {
  // Recorder transcripts often drop the question mark: "anything else".
  // "Anything else I can do for you this morning, Mr. Dunaway?": a title's full stop ends no sentence.
  const last = text.trim().split(/(?<=(?<!\b(?:mr|mrs|ms|dr|st|jr|sr))[.!?])\s+/i).pop() ?? '';
  return SOMETHING_ELSE.test(last) || OFFER_IN_WRITING.test(last) || (OFFER_FOR_LATER.test(last) && !last.includes('?'));
}
/** An offer left open for another day: "we can set up that fifty a month whenever you're ready." A "Yeah. Bye." to it takes nothing up. */
const OFFER_FOR_LATER = guarded(/\b(?:we|i) can (?:set (?:that|it|this|one|something|a plan|the plan)(?: [a-z]+){0,4} up|set up (?:that|a|the|your)|start (?:that|a|the)|get (?:that|a|the) [a-z]+ (?:started|going))\b[^.?!]*\b(?:whenever|when|once) you(?:'re| are) ready\W*$|\bif you ever (?:want|need|decide) to (?:set up|start|do)\b/i);
/** The offer sent to be read later: "I'll send you the settlement offer in writing." A "Fine" to it takes nothing up. */
const OFFER_IN_WRITING = guarded(/\b(?:i'?ll|i will|we'?ll|we will|let me) (?:send|mail|e-?mail|put) (?:you )?(?:the |a |that |this |our )?(?:settlement |payment |plan )?(?:offer|options|letter|it|that|terms)(?: \w+)? (?:in writing|by mail|in the mail|by e-?mail|to you)\b/i);
// "Do you want me to take the card now and schedule it, or would you rather call in on the 6th?": how, not whether.
// "I'll follow up with you next week to see where you're at on the rest." "No, you won't.": the call refused, not the payment.
const SOMETHING_ELSE = guarded(/\b(?:anything else|anything i (?:missed|left out|forgot)|did i (?:miss|leave out|forget) anything|any(?:thing)? (?:other )?questions?|help (?:you )?with|can i help|something else|when(?:'s| is) (?:your )?pay ?day|when do you get paid|you said (?:\w+day|the \d+\w*)|(?:want|like) me to (?:take|run|schedule) (?:the |your |it )?(?:card )?(?:now|today|over the phone)|(?:rather|prefer to) call (?:it )?in|(?:i'?ll|i will|we'?ll|we will) (?:follow up|check in|call you|give you a (?:call|ring)|reach out|be in touch|touch base)\b(?![^.?!]*\b(?:pay|payment|card)\b))\b/i);
/** Words that make a customer's line about paying. */
// "Check. I'll overnight it on the 12th.": a way of paying named first.
const PAY_WORDS =
  guarded(/^\W*(?:a |by |business |personal |cashier'?s )?(?:check|money order)\b(?!\s+(?:on|with|if|whether|that|the|my|your|it|back|in|out)\b)|\b(?:pay|paying|paid|payments?|\$|dollars?|bucks|card|checking|savings|bank|plan|settle\w*|amount|balance|hundred|thousand|money orders?|cashier'?s checks?|the (?:whole|full) (?:thing|amount)|all of it|in full|every month|a month|a week|all at once|in one (?:go|shot|payment|lump))\b|(?:^|[.,!?]\s+|\b(?:just|go ahead and|please|you can|then)\s+)(?:run|charge|process|put through|draft|debit) (?:it|that|the (?:card|payment))\b(?! back| off| over| up| out| away| early| twice| again)|\$/i);
const BARE_AGREEMENT_WORDS = 6;

/** Settlement, plan or a single promise: from the agreement and the recap, then the proposal, then the last offer. */
const TERMS_ACTS: readonly Act[] = ['recap_terms', 'secure_commitment', 'request_full_payment', 'offer_payment_plan', 'offer_settlement'];

/** Words that close the account: "resolves the balance in full", "I close the whole thing out", "account zeroed". */
const CLOSES_ACCOUNT = guarded(/\b(?:(?:resolves?|clears?|pays?|covers?|takes? care of) (?:it|this|the (?:whole )?(?:balance|account|debt|thing)|the \$[\d,.]+ (?:balance|account|debt)) (?:in full|off|completely)|close[sd]? (?:it|this|the (?:whole thing|account)) out|(?:resolves?|clears?|settles?) (?:the|your|this) (?:[\w-]+ ){0,3}?(?:balance|account|debt) of \$[\d,.]+|account (?:is )?zeroed|zeroe?s? (?:it|(?:the|this|that)(?: whole)? (?:account|balance|thing|debt)) out|mark (?:it|this|the account) (?:as )?closed|nothing (?:more|else|further) (?:owed|due))\b/i);

/** One sum, under the balance, said to close the account ("$1,200 … resolves the $2,840 balance in full"). */
function paysLessToClose(text: string, balance: number | undefined): boolean {
  if (balance === undefined || balance <= 0 || !CLOSES_ACCOUNT.test(text)) return false;
  const sums = moneyIn(text).filter((m) => m.value !== null && !m.isBalance && m.frequency === null && Math.abs(m.value - balance) >= 0.005);
  return sums.length === 1 && sums[0]!.value! < balance * 0.995 && sums[0]!.value! > 0;
}

function agreementKind(call: AnnotatedCall, agreement: AnnotatedTurn): Outcome {
  const i = agreement.index - 1;
  const around = [agreement, call.turns[i + 1], call.turns[i + 2]];
  const after = kindOfWords(around);
  // "We could also split it into two smaller payments." "No, one check's fine.": the plan offered is turned down.
  if (after === 'payment_plan' && around.some((t) => t !== undefined && isConsumer(t) && ONE_PAYMENT.test(t.text))) return 'promise_to_pay';
  if (after) return after;
  // "$1,200 on Thursday, March 19th, and that resolves the $2,840 balance in full": less than the
  // balance, taken as paying all of it, is a settlement whatever the words.
  // So is the offer the yes answers: "get me the nine hundred by Monday and I'll mark it closed, zero balance".
  const offer = call.turns[i - 1];
  const offeredToClose = offer !== undefined && offer.speaker === 'agent' && offer.acts.includes('offer_settlement') && !offer.acts.includes('offer_payment_plan');
  if ([...around, offeredToClose ? offer : undefined].some((t) => t !== undefined && t.speaker === 'agent' && paysLessToClose(t.text, call.context.debt_amount_claimed))) return 'settlement';
  // "I can just pay it." "So the full $438.27 by debit card on Friday": the whole balance, once,
  // whatever choice the offer before it gave.
  // An answer about credit after it ("once it's paid it'll update to paid, the balance we report
  // goes down") names no terms: only the yes itself and the agent's terms count.
  // "You want the whole thing?" asked about the card number chooses nothing.
  if (around.some((t) => t !== undefined && t.speaker !== 'system' && (t === agreement || (t.speaker !== 'agent' && !/\?\s*$/.test(t.text)) || hasAny(t.acts, TERMS_ACTS)) && FULL_BALANCE.test(t.text.replace(READ_OUT, ' ').replace(REPORTED_AS_PAID, ' ')))) return 'promise_to_pay';
  // A yes that names its own sum ("can we just do the fifty Friday?") answers the offer before it
  // with other terms: the offer does not decide the kind.
  // A card's last four or its expiry ("a Visa debit ending 4471") are no terms.
  const ownTerms = moneyIn(agreement.text).length > 0 || A_NUMBER.test(PAYMENT_DETAILS.replace(agreement.text, ' '));
  const proposal = ownTerms ? null : kindOfWords([call.turns[i - 1]]);
  if (proposal) return proposal;
  // The last recap before the agreement states the terms agreed: without plan or settlement
  // words ("a one-time payment of $687.90 … pays the account in full") it is a single promise,
  // whatever was offered earlier. A closing note after it ("you'll get a written confirmation of
  // the schedule") names no kind, so the latest recap that names one decides.
  const preceding = kindOfRecaps(call.turns.slice(0, i + 1).reverse(), true);
  if (preceding) return preceding;
  // With none before it, the recap that follows the agreement reads the terms back ("so you'll
  // call on the 20th and pay $842.17 by debit card, which pays the account in full": a promise).
  // A confirmation of the payment taken ("That went through: $1,950 today") may come before the
  // recap that names its kind ("You agreed to settle it for $1,950").
  const following = kindOfRecaps(call.turns.slice(i + 1), false);
  if (following) return following;
  // "I can't do $1,500, $1,794 is the floor … or monthly payments on the full balance." "No, I'll
  // do the $1,794.": the sum chosen is the settlement offered, whatever was offered after it.
  const balance = call.context.debt_amount_claimed;
  if (ownTerms && balance !== undefined) {
    const chosen = moneyIn(agreement.text).filter((m) => m.value !== null && m.value < balance - 0.005);
    const offered = call.agentTurns.some((t) => t.index < agreement.index && t.acts.includes('offer_settlement') && moneyIn(t.text).some((m) => chosen.some((c) => Math.abs(c.value! - m.value!) < 0.005)));
    if (offered) return 'settlement';
  }
  // Else the last offer before it decides, unless the consumer chose the whole balance since
  // ("full, or would splitting it up work better?" "I can do the whole thing on the 27th").
  for (let j = i; j >= 0; j--) {
    const t = call.turns[j]!;
    if (t.speaker !== 'agent') {
      if (isConsumer(t) && FULL_BALANCE.test(t.text)) break;
      continue;
    }
    if (t.acts.includes('offer_settlement') && SETTLEMENT_WORDS.test(t.text)) return 'settlement';
    if (t.acts.includes('offer_payment_plan')) return 'payment_plan';
    if (t.acts.includes('request_full_payment')) break;
  }
  return 'promise_to_pay';
}

const HOLDS_OFF = guarded(/\bnot (?:saying yes|agreeing|committing)(?: to (?:anything|it|that))?(?: yet)? (?:until|till|before|without)\b/i);
/** Details read out whole: "I'll read you the whole thing" (the account number), not the whole balance. */
const READ_OUT = /\bread (?:you |it |them )?(?:the whole thing|all of it|it all|the whole number)\b/gi;
const ONE_PAYMENT = guarded(/\b(?:(?:one|a single|just the one) (?:check|payment|draft)(?:'s| is)? (?:fine|good|okay|ok|enough)|no,? (?:just )?(?:one|a single) (?:check|payment)|(?:don'?t|do not) (?:need|want) (?:to split|a plan|payments))\b/i);

/**
 * The kind named by the first of these turns' recaps that names one; a single promise when they
 * hold recaps but none names a kind, or (with `sumDecides`) when one names only a sum first. Null
 * when none is a recap.
 */
function kindOfRecaps(turns: readonly (AnnotatedTurn | undefined)[], sumDecides: boolean): Outcome | null {
  let recap = false;
  for (const t of turns) {
    if (t === undefined || t.speaker !== 'agent' || !t.acts.includes('recap_terms')) continue;
    // "Alright, that went through, confirmation number is CC-44812": a receipt names no terms and no kind.
    // Nor does a card's or an account's last four ("the checking account ending 3380").
    if (moneyIn(t.text).length === 0 && findDate(t.text) === null && !A_NUMBER.test(PAYMENT_DETAILS.replace(t.text.replace(CONFIRMATION_CODE, ' '), ' ')) && !kindOfWords([t])) continue;
    recap = true;
    const kind = kindOfWords([t]);
    if (kind) return kind;
    if (sumDecides && moneyIn(t.text).length > 0) return 'promise_to_pay';
  }
  return recap ? 'promise_to_pay' : null;
}

/** A sum due on a date: "$230 on April 1st", "$229.50 by the 15th", "two sixty on april third". */
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
const DATED_PAYMENT = new RegExp(
  `(?:\\$\\s?\\d[\\d,]*(?:\\.\\d\\d)?|\\b\\d[\\d,]*(?:\\.\\d\\d)?(?: dollars)?|\\b${NUMBER_WORD}(?:[ -]${NUMBER_WORD})*(?: dollars)?)\\s+(?:on|by|due(?: on)?|dated(?: for)?)\\s+(?:the\\s+)?` +
    `((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD})|\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD}|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?|\\d{4}-\\d\\d-\\d\\d)`,
  'gi',
);

/** One sum on several dates listed: "$125 on April 1st, May 1st, and June 1st", "on the 1st of July, August and September", "the 13th, the 27th, and then March 13th". */
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const LISTED_DATES = new RegExp(`\\b${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?,? (?:and )?${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?\\b|\\bthe \\d{1,2}(?:st|nd|rd|th)? of ${MONTH_NAME},? (?:and )?${MONTH_NAME}\\b|\\bthe \\d{1,2}(?:st|nd|rd|th),? (?:and (?:then )?)?the \\d{1,2}(?:st|nd|rd|th),? (?:and (?:then )?)?(?:the \\d{1,2}(?:st|nd|rd|th)|${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?)\\b`, 'i');

/** How many different dates the words put a payment on: two or more read back are instalments. */
/** A weekday said with its date: "Friday, October 9th", "Monday the 26th". */
const WEEKDAY_OF_DATE = /\b((?:mon|tues|wednes|thurs|fri|satur|sun)day),? (?:the \d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)/gi;
function datedPayments(text: string): number {
  const dates = new Set<string>();
  // "$350 on the 15th … $350 on June 15th": one day named twice, with and without its month.
  const named = [...text.matchAll(DATED_PAYMENT)].map((m) => m[1]!.toLowerCase());
  // "Friday" … "on Friday, October 9th": the weekday is the date's own, named again.
  const weekdaysOfDates = new Set([...text.matchAll(WEEKDAY_OF_DATE)].map((m) => m[1]!.toLowerCase()));
  for (const d of named) {
    if (weekdaysOfDates.has(d)) continue;
    const day = dayOfMonth(d);
    const month = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.exec(d)?.[1];
    if (day !== null && month === undefined && named.some((o) => o !== d && dayOfMonth(o) === day)) continue;
    dates.add(day !== null ? `${month ?? ''}${day}` : d);
  }
  // Sums in words or with "today" ("six hundred thirty today and six hundred thirty on Friday,
  // August fourteenth"): a sum followed closely by its own date, no balance talk between.
  if (dates.size >= 2) return dates.size;
  const sums = moneyIn(text).filter((m) => m.value !== null && m.frequency === null && !m.isBalance);
  const keys: DayKey[] = [];
  for (let k = 0; k < sums.length; k++) {
    const { start, end: sumEnd } = sums[k]!;
    if (BALANCE_TALK.test(text.slice(Math.max(0, start - 25), start))) continue;
    // "I don't have five hundred today. … I could do five hundred on the 24th": a sum refused is no payment's.
    if (REFUSED_SUM.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "Today's $200 is approved": a day named just before its sum, as a possessive.
    const owner = DAY_BEFORE_SUM.exec(text.slice(Math.max(0, start - 40, k > 0 ? sums[k - 1]!.end : 0), start));
    if (owner) {
      keys.push(dayKey(owner[1]!));
      continue;
    }
    const end = Math.min(sumEnd + 50, k + 1 < sums.length ? sums[k + 1]!.start : text.length);
    const after = text.slice(sumEnd, end);
    const date = findDate(after);
    if (date && !BALANCE_TALK.test(after.slice(0, date.start))) keys.push(dayKey(after.slice(date.start, Math.min(after.length, date.end + 20))));
  }
  for (let a = 0; a < keys.length; a++) for (let b = a + 1; b < keys.length; b++) if (plainlyDifferent(keys[a]!, keys[b]!)) return 2;
  return dates.size;
}

const REFUSED_SUM = guarded(/\b(?:don'?t|do not|doesn'?t|does not|can'?t|cannot|can not|won'?t|will not|not|never|no way)\b(?: \w+){0,3} $/i);

/** A day that owns the sum after it: "today's $200", "Friday's payment of $150". */
const DAY_BEFORE_SUM = guarded(/\b(today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['\u2019]s(?: (?:payment|instal?lment|charge|draft|debit))?(?: of)?\s*$/i);

/** A spoken date reduced to what can be compared: a day of the month, a weekday, or today/tomorrow. */
type DayKey = { day: number | null; weekday: string | null; relative: string | null };
function dayKey(words: string): DayKey {
  const lower = words.toLowerCase();
  const relative = /^\W*(today|tonight|tomorrow|now)\b/.exec(lower)?.[1] ?? null;
  const weekday = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/.exec(lower)?.[1] ?? null;
  return { day: dayOfMonth(lower), weekday, relative };
}
/** Two dates that cannot be the same day: different days of the month, different weekdays, today and a later date. */
function plainlyDifferent(a: DayKey, b: DayKey): boolean {
  if (a.relative !== null || b.relative !== null) return a.relative !== b.relative;
  if (a.day !== null && b.day !== null) return a.day !== b.day;
  if (a.weekday !== null && b.weekday !== null && a.day === null && b.day === null) return a.weekday !== b.weekday;
  return false;
}
const BALANCE_TALK = guarded(/\b(?:balance|owe|owed|left|remaining|leave|leaves|leaving|as of)\b/i);

/** A sentence that leaves a plan (or the rest of the balance) for another day: it has both. */
const LATER_WORDS = guarded(/\b(?:next (?:week|month|time)|later|another (?:day|time|call)|when we (?:talk|speak) again|after (?:that|this one|it clears|it posts)|once (?:that|it|this) (?:posts|clears|goes through)|(?:once|when|after) (?:you(?:'re| are)|you get|you start) (?:working|back (?:at|to) work|employed|hired|on your feet|a job|your (?:new )?job)|(?:once|when|after) you(?:'ve| have)? (?:looked at|gone over|checked|had a (?:chance|look) at|figured out) (?:your|the) (?:budget|finances|numbers|bills))\b/i);
const PLAN_LATER_WORDS = guarded(/\b(?:plan|arrangement|the rest|the remaining|the remainder|(?:your |the )?regular (?:monthly )?payments?|the other (?:\$\s?[\d,.]+|part|half|amount|__amount__)|what(?:'s| is) left|something monthly)\b/i);
/** The rest given up in the same breath: "once that clears, the remaining $1,350.00 is waived". */
const REST_WAIVED = guarded(/\b(?:waived|forgiven|written off|wiped (?:out|away|off))\b/i);
/** "If a larger lump sum ever comes along, call me and we can talk about settling what's left": a settlement for some other day. */
const SOME_DAY_WORDS = guarded(/\b(?:ever|down the road|in the future|(?:comes?|came) along)\b/i);
const SETTLEMENT_SOME_DAY_WORDS = guarded(/\b(?:settl\w*|lump[- ]sum)\b/i);

/** The text without its sentences that put a plan, or a settlement, off to another day. */
function withoutPlansForLater(text: string): string {
  const later = LATER_WORDS.test(text) && PLAN_LATER_WORDS.test(text);
  const someDay = SOME_DAY_WORDS.test(text) && SETTLEMENT_SOME_DAY_WORDS.test(text);
  if (!later && !someDay) return text;
  return text
    .split(/(?<=[.?!])\s+/)
    .filter((sentence) => REST_WAIVED.test(sentence) || (!(LATER_WORDS.test(sentence) && PLAN_LATER_WORDS.test(sentence)) && !(SOME_DAY_WORDS.test(sentence) && SETTLEMENT_SOME_DAY_WORDS.test(sentence))))
    .join(' ');
}

/** Settlement words that say there is none: "you're paying the full balance, so there's nothing to settle". */

/** Plan words that say there is none: "I'm not signing up for anything monthly", "no payment plan". */
// "I've noted one call per week, Monday mornings": how often to call, not how often to pay.
const NO_PLAN = /\b(?:not|no|never|don'?t|do not|won'?t|will not|without|instead of)\b[^.,;!?]{0,30}?\b(?:monthly|weekly|(?:payment )?plan|instal?lments?)\b|\b(?:one|a|1|two|2|no more than one|only one) (?:phone )?(?:call|contact)s? (?:a|per|each|every) (?:week|month|day)\b|\bonce a (?:week|month) for (?:the )?calls\b/gi;

function kindOfWords(turns: (AnnotatedTurn | undefined)[]): Outcome | null {
  const spoken = turns.filter((t): t is AnnotatedTurn => t !== undefined && t.speaker !== 'system');
  // "I'll call you next week to talk about a monthly plan" puts off a plan: today's terms are the rest.
  const texts = spoken.map((t) => withoutPlansForLater(t.text));
  const text = texts.join(' ');
  // A settlement is the balance paid for less: the words say so ("settle", "60% of the balance");
  // the model's offer_settlement on "I can take 150 on Friday and we'll go from there" does not.
  const settlement = SETTLEMENT_WORDS.test(text.replace(NO_SETTLEMENT, ' '));
  const plan =
    PLAN_WORDS.test(text.replace(NO_PLAN, ' ')) ||
    LISTED_DATES.test(text) ||
    moneyIn(text).some((m) => m.frequency !== null) ||
    spoken.some((t, k) => t.acts.includes('offer_payment_plan') && texts[k] === t.text) ||
    datedPayments(text) >= 2;
  if (settlement && !plan) return 'settlement';
  if (plan && !settlement) return 'payment_plan';
  if (settlement && plan) return SETTLEMENT_WORDS.test(text) ? 'settlement' : 'payment_plan';
  return null;
}
