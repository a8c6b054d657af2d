import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/domain/scoring/annotate.ts';
import { detectOutcome, type Outcome } from '../../../src/domain/scoring/outcome.ts';
import { call, FULL_CONTEXT, VERIFIED_OPENING, type Line } from '../../fixtures/scoring/calls.ts';

function outcomeOf(lines: readonly Line[]) {
  const { transcript, classify } = call(lines);
  return detectOutcome(annotate(transcript, classify));
}

const V = VERIFIED_OPENING;
const ASK: Line = ['agent', 'Can you pay the $1,200 balance today?', ['request_full_payment']];

describe('detectOutcome', () => {
  const cases: [string, Line[], Outcome][] = [
    ['a promise to pay in full', [...V, ASK, ['customer', "I'll pay it all on Friday.", ['agrees_to_pay']]], 'promise_to_pay'],
    [
      'a payment plan',
      [...V, ASK, ['customer', "I can't.", ['refuses_to_pay']], ['agent', 'Could you do $100 a month?', ['offer_payment_plan']], ['customer', 'Yes, I can do that.', ['agrees_to_pay']]],
      'payment_plan',
    ],
    [
      'a settlement',
      [...V, ASK, ['customer', "I can't.", ['refuses_to_pay']], ['agent', 'We could settle for $900.', ['offer_settlement']], ['customer', 'Okay, deal.', ['other']]],
      'settlement',
    ],
    [
      'the plan the customer picks when both were offered',
      [
        ...V,
        ['agent', 'You could settle for $900 or pay $100 a month.', ['offer_settlement', 'offer_payment_plan']],
        ['customer', "I'll take the monthly payments.", ['agrees_to_pay']],
      ],
      'payment_plan',
    ],
    ['a dispute', [...V, ASK, ['customer', 'That is not my debt.', ['disputes_debt']], ['agent', "I've noted your dispute.", ['handle_dispute']]], 'dispute_logged'],
    [
      'no cease taken on when the agent pressed over it and only says "Understood" on the way out',
      [
        ...V,
        ['customer', 'Please stop calling me.', ['requests_cease']],
        ['agent', 'Before I let you go, could you put even $50 toward it today?', ['request_full_payment']],
        ['customer', 'No. I said stop calling.', ['requests_cease']],
        ['agent', 'Understood. Have a good day.', ['acknowledge_cease_request', 'close_call']],
      ],
      'no_agreement',
    ],
    [
      'a cease taken on when the answer after pressing speaks of the calls stopping',
      [
        ...V,
        ['customer', 'Please stop calling me.', ['requests_cease']],
        ['agent', 'Before I let you go, could you put even $50 toward it today?', ['request_full_payment']],
        ['customer', 'No. I said stop calling.', ['requests_cease']],
        ['agent', "Okay. I'm putting a no-call request on the account, so you won't get any more calls.", ['acknowledge_cease_request']],
      ],
      'cease_acknowledged',
    ],
    [
      'no dispute logged when the consumer disputes again after the answer and the agent presses for payment',
      [
        ...V,
        ['customer', 'I paid my copay. I do not owe this.', ['disputes_debt']],
        ['agent', 'What you paid was the copay; the $640 is what is left after insurance.', ['handle_dispute']],
        ['customer', "No, I'm disputing it.", ['disputes_debt']],
        ['agent', 'The balance is valid. I can split it, $320 now and $320 next month.', ['offer_payment_plan']],
        ['customer', "I'm not paying anything until somebody shows me why.", ['refuses_to_pay']],
      ],
      'no_agreement',
    ],
    [
      'no agreement from "I know I owe it and I\'ll handle it when I can"',
      [...V, ASK, ['customer', "I know I owe it and I'm going to handle it when I can.", ['agrees_to_pay']], ['agent', 'Okay, thank you.', ['other']]],
      'no_agreement',
    ],
    [
      'no promise when the agent leaves the consumer\'s offer with "just give us a call whenever"',
      [...V, ['customer', 'I get paid on the 29th, I could do something then.', ['agrees_to_pay']], ['agent', 'Okay, no worries. Just give us a call whenever.', ['active_listening']], ['customer', 'Oh. Okay.', ['other']]],
      'no_agreement',
    ],
    [
      'a plan, whatever the consumer asks about paying it off early after the recap',
      [
        ...V,
        ['agent', 'So $100 on the 15th of every month, starting May 15th, twelve payments, from checking.', ['offer_payment_plan', 'recap_terms']],
        ['customer', 'Yep, that is right. And if I come into some money, can I pay it off early?', ['agrees_to_pay']],
        ['agent', 'Absolutely, there is no penalty for paying early.', ['other']],
      ],
      'payment_plan',
    ],
    [
      'no callback from "not today, I\'ll call you back if I decide"',
      [...V, ASK, ['customer', "Nah, not today. I'll call you back if I decide to do something.", ['requests_callback']], ['agent', 'Okay. Our number is 1-855-555-0191. Have a good night.', ['close_call']]],
      'no_agreement',
    ],
    [
      'a single promise when the same day is named twice, with and without its month',
      [
        ...V,
        ASK,
        ['customer', 'I can do $350 on the 15th when my check comes.', ['agrees_to_pay']],
        ['agent', 'Alright, $350 on June 15th. How are you paying?', ['secure_commitment']],
        ['customer', "A check. I'll mail it.", ['agrees_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'the settlement agreed, not a goodbye after the read-back',
      [
        ...V,
        ['agent', 'I can settle the $1,200 balance for $900, paid Friday from checking.', ['offer_settlement']],
        ['customer', "Yeah, that's it. Let's do it.", ['agrees_to_pay']],
        ['agent', "That's $900 set for Friday. Thanks for working with me, have a good night.", ['recap_terms', 'close_call']],
        ['customer', 'Yeah. You too. Night.', ['other']],
      ],
      'settlement',
    ],
    [
      'the promise read back stands when the consumer asks to be called about the rest after it posts',
      [
        ...V,
        ['customer', 'I can get you three hundred on the 20th when I get paid.', ['agrees_to_pay']],
        ['agent', "So I'm setting up $300 on Friday, March 20th, from checking. And once that posts, would you want to talk about a monthly plan for the rest?", ['offer_payment_plan', 'recap_terms']],
        ['customer', 'Yeah, maybe. Call me after the 20th.', ['agrees_to_pay', 'requests_callback']],
        ['agent', "Understood, I'll note one call after the payment posts.", ['close_call']],
      ],
      'promise_to_pay',
    ],
    [
      'no agreement from "I\'ll pay it when I can pay it … that\'s four calls this week"',
      [...V, ASK, ['customer', "I'll pay it when I can pay it. That's four calls this week. Don't call me anymore.", ['agrees_to_pay', 'requests_cease']], ['agent', 'Can you do half by Friday?', ['secure_commitment']], ['customer', 'Goodbye.', ['other']]],
      'no_agreement',
    ],
    [
      'no dispute taken on by an answer that threatens a suit in the same breath',
      [
        ...V,
        ['customer', 'I paid that off years ago. I want proof.', ['disputes_debt']],
        ['agent', "You'll get a letter with 30 days to dispute it. But if this isn't handled we'll be filing suit.", ['handle_dispute', 'threat_legal_action_false']],
        ['customer', "I'm not giving you a dime until I see paperwork.", ['disputes_debt', 'refuses_to_pay']],
      ],
      'no_agreement',
    ],
    [
      'no callback when the agent only tells the consumer to call back when ready',
      [...V, ASK, ['customer', 'Send me something in writing.', ['other']], ['agent', "Call back when you're ready to be reasonable.", ['other']]],
      'no_agreement',
    ],
    [
      'no agreement when the agent turns the offer down and the consumer hangs up',
      [
        ...V,
        ['agent', 'What can you pay?', ['probe_ability_to_pay']],
        ['customer', 'I can do a hundred a month starting in March.', ['agrees_to_pay']],
        ['agent', "A hundred a month on five grand? That's bullshit. Give me a real number.", ['profanity_abuse']],
        ['customer', "I'm hanging up.", ['hostile']],
      ],
      'no_agreement',
    ],
    [
      'a promise when a figure answers how much the consumer can do',
      [
        ...V,
        ['agent', 'So what can you do? Even one payment now helps.', ['probe_ability_to_pay']],
        ['customer', 'I guess I could do seventy-five. When my check comes on the third.', ['agrees_to_pay']],
        ['agent', 'Okay. How are you paying?', ['other']],
        ['customer', 'Okay. Just please leave my disability alone.', ['other']],
      ],
      'promise_to_pay',
    ],
    [
      'a promise when the consumer reads out the card asked for',
      [
        ...V,
        ['agent', 'Can you pay the full $1,200 today?', ['request_full_payment']],
        ['customer', "I don't have that kind of money.", ['refuses_to_pay']],
        ['agent', "Let's just get it done right now. What's the card number?", ['secure_commitment']],
        ['customer', "Okay. I don't want any trouble. It's 4-4-1-7... [CARD_NUMBER]", ['other']],
      ],
      'promise_to_pay',
    ],
    [
      'a callback when the consumer needs to think and asks to be called back',
      [
        ...V,
        ASK,
        ['customer', 'Okay, I need to think. I want to find my contract before I pay anything. Can you call me back Friday?', ['agrees_to_pay', 'requests_callback']],
        ['agent', "Sure. I'll call you Friday at 4:30.", ['other']],
        ['customer', 'Okay. Friday.', ['other']],
      ],
      'callback_scheduled',
    ],
    [
      'a promise that stands once the payment went through, whatever the consumer says of the rest',
      [
        ...V,
        ['agent', 'Can you pay the full $1,200 today?', ['request_full_payment']],
        ['customer', 'I can do two hundred today.', ['agrees_to_pay']],
        ['agent', 'Done, confirmation 55120-B. And for the remaining $1,000, do you want me to set something up?', ['secure_commitment']],
        ['customer', "No. I'll call you when I've got it.", ['refuses_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'a promise that a no to "anything else?" after the recap leaves standing',
      [
        ...V,
        ASK,
        ['customer', "I'll pay the whole thing on the 13th.", ['agrees_to_pay']],
        ['agent', 'To recap: $1,200 on Friday the 13th by debit card. Anything else I can help with?', ['recap_terms']],
        ['customer', "No. Just don't call me again after it's paid.", ['agrees_to_pay', 'refuses_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'a callback when the consumer will figure out after payday how to pay',
      [
        ...V,
        ASK,
        ['customer', "Okay. Let me look at my budget after payday and figure out whether I'm doing it all at once. Can you call me Friday?", ['agrees_to_pay', 'requests_callback']],
        ['agent', "Sure, I'll call you Friday at 5:30.", ['other']],
      ],
      'callback_scheduled',
    ],
    [
      'a callback the consumer asks for, booked with the options it will go over',
      [
        ...V,
        ['agent', 'The lowest plan is $125 a month, or a settlement of $2,870.', ['offer_payment_plan', 'offer_settlement']],
        ['customer', "My wife does the budget. Can you call back Thursday around seven? She's home by then.", ['requests_callback']],
        ['agent', "Thursday the 21st at 7 p.m., this same number. I'll have both options ready: the $125 plan or the $2,870 settlement.", ['offer_payment_plan', 'offer_settlement']],
        ['customer', 'Okay. Thursday at seven.', ['other']],
      ],
      'callback_scheduled',
    ],
    [
      'no callback when the consumer refuses the one the agent proposes',
      [
        ...V,
        ASK,
        ['customer', "I don't have it.", ['refuses_to_pay']],
        ['agent', "Call around tonight, and I'll call you back tomorrow.", ['other']],
        ['customer', "Don't bother. I'm done with this call.", ['hostile']],
      ],
      'no_agreement',
    ],
    [
      'a plan when the yes only gives the card ending the instalments are paid with',
      [
        ...V,
        ['agent', 'What about $200 a month? That is twenty payments.', ['offer_payment_plan']],
        ['customer', 'Two hundred I can do.', ['agrees_to_pay']],
        ['agent', 'So $200 a month starting May 1st by debit card. Which card would you like to use?', ['offer_payment_plan', 'secure_commitment']],
        ['customer', "Okay, it's a Visa debit ending 4471.", ['agrees_to_pay']],
        ['agent', "Got it, ending 4471. You'll get a written confirmation of the schedule.", ['recap_terms']],
      ],
      'payment_plan',
    ],
    [
      'a cease request the agent acknowledges',
      [...V, ASK, ['customer', 'Stop calling me.', ['requests_cease']], ['agent', "Understood, we'll stop calling. We'll write instead.", ['acknowledge_cease_request']]],
      'cease_acknowledged',
    ],
    ['a cease request the agent talks over (CEASE_IGNORED, not an outcome)', [...V, ASK, ['customer', 'Stop calling me.', ['requests_cease']], ['agent', 'Can you pay today?', ['request_full_payment']]], 'no_agreement'],
    ['a dispute the agent never takes on (DISPUTE_IGNORED, not an outcome)', [...V, ASK, ['customer', 'That is not my debt.', ['disputes_debt']], ['agent', 'It shows open. Can you pay today?', ['request_full_payment']]], 'no_agreement'],
    [
      'an agreement with a request to limit calls',
      [...V, ASK, ['customer', "Fine, I'll pay it all Friday.", ['agrees_to_pay']], ['customer', 'And only call this number, not my work.', ['requests_cease']]],
      'promise_to_pay',
    ],
    ['an attorney', [...V, ASK, ['customer', 'Talk to my lawyer.', ['has_attorney']], ['agent', "Of course. What's your lawyer's name and number?", ['acknowledge_attorney']]], 'attorney_referral'],
    ['an attorney named and talked over', [...V, ASK, ['customer', 'Talk to my lawyer.', ['has_attorney']], ['agent', 'Sure, but can you put $200 down today?', ['request_full_payment']], ['customer', 'No. Bye.', ['refuses_to_pay']]], 'no_agreement'],
    ['an attorney whose number the agent writes down', [...V, ['customer', 'My lawyer handles this. Priya Natarajan, 555-0148.', ['has_attorney']], ['agent', "Alright, Priya Natarajan, 555-0148. I'll note it.", ['other']]], 'attorney_referral'],
    ['a callback the customer asked for', [...V, ['customer', 'Can you call me tomorrow?', ['requests_callback']], ['agent', 'Of course. What time suits you?', ['other']]], 'callback_scheduled'],
    ['a callback asked for and talked over', [...V, ['customer', 'Can you call me tomorrow?', ['requests_callback']], ASK, ['customer', "I said I can't talk. Bye.", ['requests_callback']]], 'no_agreement'],
    ['a callback the agent arranged', [...V, ['agent', "I'll call you back tomorrow at ten.", ['close_call']]], 'callback_scheduled'],
    ['a wrong number', [['agent', 'Is this Dana?', ['verify_identity']], ['customer', 'Wrong number.', ['wrong_party']]], 'wrong_party'],
    ['a third party who answered', [['agent', 'Is Dana there?', ['verify_identity']], ['third_party', "She's out.", ['other']], ['agent', "I'll call back later.", ['close_call']]], 'wrong_party'],
    [
      'a single payment today, with a plan for the rest left for another call',
      [
        ...V,
        ASK,
        ['customer', 'I can do $150 on Friday.', ['agrees_to_pay']],
        ['agent', "So that's $150 on Friday by debit card. I'll call you next week to talk about a monthly plan for the rest.", ['recap_terms', 'offer_payment_plan']],
        ['customer', 'Okay.', ['agrees_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'two dated sums in words make a plan',
      [...V, ASK, ['customer', 'Half now and half next month.', ['agrees_to_pay']], ['agent', 'So that is six hundred dollars today and six hundred dollars on Friday, August 14th.', ['recap_terms']], ['customer', 'Sounds good.', ['agrees_to_pay']]],
      'payment_plan',
    ],
    [
      "a day that owns its sum (\"today's $200\") is the first of two dated payments",
      [
        ...V,
        ASK,
        ['customer', 'Not all of it. $200 today and the rest next week?', ['agrees_to_pay']],
        ['agent', "Today's $200 is approved. The $340 is scheduled for June 10th.", ['recap_terms']],
        ['customer', 'Okay, thanks.', ['agrees_to_pay']],
      ],
      'payment_plan',
    ],
    [
      'a consumer who tells the agent to run the card has promised, whatever the line before asked',
      [
        ...V,
        ['customer', 'Fine, I just want it gone. Can I pay it now with a card?', ['asks_question']],
        ['agent', 'Yes, there is a card fee, so it would be $297.95 total.', ['unauthorized_fee']],
        ['customer', 'Seriously? Whatever. Fine, just run it.', ['agrees_to_pay']],
        ['agent', 'Processing $297.95 today on the card ending 5102.', ['other']],
      ],
      'promise_to_pay',
    ],
    [
      'a sum put to the spouse before it is promised, then a callback, books the callback',
      [
        ...V,
        ASK,
        ['customer', 'Maybe a hundred-fifty a month? But I need to talk to my wife first.', ['agrees_to_pay']],
        ['agent', "When's a good time to call you back once you two have talked?", ['other']],
        ['customer', 'Tomorrow evening, after six.', ['requests_callback']],
        ['agent', "Let's say tomorrow at 6:30, and we'll look at $150 a month then. Sound good?", ['offer_payment_plan']],
        ['customer', 'Yeah, that works.', ['agrees_to_pay']],
      ],
      'callback_scheduled',
    ],
    [
      'a way of paying turned down for another still promises',
      [
        ...V,
        ['customer', "I'll pay the damn thing. On the 24th, when my pension check comes in.", ['agrees_to_pay']],
        ['agent', 'The full $612.00 on April 24th. Card, bank account, or a check by mail?', ['secure_commitment']],
        ['customer', "I'm not giving you my bank account. I'll mail a check.", ['agrees_to_pay', 'refuses_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'a monthly bureau update is no monthly plan',
      [
        ...V,
        ASK,
        ['customer', 'Can I do the whole thing Friday?', ['agrees_to_pay']],
        ['agent', "So one payment of $642.18 on Friday, March 13th, by debit card. We'll update the bureaus with our next monthly update.", ['recap_terms']],
        ['customer', "Yep, that's fine.", ['agrees_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'a better time asked for and never given books no callback',
      [
        ...V,
        ASK,
        ['customer', "I'm at work, I really can't talk about this here.", ['requests_callback']],
        ['agent', "Okay, I understand. What's a better time to reach you?", ['active_listening']],
        ['customer', "I'll call you guys. Bye.", ['other']],
      ],
      'no_agreement',
    ],
    [
      'a sum taken back ("let me not promise something I can\'t keep") for a callback books the callback',
      [
        ...V,
        ASK,
        ['customer', 'Well, I could do two hundred on the 12th.', ['agrees_to_pay']],
        ['customer', "You know what, let me not promise something I can't keep. Can you call me back when my wife is home?", ['requests_callback']],
        ['agent', "Of course. I'll call you back Thursday at 6 p.m. So nothing's being set up today.", ['active_listening']],
        ['customer', "That'll do.", ['other']],
      ],
      'callback_scheduled',
    ],
    [
      'a callback asked for and talked over ("It\'ll only take a minute") books nothing',
      [
        ['agent', 'Hello, this is Grayson. May I speak with Brittany?', ['greeting', 'identify_self']],
        ['customer', "This is Brittany. I'm on the highway right now though, can you call me back later?", ['confirms_identity', 'requests_callback']],
        ['agent', "It'll only take a minute, I promise. Can you just confirm your date of birth?", ['verify_identity']],
        ['customer', 'Eleven, two, eighty-eight.', ['confirms_identity']],
        ['agent', "I'm calling about your card, balance of $1,047.15. Can you pay it today?", ['state_balance', 'request_full_payment']],
        ['customer', "I told you, I'm driving. Call me later.", ['requests_callback']],
      ],
      'no_agreement',
    ],
    [
      'one check named twice with its date in two ways is one payment',
      [...V, ASK, ['customer', 'I can send $780, dated the 29th.', ['agrees_to_pay']], ['agent', 'So a check for $780, dated May 29th, mailed Monday the 4th. Right?', ['recap_terms']], ['customer', 'Yes.', ['agrees_to_pay']]],
      'promise_to_pay',
    ],
    [
      'a dispute pressed over and then only "noted" on the way out is not logged',
      [
        ...V,
        ASK,
        ['customer', "That's not my account.", ['disputes_debt']],
        ['agent', 'It shows under your name, so can you pay the $1,200 today?', ['request_full_payment']],
        ['customer', "I'm not paying for his bill. No.", ['refuses_to_pay']],
        ['agent', "Alright. I'll put a note on the account.", ['handle_dispute', 'close_call']],
      ],
      'no_agreement',
    ],
    [
      'the whole balance chosen from "all at once, or split it up", read back with a letter "about a week after"',
      [
        ...V,
        ['agent', 'You can pay it all at once, or we can split it up.', ['request_full_payment', 'offer_payment_plan']],
        ['customer', 'I can just pay it. I get paid Friday.', ['agrees_to_pay']],
        ['agent', 'So the full $1,200 by debit card on Friday, April 17th. You will get a letter about a week after it posts.', ['recap_terms']],
        ['customer', 'Yes.', ['agrees_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'a message left with a third party for the consumer to call back',
      [['agent', 'Is Dana there?', ['verify_identity']], ['third_party', "She's out.", ['other']], ['agent', 'Could you have her give me a call back at 800-555-0100?', ['other']]],
      'wrong_party',
    ],
    [
      'a callback to the consumer booked with the spouse for a set time',
      [
        ['agent', 'Is Dana there?', ['verify_identity']],
        ['third_party', "I'm her husband, she's at work. She's off Thursday after five.", ['third_party']],
        ['agent', "I'll note a callback for Dana this Thursday, April 16th, between 5:30 and 6:30.", ['other']],
      ],
      'callback_scheduled',
    ],
    [
      'a third party who will call back on a day the agent takes on',
      [
        ['agent', 'Is Dana there?', ['verify_identity']],
        ['third_party', "I'm her mother. I'll call you back Friday.", ['third_party', 'requests_callback']],
        ['agent', 'That works, thank you.', ['active_listening']],
      ],
      'callback_scheduled',
    ],
    ['a refusal', [...V, ASK, ['customer', 'No.', ['refuses_to_pay']]], 'no_agreement'],
    ['an agreement withdrawn', [...V, ASK, ['customer', 'Okay.', ['agrees_to_pay']], ['customer', 'Actually no, I will not pay.', ['refuses_to_pay']]], 'no_agreement'],
    [
      'a counter-proposal that refuses the ask and agrees to a later date',
      [...V, ASK, ['customer', 'Not today, no. But on Friday the 24th I can pay the full amount.', ['agrees_to_pay', 'refuses_to_pay']]],
      'promise_to_pay',
    ],
    [
      'a dispute that tells of a past payment, not a promise',
      [...V, ASK, ['customer', 'I paid it March 12th by phone, on my debit card.', ['disputes_debt', 'agrees_to_pay']], ['agent', "I'll note that and look into it.", ['handle_dispute']]],
      'dispute_logged',
    ],
    ['a bare "okay" to a payment proposal', [...V, ASK, ['customer', 'Okay, sure.', ['other']]], 'promise_to_pay'],
    [
      'a yes about something other than paying, after a dispute',
      [
        ...V,
        ASK,
        ['customer', "That's not right, I cancelled it.", ['disputes_debt']],
        ['agent', "I've noted your dispute. You don't need to pay anything while we look into it. Can you send us the cancellation email?", ['handle_dispute']],
        ['customer', 'Yeah I can send it.', ['agrees_to_pay']],
      ],
      'dispute_logged',
    ],
    [
      'a "No." to "Anything else?" after the recap withdraws nothing',
      [
        ...V,
        ASK,
        ['customer', 'Fine, today. Debit card.', ['agrees_to_pay']],
        ['agent', 'Ok, $1,200 on your debit card today. Anything else?', ['recap_terms']],
        ['customer', 'No.', ['refuses_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'a yes that goes on, answering a recap',
      [
        ...V,
        ['agent', 'So to recap: $80 a month from your checking on the 15th. Does that sound right?', ['offer_payment_plan', 'recap_terms']],
        ['customer', 'Yes. Thank you, seriously, I was so stressed about this.', ['other']],
      ],
      'payment_plan',
    ],
    [
      'an "anything else" without its question mark still asks about something else',
      [
        ...V,
        ASK,
        ['customer', 'I can put $500 on my card today.', ['agrees_to_pay']],
        ['agent', 'ok so that is $500 today on the Visa. anything else', ['recap_terms']],
        ['customer', 'No.', ['refuses_to_pay']],
      ],
      'promise_to_pay',
    ],
    ['a "maybe" with a sum is an offer, not a hedge', [...V, ASK, ['customer', "I can't do it all at once. Maybe seventy-five a month?", ['agrees_to_pay', 'asks_question']]], 'payment_plan'],
    [
      'a deferral is not undone by an "Alright" about the letter',
      [
        ...V,
        ['agent', 'We can accept 50% of the balance, $600, as settlement in full.', ['offer_settlement']],
        ['customer', "I'll think about it. I want to talk it over with my wife first.", ['other']],
        ['agent', "Of course. I'll mail you the settlement offer in writing.", ['offer_settlement']],
        ['customer', "Alright. I'll look for it.", ['agrees_to_pay']],
      ],
      'no_agreement',
    ],
    [
      'the recap decides the kind: one payment in full after a plan was offered',
      [
        ...V,
        ['agent', 'Would the full $687.90 on May 1st work, or split into two payments?', ['offer_payment_plan']],
        ['customer', "I'll pay the whole thing on the first.", ['agrees_to_pay']],
        ['agent', 'To confirm: a one-time payment of $687.90 on your debit card on May 1st. Is that correct?', ['recap_terms']],
        ['customer', 'Yeah. Whatever.', ['other']],
        ['agent', 'Your confirmation number is MCG-118240. Thank you.', ['close_call']],
        ['customer', 'Yeah.', ['agrees_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'a plan every other Friday until the balance is paid',
      [...V, ASK, ['customer', 'I can do a hundred every other Friday.', ['agrees_to_pay']], ['agent', 'So to recap, $100 by debit card every other Friday until the balance is paid.', ['recap_terms']], ['customer', "Yes, that's it.", ['agrees_to_pay']]],
      'payment_plan',
    ],
    [
      'a partial payment the model calls a settlement offer is a promise',
      [...V, ASK, ['customer', "I can't.", ['refuses_to_pay']], ['agent', "I can take 150 on Friday and we'll go from there.", ['offer_settlement']], ['customer', 'Fine. 150 Friday. Debit card.', ['agrees_to_pay']]],
      'promise_to_pay',
    ],
    [
      'a Spanish yes to the recap',
      [...V, ['agent', 'I will repeat: sixty dollars, $60, every month on the tenth, with your debit card. ¿Está bien? Is that correct?', ['offer_payment_plan', 'recap_terms']], ['customer', 'Sí, correcto. Gracias, muy amable.', ['other']]],
      'payment_plan',
    ],
    [
      '"I gotta talk to my wife first" defers, and a yes to the callback recap is no promise',
      [
        ...V,
        ['agent', 'There are a few options: the full balance, a monthly plan, or a reduced lump sum. What would work best?', ['request_full_payment', 'offer_payment_plan', 'offer_settlement']],
        ['customer', 'A lump sum could work, but I gotta talk to my wife first.', ['other']],
        ['agent', "I've got you down for a callback tomorrow at 6:30 p.m. Is that right?", ['recap_terms', 'close_call']],
        ['customer', "Yep, that's good.", ['agrees_to_pay']],
      ],
      'callback_scheduled',
    ],
    ['a hedge that names no day or sum', [...V, ASK, ['customer', "Oh gosh, all of it? No, not today. I'll see what I can do, okay?", ['agrees_to_pay']]], 'no_agreement'],
    ['a hedge with a day is a promise', [...V, ASK, ['customer', "Maybe not all of it, but I'll pay it on Friday.", ['agrees_to_pay']]], 'promise_to_pay'],
    ['a reluctant "I\'ll try" that still says it will pay', [...V, ASK, ['customer', "Okay. I'll pay it. I'll try.", ['agrees_to_pay']]], 'promise_to_pay'],
    [
      'a rough day and a bare "I\'ll try" promise nothing',
      [
        ...V,
        ASK,
        ['customer', 'Maybe I can send something next week or so, once things settle down a little.', ['agrees_to_pay']],
        ['agent', "Okay, that's great! So you'll send something next week.", ['active_listening']],
        ['customer', "Yeah, I'll try.", ['agrees_to_pay']],
      ],
      'no_agreement',
    ],
    [
      'terms said back when the agent asks for them',
      [
        ...V,
        ['agent', 'What I do on these is split it up: four payments of $495.', ['offer_payment_plan']],
        ['customer', "Four ninety-five is a lot. Can't we do smaller?", ['asks_question']],
        ['agent', 'Four checks, $495 each, dated February 1st, March 1st, April 1st and May 1st. Mail them to our office.', ['other']],
        ['customer', 'Hang on. Okay, I got it.', ['other']],
        ['agent', 'Read it back to me.', ['other']],
        ['customer', 'Four checks, four ninety-five, first of February through May.', ['other']],
      ],
      'payment_plan',
    ],
    [
      "the consumer's own call in, set for a day and an hour the agent notes",
      [
        ...V,
        ['agent', 'Look us up and call our main line, 800-555-0177.', ['other']],
        ['customer', "Yeah, I'll do that. Maybe tomorrow morning, like ten.", ['other']],
        ['agent', "I'll note that you'll be calling in tomorrow, the 14th, around 10 a.m., so whoever picks up will know.", ['close_call']],
      ],
      'callback_scheduled',
    ],
    [
      'a sum named only to be refused promises nothing',
      [...V, ['agent', 'We have hardship plans as low as $50 a month. Is that something you want to set up?', ['offer_payment_plan']], ['customer', "Honestly, it's too soon. I don't want to promise fifty bucks and then not make it.", ['agrees_to_pay']]],
      'no_agreement',
    ],
    [
      "an offer the agent leaves untaken, and a call 'later' with no time",
      [
        ...V,
        ASK,
        ['customer', 'I could probably do twenty-five a month. Is that something you guys do?', ['agrees_to_pay']],
        ['agent', "Nah, don't worry about it for now. We'll call you later.", ['other']],
        ['customer', 'Okay... bye.', ['other']],
      ],
      'no_agreement',
    ],
    [
      'a yes that sets the day, whatever it asks of the day after',
      [...V, ['agent', 'Would you want to do a check-by-phone dated July 1st for the full $455?', ['secure_commitment']], ['customer', "Yes, date it July first. Please don't take it before then.", ['other']]],
      'promise_to_pay',
    ],
    [
      'a card number read out to an ask to pay',
      [...V, ['agent', 'The full $318.60 today on a debit card?', ['request_full_payment']], ['customer', "Yeah. It's a Mastercard, [CARD_NUMBER], expires oh-nine twenty-eight.", ['other']]],
      'promise_to_pay',
    ],
    [
      'a sum put forward ends an earlier hedge, and the yes after it counts',
      [
        ...V,
        ['customer', 'I could maybe do a lump sum if it is less than the whole thing.', ['agrees_to_pay']],
        ['agent', 'I can do a settlement at $1,072.50, that is fifty-five percent, paid in one payment.', ['offer_settlement']],
        ['customer', 'Could I do a thousand even?', ['asks_question']],
        ['agent', 'Okay, $1,000 even is approved.', ['offer_settlement']],
        ['customer', "Ugh, fine. Whatever. Let's just do it.", ['agrees_to_pay']],
      ],
      'settlement',
    ],
    [
      'a better time asked for and set',
      [...V, ['agent', "I'm so sorry, it's early. Is there a better time I can reach you?", ['other']], ['customer', 'After six. I get off at five-thirty.', ['other']], ['agent', "After six tonight, Pacific time. I'll make a note of that.", ['close_call']]],
      'callback_scheduled',
    ],
    [
      'the deal asked for in writing before paying it still stands',
      [
        ...V,
        ['agent', 'I can settle it for $1,440, paid by the 30th. How would you like to pay?', ['offer_settlement', 'secure_commitment']],
        ['customer', 'Fourteen forty, fine. Debit card. And I want this in writing before I pay anything.', ['agrees_to_pay']],
        ['agent', "Absolutely, I'll email you the settlement letter today. Anything else?", ['offer_settlement']],
        ['customer', 'No. Thanks.', ['refuses_to_pay']],
      ],
      'settlement',
    ],
    [
      'an "okay" that only acknowledges, then talk of what is affordable',
      [
        ...V,
        ASK,
        ['customer', "Okay. Yeah, I got a letter about that. I know I've missed a couple of payments.", ['other']],
        ['agent', 'I understand. What could you afford each month?', ['probe_ability_to_pay']],
        ['customer', 'My car broke down and the repair ate everything I had saved.', ['hardship']],
      ],
      'no_agreement',
    ],
    ['a voicemail', [['system', '[voicemail]'], ['agent', 'Please call me back at 555-0100.', ['other']]], 'no_agreement'],
    [
      'a settlement said as a discount on the balance',
      [...V, ['agent', 'The balance is $980.00, but I can knock it down to $588 if you pay today.', ['state_balance', 'offer_settlement']], ['customer', "Wait, seriously? Yeah, sure, I'll take that.", ['agrees_to_pay']]],
      'settlement',
    ],
    [
      'a plan whose recap leaves a settlement for some day',
      [
        ...V,
        ['agent', 'Our plans start at $100 a month.', ['offer_payment_plan']],
        ['customer', 'I can do a hundred a month.', ['agrees_to_pay']],
        ['agent', "So that's $100 a month on the 16th. If a lump sum ever comes along, call me and we can talk about settling what's left.", ['offer_payment_plan', 'offer_settlement', 'recap_terms']],
        ['customer', 'Yep, that works.', ['agrees_to_pay']],
      ],
      'payment_plan',
    ],
    [
      'no callback when the consumer turns the offer of one down',
      [
        ...V,
        ['agent', "If now's a bad time I'm happy to call back another day, would you prefer that?", ['other']],
        ['customer', 'No, go ahead, just get to it.', ['other']],
        ASK,
        ['customer', "I'm not committing to anything tonight.", ['refuses_to_pay']],
      ],
      'no_agreement',
    ],
    [
      'no agreement from a "Fine" to an offer sent in writing after a refusal',
      [
        ...V,
        ['agent', 'I can take $850 as a settlement if you get it done this month.', ['offer_settlement']],
        ['customer', "I'm not agreeing to anything tonight.", ['refuses_to_pay']],
        ['agent', "That's your right. I'll send you the settlement offer in writing.", ['offer_settlement']],
        ['customer', 'Fine. Goodbye.', ['agrees_to_pay']],
      ],
      'no_agreement',
    ],
    [
      'one payment when the consumer turns down splitting it',
      [
        ...V,
        ['customer', 'I can pay all of it, but not until the 20th. Can I mail a check dated the 20th?', ['agrees_to_pay']],
        ['agent', "You can. If you'd rather, we could also split it into two smaller payments.", ['offer_payment_plan']],
        ['customer', "No, one check's fine.", ['other']],
      ],
      'promise_to_pay',
    ],
    [
      'a callback the agent books after pressing once',
      [
        ...V,
        ['customer', "I speak little. Please, you can call when my son is home? Six o'clock.", ['requests_callback']],
        ['agent', "It's not that hard. Can you pay it or not?", ['request_full_payment']],
        ['customer', 'My son, six o clock, he talk to you. Please.', ['other']],
        ['agent', "Fine. Six o'clock tonight. Have him ready.", ['other']],
      ],
      'callback_scheduled',
    ],
    [
      'no callback from a request the consumer leaves open, whatever day a payment was asked for',
      [
        ...V,
        ['customer', "I'm sitting down to dinner with my kids. This isn't a good time.", ['requests_callback']],
        ['agent', 'This will take two minutes. Could you do half of the $912 on Friday?', ['request_full_payment', 'secure_commitment']],
        ['customer', 'Did you not hear me? It is dinner.', ['asks_question']],
        ['agent', 'Okay, sorry. When would be a better time to reach you?', ['other']],
        ['customer', "Not at dinner. I'll call you guys. Bye.", ['other']],
      ],
      'no_agreement',
    ],
    [
      'no callback when the agent will only try later',
      [
        ...V,
        ['customer', "Look, I can't really do this right now, I'm at work.", ['requests_callback']],
        ['agent', 'No problem. When is a better time?', ['other']],
        ['customer', "I don't know, later? Maybe tonight, or... just try me later.", ['requests_callback']],
        ['agent', "Okay, we'll try you later, then. Have a good day.", ['close_call']],
      ],
      'no_agreement',
    ],
    [
      'the sum already agreed still stands when the consumer turns down paying more',
      [
        ...V,
        ['customer', 'Two hundred. On Friday, when my check comes.', ['agrees_to_pay']],
        ['agent', "Okay. That's $200.00 by ACH on Friday, April 17th.", ['recap_terms']],
        ['customer', 'Yes, my checking.', ['other']],
        ['agent', 'If you could make that $300 instead of $200 we would knock this out faster. Can you swing the extra hundred?', ['secure_commitment']],
        ['customer', 'No. Two hundred. Goodbye.', ['refuses_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'no agreement when the agent sends a willing payer off ("you\'re fine for now")',
      [
        ...V,
        ['customer', 'So I don\'t need to do anything right now? I could probably do something on it.', ['agrees_to_pay']],
        ['agent', "No, you're fine for now. Just keep an eye out for the statement.", ['other']],
        ['customer', 'Oh. Okay.', ['other']],
      ],
      'no_agreement',
    ],
    [
      'a plan read back as one sum on several dates',
      [
        ...V,
        ['agent', 'Could you do $125 a month?', ['offer_payment_plan']],
        ['customer', 'That works. Put it on my debit card.', ['agrees_to_pay']],
        ['agent', "Great. So that's $125 on your debit card on April 1st, May 1st, and June 1st, for the full $375.00.", ['recap_terms']],
      ],
      'payment_plan',
    ],
    [
      'no agreement when the agent leaves a vague yes to the consumer\'s own call',
      [
        ...V,
        ['customer', 'I could probably pay some of it. I get paid on Fridays.', ['agrees_to_pay']],
        ['agent', "Sure, no problem. Whenever you're ready you can just give us a call back.", ['other']],
        ['customer', 'Okay.', ['other']],
      ],
      'no_agreement',
    ],
    [
      'no callback in a number to call if the consumer wants to',
      [
        ...V,
        ['agent', 'Would something like twenty-five a month be possible?', ['offer_payment_plan']],
        ['customer', "No. I'm not agreeing to anything on the phone.", ['refuses_to_pay']],
        ['agent', "That's fine. Our number's 1-888-555-0160 if you want to call back. Take care.", ['close_call']],
      ],
      'no_agreement',
    ],
    [
      'a settlement read back with the rest waived once the payment clears',
      [
        ...V,
        ['agent', 'I can do $1,800.00 even.', ['other']],
        ['customer', 'Oh, for real? Okay. Yes.', ['agrees_to_pay']],
        ['agent', 'To recap: a one-time payment of $1,800.00 on Friday, March 27th. Once that clears, the remaining $1,350.00 is waived and the account is closed as settled in full.', ['recap_terms']],
        ['customer', 'Yes. Thank God.', ['other']],
      ],
      'settlement',
    ],
    [
      'a callback booked for an hour said in words',
      [
        ...V,
        ['customer', 'Yeah, that would be good. I can call them tomorrow on my lunch break.', ['requests_callback']],
        ['agent', "Sounds good. How's Thursday, the 12th? Say around five-thirty, same as now?", ['recap_terms']],
        ['customer', "Thursday at five-thirty works. This number's fine.", ['agrees_to_pay']],
        ['agent', "Great. Thursday, March 12th, I'll call you back then.", ['other']],
      ],
      'callback_scheduled',
    ],
    [
      'no callback when the consumer only says why not now and the agent presses on',
      [
        ['agent', "Hi, I'm looking for Jordan Whitfield.", ['greeting', 'verify_identity']],
        ['customer', "Yeah, this is Jordan. Heads up, you're on speaker, I'm driving.", ['confirms_identity', 'requests_callback']],
        ['agent', 'Okay. Jordan, can you confirm your date of birth for me?', ['verify_identity']],
        ['customer', '2/19/95.', ['confirms_identity']],
        ['agent', 'This will just take a second. Can we get a payment scheduled today?', ['request_full_payment']],
        ['customer', "No. I'm not doing this while I'm driving. Bye.", ['refuses_to_pay']],
      ],
      'no_agreement',
    ],
    [
      'a callback once the agent asks for a better time after "my boss doesn\'t let us take personal calls"',
      [
        ...V,
        ['customer', "Look, I'm at work though, my boss doesn't let us take personal calls.", ['requests_callback']],
        ['agent', "Understood. Is there a better time and number to reach you, outside of work?", ['other']],
        ['customer', 'My cell, after five-thirty.', ['other']],
        ['agent', 'Got it, after 5:30 pm Eastern. Have a good day.', ['close_call']],
      ],
      'callback_scheduled',
    ],
    [
      'a single promise when the rest is left to talk about after it',
      [
        ...V,
        ['agent', 'Okay, how about we say $200 on March 20th? How would you want to pay?', ['secure_commitment']],
        ['customer', 'Debit card.', ['agrees_to_pay']],
        ['agent', 'So $200 by debit card on March 20th. The other $540 we can talk about after that, maybe set up something monthly. Sound good?', ['recap_terms']],
        ['customer', 'Yeah, that works.', ['agrees_to_pay']],
      ],
      'promise_to_pay',
    ],
    [
      'a plan when the date agreed is the first instalment\'s',
      [
        ...V,
        ['agent', "How about $168 a month? That's twelve payments.", ['offer_payment_plan']],
        ['customer', 'Yeah. The 20th of each month.', ['agrees_to_pay']],
        ['agent', 'The 20th works. Do you want the first one Wednesday, May 20th, or start this month on April 20th?', ['recap_terms']],
        ['customer', "May. Let's do May.", ['agrees_to_pay']],
        ['agent', 'May 20th it is.', ['secure_commitment']],
      ],
      'payment_plan',
    ],
    [
      'no callback when the consumer is told to call back in when ready',
      [
        ...V,
        ASK,
        ['customer', 'I get paid next Friday. Can I do it in pieces?', ['asks_question']],
        ['agent', "Yeah, probably. You'd just have to call back in when you're ready and somebody can set that up.", ['other']],
        ['customer', 'Oh. Okay.', ['other']],
      ],
      'no_agreement',
    ],
    [
      'no attorney referral when the agent only asked whether the lawyer represents them, then pressed on',
      [
        ...V,
        ASK,
        ['customer', "Somebody at Legal Aid is handling it.", ['has_attorney']],
        ['agent', 'Is that person representing you, like as your attorney, on this account?', ['acknowledge_attorney']],
        ['customer', "Yeah. She's my lawyer on it.", ['has_attorney']],
        ['agent', 'If you can settle today I can take sixty percent, $720.', ['offer_settlement']],
        ['customer', 'I said no. Call her.', ['refuses_to_pay']],
      ],
      'no_agreement',
    ],
    [
      'no promise when the agent waves the offer off ("No, you\'re fine. Just watch your mail.")',
      [
        ...V,
        ['agent', "It's for Northshore Vet, $640.", ['state_balance']],
        ['customer', "Okay... so I don't need to do anything today? I could pay some of it now, or do payments, whatever works.", ['agrees_to_pay', 'asks_question']],
        ['agent', "No, you're fine. Just watch your mail. Alright, thanks.", ['other']],
        ['customer', 'Oh. Okay. Bye, I guess.', ['other']],
      ],
      'no_agreement',
    ],
    [
      'a callback when an early call is put off to a time the consumer names, whatever she offered first',
      [
        ['agent', 'Good morning, may I speak with Dana Reyes?', ['greeting', 'verify_identity']],
        ['customer', "Speaking. It's like seven-forty in the morning.", ['confirms_identity']],
        ['agent', "I'm sorry, that's too early for me to be calling you.", ['other']],
        ['customer', "I'll pay that thing if you take the late fees off. Just so you know.", ['agrees_to_pay']],
        ['agent', "I'm glad to go through everything with you, just not at this hour. What time works later today?", ['other']],
        ['customer', 'Call me at twelve-thirty. I am on lunch then.', ['requests_callback']],
        ['agent', "Twelve-thirty today, on this number. I'll talk to you then.", ['close_call']],
      ],
      'callback_scheduled',
    ],
    [
      'a callback typed in chat-speak ("ill have someone call u back after 5pm")',
      [
        ...V,
        ['agent', 'what time would be better to reach you?', ['other']],
        ['customer', "I don't know... after five. I'm off work at five.", ['requests_callback']],
        ['agent', 'ok ill have someone call u back after 5pm ur time today. sorry again', ['other']],
      ],
      'callback_scheduled',
    ],
    [
      'a settlement when the consumer reads out the whole account number to pay it',
      [
        ...V,
        ['agent', "I'll accept $700 as payment in full. When can you make it?", ['offer_settlement', 'secure_commitment']],
        ['customer', 'End of the month, the 30th. From my checking account.', ['agrees_to_pay']],
        ['agent', 'So that is a one-time payment of $700.00 on the 30th by ACH, and that settles the $1,200.00 balance in full.', ['offer_settlement', 'recap_terms']],
        ['customer', "Yeah, hold on. Okay, routing's 125200057, I'll read you the whole thing.", ['agrees_to_pay']],
        ['agent', 'Got it, I have that set up.', ['other']],
      ],
      'settlement',
    ],
    [
      'no agreement from an offer taken up only to be held back ("I\'m not saying yes until I talk to him")',
      [
        ...V,
        ['agent', 'I can come down to $720. That is 60% of the balance.', ['offer_settlement']],
        ['customer', 'Could that be split? Like half in May and half in June?', ['agrees_to_pay', 'asks_question']],
        ['agent', "Splitting it in two is doable. It'd be two payments of $360.", ['offer_payment_plan']],
        ['customer', "Okay, I think that could work, but it's my brother's money. I'm not saying yes until I talk to him.", ['other']],
        ['agent', 'Totally fair. I will call you back Thursday at 6:30 PM.', ['other']],
      ],
      'callback_scheduled',
    ],
    [
      'a callback asked for and pressed over is no callback',
      [
        ...V,
        ['customer', 'This is a really bad time, the kids are in the bath. Can you call me tomorrow at lunchtime?', ['requests_callback']],
        ['agent', "I'll be quick. Can you do $459?", ['secure_commitment']],
        ['customer', "No. Call me tomorrow.", ['refuses_to_pay', 'requests_callback']],
        ['agent', 'Even a small payment tonight would help. Just read me a card number.', ['secure_commitment']],
        ['customer', "I'm hanging up.", ['hostile']],
      ],
      'no_agreement',
    ],
  ];
  it.each(cases)('detects %s', (_name, lines, outcome) => {
    expect(outcomeOf(lines).outcome).toBe(outcome);
  });

  it('is an attorney referral when the agent honours an attorney on record', () => {
    const lines: Line[] = [
      ...V,
      ['agent', "I see you're represented by an attorney on this account, so everything will go through her.", ['acknowledge_attorney']],
      ['customer', 'Okay, thanks.', ['other']],
    ];
    const of = (context: typeof FULL_CONTEXT) => {
      const { transcript, classify } = call(lines, context);
      return detectOutcome(annotate(transcript, classify)).outcome;
    };
    expect(of({ ...FULL_CONTEXT, attorney_on_record: true })).toBe('attorney_referral');
    expect(of({ ...FULL_CONTEXT, attorney_on_record: false })).toBe('no_agreement');
  });

  it('points at the turn and words that decided it', () => {
    const r = outcomeOf([...V, ASK, ['customer', "I'll pay it all on Friday.", ['agrees_to_pay']]]);
    expect(r).toEqual({ outcome: 'promise_to_pay', turn: 7, evidence: "I'll pay it all on Friday." });
    expect(outcomeOf([...V, ASK, ['customer', 'No.', ['refuses_to_pay']]])).toEqual({ outcome: 'no_agreement', turn: null, evidence: null });
  });
});
