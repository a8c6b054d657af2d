import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../src/domain/scoring/engine.ts';
import { call, FULL_CONTEXT, projectRubric, VERIFIED_OPENING, type Line } from '../../fixtures/scoring/calls.ts';

/** The project rubric's wording checks on lines found wanting in calls written outside the project. */
const rules = (lines: Line[], context = FULL_CONTEXT) => {
  const { transcript, classify } = call(lines, context);
  return scoreTranscript(transcript, projectRubric(), classify).violations.map((v) => v.rule);
};
const ASK: Line = ['agent', 'Your balance is $1,200. Are you able to pay it today?', ['state_balance', 'request_full_payment']];

describe('project rubric wording', () => {
  it('hears an inconvenient place now, not a story about work', () => {
    expect(rules([...VERIFIED_OPENING, ['customer', "I'm at work right now.", ['other']], ASK])).toContain('INCONVENIENT_TIME_PLACE');
    expect(rules([...VERIFIED_OPENING, ['customer', 'They cut my hours at work in November.', ['hardship']], ASK])).not.toContain('INCONVENIENT_TIME_PLACE');
    expect(rules([...VERIFIED_OPENING, ['customer', "I've had a bad time since the layoff.", ['hardship']], ASK])).not.toContain('INCONVENIENT_TIME_PLACE');
  });

  it('hears "don\'t call me here" as a place to avoid, not a request to stop all contact', () => {
    const place = rules([...VERIFIED_OPENING, ['customer', "I can do a hundred on Friday, just please don't call me here.", ['requests_cease', 'agrees_to_pay']], ['agent', 'So $100 on Friday by debit card?', ['recap_terms']]]);
    expect(place).not.toContain('CEASE_IGNORED');
    const stop = rules([...VERIFIED_OPENING, ['customer', "Don't call me here or anywhere, ever again.", ['requests_cease']], ASK]);
    expect(stop).toContain('CEASE_IGNORED');
  });

  it('catches a check the consumer dated later and the agent runs today, without the words "post-dated"', () => {
    const offered: Line = ['customer', 'Can I give you a check dated the 15th? There is nothing in there until then.', ['agrees_to_pay', 'asks_question']];
    expect(rules([...VERIFIED_OPENING, ASK, offered, ['agent', "I'm gonna go ahead and run it today so it's off your plate.", ['secure_commitment']]])).toContain('POSTDATED_PAYMENT');
    expect(rules([...VERIFIED_OPENING, ASK, offered, ['agent', "Sure, we won't run it until the 15th.", ['secure_commitment']]])).not.toContain('POSTDATED_PAYMENT');
    expect(rules([...VERIFIED_OPENING, ['agent', "I can run that payment today if you'd like.", ['secure_commitment']]])).not.toContain('POSTDATED_PAYMENT');
  });

  it('takes the time-barred disclosure for information, not a threat', () => {
    const said = (line: string) => rules([...VERIFIED_OPENING, ['agent', line, ['explain_consequences_lawful']]], { ...FULL_CONTEXT, time_barred: true });
    expect(said('The law limits how long you can be sued on a debt, and because of its age we will not sue you.')).not.toContain('FALSE_LEGAL_THREAT');
    expect(said("If we can't resolve this, we'll take you to court.")).toContain('FALSE_LEGAL_THREAT');
  });

  it('takes "I don\'t have anything about a lawsuit" for an answer, not a threat', () => {
    const said = (line: string) => rules([...VERIFIED_OPENING, ['agent', line, ['explain_consequences_lawful']]]);
    expect(said("Right now it's just with us for collection, I don't have anything about a lawsuit.")).not.toContain('FALSE_LEGAL_THREAT');
    expect(said('There is nothing about a lawsuit on the account.')).not.toContain('FALSE_LEGAL_THREAT');
    expect(said('We have a lawsuit ready to file on Friday.')).toContain('FALSE_LEGAL_THREAT');
  });

  it('hears "file suit" as a suit, and "it can\'t be collected through a lawsuit" as none', () => {
    const said = (line: string, context = FULL_CONTEXT) => rules([...VERIFIED_OPENING, ['agent', line, ['explain_consequences_lawful']]], context);
    expect(said("The creditor has authorized us to file suit on this account if we can't reach an arrangement.")).toContain('FALSE_LEGAL_THREAT');
    expect(said("The creditor has authorized us to file suit on this account if we can't reach an arrangement.", { ...FULL_CONTEXT, lawsuit_authorized: true })).not.toContain('FALSE_LEGAL_THREAT');
    expect(said("The balance is still owed; it just can't be collected through a lawsuit.", { ...FULL_CONTEXT, time_barred: true })).not.toContain('FALSE_LEGAL_THREAT');
  });

  it('takes "our office hasn\'t added any fees or interest" for no fee', () => {
    expect(rules([...VERIFIED_OPENING, ['agent', "Our office hasn't added any fees or interest.", ['state_balance']]])).not.toContain('UNAUTHORIZED_FEE');
    expect(rules([...VERIFIED_OPENING, ['agent', 'Our office has added a $35 processing fee.', ['state_balance']]])).toContain('UNAUTHORIZED_FEE');
  });

  it('takes advice to check one\'s own credit reports for no claim about reporting', () => {
    const said = (line: string) => rules([...VERIFIED_OPENING, ['agent', line, ['handle_dispute']]], { ...FULL_CONTEXT, reports_to_credit_bureaus: false });
    expect(said("If someone used your information, you may want to check your credit reports for anything else you don't recognise.")).not.toContain('MISLEADING_CREDIT');
    expect(said('This will show up on your credit report.')).toContain('MISLEADING_CREDIT');
  });

  it('takes "what time works this evening?" after "call me back tonight" for booking the callback', () => {
    const busy: Line = ['customer', 'I have to leave for work in five minutes. Can you call me back tonight?', ['requests_callback']];
    expect(rules([...VERIFIED_OPENING, busy, ['agent', 'Of course. What time works this evening?', ['secure_commitment']]])).not.toContain('INCONVENIENT_TIME_PLACE');
    expect(rules([...VERIFIED_OPENING, busy, ['agent', 'Sure, but can you do $50 today first?', ['secure_commitment']]])).toContain('INCONVENIENT_TIME_PLACE');
  });

  it('takes "everything will go to your attorney" after a lawyer is named for no collecting', () => {
    const lawyer: Line = ['customer', 'My lawyer is handling my bankruptcy.', ['has_attorney', 'bankruptcy']];
    const referral: Line = ['agent', "I'll note your attorney today. You shouldn't hear from us again; anything further will go to your attorney.", ['acknowledge_attorney', 'explain_consequences_lawful']];
    expect(rules([...VERIFIED_OPENING, lawyer, referral])).not.toContain('ATTORNEY_REPRESENTED');
    const pressing: Line = ['agent', "I'll note your attorney, but you should still pay the $1,200 so this doesn't go further.", ['acknowledge_attorney', 'explain_consequences_lawful']];
    expect(rules([...VERIFIED_OPENING, lawyer, pressing])).toContain('ATTORNEY_REPRESENTED');
  });

  it('hears a payment the consumer dated for a weekday and the agent runs today as deposited early', () => {
    const dated: Line = ['customer', 'Can I give you my checking account and date it for Friday?', ['agrees_to_pay', 'asks_question']];
    expect(rules([...VERIFIED_OPENING, ASK, dated, ['agent', "I'm going to go ahead and process this today rather than waiting for Friday.", ['secure_commitment']]])).toContain('POSTDATED_PAYMENT');
    expect(rules([...VERIFIED_OPENING, ASK, dated, ['agent', "Sure, we won't process it until Friday.", ['secure_commitment']]])).not.toContain('POSTDATED_PAYMENT');
  });

  it('lets the agent tell the balance to a consumer who asked for it after asking for no calls', () => {
    const cease: Line = ['customer', 'Stop calling me. Put everything in writing.', ['requests_cease']];
    const noted: Line = ['agent', "Understood, we'll only write to you from now on.", ['acknowledge_cease_request']];
    expect(rules([...VERIFIED_OPENING, cease, noted, ['customer', 'Okay. How much is it even?', ['asks_question']], ['agent', 'The balance is $1,200.', ['state_balance']]])).not.toContain('CEASE_IGNORED');
    expect(rules([...VERIFIED_OPENING, cease, noted, ['customer', 'Okay.', ['other']], ['agent', 'Just so you know, the balance is $1,200.', ['state_balance']]])).toContain('CEASE_IGNORED');
  });

  it('holds it against the agent to tell someone who is not the consumer that the debt is theirs', () => {
    const grandson: Line[] = [
      ['agent', 'Hi, this is Shane with Clearwater Receivables. Is this Brandon?', ['greeting', 'identify_self', 'verify_identity']],
      ['third_party', "Yeah. My grandma's card? She died in January. I was just an authorized user.", ['third_party']],
    ];
    const told = rules([...grandson, ['agent', 'You were making charges on that card, so the balance is your responsibility now.', ['third_party_disclosure']]]);
    expect(told).toContain('FALSE_REPRESENTATION');
    expect(rules([...grandson, ['agent', "You're not responsible for her card. I'm sorry for your loss.", ['empathy']]])).not.toContain('FALSE_REPRESENTATION');
    const credit = rules([...grandson, ['agent', "If it's not taken care of, we'll report it to the credit bureaus under your name.", ['explain_consequences_lawful']]]);
    expect(credit).toContain('MISLEADING_CREDIT');
    // His "I didn't sign anything" is no consumer's dispute: pressing on is not DISPUTE_IGNORED.
    const pressed = rules([...grandson, ['third_party', "That's not mine, I didn't sign anything.", ['disputes_debt']], ['agent', 'Can you pay something today?', ['request_full_payment']]]);
    expect(pressed).not.toContain('DISPUTE_IGNORED');
    expect(rules([...VERIFIED_OPENING, ['customer', "That's not mine, I didn't sign anything.", ['disputes_debt']], ['agent', 'Can you pay something today?', ['request_full_payment']]])).toContain('DISPUTE_IGNORED');
  });

  it('hears badgering in any payment pressed three times after a refusal of any payment at all', () => {
    const final: Line = ['customer', "I'm not paying it. I've made my decision. That's final.", ['refuses_to_pay']];
    const no: Line = ['customer', 'No.', ['refuses_to_pay']];
    const push = (text: string, act: 'offer_payment_plan' | 'offer_settlement' | 'secure_commitment'): Line => ['agent', text, [act]];
    const pushes = [push('What about three payments of $290?', 'offer_payment_plan'), no, push('I can take forty percent off today.', 'offer_settlement'), no, push('Just give me a date you can pay something.', 'secure_commitment')];
    expect(rules([...VERIFIED_OPENING, ASK, final, ...pushes])).toContain('HARASSMENT');
    expect(rules([...VERIFIED_OPENING, ASK, final, ...pushes.slice(0, 3)])).not.toContain('HARASSMENT');
    // A refusal of one sum is a position in a negotiation, not a refusal of any payment.
    const counter: Line = ['customer', "I'm not paying twenty-four hundred. What can you do?", ['refuses_to_pay']];
    expect(rules([...VERIFIED_OPENING, ASK, counter, ...pushes])).not.toContain('HARASSMENT');
    // Nor is it badgering once the consumer has come round.
    const yes: Line = ['customer', 'Fine, the plan then.', ['agrees_to_pay']];
    expect(rules([...VERIFIED_OPENING, ASK, final, pushes[0]!, yes, push('Card or bank?', 'secure_commitment'), push('And the date?', 'secure_commitment')])).not.toContain('HARASSMENT');
  });

  it('lets the agent answer a question about credit after a cease request, and not volunteer it', () => {
    const cease: Line = ['customer', "Don't call me anymore. Put it in writing.", ['requests_cease']];
    const noted: Line = ['agent', "Understood, we'll stop calling and write to you instead.", ['acknowledge_cease_request']];
    const answer: Line = ['agent', "Asking us to stop calling doesn't change the credit reporting; it keeps showing as it is now.", ['explain_consequences_lawful']];
    expect(rules([...VERIFIED_OPENING, cease, noted, ['customer', 'Does that mean this comes off my credit?', ['asks_question']], answer])).not.toContain('CEASE_IGNORED');
    expect(rules([...VERIFIED_OPENING, cease, noted, ['customer', 'Okay.', ['other']], answer])).toContain('CEASE_IGNORED');
  });

  it('reads a settlement said as its instalments at their total', () => {
    const ctx = { ...FULL_CONTEXT, debt_amount_claimed: 7850, settlement_authority_pct: 55 };
    const split = (a: string, b: string): Line => ['agent', `I can do the settlement in two payments: ${a} now and ${b} in thirty days.`, ['offer_settlement']];
    expect(rules([...VERIFIED_OPENING, split('$2,158.75', '$2,158.75')], ctx)).not.toContain('SETTLEMENT_AUTHORITY');
    expect(rules([...VERIFIED_OPENING, split('$1,500.00', '$1,500.00')], ctx)).toContain('SETTLEMENT_AUTHORITY');
  });

  it("takes 'my lawyer said to send everything to her' for the attorney's, not a cease request", () => {
    const lawyer: Line = ['customer', 'My lawyer, Ms. Landry, said you are supposed to stop calling and send everything to her.', ['requests_cease', 'has_attorney']];
    const pressed = rules([...VERIFIED_OPENING, lawyer, ['agent', 'Can I put $900 on a card for Friday?', ['secure_commitment']]]);
    expect(pressed).toContain('ATTORNEY_REPRESENTED');
    expect(pressed).not.toContain('CEASE_IGNORED');
  });

  it("reads a balance read out as the creditor's parts as no fee, and a balance inflated with interest as misstated", () => {
    const ctx = { ...FULL_CONTEXT, debt_amount_claimed: 3204.88, fees_authorized: false };
    const parts: Line = ['agent', "The landlord's itemization shows $1,950.00 in rent and $1,254.88 in damage and cleaning charges, and a cleaning fee. That adds to $3,204.88.", ['unauthorized_fee']];
    expect(rules([...VERIFIED_OPENING, parts], ctx)).not.toContain('UNAUTHORIZED_FEE');
    const added: Line = ['agent', "Once an account comes to us we add interest, so with this month's interest it's $3,260.10 now, that's the number to pay today.", ['unauthorized_fee']];
    expect(rules([...VERIFIED_OPENING, added], ctx)).toEqual(expect.arrayContaining(['UNAUTHORIZED_FEE', 'FALSE_REPRESENTATION']));
  });

  it('holds a time-barred debt said not to be against the agent, and not a debt the consumer only calls too old', () => {
    const barred = { ...FULL_CONTEXT, time_barred: true, lawsuit_authorized: false };
    const sol: Line = ['customer', "Isn't that past the statute of limitations?", ['disputes_debt', 'asks_question']];
    const said = rules([...VERIFIED_OPENING, sol, ['agent', 'No, this debt is not past any statute of limitations. Can you pay it today?', ['request_full_payment']]], barred);
    expect(said).toContain('FALSE_REPRESENTATION');
    expect(said).not.toContain('DISPUTE_IGNORED');
    expect(rules([...VERIFIED_OPENING, ['agent', 'No, this debt is not past any statute of limitations.', ['other']]], FULL_CONTEXT)).not.toContain('FALSE_REPRESENTATION');
  });

  it('lets the agent ask for payment once the consumer owns a debt they first did not recognise', () => {
    const who: Line = ['customer', 'I never had anything with a Lakeshore. Who is this actually from?', ['disputes_debt', 'asks_question']];
    const told: Line = ['agent', 'The original creditor is Brightway Bank, the Harbor Home store card.', ['other']];
    const ask: Line = ['agent', 'Could you take care of the $612.40 in one payment?', ['request_full_payment']];
    expect(rules([...VERIFIED_OPENING, who, told, ['customer', 'Oh. Harbor Home. The couch. Okay, yeah, I know that one.', ['other']], ask])).not.toContain('DISPUTE_IGNORED');
    expect(rules([...VERIFIED_OPENING, who, told, ['customer', 'Never heard of them either.', ['disputes_debt']], ask])).toContain('DISPUTE_IGNORED');
  });

  it('hears a disclosure to whoever answered, who turns out to be someone else, as told to a third party', () => {
    const opening: Line = ['agent', "Hi, this is Devon with Crestline Recovery. I'm a debt collector, this is an attempt to collect a debt.", ['greeting', 'identify_self', 'mini_miranda']];
    const sister: Line = ['third_party', "No, this is her sister. She's at work.", ['third_party']];
    expect(rules([opening, sister, ['agent', 'Could you let her know Devon called?', ['other']]])).toContain('THIRD_PARTY_DISCLOSURE');
    expect(rules([['agent', 'Hi, this is Devon. May I speak with Shauna?', ['greeting', 'identify_self']], sister, ['agent', 'Could you let her know Devon called?', ['other']]])).not.toContain('THIRD_PARTY_DISCLOSURE');
  });

  it("lets an agent call about an attorney on record only to get the attorney's details", () => {
    const ctx = { ...FULL_CONTEXT, attorney_on_record: true };
    const details: Line = ['agent', "I'm a debt collector. Our file shows you have an attorney but not who; could I get your attorney's name and number? That's the only reason I'm calling.", ['mini_miranda', 'acknowledge_attorney']];
    expect(rules([...VERIFIED_OPENING, details], ctx)).not.toContain('ATTORNEY_REPRESENTED');
    expect(rules([...VERIFIED_OPENING, ASK], ctx)).toContain('ATTORNEY_REPRESENTED');
  });

  it('lets a consumer with a cease letter on file call in to pay, and not an agent call them', () => {
    const ctx = { ...FULL_CONTEXT, cease_desist_on_file: true };
    const answer: Line = ['agent', 'Thank you for calling Meridian Receivables, this is Carla. Who am I speaking with?', ['greeting', 'identify_self', 'identify_company']];
    const balance: Line = ['agent', 'Thank you, that matches. The balance is $412.90.', ['state_balance']];
    expect(rules([answer, ['customer', "This is Aisha Bello. I sent you a letter to stop calling, but now I'm trying to pay it off.", ['confirms_identity', 'requests_cease']], balance], ctx)).not.toContain('CEASE_IGNORED');
    expect(rules([...VERIFIED_OPENING, balance], ctx)).toContain('CEASE_IGNORED');
  });

  it("hears validation rights talked down ('disputing just drags things out')", () => {
    expect(rules([...VERIFIED_OPENING, ['agent', "Honestly? It's standard legal language, don't worry about it. Disputing just drags things out.", ['empathy']]])).toContain('DISPUTE_IGNORED');
    expect(rules([...VERIFIED_OPENING, ['agent', 'You have thirty days to dispute all or part of the debt in writing.', ['handle_dispute']]])).not.toContain('DISPUTE_IGNORED');
  });

  it("hears 'sue' the verb, not Sue the name", () => {
    const ctx = { ...FULL_CONTEXT, lawsuit_authorized: false };
    expect(rules([...VERIFIED_OPENING, ['agent', 'hey sue thanks before i go any further can i get your date of birth', ['verify_identity']]], ctx)).not.toContain('FALSE_LEGAL_THREAT');
    expect(rules([...VERIFIED_OPENING, ['agent', 'got it gregory sue at sue and partners law is that s u e', ['active_listening']]], ctx)).not.toContain('FALSE_LEGAL_THREAT');
    expect(rules([...VERIFIED_OPENING, ['agent', "if you don't pay we'll sue you", ['threat_legal_action_false']]], ctx)).toContain('FALSE_LEGAL_THREAT');
  });

  it("hears a hint to a third party ('it's a financial matter … in his best interest')", () => {
    const hr: Line[] = [
      ['agent', "Hi, this is Jeff. I'm calling to confirm some location information on Kevin Tran.", ['greeting', 'identify_self']],
      ['third_party', "He doesn't work here anymore. What's this about?", ['third_party', 'asks_question']],
    ];
    expect(rules([...hr, ['agent', "I'll be honest with you, it's a financial matter. It'd really be in Kevin's best interest to get back to me.", ['other']]])).toContain('THIRD_PARTY_DISCLOSURE');
    expect(rules([...hr, ['agent', "It's a personal business matter. Could you have him call Jeff?", ['other']]])).not.toContain('THIRD_PARTY_DISCLOSURE');
  });

  it("reads the part let go as no settlement figure ('you won't owe the remaining $910')", () => {
    const ctx = { ...FULL_CONTEXT, debt_amount_claimed: 2460, settlement_authority_pct: 60 };
    expect(rules([...VERIFIED_OPENING, ['agent', "So $1,550 today settles it, and you won't owe the remaining $910.", ['offer_settlement', 'recap_terms']]], ctx)).not.toContain('SETTLEMENT_AUTHORITY');
  });

  it('lets an agency that does not report say so', () => {
    const said = (line: string) => rules([...VERIFIED_OPENING, ['agent', line, ['misleading_credit_claim']]], { ...FULL_CONTEXT, reports_to_credit_bureaus: false });
    expect(said('Nothing from our office will appear on your credit report.')).not.toContain('MISLEADING_CREDIT');
    expect(said('We will report this to all three credit bureaus today.')).toContain('MISLEADING_CREDIT');
    // "not" in the condition ("if it's not paid") denies nothing about reporting.
    expect(said("If it's not paid this week it goes on your credit report.")).toContain('MISLEADING_CREDIT');
    expect(said("If you don't pay it will be reported to the credit bureaus.")).toContain('MISLEADING_CREDIT');
  });

  it('does not take the settlement disclosures for false representation', () => {
    const disclosure: Line = ['agent', 'The account will be updated with the credit bureaus as settled for less than the full balance, and the creditor may send you a 1099-C.', ['false_representation']];
    expect(rules([...VERIFIED_OPENING, disclosure])).not.toContain('FALSE_REPRESENTATION');
    expect(rules([...VERIFIED_OPENING, ['agent', 'I am calling from the county court about your case.', ['false_representation']]])).toContain('FALSE_REPRESENTATION');
  });

  it('hears the sheriff serving papers as a legal threat, not an arrest', () => {
    const serve: Line = ['agent', "If we don't get something set up today, we can have the sheriff serve you at your house.", ['threat_arrest', 'secure_commitment']];
    const found = rules([...VERIFIED_OPENING, ASK, ['customer', "I can't.", ['refuses_to_pay']], serve]);
    expect(found).toContain('FALSE_LEGAL_THREAT');
    expect(found).not.toContain('THREAT_ARREST');
    expect(rules([...VERIFIED_OPENING, ['agent', 'The sheriff will arrest you and serve you at your house.', ['threat_arrest']]])).toContain('THREAT_ARREST');
  });

  it("does not take the consumer's own lawyer's fees for a fee charged", () => {
    expect(rules([...VERIFIED_OPENING, ['agent', 'I can do $1,000 today and close it out, save you the lawyer fees.', ['offer_settlement']]])).not.toContain('UNAUTHORIZED_FEE');
  });

  it('takes a partial payment for what it is, not a settlement below authority', () => {
    expect(rules([...VERIFIED_OPENING, ['agent', 'If you can do $300 on Friday, I can note the account and hold off.', ['offer_settlement']]])).not.toContain('SETTLEMENT_AUTHORITY');
    expect(rules([...VERIFIED_OPENING, ['agent', 'We can settle the account for $300 if you pay Friday.', ['offer_settlement']]])).toContain('SETTLEMENT_AUTHORITY');
  });

  it('counts collection costs added to the balance as a fee the account does not authorise', () => {
    const costs: Line = ['agent', "There's $200 in collection costs that get added once it's placed with us.", ['state_balance']];
    expect(rules([...VERIFIED_OPENING, costs])).toContain('UNAUTHORIZED_FEE');
    expect(rules([...VERIFIED_OPENING, ['agent', 'There are no collection costs on top of the balance.', ['state_balance']]])).not.toContain('UNAUTHORIZED_FEE');
  });
});
