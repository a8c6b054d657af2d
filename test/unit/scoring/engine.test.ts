import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../src/domain/scoring/engine.ts';
import { parseRubric, type Rubric } from '../../../src/domain/scoring/rubric.ts';
import { call, FULL_CONTEXT, projectRubric, VERIFIED_OPENING, type Line } from '../../fixtures/scoring/calls.ts';

/** A small rubric whose arithmetic is easy to follow: two rules, three criteria. */
function tinyRubric(failsOn?: string): Rubric {
  const compliance = `id: tiny-compliance
version: 2.1.0
kind: compliance
rules:
  - id: THREAT_ARREST
    severity: critical
    source: "FDCPA §807(4)"
    title: Arrest threatened
    explanation: Not paying is not a crime.
    instead: Let's find an option.
    competencies: [resilience]
    check: { kind: agent_act, acts: [threat_arrest] }
  - id: CALL_FREQUENCY
    severity: major
    source: "Reg F §1006.14(b)(2)"
    title: Too many calls
    explanation: Seven in seven.
    instead: Do not dial.
    competencies: [attention_to_detail]
    check: { kind: call_frequency, max_attempts: 7 }
`;
  const negotiation = `id: tiny-negotiation
version: 3.0.1
kind: negotiation
pass_mark: 60
penalties: { critical: 30, major: 25, minor: 5 }
${failsOn ?? ''}
criteria:
  - id: N_GREET
    weight: 20
    competencies: [communication]
    title: Greets
    explanation: Say hello.
    check: { kind: agent_act, acts: [greeting] }
  - id: N_EMPATHY
    weight: 30
    competencies: [resilience, adaptability]
    title: Empathy for hardship
    explanation: Acknowledge hardship.
    check: { kind: act_after_customer_act, customer_acts: [hardship], agent_acts: [empathy], when_absent: not_applicable }
  - id: N_ASK
    weight: 50
    competencies: [negotiation, attention_to_detail]
    title: Asks for payment
    explanation: Ask for the balance.
    check: { kind: agent_act, acts: [request_full_payment] }
`;
  const r = parseRubric({ text: compliance, file: 'c.yaml' }, { text: negotiation, file: 'n.yaml' });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value;
}

const GREET: Line = ['agent', 'Hello Dana.', ['greeting']];
const ASK: Line = ['agent', 'Can you pay the balance today?', ['request_full_payment']];
const HARDSHIP: Line = ['customer', 'I lost my job.', ['hardship']];
const SORRY: Line = ['agent', "I'm sorry to hear that.", ['empathy']];
const ARREST: Line = ['agent', 'Pay or you will be arrested.', ['threat_arrest']];

function score(lines: Line[], context = FULL_CONTEXT, rubric = tinyRubric()) {
  const { transcript, classify } = call(lines, context);
  return scoreTranscript(transcript, rubric, classify);
}

describe('score arithmetic', () => {
  it('earns the weight of each criterion met', () => {
    const r = score([GREET, HARDSHIP, SORRY, ASK]);
    expect(r.criteria.map((c) => [c.id, c.met, c.points, c.max])).toEqual([
      ['N_GREET', true, 20, 20],
      ['N_EMPATHY', true, 30, 30],
      ['N_ASK', true, 50, 50],
    ]);
    expect(r.score).toBe(100);
    expect(r.overall).toBe('pass');
  });

  it('leaves out a criterion the call gave no chance for and scores over the rest', () => {
    const r = score([GREET]);
    const empathy = r.criteria.find((c) => c.id === 'N_EMPATHY')!;
    expect(empathy).toMatchObject({ applicable: false, met: false, points: 0, max: 0 });
    expect(r.score).toBe(29); // 20 of the 70 points that applied
  });

  it('takes the penalty of a major violation off the score without failing the call by itself', () => {
    const r = score([GREET, ASK], { ...FULL_CONTEXT, call_attempts_7day: 9 });
    expect(r.violations.map((v) => v.rule)).toEqual(['CALL_FREQUENCY']);
    expect(r.score).toBe(75);
    expect(r.overall).toBe('pass');
    expect(r.critical_violations).toEqual([]);
  });

  it('fails the call for a major violation when the rubric lists major among the severities that fail', () => {
    const r = score([GREET, ASK], { ...FULL_CONTEXT, call_attempts_7day: 9 }, tinyRubric('fails_on: [critical, major]'));
    expect(r.score).toBe(75);
    expect(r.overall).toBe('fail');
    expect(score([GREET, ASK], FULL_CONTEXT, tinyRubric('fails_on: [critical, major]')).overall).toBe('pass');
  });

  it("fails a call whose plan is under the client's minimum, whatever the score, and says why on the criterion", () => {
    const plan = (text: string): Line => ['agent', text, ['offer_payment_plan']];
    const yes: Line = ['customer', 'Okay, I can do that.', ['agrees_to_pay']];
    const scored = (lines: Line[]) => {
      const c = call(lines, FULL_CONTEXT);
      return scoreTranscript(c.transcript, projectRubric(), c.classify);
    };
    const under = scored([...VERIFIED_OPENING, ASK, plan('We can do $30 a month on the 1st by debit card.'), yes]);
    const options = under.criteria.find((c) => c.id === 'N_OPTIONS_IN_POLICY')!;
    expect(options).toMatchObject({ fails_call: true, met: false, points: 0 });
    expect(options.facts?.join(' ')).toMatch(/\$30/);
    expect(under.violations).toEqual([]);
    expect(under.overall).toBe('fail');
    const within = scored([...VERIFIED_OPENING, ASK, plan('We can do $60 a month on the 1st by debit card.'), yes]);
    expect(within.criteria.find((c) => c.id === 'N_OPTIONS_IN_POLICY')!.fails_call).toBeUndefined();
  });

  it('asks no payment of someone the agent rightly told owes nothing (a widow not on the card)', () => {
    const scored = (lines: Line[]) => {
      const c = call(lines, FULL_CONTEXT);
      return scoreTranscript(c.transcript, projectRubric(), c.classify).criteria.find((x) => x.id === 'N_FULL_PAYMENT_FIRST')!;
    };
    const told: Line = ['agent', "The card was in his name only. A surviving spouse isn't personally responsible for it.", ['explain_consequences_lawful']];
    const later: Line = ['agent', 'Would it help if I called back next week, Tuesday at eleven?', ['other']];
    expect(scored([...VERIFIED_OPENING, told, later]).applicable).toBe(false);
    expect(scored([...VERIFIED_OPENING, later]).applicable).toBe(true);
  });

  it('marks nothing down that a call cut short on the opening never reached', () => {
    const c = call(
      [
        ['agent', 'Hi, good afternoon, may I speak with Robert Kessler?', ['greeting', 'verify_identity']],
        ['customer', 'Yeah, speaking.', ['confirms_identity']],
        ['agent', "Hi Robert, I'm Tasha from Halvorsen and Pike Associates. Before we go any further I just need to—", ['identify_self', 'identify_company', 'verify_identity']],
        ['system', '[call disconnected by consumer]', []],
      ],
      FULL_CONTEXT,
    );
    const r = scoreTranscript(c.transcript, projectRubric(), c.classify);
    for (const id of ['N_PURPOSE_BALANCE', 'N_FULL_PAYMENT_FIRST', 'N_CLOSE']) expect(r.criteria.find((x) => x.id === id)?.applicable, id).toBe(false);
    expect(r.overall).toBe('pass');
  });

  it('fails a call closed without a single ask for payment, unless the consumer hung up or the agent rightly took none', () => {
    const scored = (lines: Line[]) => {
      const c = call(lines, FULL_CONTEXT);
      return scoreTranscript(c.transcript, projectRubric(), c.classify);
    };
    const balance: Line = ['agent', 'I am calling about your Northside Bank card, with a balance of $1,200.', ['state_purpose', 'state_balance']];
    const open: Line = ['customer', "Oh, yeah, I know about that one. Things have gotten a little better lately, so...", ['other']];
    const whenever: Line = ['agent', "Okay, well, whenever you're ready you can give us a call back at the number on your letter. Have a good day.", ['close_call']];
    const never = scored([...VERIFIED_OPENING, balance, open, whenever, ['customer', 'Oh, okay. Bye.', ['other']]]);
    const full = never.criteria.find((c) => c.id === 'N_FULL_PAYMENT_FIRST')!;
    expect(full.fails_call).toBe(true);
    expect(full.facts).toContain('no payment was asked for or offered on the call');
    expect(full.facts?.join(' ')).not.toMatch(/not found in the call/);
    expect(never.overall).toBe('fail');
    // The consumer hung up before any ask could come.
    const hungUp = scored([...VERIFIED_OPENING, balance, ['customer', "No. I can't deal with this.", ['other']], ['system', '[call disconnected]', []]]);
    expect(hungUp.criteria.find((c) => c.id === 'N_FULL_PAYMENT_FIRST')!.fails_call).toBeUndefined();
    // The agent rightly took no payment from a consumer who could not decide alone.
    const careful = scored([...VERIFIED_OPENING, balance, open, ['agent', "We won't take any payment until you've gone over it with your son. Have a nice afternoon.", ['close_call']]]);
    expect(careful.criteria.find((c) => c.id === 'N_FULL_PAYMENT_FIRST')!.fails_call).toBeUndefined();
  });

  it('counts no call attempts against a consumer who called in, and no hour against one the consumer asked for', () => {
    const rubric = projectRubric();
    const balance: Line = ['agent', 'I am calling about your Northside Bank card, with a balance of $1,200.', ['state_purpose', 'state_balance']];
    const rules = (lines: Line[], context: typeof FULL_CONTEXT) => {
      const c = call(lines, context);
      return scoreTranscript(c.transcript, rubric, c.classify).violations.map((v) => v.rule);
    };
    const eighth = { ...FULL_CONTEXT, call_attempts_7day: 8 };
    expect(rules([...VERIFIED_OPENING, balance], eighth)).toContain('CALL_FREQUENCY');
    const inbound: Line[] = [['agent', 'Thank you for calling Acme Recovery Services, this is Sam. Who am I speaking with?', ['greeting', 'identify_self', 'identify_company', 'verify_identity']], ...VERIFIED_OPENING.slice(1)];
    expect(rules([...inbound, balance], eighth)).not.toContain('CALL_FREQUENCY');
    const late = { ...FULL_CONTEXT, call_timestamp_local: '2026-04-16T21:30:00' };
    expect(rules([...VERIFIED_OPENING, balance], late)).toContain('CALL_TIME');
    const asked: Line = ['agent', 'Hi Dana, you asked me to call you back tonight at nine-thirty.', ['greeting']];
    expect(rules([asked, ...VERIFIED_OPENING, balance], late)).not.toContain('CALL_TIME');
  });

  it('hears a bad moment in "I\'m driving right now", not in "I\'m driving my cousin\'s truck to get to work"', () => {
    const rubric = projectRubric();
    const balance: Line = ['agent', 'I am calling about your Northside Bank card, with a balance of $1,200.', ['state_purpose', 'state_balance']];
    const ask: Line = ['agent', 'So what can you do today?', ['probe_ability_to_pay']];
    const rules = (said: string) => {
      const c = call([...VERIFIED_OPENING, balance, ['customer', said, ['other']], ask], FULL_CONTEXT);
      return scoreTranscript(c.transcript, rubric, c.classify).violations.map((v) => v.rule);
    };
    expect(rules("I'm driving right now, this isn't a good time.")).toContain('INCONVENIENT_TIME_PLACE');
    expect(rules("That's messed up. I'm driving my cousin's truck just to get to work now.")).not.toContain('INCONVENIENT_TIME_PLACE');
  });

  it('takes leave to speak in front of a spouse given in the same breath as the verification, and no hours against a consumer who called in', () => {
    const rubric = projectRubric();
    const lines: Line[] = [
      ['agent', 'Good morning, this is Sam Carter calling from Acme Recovery Services. May I speak with Dana Reyes?', ['greeting', 'identify_self', 'identify_company', 'verify_identity']],
      ['customer', 'This is Dana.', ['confirms_identity']],
      ['agent', 'Thank you, Dana. To protect your privacy, can you please confirm your date of birth?', ['verify_identity']],
      ['customer', "March 4th, 1985. Hold on, my husband does our bills, I'm putting you on speaker. Go ahead, you can talk in front of him.", ['confirms_identity']],
      ['agent', 'Thank you for confirming. This is an attempt to collect a debt, and any information obtained will be used for that purpose.', ['mini_miranda']],
      ['third_party', 'Hi. Is this about the card?', ['asks_question']],
      ['agent', 'It is. I am calling about the Northside Bank card, with a balance of $1,200.', ['state_purpose', 'state_balance']],
    ];
    const c = call(lines, FULL_CONTEXT);
    expect(scoreTranscript(c.transcript, rubric, c.classify).violations.map((v) => v.rule)).not.toContain('THIRD_PARTY_DISCLOSURE');
    const late = { ...FULL_CONTEXT, call_timestamp_local: '2026-04-16T21:20:00' };
    const inbound: Line = ['agent', 'Thank you for calling Acme Recovery Services, this is Sam. Who am I speaking with?', ['greeting', 'identify_self', 'identify_company', 'verify_identity']];
    const d = call([inbound, ...VERIFIED_OPENING.slice(1), ['agent', 'I am calling about your Northside Bank card, with a balance of $1,200.', ['state_purpose', 'state_balance']]], late);
    expect(scoreTranscript(d.transcript, rubric, d.classify).violations.map((v) => v.rule)).not.toContain('CALL_TIME');
  });

  it('verifies on the detail given after the consumer asked why it was needed', () => {
    const lines: Line[] = [
      ['agent', 'Good morning, this is Sam Carter calling from Acme Recovery Services. May I speak with Dana Reyes?', ['greeting', 'identify_self', 'identify_company', 'verify_identity']],
      ['customer', 'Yes.', ['confirms_identity']],
      ['agent', 'Thanks. To verify I have the right person, can you give me your date of birth?', ['verify_identity']],
      ['customer', 'Why do you need that?', ['asks_question']],
      ['agent', "It's just to protect your privacy, so I don't discuss your business with the wrong person.", ['other']],
      ['customer', '...Fine. March 4th, 1985.', ['confirms_identity']],
      ['agent', 'Thank you. This is an attempt to collect a debt, and any information obtained will be used for that purpose.', ['mini_miranda']],
      ['agent', 'I am calling about your Northside Bank card, with a balance of $1,200.', ['state_purpose', 'state_balance']],
    ];
    const c = call(lines, FULL_CONTEXT);
    expect(scoreTranscript(c.transcript, projectRubric(), c.classify).violations.map((v) => v.rule)).not.toContain('RPC_BEFORE_DISCLOSURE');
  });

  it('finds the mini-Miranda missing when the debt was blurted to the one who answered and it was the consumer', () => {
    const rubric = projectRubric();
    const blurted: Line = ['agent', "Marcus, this is Owen from Bayline Recovery, I'm calling about your Capital One balance of $2,340.18.", ['greeting', 'identify_self', 'identify_company', 'third_party_disclosure']];
    const me: Line = ['customer', "Yeah, this is Marcus, but I'm driving. Call me back after five-thirty.", ['confirms_identity', 'requests_callback']];
    const later: Line = ['agent', "Sure thing, I'll call you back at five-thirty today.", ['other']];
    const c = call([blurted, me, later], FULL_CONTEXT);
    const rules = scoreTranscript(c.transcript, rubric, c.classify).violations.map((v) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['RPC_BEFORE_DISCLOSURE', 'MINI_MIRANDA']));
    // Said only after the debt was out, the disclosure comes too late; said in the same breath, it does not.
    const told: Line = ['agent', 'This is an attempt to collect a debt, and any information obtained will be used for that purpose.', ['mini_miranda']];
    const d = call([blurted, me, told, later], FULL_CONTEXT);
    expect(scoreTranscript(d.transcript, rubric, d.classify).violations.map((v) => v.rule)).toContain('MINI_MIRANDA');
    const together: Line = ['agent', `${blurted[1]} This is an attempt to collect a debt, and any information obtained will be used for that purpose.`, ['greeting', 'identify_self', 'mini_miranda', 'third_party_disclosure']];
    const e = call([together, me, later], FULL_CONTEXT);
    const rules2 = scoreTranscript(e.transcript, rubric, e.classify).violations.map((v) => v.rule);
    expect(rules2).toContain('RPC_BEFORE_DISCLOSURE');
    expect(rules2).not.toContain('MINI_MIRANDA');
  });

  it('marks nothing down when the consumer hangs up in the middle of the mini-Miranda', () => {
    const c = call(
      [
        ...VERIFIED_OPENING.slice(0, 4),
        ['agent', "Thank you. This call is from a debt collector. It's an attempt to collect a debt, and any information obtained will be used for that purpose. I'm calling about—", ['mini_miranda']],
        ['customer', 'Nope. Not doing this today.', ['other']],
        ['system', '[call disconnected by customer]', []],
      ],
      FULL_CONTEXT,
    );
    const r = scoreTranscript(c.transcript, projectRubric(), c.classify);
    for (const id of ['N_PURPOSE_BALANCE', 'N_FULL_PAYMENT_FIRST', 'N_CLOSE']) expect(r.criteria.find((x) => x.id === id)?.applicable, id).toBe(false);
    expect(r.overall).toBe('pass');
  });

  it('refuses a rubric whose fails_on leaves out critical', () => {
    expect(() => tinyRubric('fails_on: [major]')).toThrow(/must include 'critical'/);
  });

  it('fails the call when the agent threatens arrest, whatever else it earned', () => {
    const r = score([GREET, HARDSHIP, SORRY, ASK, ARREST]);
    expect(r.critical_violations).toEqual(['THREAT_ARREST']);
    expect(r.overall).toBe('fail');
    expect(r.score).toBe(70);
  });

  it('fails a call under the pass mark and never scores below 0', () => {
    const r = score([['agent', 'Pay or you will be arrested.', ['threat_arrest']]], { ...FULL_CONTEXT, call_attempts_7day: 9 });
    expect(r.score).toBe(0);
    expect(r.overall).toBe('fail');
  });

  it('scores each competency from the criteria and rules mapped to it', () => {
    const r = score([GREET, HARDSHIP, ASK, ARREST], { ...FULL_CONTEXT, call_attempts_7day: 9 });
    expect(r.competencies).toEqual({
      communication: 100, // N_GREET met
      negotiation: 100, // N_ASK met
      attention_to_detail: 75, // N_ASK met, CALL_FREQUENCY (major, 25) broken
      resilience: 0, // N_EMPATHY missed, THREAT_ARREST (critical, 30) broken
      adaptability: 0, // N_EMPATHY missed
    });
  });

  it('stamps the rubric version and the transcript id', () => {
    const r = score([GREET]);
    expect(r.rubric_version).toBe('tiny-compliance@2.1.0+tiny-negotiation@3.0.1');
    expect(r.id).toBe('test');
  });
});

describe('violations and criteria explain themselves', () => {
  it('carries the turn, the quoted words, and what to say instead', () => {
    const r = score([GREET, ASK, ['customer', 'No.', ['refuses_to_pay']], ARREST]);
    expect(r.violations).toEqual([
      {
        rule: 'THREAT_ARREST',
        severity: 'critical',
        turn: 4,
        evidence: 'Pay or you will be arrested.',
        occurrences: [{ turn: 4, evidence: 'Pay or you will be arrested.' }],
        title: 'Arrest threatened',
        explanation: 'Not paying is not a crime.',
        instead: "Let's find an option.",
        source: 'FDCPA §807(4)',
        points_lost: 30,
      },
    ]);
    expect(r.criteria[0]).toMatchObject({ id: 'N_GREET', turns: [1], evidence: ['Hello Dana.'], title: 'Greets' });
  });

  it('pins a breach of context to the first agent turn and states the fact', () => {
    const r = score([['customer', 'Hello?', ['other']], GREET], { ...FULL_CONTEXT, call_attempts_7day: 8 });
    expect(r.violations[0]).toMatchObject({ rule: 'CALL_FREQUENCY', turn: 2, occurrences: [] });
    expect(r.violations[0]!.evidence).toMatch(/8 earlier call attempts/);
  });

  it('lists a rule whose facts are missing as not evaluable instead of guessing', () => {
    const r = score([GREET, ASK], {});
    expect(r.not_evaluable).toEqual(['CALL_FREQUENCY']);
    expect(r.violations).toEqual([]);
  });

  it('adds the annotated timeline only when asked', () => {
    const { transcript, classify } = call([GREET, ['system', '[beep]'], ASK], FULL_CONTEXT);
    expect(scoreTranscript(transcript, tinyRubric(), classify).timeline).toBeUndefined();
    const { timeline } = scoreTranscript(transcript, tinyRubric(), classify, { timeline: true });
    expect(timeline?.map((t) => [t.turn, t.speaker, t.acts])).toEqual([
      [1, 'agent', ['greeting']],
      [2, 'system', []],
      [3, 'agent', ['request_full_payment']],
    ]);
  });
});

describe('the project rubric on the four core rules', () => {
  const rubric = projectRubric();
  const V = VERIFIED_OPENING;
  const BALANCE: Line = ['agent', 'I am calling about your Northside Bank card, with a balance of $1,200.', ['state_purpose', 'state_balance']];
  const run = (lines: Line[]) => {
    const { transcript, classify } = call(lines, FULL_CONTEXT);
    return scoreTranscript(transcript, rubric, classify);
  };

  it('fails the call when the debt is discussed before the Mini-Miranda', () => {
    const r = run([...V.slice(0, 4), BALANCE]);
    expect(r.critical_violations).toEqual(['MINI_MIRANDA']);
    expect(r.violations[0]).toMatchObject({ turn: 5, evidence: BALANCE[1] });
    expect(run([...V, BALANCE]).critical_violations).toEqual([]);
  });

  it('fails the call when the debt is discussed before the right party is verified', () => {
    // The disclosure in the opening comes after the balance: late as well.
    const r = run([BALANCE, ...V]);
    expect(r.critical_violations).toEqual(['MINI_MIRANDA', 'RPC_BEFORE_DISCLOSURE']);
    expect(r.criteria.find((c) => c.id === 'N_VERIFY')?.met).toBe(false);
  });

  it('fails the call on profanity', () => {
    const r = run([...V, BALANCE, ['agent', 'Pay your damn bill.', ['profanity_abuse']]]);
    expect(r.critical_violations).toEqual(['PROFANITY_ABUSE']);
    expect(r.overall).toBe('fail');
  });

  it('calls a demand repeated after hardship harassment, but not a demand that comes with an option', () => {
    const hardship: Line = ['customer', 'I lost my job, I cannot pay.', ['hardship', 'refuses_to_pay']];
    const demand: Line = ['agent', 'You need to pay the full $1,200 today.', ['request_full_payment']];
    const option: Line = ['agent', 'Could you pay the $1,200 in two parts, $600 now and $600 next month?', ['request_full_payment', 'offer_payment_plan']];
    const again: Line = ['customer', 'I told you, no.', ['refuses_to_pay']];
    expect(run([...V, BALANCE, hardship, demand, again, demand]).critical_violations).toEqual(['HARASSMENT']);
    expect(run([...V, BALANCE, hardship, option, again, option]).critical_violations).toEqual([]);
  });

  it("holds a listener let in 'about the payment, just the payment' to that: the debt's story told them is a disclosure", () => {
    const consent = (answer: string): Line[] => [
      ...V,
      BALANCE,
      ['customer', 'My boss is here, he will pay it. Can he?', ['agrees_to_pay', 'asks_question']],
      ['agent', 'Is it okay with you if I speak with him about the payment?', ['other']],
      ['customer', answer, ['other']],
      ['third_party', 'Hi, this is Sal. How bad is this?', ['asks_question']],
      ['agent', 'Between you and me, she stopped paying on it in March, and she has another account with us.', ['third_party_disclosure']],
    ];
    expect(run(consent('Yes, about the payment. Just the payment.')).critical_violations).toEqual(['THIRD_PARTY_DISCLOSURE']);
    expect(run(consent('Yes, you can talk to him about all of it.')).critical_violations).toEqual([]);
  });

  it('lets a consumer drop their own dispute: a payment asked for after "the amount is probably right" presses over none', () => {
    const doubt: Line = ['customer', 'I thought I paid the last bill. Is it the equipment thing?', ['disputes_debt', 'asks_question']];
    const explained: Line = ['agent', 'It shows the last month of service and an unreturned router.', ['state_balance']];
    const ask: Line = ['agent', 'Would you like to take care of the full $1,200 today?', ['request_full_payment']];
    const conceded: Line = ['customer', 'Oh yeah, the router. I totally forgot about it. Can I just pay it?', ['asks_question']];
    const still: Line = ['customer', 'The router? I returned that.', ['disputes_debt']];
    expect(run([...V, BALANCE, doubt, explained, conceded, ask]).critical_violations).toEqual([]);
    expect(run([...V, BALANCE, doubt, explained, still, ask]).critical_violations).toEqual(['DISPUTE_IGNORED']);
  });

  it('calls the 30 days overshadowed when the agent talks them down, not when the agent states them', () => {
    const rights: Line = ['agent', 'You have 30 days from getting the notice to dispute the debt or ask for the original creditor.', ['other']];
    const overshadowed = (words: string) => run([...V, BALANCE, rights, ['customer', 'Okay.', ['other']], ['agent', words, ['other']]]).violations.map((v) => v.rule);
    expect(overshadowed("Here's the thing, though. I wouldn't sit on that 30 days.")).toContain('DISPUTE_IGNORED');
    expect(overshadowed('The 30 days on the letter is more of a general thing.')).toContain('DISPUTE_IGNORED');
    expect(overshadowed("I can note that you called, but it's not an official dispute unless it's in writing by the 13th.")).toContain('DISPUTE_IGNORED');
    expect(overshadowed('Take the 30 days if you need them; nothing happens on the account meanwhile.')).not.toContain('DISPUTE_IGNORED');
  });

  it('reads "no judgment at all" as kindness, not a threat of one', () => {
    const kind: Line = ['agent', 'Okay, no judgment at all, it happens. Are you able to take care of the full $1,200 today?', ['request_full_payment']];
    const { transcript, classify } = call([...V, BALANCE, kind], { ...FULL_CONTEXT, lawsuit_authorized: false });
    expect(scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule)).not.toContain('FALSE_LEGAL_THREAT');
  });

  it('takes no settlement figure from an offer turned down or from the interest forgiven', () => {
    const settle = (lines: Line[]) => {
      const { transcript, classify } = call([...V, BALANCE, ...lines], { ...FULL_CONTEXT, settlement_authority_pct: 60 });
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    const counter: Line[] = [
      ['customer', 'Could you take $400?', ['agrees_to_pay']],
      ['agent', "I can't settle it for $400, that's about a third of the balance. I can do $800 to settle it in full.", ['offer_settlement']],
      ['customer', 'Okay, $800.', ['agrees_to_pay']],
    ];
    expect(settle(counter)).not.toContain('SETTLEMENT_AUTHORITY');
    const remainder: Line[] = [
      ['agent', 'If you pay $800, the account is settled in full and the remaining $400 won\'t be collected.', ['offer_settlement']],
      ['customer', 'Deal.', ['agrees_to_pay']],
      ['agent', 'Your dispute of the $150 in interest stays in the notes. So $800 to settle it today.', ['recap_terms', 'offer_settlement']],
    ];
    expect(settle(remainder)).not.toContain('SETTLEMENT_AUTHORITY');
    expect(settle([['agent', 'I can settle it for $400 today.', ['offer_settlement']]])).toContain('SETTLEMENT_AUTHORITY');
  });

  it('reads a bank\'s own fee, a repossession in the past and a slip put right at once as no violation', () => {
    const violations = (line: Line, context: object = {}) => {
      const { transcript, classify } = call([...V, BALANCE, line], { ...FULL_CONTEXT, fees_authorized: false, lawsuit_authorized: false, ...context });
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(violations(['agent', "No, we don't charge anything for a returned payment. The $34 was your bank's fee, that's between you and them.", ['other']])).toEqual([]);
    expect(violations(['agent', "You've got a deficiency balance of $1,200 with Great Lakes Auto Finance from the repossession last year.", ['state_balance']])).toEqual([]);
    expect(violations(['agent', 'The balance is $1,420 — sorry, I flipped the digits there. It is $1,200.', ['state_balance']], { debt_amount_claimed: 1200 })).toEqual([]);
    expect(violations(['agent', 'The balance is $1,420 as of today.', ['state_balance']], { debt_amount_claimed: 1200 })).toContain('FALSE_REPRESENTATION');
    // The balance with a fee named earlier in the call: the fee is UNAUTHORIZED_FEE's business.
    const withFee = (total: string) => {
      const { transcript, classify } = call(
        [...V, BALANCE, ['agent', "There's just a $3.95 processing fee on card payments.", ['unauthorized_fee']], ['agent', `So that'll be ${total} total on the card today.`, ['state_balance', 'secure_commitment']]],
        { ...FULL_CONTEXT, fees_authorized: false, debt_amount_claimed: 1200 },
      );
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(withFee('$1,203.95')).toEqual(['UNAUTHORIZED_FEE']);
    expect(withFee('$1,250.00')).toContain('FALSE_REPRESENTATION');
    expect(violations(['agent', "After a repossession the lender sells the vehicle, and if the sale doesn't cover what was owed, the difference stays on the account.", ['other']])).toEqual([]);
    expect(violations(['agent', 'I see two $95.00 charges on your Visa on February 2nd. I will send the duplicate back.', ['other']])).toEqual([]);
  });

  it("speaks to the estate's executor, once checked, as to the consumer (Reg F 1006.6(a)(4))", () => {
    const estate = (confirm: string): Line[] => [
      ['agent', 'Hi, this is Alicia with Tri-County Adjustment. May I speak with Walter Jennings?', ['greeting', 'identify_self', 'verify_identity']],
      ['third_party', "Speaking. I'm his brother. The court appointed me executor of Harold's estate in March.", ['third_party']],
      ['agent', 'Can you give me the case number on your letters testamentary?', ['verify_identity']],
      ['third_party', 'It is 02D03-2603-EU-000118, Allen County.', ['other']],
      ['agent', `${confirm} I'm a debt collector, this is an attempt to collect a debt. Harold's card has a balance of $1,200.`, ['mini_miranda', 'state_purpose', 'state_balance']],
    ];
    expect(run(estate('Thank you, that matches the probate notice we have.')).critical_violations).not.toContain('THIRD_PARTY_DISCLOSURE');
    expect(run(estate('Thank you.')).critical_violations).toContain('THIRD_PARTY_DISCLOSURE');
  });

  it('lets collecting go on once the consumer says the lawyer they named has nothing to do with this debt', () => {
    const lines = (answer: string): Line[] => [
      ...V,
      BALANCE,
      ['customer', 'I should probably tell you, I have a lawyer.', ['has_attorney']],
      ['agent', 'Thank you for telling me. Is that attorney representing you on this account?', ['acknowledge_attorney']],
      ['customer', answer, ['other']],
      ['agent', 'Could you pay the $1,200 today?', ['request_full_payment']],
    ];
    expect(run(lines("No, she's my divorce lawyer. She's not dealing with any of the credit cards.")).critical_violations).toEqual([]);
    expect(run(lines('Yes, she handles all my debts.')).critical_violations).toEqual(['ATTORNEY_REPRESENTED']);
  });

  it('judges a legal threat the classifier calls false by the account', () => {
    const threat: Line = ['agent', "We'll have to file a lawsuit if this isn't paid.", ['threat_legal_action_false']];
    const sheriff: Line = ['agent', "The sheriff will seize your car tonight if this isn't paid.", ['threat_legal_action_false']];
    const judge = (lines: Line[], context: object) => {
      const { transcript, classify } = call(lines, { ...FULL_CONTEXT, ...context });
      const r = scoreTranscript(transcript, rubric, classify);
      return r.violations.some((v) => v.rule === 'FALSE_LEGAL_THREAT') ? 'violation' : r.not_evaluable.includes('FALSE_LEGAL_THREAT') ? 'not evaluable' : 'fine';
    };
    expect(judge([...V, BALANCE, threat], { lawsuit_authorized: false })).toBe('violation');
    expect(judge([...V, BALANCE, threat], { lawsuit_authorized: true, time_barred: false })).toBe('fine');
    expect(judge([...V, BALANCE, threat], { lawsuit_authorized: true, time_barred: true })).toBe('violation');
    expect(judge([...V, BALANCE, threat], { lawsuit_authorized: undefined, time_barred: undefined })).toBe('not evaluable');
    expect(judge([...V, BALANCE, sheriff], { lawsuit_authorized: true, time_barred: false })).toBe('violation');
    // The time-barred debt "in front of a judge": a suit implied.
    expect(judge([...V, BALANCE, ['agent', "If it ever went in front of a judge, that's out of my hands.", ['other']]], { lawsuit_authorized: false, time_barred: true })).toBe('violation');
  });

  it('takes a part paid with the rest left owed for no settlement', () => {
    const part = (line: string) => {
      const { transcript, classify } = call([...V, BALANCE, ['agent', line, ['offer_settlement', 'secure_commitment']]], { ...FULL_CONTEXT, settlement_authority_pct: 65, debt_amount_claimed: 1200 });
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(part("$500 on the twentieth, okay. That won't close it out, and we can talk about the rest after.")).toEqual([]);
    expect(part('I can settle it for $500 on the twentieth.')).toContain('SETTLEMENT_AUTHORITY');
  });

  it("breaks the calling hours when the debt is told at 07:20 to whoever answers the consumer's number, citing the words that told it", () => {
    const told: Line[] = [
      ['third_party', 'Hello?', ['other']],
      ['agent', "Good morning, I'm looking for Derrick Walton.", ['greeting', 'verify_identity']],
      ['third_party', "There's no Derrick here.", ['wrong_party']],
      ['agent', "He's got $930 outstanding on his loan and he's been dodging our calls.", ['third_party_disclosure']],
    ];
    const at = (time: string) => {
      const { transcript, classify } = call(told, { ...FULL_CONTEXT, call_timestamp_local: `2026-12-08T${time}:00` });
      return scoreTranscript(transcript, rubric, classify).violations;
    };
    expect(at('07:20').map((v) => v.rule)).toEqual(['THIRD_PARTY_DISCLOSURE', 'CALL_TIME']);
    expect(at('07:20')[0]).toMatchObject({ turn: 4, evidence: expect.stringContaining('$930 outstanding') });
    expect(at('10:20').map((v) => v.rule)).toEqual(['THIRD_PARTY_DISCLOSURE']);
  });

  it("tells a relative who is not liable that she owes the dead consumer's debt: a false representation", () => {
    const told = (line: string): Line[] => [
      ['agent', 'Hi, this is Tyler with Crestmark Recovery, calling for Dolores Vance.', ['greeting', 'identify_self', 'verify_identity']],
      ['third_party', 'This is her daughter. Mom passed on the second.', ['third_party']],
      ['agent', line, ['other']],
    ];
    const rules = (line: string) => {
      const { transcript, classify } = call(told(line));
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(rules("As her daughter you're responsible for settling her debts.")).toContain('FALSE_REPRESENTATION');
    expect(rules("That's how it works with family, ma'am. Next of kin picks it up.")).toContain('FALSE_REPRESENTATION');
    expect(rules("I'm sorry for your loss. You're not responsible for her debts; the estate is.")).not.toContain('FALSE_REPRESENTATION');
  });

  it('reads a payment dated the 20th and sent through on the 17th as deposited early', () => {
    const { transcript, classify } = call([
      ...V,
      BALANCE,
      ['customer', "My check comes the 20th. Date it the 20th, I don't want it bouncing.", ['agrees_to_pay']],
      ['agent', "Right, it'll say the 20th. I'll send it through on the 17th so it clears in time.", ['recap_terms']],
    ]);
    const r = scoreTranscript(transcript, rubric, classify);
    expect(r.violations.find((v) => v.rule === 'POSTDATED_PAYMENT')).toMatchObject({ turn: 8, facts: ['dated for the 20th, run on the 17th'] });
  });

  it("takes charges named as the debt itself, or disputed, for no fee added", () => {
    const fees = (line: string) => {
      const { transcript, classify } = call([...V, ['agent', line, ['state_purpose', 'unauthorized_fee']]], { ...FULL_CONTEXT, debt_amount_claimed: 1650, fees_authorized: false });
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(fees("I'm calling about a balance from Sunridge Apartments for $1,650.00 in move-out charges.")).not.toContain('UNAUTHORIZED_FEE');
    expect(fees("I'm noting that you dispute $340.00 of the balance, the $215.00 in late fees, and we won't collect that while it's looked into.")).not.toContain('UNAUTHORIZED_FEE');
    expect(fees("There's also a $25.00 processing fee on today's payment.")).toContain('UNAUTHORIZED_FEE');
  });

  it('hears the consumer coming round to a plan: asks after a refusal are then a negotiation, not badgering', () => {
    const pressed = (question: string): Line[] => [
      ...V,
      BALANCE,
      ['customer', "I'm not paying that. It's a rip-off.", ['refuses_to_pay']],
      ['agent', "Can I ask what's making it hard to pay right now?", ['probe_ability_to_pay']],
      ['customer', question, ['asks_question']],
      ['agent', 'We can spread it out. What monthly amount would work?', ['probe_ability_to_pay', 'offer_payment_plan']],
      ['customer', 'Hmm.', ['other']],
      ['agent', 'The lowest monthly payment I can set up is $60.', ['offer_payment_plan']],
    ];
    const harassed = (question: string) => {
      const { transcript, classify } = call(pressed(question));
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(harassed("Like, what's the lowest you'd take?")).not.toContain('HARASSMENT');
    expect(harassed('I told you, no.')).toContain('HARASSMENT');
  });

  it('reads a garnishment promised from the next paycheck as a false threat even where suit is authorised, and an exaggerated credit claim', () => {
    const said = (line: string, context: object = {}) => {
      const { transcript, classify } = call([...V, BALANCE, ['agent', line, ['threat_legal_action_false', 'misleading_credit_claim']]], { ...FULL_CONTEXT, lawsuit_authorized: true, time_barred: false, reports_to_credit_bureaus: true, ...context });
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(said("Your employer's going to get a garnishment order starting with your next paycheck.")).toContain('FALSE_LEGAL_THREAT');
    expect(said('The client has approved this account for possible legal action, so they may file suit.')).not.toContain('FALSE_LEGAL_THREAT');
    expect(said("It goes on your credit for fifteen years, and your score basically drops to zero.")).toContain('MISLEADING_CREDIT');
    expect(said('If the account is reported, it can stay on your credit report for up to seven years.')).not.toContain('MISLEADING_CREDIT');
  });

  it('lets a wrong record cost its points without failing a call whose own work passes', () => {
    const { transcript, classify } = call(
      [
        ...V,
        BALANCE,
        ['agent', 'Can you pay the $1,200 today?', ['request_full_payment']],
        ['customer', "I'll pay it all on Friday by debit card.", ['agrees_to_pay']],
        ['agent', 'So that is $1,200 on Friday, April 17th, by debit card. Thank you, have a good day.', ['recap_terms', 'close_call']],
      ],
      { ...FULL_CONTEXT, call_timestamp_local: '2026-04-16T10:15:00', debt_amount_claimed: 1200 },
      { disposition: 'PTP', notes: '$1,500 Friday.', arrangement: { amount: 1500, date: '2026-04-17', method: 'debit card' } },
    );
    const r = scoreTranscript(transcript, rubric, classify);
    expect(r.criteria.find((c) => c.id === 'N_RECORD_TERMS')).toMatchObject({ met: false, max: 5 });
    expect(r.overall).toBe('pass');
  });

  it('reads asking how much after a firm denial, and calling the letter a formality, as a dispute ignored', () => {
    const after = (denial: string, ask: Line): string[] => {
      const { transcript, classify } = call([...V, BALANCE, ['customer', denial, ['disputes_debt']], ask]);
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    const probe: Line = ['agent', 'The balance is what it is. What can you pay on it today?', ['probe_ability_to_pay']];
    expect(after("I sent that back two years ago. I don't owe that. That's not my debt.", probe)).toContain('DISPUTE_IGNORED');
    expect(after("I'm not saying I don't owe it. It's just a lot.", probe)).not.toContain('DISPUTE_IGNORED');
    expect(after('Wait, what is this for?', ['agent', "You'll get a letter, but honestly the letter's more of a formality. This needs to be resolved today.", ['other']])).toContain('DISPUTE_IGNORED');
  });

  it("hears a consumer who asks about a plan after a cease request, and what the legal department 'might decide' on a time-barred debt", () => {
    const cease = (question: string) => {
      const { transcript, classify } = call([
        ...V,
        BALANCE,
        ['customer', 'Stop calling me.', ['requests_cease']],
        ['agent', "Understood. I'm noting that you don't want any more calls.", ['acknowledge_cease_request']],
        ['customer', question, ['asks_question']],
        ['agent', 'If you want to set up a plan while we are on the phone, I can do that for you.', ['offer_payment_plan']],
      ]);
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(cease('If I set up some little monthly thing, do the calls stop anyway?')).not.toContain('CEASE_IGNORED');
    expect(cease('Are you still there?')).toContain('CEASE_IGNORED');
    const { transcript, classify } = call([...V, BALANCE, ['agent', "I can't really speak to what the legal department might decide down the road.", ['other']]], { ...FULL_CONTEXT, time_barred: true, lawsuit_authorized: false });
    expect(scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule)).toContain('FALSE_LEGAL_THREAT');
  });

  it('reads "not part of any lawsuit", "at work till five-thirty" and a cease explained while taken on as no violation', () => {
    const rules = (lines: Line[], context: object = {}) => {
      const { transcript, classify } = call(lines, { ...FULL_CONTEXT, ...context });
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(rules([...V, BALANCE, ['agent', "This account's with us, it's not part of any lawsuit, so it's between you and us.", ['other']]], { lawsuit_authorized: false })).not.toContain('FALSE_LEGAL_THREAT');
    expect(rules([...V, BALANCE, ['agent', "If this isn't paid we'll have to file a lawsuit.", ['other']]], { lawsuit_authorized: false })).toContain('FALSE_LEGAL_THREAT');
    const callback: Line[] = [
      ...V,
      ['customer', "Could you call me Friday evening, after six? I'm at work till five-thirty.", ['requests_callback']],
      ['agent', 'Friday after 6 p.m. Plans on this account start at forty dollars a month, just so you know.', ['offer_payment_plan']],
    ];
    expect(rules(callback)).not.toContain('INCONVENIENT_TIME_PLACE');
    const cease: Line[] = [
      ...V,
      BALANCE,
      ['customer', "I want you to stop calling me. Don't call me anymore.", ['requests_cease']],
      ['agent', "Okay, I'll note it. We'll stop calling you; the only thing you might get from us is a letter confirming that.", ['acknowledge_cease_request', 'explain_consequences_lawful']],
    ];
    expect(rules(cease)).not.toContain('CEASE_IGNORED');
  });

  it('reads a repossession that already happened, and the time limit a payment does not restart, as no legal threat', () => {
    const rules = (text: string, context: object) => {
      const { transcript, classify } = call([...V, BALANCE, ['agent', text, ['other']]], { ...FULL_CONTEXT, ...context });
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    const noSuit = { lawsuit_authorized: false };
    expect(rules("It's the deficiency on the Altima that Canyon State Auto Credit repossessed.", noSuit)).not.toContain('FALSE_LEGAL_THREAT');
    expect(rules('Then the repossession, transport, storage and auction costs came to $1,030.20.', noSuit)).not.toContain('FALSE_LEGAL_THREAT');
    expect(rules("Personal items in a repossessed vehicle aren't part of the collateral.", noSuit)).not.toContain('FALSE_LEGAL_THREAT');
    expect(rules("If you don't pay, we'll repossess the car.", noSuit)).toContain('FALSE_LEGAL_THREAT');
    const barred = { lawsuit_authorized: false, time_barred: true };
    expect(rules("In Texas, making a payment on a debt this old doesn't restart the time limit for a lawsuit.", barred)).not.toContain('FALSE_LEGAL_THREAT');
  });

  it('hears "Stop calling me." as a cease request even beside "don\'t call this number again"', () => {
    const { transcript, classify } = call(
      [
        ...V,
        BALANCE,
        ['customer', "Actually, no. Stop calling me. Don't call this number again. Put it in the mail.", ['requests_cease']],
        ['agent', 'If you can do even a hundred dollars today, I can put a hold on the dialer.', ['secure_commitment']],
      ],
      FULL_CONTEXT,
    );
    expect(scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule)).toContain('CEASE_IGNORED');
  });

  it('reads fees told as the balance\'s history as the creditor\'s, not a charge added now', () => {
    const rules = (text: string) => {
      const { transcript, classify } = call([...V, BALANCE, ['agent', text, ['other']]], { ...FULL_CONTEXT, fees_authorized: false });
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(rules('The late fees and interest piled up after you stopped paying.')).not.toContain('UNAUTHORIZED_FEE');
    expect(rules('Then there were late fees once the payments stopped.')).not.toContain('UNAUTHORIZED_FEE');
    expect(rules('It breaks the balance down, interest, fees, payments.')).not.toContain('UNAUTHORIZED_FEE');
    expect(rules("There's a $25 processing fee if you pay by phone.")).toContain('UNAUTHORIZED_FEE');
  });

  it('adds RPC_BEFORE_DISCLOSURE when the one told had answered to the consumer\'s name, not when they said who they were', () => {
    const rules = (lines: Line[]) => {
      const { transcript, classify } = call(lines, FULL_CONTEXT);
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    const disclosure: Line = ['agent', "I'm a debt collector, this is an attempt to collect a debt. It's about your Northside Bank card, $1,200.", ['mini_miranda', 'third_party_disclosure']];
    const sameName: Line[] = [
      ['agent', 'Hi, may I speak with Dana Reyes?', ['greeting', 'verify_identity']],
      ['third_party', "Yep, that's me.", ['confirms_identity']],
      disclosure,
      ['third_party', "Wait, you want my mother? She's Dana too.", ['third_party']],
    ];
    expect(rules(sameName)).toEqual(expect.arrayContaining(['RPC_BEFORE_DISCLOSURE', 'THIRD_PARTY_DISCLOSURE']));
    const saidWho: Line[] = [
      ['agent', 'Hi, may I speak with Dana Reyes?', ['greeting', 'verify_identity']],
      ['third_party', "She's not here, this is her brother.", ['third_party']],
      disclosure,
    ];
    const broken = rules(saidWho);
    expect(broken).toContain('THIRD_PARTY_DISCLOSURE');
    expect(broken).not.toContain('RPC_BEFORE_DISCLOSURE');
    // Answering to someone else's name (the landlord the agent asked for) claims nothing of the consumer's.
    const landlord: Line[] = [
      ['agent', 'Hi, is this Ron Petrakis?', ['greeting', 'verify_identity']],
      ['third_party', "Yep, that's me.", ['confirms_identity']],
      disclosure,
    ];
    expect(rules(landlord)).not.toContain('RPC_BEFORE_DISCLOSURE');
  });

  it('owes the mini-Miranda when the debt was blurted before verification and the disclosure came only after', () => {
    const rules = (lines: Line[]) => {
      const { transcript, classify } = call(lines, FULL_CONTEXT);
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    const opening: Line[] = [
      ['agent', 'Hi, is this Dana?', ['greeting', 'verify_identity']],
      ['customer', "Yeah, who's this?", ['confirms_identity', 'asks_question']],
    ];
    const verify: Line[] = [
      ['agent', 'Can you verify your date of birth?', ['verify_identity']],
      ['customer', 'March 3rd, 1974.', ['confirms_identity']],
    ];
    const miranda: Line = ['agent', "I'm a debt collector, this is an attempt to collect a debt, and any information obtained will be used for that purpose.", ['mini_miranda']];
    const blurted = rules([...opening, ['agent', "I'm calling about your Northside Bank card, the $1,200 balance.", ['state_purpose', 'state_balance']], ...verify, miranda]);
    expect(blurted).toEqual(expect.arrayContaining(['RPC_BEFORE_DISCLOSURE', 'MINI_MIRANDA']));
    const inOrder = rules([...opening, ...verify, miranda, ['agent', "It's about your Northside Bank card, the $1,200 balance.", ['state_purpose', 'state_balance']]]);
    expect(inOrder).not.toContain('MINI_MIRANDA');
    expect(inOrder).not.toContain('RPC_BEFORE_DISCLOSURE');
  });

  it('speaks to an agent under a power of attorney, checked against the file, as to the consumer', () => {
    const poa = (check: string): Line[] => [
      ['agent', 'Good afternoon. May I speak with Ingrid Shaw?', ['greeting', 'verify_identity']],
      ['third_party', 'Speaking.', ['confirms_identity']],
      ['agent', 'Can you verify your date of birth?', ['verify_identity']],
      ['third_party', 'August 14th, 1968.', ['confirms_identity']],
      ['agent', `${check} I'm a debt collector, this is an attempt to collect a debt. Your mother's balance is $1,200.`, ['mini_miranda', 'state_balance']],
    ];
    const rules = (check: string) => {
      const { transcript, classify } = call(poa(check));
      return scoreTranscript(transcript, rubric, classify).violations.map((v) => v.rule);
    };
    expect(rules('Thank you, that matches the power of attorney we have on file for your mother.')).not.toContain('THIRD_PARTY_DISCLOSURE');
    expect(rules('Thank you.')).toContain('THIRD_PARTY_DISCLOSURE');
  });
});
