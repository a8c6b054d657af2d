import { describe, expect, it } from 'vitest';
import { classify, classifyByRules } from '../../../src/domain/language/classify.ts';
import type { Act } from '../../../src/domain/language/acts.ts';
import type { UtteranceContext } from '../../../src/domain/language/utterance.ts';

const agent = (text: string, context?: UtteranceContext): Act[] => classify({ text, speaker: 'agent', context });
const customer = (text: string, context?: UtteranceContext): Act[] => classify({ text, speaker: 'customer', context });

describe('threats of arrest', () => {
  it('flags an implied arrest threat that never says "arrest"', () => {
    expect(agent('People who dodge us tend to get a visit from the police.')).toContain('threat_arrest');
    expect(agent("Keep this up and you'll be explaining yourself to a deputy.")).toContain('threat_arrest');
  });

  it('does not flag a denial, in any word order', () => {
    for (const text of [
      "I'm not saying you'll be arrested, we can't do that.",
      "No one's going to jail over a phone bill.",
      'You cannot be arrested for this.',
      'There is no warrant and there never will be.',
      'Jail is not on the table, ever.',
    ]) {
      expect(agent(text), text).not.toContain('threat_arrest');
    }
  });

  it('does not flag the consumer\'s fear or question repeated back', () => {
    expect(agent("You're asking if you can be arrested? No.")).not.toContain('threat_arrest');
    expect(agent("I know you're scared of being locked up, but that isn't how this works.")).not.toContain('threat_arrest');
  });

  it('ignores a threat inside quoted speech', () => {
    expect(agent('The letter you got said "you will be arrested" and that letter was not from us.')).not.toContain('threat_arrest');
  });

  it('still flags a threat that follows a negated condition', () => {
    expect(agent("If you don't pay by Friday, you're going to jail.")).toContain('threat_arrest');
    expect(agent("if u dont pay ur gonna get arrested")).toContain('threat_arrest');
  });
});

describe('lawful consequences versus threats and exaggerations', () => {
  it('labels hedged, true-to-law consequences as lawful', () => {
    const acts = agent('If nothing is paid, the account might be reported to Experian and the creditor may consider other remedies allowed by law.');
    expect(acts).toContain('explain_consequences_lawful');
    expect(acts).not.toContain('threat_legal_action_false');
    expect(acts).not.toContain('misleading_credit_claim');
  });

  it('labels certain-action language about suing, garnishing or seizing as a legal threat', () => {
    for (const text of ["We're suing you next week.", "We will garnish your paycheck.", 'They are going to seize your car.', 'Our lawyers are filing a lawsuit today.']) {
      expect(agent(text), text).toContain('threat_legal_action_false');
    }
  });

  it('labels exaggerated credit claims as misleading', () => {
    for (const text of ['This is going to ruin your credit for life.', "You'll never get a mortgage, ever.", 'Your credit score will hit zero.']) {
      expect(agent(text), text).toContain('misleading_credit_claim');
    }
  });
});

describe('false representation', () => {
  it('flags posing as police, court or government', () => {
    expect(agent("Good morning, I'm calling from the sheriff's department.")).toContain('false_representation');
    expect(agent('This is Sergeant Miller.')).toContain('false_representation');
    expect(agent('This is an official court notice.')).toContain('false_representation');
  });

  it('flags misstating the debt and denying being a collector', () => {
    expect(agent("You can't dispute this, it's too late.")).toContain('false_representation');
    expect(agent('The balance has doubled since last month.')).toContain('false_representation');
    expect(agent("I'm not a debt collector.")).toContain('false_representation');
  });

  it('does not flag checking a bankruptcy with the court, or saying a debt does not go away', () => {
    expect(agent("I'm putting a hold on the account and sending it to our bankruptcy team to confirm with the court.")).not.toContain('false_representation');
    expect(agent("I'm calling from the county court about your case.")).toContain('false_representation');
    expect(classifyByRules({ text: "The debt doesn't go away, ma'am.", speaker: 'agent' })).not.toContain('false_representation');
    expect(classifyByRules({ text: 'This debt will never go away.', speaker: 'agent' })).toContain('false_representation');
  });

  it('does not flag a truthful statement of rights', () => {
    expect(agent('You can dispute this within thirty days.')).not.toContain('false_representation');
  });

  it('flags a no to "are you a debt collector?", and not a yes or a no to another question', () => {
    const asked = { previous: 'Before I tell you anything else: are you a debt collector?' };
    expect(agent("Oh, no, nothing like that. We're an account services company.", asked)).toContain('false_representation');
    expect(agent('Yes, we are a debt collector, and this is an attempt to collect a debt.', asked)).not.toContain('false_representation');
    expect(agent("No, nothing like that. We're an account services company.", { previous: 'Is this a bad time to call?' })).not.toContain('false_representation');
  });
});

describe('mini-Miranda', () => {
  it('recognises the disclosure that a debt collector is calling, with or without its purpose clause', () => {
    expect(agent('This is an attempt to collect a debt.')).toContain('mini_miranda');
    expect(agent('I am a debt collector.')).toContain('mini_miranda');
    expect(agent('We collect debts, and any information obtained will be used for that purpose.')).toContain('mini_miranda');
  });

  it('is not given by the purpose clause alone, with no word of a debt or collecting', () => {
    // "This call is recorded and any information obtained will be used for that purpose": no collector named.
    expect(agent('Any information obtained will be used for that purpose.')).not.toContain('mini_miranda');
    expect(agent('This call is recorded and any information obtained will be used for that purpose. I am calling about your furniture account.')).not.toContain('mini_miranda');
  });

  it('is not given by a denial', () => {
    expect(agent("This isn't an attempt to collect a debt.")).not.toContain('mini_miranda');
  });
});

describe('profanity and abuse', () => {
  it('catches obfuscated profanity', () => {
    for (const text of ['what the f*ck', 'this is bulls**t', 'you b!tch', 'f***ing pay it']) {
      expect(agent(text), text).toContain('profanity_abuse');
    }
  });

  it('does not fire on innocent words that contain a profane substring', () => {
    for (const text of ['Scunthorpe', 'please assess the class', 'Hancock Financial', 'the shiitake order', 'Dickens Street', 'hello there']) {
      expect(agent(text), text).not.toContain('profanity_abuse');
    }
  });

  it("does not blame the agent for the customer's words quoted back", () => {
    expect(agent('You called me a "stupid b*tch" and I will not continue if that happens again.')).not.toContain('profanity_abuse');
  });
});

describe('harassment and fees', () => {
  it('flags shaming and badgering', () => {
    expect(agent("Only a deadbeat ignores their bills.")).toContain('harassment_pressure');
    expect(agent("We will keep calling you every day until it's paid.")).toContain('harassment_pressure');
  });

  it('takes "the $318.44 is the charge for that last billing period" for the debt, not a fee', () => {
    expect(agent('The $318.44 is the charge for that last billing period, when the service was closed.')).not.toContain('unauthorized_fee');
    expect(agent("There's a $25 processing charge for card payments.")).toContain('unauthorized_fee');
  });

  it('flags added fees and interest, but not their absence', () => {
    expect(agent("There's a $9.99 convenience fee for card payments.")).toContain('unauthorized_fee');
    expect(agent("We'll be charging interest on the remaining balance.")).toContain('unauthorized_fee');
    expect(agent('There is no fee for that.')).not.toContain('unauthorized_fee');
  });
});

describe('context', () => {
  const ack = "I understand, I'll note that.";

  it('reads an acknowledgement by what the customer said before', () => {
    expect(agent(ack, { previous: 'My attorney is handling this.' })).toEqual(expect.arrayContaining(['acknowledge_attorney']));
    expect(agent(ack, { previous: 'Quit calling my phone.' })).toEqual(expect.arrayContaining(['acknowledge_cease_request']));
    expect(agent(ack, { previous: "I don't owe this, it's not mine." })).toEqual(expect.arrayContaining(['handle_dispute']));
    expect(agent(ack, { previous: 'I get paid on Friday.' })).toEqual(['active_listening']);
    expect(agent(ack)).toEqual(['active_listening']);
  });

  it('turns debt talk into third-party disclosure when the party is not verified', () => {
    const text = 'I am calling about the overdue balance of $740.';
    expect(agent(text)).toEqual(expect.arrayContaining(['state_purpose', 'state_balance']));
    expect(agent(text, { rpc_verified: true })).not.toContain('third_party_disclosure');
    const unverified = agent(text, { rpc_verified: false });
    expect(unverified).toContain('third_party_disclosure');
    expect(unverified).not.toContain('state_purpose');
    expect(unverified).not.toContain('state_balance');
    expect(agent(text, { rpc_verified: true, third_party_on_line: true })).toContain('third_party_disclosure');
  });

  it('keeps a limited-content message clean even when the party is not verified', () => {
    const acts = agent('Please ask Dana to call Sam back at 555-0100 about a personal business matter.', { rpc_verified: false });
    expect(acts).not.toContain('third_party_disclosure');
  });

  it('reads a bare yes by the question it answers', () => {
    expect(customer('yes', { previous: 'Is this Dana Reyes?' })).toContain('confirms_identity');
    expect(customer('yes', { previous: 'Can you do $60 a month starting Friday?' })).toContain('agrees_to_pay');
    expect(customer('yes')).toEqual(['other']);
  });

  it('reads a bare no by the question it answers', () => {
    expect(customer('nope', { previous: 'Would you be able to pay the full balance today?' })).toContain('refuses_to_pay');
    expect(customer('no', { previous: 'Is now a good time to talk?' })).toContain('requests_callback');
  });
});

describe('customer acts', () => {
  it('tells the consumer, a wrong number and a third party apart', () => {
    expect(customer('Yes ma\'am, this is he.')).toContain('confirms_identity');
    expect(customer('I think you got the wrong number.')).toContain('wrong_party');
    expect(customer("I'm her roommate, she's not here.")).toContain('third_party');
    expect(customer("I'm her roommate, she's not here.")).not.toContain('confirms_identity');
  });

  it('separates hardship from refusal', () => {
    expect(customer("I can't afford anything right now, I was laid off.")).toEqual(expect.arrayContaining(['hardship']));
    expect(customer("I can't afford anything right now, I was laid off.")).not.toContain('refuses_to_pay');
    expect(customer("I'm not gonna pay you people.")).toContain('refuses_to_pay');
  });

  it('recognises stage notes and placeholders without choking', () => {
    expect(customer('[pause] uh yeah [CONSUMER_NAME] speaking [crosstalk]')).toContain('confirms_identity');
    expect(agent('[AGENT_NAME] here from [COMPANY], your balance is [DEBT_AMOUNT].')).toEqual(
      expect.arrayContaining(['identify_self', 'identify_company', 'state_balance']),
    );
  });

  it('labels a question only when one is asked', () => {
    expect(customer('How much is left on it?')).toContain('asks_question');
    expect(customer('how did u get this number')).toContain('asks_question');
    expect(customer('I lost my job.')).not.toContain('asks_question');
  });
});

describe('classifyByRules', () => {
  it('is the same function as classify', () => {
    const u = { text: "We'll garnish your wages.", speaker: 'agent' as const };
    expect(classifyByRules(u)).toEqual(classify(u));
  });

  it('answers empty or noise-only input with "other"', () => {
    expect(agent('')).toEqual(['other']);
    expect(customer('[inaudible]')).toEqual(['other']);
  });
});

describe('payment asks', () => {
  it('reads an ask for payment now from its parts, whatever the wording', () => {
    for (const text of [
      'Any way we could wrap this up with a payment this afternoon?',
      'so can you get the money over to us today',
      'What we need from you is a payment before we hang up.',
    ]) {
      expect(agent(text), text).toContain('request_full_payment');
    }
  });

  it('tells a payment asked for now from a payment booked for a date', () => {
    expect(agent('Can you make a payment today?')).toContain('request_full_payment');
    expect(agent('Can you make a payment today?')).not.toContain('secure_commitment');
    expect(agent('Can we get a payment set up for Friday?')).toContain('secure_commitment');
    expect(agent('Can we get a payment set up for Friday?')).not.toContain('request_full_payment');
    expect(agent('Could you have the $150 to us by the 20th?')).toContain('secure_commitment');
  });

  it("does not read the customer's past, a callback or a receipt as an ask", () => {
    for (const text of [
      'Did you make a payment today?',
      'Can I call you back today about the payment?',
      'Would you like a receipt for the payment you made today?',
      "You don't need to pay anything today.",
    ]) {
      const acts = agent(text);
      expect(acts, text).not.toContain('request_full_payment');
      expect(acts, text).not.toContain('secure_commitment');
    }
  });

  it('asks a represented consumer for the attorney, not for money', () => {
    const lawyer = { previous: 'My lawyer is handling this.' };
    const acts = agent("Could I have your attorney's name and phone number?", lawyer);
    expect(acts).toContain('acknowledge_attorney');
    for (const act of ['secure_commitment', 'request_full_payment', 'probe_ability_to_pay'] as const) expect(acts).not.toContain(act);
    expect(agent('Could I have the card number you would like to use?')).toContain('secure_commitment');
  });
});

describe('implied threats', () => {
  it('names the threat an ultimatum carries instead of calling it badgering', () => {
    const acts = agent("You'd better pay, or you might find your car windows smashed one morning.");
    expect(acts).toContain('threat_violence');
    expect(acts).not.toContain('harassment_pressure');
    expect(agent("You'd better pay, or else.")).toContain('harassment_pressure');
  });

  it('keeps a threat that "not yet" only postpones', () => {
    expect(agent("You're lucky nobody has come to arrest you yet.")).toContain('threat_arrest');
    expect(agent('Nobody is coming to arrest you.')).not.toContain('threat_arrest');
  });

  it('hears harm implied to property and family, but not sympathy for an accident', () => {
    expect(agent("It'd be a shame if your truck caught fire.")).toContain('threat_violence');
    expect(agent('Your windows might get smashed.')).toContain('threat_violence');
    expect(agent('I hope nobody was hurt in the accident.')).not.toContain('threat_violence');
    expect(agent('Did you get hurt when the car was hit?')).not.toContain('threat_violence');
  });
});

describe('pay schedules, tight money and written terms', () => {
  it('reads questions about pay days and what is left as probing ability to pay, not as a greeting', () => {
    expect(agent('I understand. How are you paid?')).toContain('probe_ability_to_pay');
    expect(agent('How are you paid?')).not.toContain('greeting');
    expect(agent('Does that leave you enough for the kids and everything else?')).toContain('probe_ability_to_pay');
    expect(agent('Hi Dana, how are you doing today?')).toContain('greeting');
  });

  it('hears "it\'s been tight" as hardship', () => {
    expect(customer("I have two kids and it's been tight.")).toContain('hardship');
  });

  it('reads "I didn\'t recognize the number" as no dispute, and "I don\'t recognize this debt" as one', () => {
    expect(customer("Was that you guys calling all week? I didn't recognize the number.")).not.toContain('disputes_debt');
    expect(customer("I don't recognize this debt at all.")).toContain('disputes_debt');
  });

  it('reads a yes that asks for the terms in writing, and insurance that paid part, as no dispute', () => {
    expect(customer('Yes. Can I get something in writing before I pay?')).not.toContain('disputes_debt');
    expect(customer('I want to see it in writing before I pay anything.')).toContain('disputes_debt');
    expect(customer('No, I know about the crown. Insurance paid part and the rest was on me.')).not.toContain('disputes_debt');
  });
});

describe('asks, read-backs and claims found in planted-violation calls', () => {
  it('hears a sum asked for as a condition or a favour as asking for a commitment', () => {
    expect(agent('If you could do even $50 tonight, I could get the account moving.')).toContain('secure_commitment');
    expect(agent('Could you put $100 down today?')).toContain('secure_commitment');
  });

  it('hears terms read back with "does that sound right?" as a recap', () => {
    expect(agent('Okay. $285.00 by debit card on Friday, November 13th, which pays the balance in full. Does that sound right?')).toContain('recap_terms');
  });

  it('hears a private agency passed off as part of the state as a false representation', () => {
    expect(agent('Lakeshore Recovery Services is a division of the State of Michigan.')).toContain('false_representation');
    expect(agent("It's handled as a state government account now.")).toContain('false_representation');
  });

  it('hears "I closed that card" as no dispute, and "I cancelled that membership" as one', () => {
    expect(customer('Horizon? I closed that card in 2015. I thought that was long gone.')).not.toContain('disputes_debt');
    expect(customer('I cancelled that membership before they billed me.')).toContain('disputes_debt');
  });
});

describe('sign-offs and charge-offs', () => {
  it('hears "talk to you on the 3rd" and "good luck with the new job" as closing the call', () => {
    expect(agent('Of course. Good luck with the new job, Ms. Quintero. Talk to you on the 3rd.')).toContain('close_call');
  });

  it('does not take "the bank already wrote it off" for a dispute', () => {
    expect(customer('Can you do twelve hundred? Come on, the bank already wrote it off.')).not.toContain('disputes_debt');
  });
});

describe('a typical week on the floor', () => {
  it("takes the creditor's own contract charges, itemised as the debt, for no added fee", () => {
    expect(agent('The $412.86 is a $250.00 early termination fee and $162.86 for a router not returned.')).not.toContain('unauthorized_fee');
    expect(agent("There's a $4.95 fee to pay over the phone.")).toContain('unauthorized_fee');
  });

  it('hears "this will stay on your credit until it\'s paid" as a misleading credit claim', () => {
    expect(agent("But you need to know, this will stay on your credit until it's paid.")).toContain('misleading_credit_claim');
  });

  it('does not take updating the account "with the credit bureaus" for posing as one', () => {
    expect(agent("We'll update the account with the credit bureaus as settled in full.")).not.toContain('false_representation');
  });

  it('does not hear agreement in "Good, because I\'m not paying it."', () => {
    expect(customer("Good, because I'm not paying it.", { previous: "I'm noting that as a dispute right now.", rpc_verified: true })).not.toContain('agrees_to_pay');
  });
});
