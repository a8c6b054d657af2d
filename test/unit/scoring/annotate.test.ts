import { describe, expect, it } from 'vitest';
import { annotate, inFirstPerson } from '../../../src/domain/scoring/annotate.ts';
import { call, VERIFIED_OPENING, type Line } from '../../fixtures/scoring/calls.ts';

describe('annotate', () => {
  it('numbers every turn from 1, system turns included, and never classifies a system turn', () => {
    const { transcript, classify } = call([
      ['agent', 'Hello, may I speak with Dana?', ['greeting', 'verify_identity']],
      ['system', '[line noise]'],
      ['customer', 'Speaking.', ['confirms_identity']],
    ]);
    const annotated = annotate(transcript, classify);
    expect(annotated.turns.map((t) => [t.index, t.speaker, t.acts])).toEqual([
      [1, 'agent', ['greeting', 'verify_identity']],
      [2, 'system', []],
      [3, 'customer', ['confirms_identity']],
    ]);
    expect(classify.calls.map((u) => u.text)).toEqual(['Hello, may I speak with Dana?', 'Speaking.']);
  });

  it("classifies a third party as the customer side, with the other side's last words as context", () => {
    const { transcript, classify } = call([
      ['agent', 'Hi, is Dana there?', ['greeting', 'verify_identity']],
      ['third_party', "She's out. I'm her husband.", ['third_party']],
      ['agent', "I'll try her later, thanks.", ['close_call']],
    ]);
    annotate(transcript, classify);
    expect(classify.calls[1]).toEqual({
      text: "She's out. I'm her husband.",
      speaker: 'customer',
      context: { previous: 'Hi, is Dana there?', rpc_verified: false, third_party_on_line: true },
    });
    expect(classify.calls[2]!.context).toEqual({ previous: "She's out. I'm her husband.", rpc_verified: false, third_party_on_line: true });
  });

  it('marks the right party verified once the customer confirms the detail asked for, and tells the classifier from then on', () => {
    // "This is Dana." answers the name; the date of birth the agent goes on to ask for verifies.
    const { transcript, classify } = call([...VERIFIED_OPENING]);
    const annotated = annotate(transcript, classify);
    expect(annotated.turns.map((t) => t.state.rpcVerified)).toEqual([false, false, false, true, true]);
    expect(classify.calls.map((u) => u.context?.rpc_verified)).toEqual([false, false, false, false, true]);
  });

  it('takes the name alone for verification only when the agent never asks for a detail', () => {
    const nameOnly = call([
      ['agent', 'May I speak with Dana Reyes?', ['verify_identity']],
      ['customer', 'This is Dana.', ['confirms_identity']],
      ['agent', 'Thanks, Dana. This is an attempt to collect a debt.', ['mini_miranda']],
    ]);
    expect(annotate(nameOnly.transcript, nameOnly.classify).turns[1]!.state.rpcVerified).toBe(true);
    const detailLater = call([
      ['agent', 'May I speak with Dana Reyes?', ['verify_identity']],
      ['customer', 'This is Dana.', ['confirms_identity']],
      ['agent', 'Your balance is $1,200.', ['state_balance']],
      ['agent', 'Can you confirm your date of birth?', ['verify_identity']],
      ['customer', 'April nineteenth, eighty-five.', ['other']],
    ]);
    expect(annotate(detailLater.transcript, detailLater.classify).turns.map((t) => t.state.rpcVerified)).toEqual([false, false, false, false, true]);
  });

  it('accepts a plain "yes" to a verification question, but not "hold on, let me get her"', () => {
    const yes = call([
      ['agent', 'Am I speaking with Dana Reyes?', ['verify_identity']],
      ['customer', 'Yeah, what is it?', ['asks_question']],
    ]);
    expect(annotate(yes.transcript, yes.classify).final.rpcVerified).toBe(true);
    const handOver = call([
      ['agent', 'Am I speaking with Dana Reyes?', ['verify_identity']],
      ['customer', 'Yes, hold on, let me get her.', ['other']],
    ]);
    expect(annotate(handOver.transcript, handOver.classify).final.rpcVerified).toBe(false);
  });

  it('accepts the details asked for as confirmation, but not a refusal to give them', () => {
    const dob = call([
      ['agent', 'Can you confirm your date of birth?', ['verify_identity']],
      ['customer', 'Sure, 03/04/1985.', ['other']],
    ]);
    expect(annotate(dob.transcript, dob.classify).final.rpcVerified).toBe(true);
    const refusal = call([
      ['agent', 'Can you confirm your date of birth?', ['verify_identity']],
      ['customer', 'No, why do you need that? Who is this?', ['asks_question']],
    ]);
    expect(annotate(refusal.transcript, refusal.classify).final.rpcVerified).toBe(false);
  });

  it('does not let a third party or a wrong number verify anyone', () => {
    const { transcript, classify } = call([
      ['agent', 'Is this Dana?', ['verify_identity']],
      ['customer', "Yes... I mean no, wrong number, there's no Dana here.", ['wrong_party']],
    ]);
    const annotated = annotate(transcript, classify);
    expect(annotated.final.rpcVerified).toBe(false);
    expect(annotated.final.thirdPartyOnLine).toBe(true);
  });

  it('takes the third party off the line when the consumer comes to the phone and confirms', () => {
    const { transcript, classify } = call([
      ['agent', 'Is Dana there?', ['verify_identity']],
      ['third_party', 'Hang on, I will get her.', ['third_party']],
      ['customer', 'Hi, this is Dana.', ['confirms_identity']],
    ]);
    const states = annotate(transcript, classify).turns.map((t) => [t.state.rpcVerified, t.state.thirdPartyOnLine]);
    expect(states).toEqual([
      [false, false],
      [false, true],
      [true, false],
    ]);
  });

  it('records when the customer first raised an attorney, a cease request, a dispute, hardship and a refusal', () => {
    const { transcript, classify } = call([
      ...VERIFIED_OPENING,
      ['customer', "I lost my job and I won't pay.", ['hardship', 'refuses_to_pay']],
      ['agent', 'I understand.', ['empathy']],
      ['customer', "It isn't even my debt. My lawyer handles this, stop calling.", ['disputes_debt', 'has_attorney', 'requests_cease']],
      ['customer', 'And I still dispute it.', ['disputes_debt']],
    ]);
    const { final } = annotate(transcript, classify);
    expect(final).toMatchObject({ hardshipAt: 6, refusalAt: 6, disputeAt: 8, attorneyAt: 8, ceaseAt: 8 });
  });

  it('recognises a voicemail from a stage note, a recorded greeting, or the agent leaving a message', () => {
    const note = call([['system', '[voicemail beep]'], ['agent', 'Hi, please call Sam back.', ['greeting']]]);
    expect(annotate(note.transcript, note.classify).turns[1]!.state.voicemail).toBe(true);
    const greeting = call([['customer', "Hi, you've reached Dana. Leave a message after the tone.", ['confirms_identity']], ['agent', 'Hi Dana, Sam here.', ['greeting']]]);
    const g = annotate(greeting.transcript, greeting.classify);
    expect(g.turns[1]!.state.voicemail).toBe(true);
    expect(g.final.rpcVerified).toBe(false);
    const message = call([['agent', 'Hi, this message is for Dana Reyes, please call me back.', ['greeting']]]);
    expect(annotate(message.transcript, message.classify).final.voicemail).toBe(true);
    const live = call([...VERIFIED_OPENING]);
    expect(annotate(live.transcript, live.classify).final.voicemail).toBe(false);
    const roommate = call([
      ['agent', 'Is Dana there?', ['verify_identity']],
      ['third_party', "She's out.", ['third_party']],
      ['agent', 'Could you please call me back when she is in?', ['other']],
    ]);
    expect(annotate(roommate.transcript, roommate.classify).final.voicemail).toBe(false);
  });

  it("takes a recorder's opening beep for the recorder's, and a beep after the phone rang for a voicemail's", () => {
    const live = call([
      ['system', '[beep]'],
      ['agent', 'Good morning, this is Sam from Acme Recovery. May I speak with Dana?', ['greeting', 'identify_self', 'identify_company']],
      ['customer', 'This is Dana.', ['confirms_identity']],
    ]);
    expect(annotate(live.transcript, live.classify).turns[1]!.state.voicemail).toBe(false);
    const noted = call([['system', '[beep] [recording started]'], ['agent', 'Hi, this is Sam.', ['identify_self']]]);
    expect(annotate(noted.transcript, noted.classify).final.voicemail).toBe(false);
    const machine = call([['system', '[ringing]'], ['system', '[beep]'], ['agent', 'Hi, this is Sam, please call me back.', ['identify_self']]]);
    expect(annotate(machine.transcript, machine.classify).final.voicemail).toBe(true);
  });

  it('puts words only a collector or only a consumer says back with the side that said them', () => {
    const { transcript, classify } = call([
      ...VERIFIED_OPENING.slice(0, 4),
      ['customer', 'This is an attempt to collect a debt, and any information obtained will be used for that purpose.', ['other']],
      ['agent', 'Am I going to get arrested over this? My sister said they can put you in jail.', ['threat_arrest']],
    ]);
    const turns = annotate(transcript, classify).turns;
    expect(turns[4]!.speaker).toBe('agent');
    expect(turns[5]!.speaker).toBe('customer');
  });

  it('knows a recording that began mid-call, and takes "thank you for confirming all that" as the verification it missed', () => {
    const { transcript, classify } = call([
      ['system', '[recording begins mid-call; the first part of the call was not captured]'],
      ['agent', '...kay, so, thank you for confirming all that, Mr. Thao.', ['other']],
      ['customer', 'Yep.', ['other']],
    ]);
    const annotated = annotate(transcript, classify);
    expect(annotated.joinedLate).toBe(true);
    expect(annotated.turns[1]!.state.rpcVerified).toBe(true);
    const whole = call([...VERIFIED_OPENING]);
    expect(annotate(whole.transcript, whole.classify).joinedLate).toBe(false);
  });

  it('takes someone the agent asked to interpret, or who relays what the consumer just said, as speaking for the consumer', () => {
    const { transcript, classify } = call([
      ['agent', 'Good morning. May I please speak with Ana Rojas?', ['greeting', 'verify_identity']],
      ['third_party', "Hold on, she's my mom. She doesn't really speak English. Who's calling?", ['third_party', 'asks_question']],
      ['agent', "It's a personal business matter. If she'd like, you could help interpret, but I'd need her okay first.", ['other']],
      ['third_party', "Okay, let me put you on speaker. She's here.", ['other']],
      ['customer', '¿Bueno? Sí, soy Ana.', ['other']],
      ['agent', 'Could you ask her for her date of birth?', ['verify_identity']],
      ['third_party', 'Amá, ¿tu fecha de nacimiento?', ['other']],
      ['customer', 'Doce de noviembre de mil novecientos sesenta y dos.', ['other']],
      ['third_party', 'November 12th, 1962.', ['other']],
      ['agent', 'Thank you, that matches.', ['other']],
    ]);
    const turns = annotate(transcript, classify).turns;
    expect(turns[3]!.state.interpreterOnLine).toBe(true);
    expect(turns[8]!.state.rpcVerified).toBe(true);
    expect(turns[8]!.state.thirdPartyOnLine).toBe(false);
  });

  it('takes details given with a question after them ("Who is this?") as verification, a denial not', () => {
    const asked: Line[] = [
      ['agent', 'Good morning! May I speak with Rafael Quintero?', ['greeting', 'verify_identity']],
      ['customer', '...Yeah. This is him. What time is it?', ['asks_question']],
      ['agent', 'Can you verify your date of birth for me real quick?', ['verify_identity']],
    ];
    const given = call([...asked, ['customer', 'November ninth, eighty-two. Who is this?', ['asks_question']]]);
    expect(annotate(given.transcript, given.classify).turns.at(-1)!.state.rpcVerified).toBe(true);
    const denied = call([...asked, ['customer', "No, that's not me. November ninth is my brother's.", ['other']]]);
    expect(annotate(denied.transcript, denied.classify).turns.at(-1)!.state.rpcVerified).toBe(false);
  });

  it("reads an interpreter's relay in the first person, and leaves a voice in the background off the line", () => {
    expect(inFirstPerson("She says no, she returned both phones. She has the receipt. She doesn't owe this money.")).toBe(
      "no, I returned both phones. I have the receipt. I don't owe this money.",
    );
    expect(inFirstPerson('He says he can pay fifty on Friday from his checking. I help him with English.')).toBe('I can pay fifty on Friday from my checking. I help him with English.');
    const { transcript, classify } = call([
      ...VERIFIED_OPENING,
      ['customer', "Look, I'm at work, my supervisor is right there.", ['other']],
      ['third_party', '[in background] Tamika, I need you back on register three.', ['other']],
    ]);
    const turns = annotate(transcript, classify).turns;
    expect(turns.at(-1)!.state.thirdPartyOnLine).toBe(false);
    expect(turns.at(-1)!.acts).toEqual([]);
  });

  it('shares the state object between turns that change nothing', () => {
    const { transcript, classify } = call([...VERIFIED_OPENING]);
    const turns = annotate(transcript, classify).turns;
    expect(turns[1]!.state).toBe(turns[0]!.state);
    expect(turns[4]!.state).toBe(turns[3]!.state);
    expect(turns[3]!.state).not.toBe(turns[2]!.state);
  });

  it('keeps the verification asked for when the agent holds to it after "Who are you?", and not otherwise', () => {
    const opening: Line[] = [
      ['agent', 'Hi, may I speak with Dana Reyes?', ['greeting', 'verify_identity']],
      ['customer', 'This is she.', ['confirms_identity']],
      ['agent', 'Before I go further, can you verify your date of birth and the last four of your Social?', ['verify_identity']],
      ['customer', 'Why? Who are you?', ['asks_question']],
    ];
    const verified = (hold: string) => {
      const { transcript, classify } = call([...opening, ['agent', hold, ['other']], ['customer', 'Fine. 5/17/90. 8834.', ['other']]]);
      return annotate(transcript, classify).final.rpcVerified;
    };
    expect(verified("I'll tell you as soon as I confirm I have the right person.")).toBe(true);
    expect(verified('It is a personal business matter.')).toBe(false);
  });
});
