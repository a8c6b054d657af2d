import { describe, expect, it } from 'vitest';
import { phrasePattern } from '../../../src/domain/scenario/compile.ts';
import { hangUp } from '../../../src/domain/scenario/runtime.ts';
import { conversation, testCaller } from '../../fixtures/scenarios/factory.ts';

const scenario = testCaller();
const gateLines = scenario.stages.greet!.rules.find((r) => r.id === 'gate')!.say;

describe('a compiled scenario', () => {
  it('picks up with one of the persona opening lines, unverified, in the start stage', () => {
    const call = conversation(scenario, 5);
    expect(scenario.persona.opening).toContain(call.step.reply);
    expect(call.step).toMatchObject({ stage: 'greet', ended: false, rpcVerified: false, thirdPartyOnLine: false, turn: 0 });
    expect(call.step.mood).toEqual({ patience: scenario.mood.patience, trust: scenario.mood.trust });
  });

  it('will not discuss the account before the consumer is verified', () => {
    const call = conversation(scenario);
    const step = call.say(['third_party_disclosure'], 'I am calling about your Acme Card balance');
    expect(gateLines).toContain(step.reply);
    expect(step).toMatchObject({ stage: 'greet', rpcVerified: false, rule: 'gate' });
  });

  it('verifies the consumer when asked for an identifier, and fills placeholders from the account', () => {
    const call = conversation(scenario);
    const step = call.say(['verify_identity'], 'Can you confirm your Date of  Birth?');
    expect(step).toMatchObject({ stage: 'talk', rpcVerified: true, customerActs: ['confirms_identity'] });
    expect(step.reply).toBe('Yes, January 31, 1990.');
  });

  it('needs every act of `all` and a mentioned phrase before a rule applies', () => {
    const call = conversation(scenario);
    expect(call.say(['greeting'], 'what is your date of birth').rpcVerified).toBe(false);
    expect(call.say(['verify_identity'], 'can you confirm your identity').rpcVerified).toBe(false);
  });

  it('tries each alternative of a `when` list', () => {
    const call = conversation(scenario);
    // The second alternative needs the asked_who flag, which only the gate sets.
    expect(call.say(['verify_identity'], 'Is this Mr. Carter?').rpcVerified).toBe(false);
    call.say(['state_balance'], 'You owe 250 dollars');
    expect(call.say(['verify_identity'], 'Is this Mr. Carter?')).toMatchObject({ rpcVerified: true, stage: 'talk' });
  });

  it("applies the persona's mood effects before choosing the reply", () => {
    const cold = conversation(scenario);
    cold.say(['verify_identity'], 'date of birth please');
    const vague = cold.say(['probe_ability_to_pay'], 'what happened?');
    expect(vague.revealed).toEqual([]);
    expect(vague.rule).toBe('talk.fallback');

    const warm = conversation(scenario);
    warm.say(['verify_identity'], 'date of birth please');
    // empathy (+20 trust) lifts trust from 40 to 60 in the same turn that asks.
    const open = warm.say(['empathy', 'probe_ability_to_pay'], 'that sounds hard, what happened?');
    expect(open).toMatchObject({ rule: 'opens_up', revealed: ['new_job'], customerActs: ['hardship'] });
    expect(open.mood.trust).toBe(60);
  });

  it('answers the ask rather than the pleasantry when one turn carries both', () => {
    const base = testCaller();
    const thanks = { id: 'thanks', when: [{ any: ['empathy' as const] }], say: ['Thanks, that is kind of you.'] };
    const talk = base.stages.talk!;
    const withThanks = { ...base, stages: { ...base.stages, talk: { ...talk, rules: [thanks, ...talk.rules] } } };
    const call = conversation(withThanks);
    call.say(['verify_identity'], 'date of birth please');
    // Rapport alone still earns the rapport answer...
    expect(call.say(['empathy'], 'I am sorry to hear that')).toMatchObject({ rule: 'thanks' });
    // ...but with a question another rule answers, the question is answered, and the empathy
    // still lifts trust (40 + 20 + 20 = 80 after two empathetic turns).
    const step = call.say(['empathy', 'probe_ability_to_pay'], 'that sounds hard, what happened?');
    expect(step).toMatchObject({ rule: 'opens_up', revealed: ['new_job'] });
    expect(step.mood.trust).toBe(80);
  });

  it('counts each act once per turn and clamps mood to 0–100', () => {
    const call = conversation(scenario);
    call.say(['verify_identity'], 'date of birth please');
    const step = call.say(['empathy', 'empathy'], 'I hear you');
    expect(step.mood.trust).toBe(60);
    const more = call.say(['empathy'], 'I really do');
    const again = call.say(['empathy'], 'Truly');
    expect(more.mood.trust).toBe(80);
    expect(again.mood.trust).toBe(100);
    expect(call.say(['empathy'], 'Honestly').mood.trust).toBe(100);
  });

  it('checks interrupts before the stage rules, and applies their mood change', () => {
    const call = conversation(scenario);
    call.say(['verify_identity'], 'date of birth please');
    const step = call.say(['threat_arrest', 'secure_commitment'], 'pay or you go to jail');
    expect(step).toMatchObject({ reply: "I'm recording this.", rule: 'recording', stage: 'talk', ended: false });
    expect(step.mood.trust).toBe(scenario.mood.trust - 30);
  });

  it('hangs up when patience runs out', () => {
    const call = conversation(scenario);
    expect(call.say(['harassment_pressure'], 'pay now').ended).toBe(false);
    expect(call.step.mood.patience).toBe(20);
    const last = call.say(['harassment_pressure', 'other'], 'pay now, I said');
    expect(last).toMatchObject({ ended: true, stage: 'ended', endedBy: 'customer', reply: '[hangs up]', customerActs: ['hostile'] });
    expect(last.mood.patience).toBe(0);
  });

  it('says nothing more once the call has ended', () => {
    const call = conversation(scenario);
    call.say(['close_call'], 'bye');
    expect(call.step.ended).toBe(true);
    const after = call.say(['greeting'], 'hello?');
    expect(after).toMatchObject({ ended: true, reply: '', stage: 'ended' });
    expect(after.turn).toBe(1);
  });

  it('limits an interrupt to the stages it names', () => {
    const early = conversation(scenario);
    expect(early.say(['close_call'], 'ok bye')).toMatchObject({ ended: true, reply: 'Bye.' });

    const later = conversation(scenario);
    later.say(['verify_identity'], 'date of birth please');
    expect(later.say(['close_call'], 'ok bye')).toMatchObject({ ended: false, rule: 'talk.fallback' });
  });

  it('ends the call on goto: ended, after saying the reply', () => {
    const call = conversation(scenario);
    call.say(['verify_identity'], 'date of birth please');
    call.say(['empathy', 'probe_ability_to_pay'], 'what happened?');
    const step = call.say(['secure_commitment'], 'can we set that up?');
    expect(step).toMatchObject({ ended: true, endedBy: 'customer', reply: 'Okay, $250.00 on the first.', customerActs: ['agrees_to_pay'] });
  });

  it('can make a rule wait for a turn number', () => {
    const call = conversation(scenario);
    call.say(['verify_identity'], 'date of birth please');
    for (let i = 2; i < 8; i++) expect(call.say(['active_listening'], 'mm-hm').ended).toBe(false);
    expect(call.say(['active_listening'], 'go on')).toMatchObject({ turn: 8, ended: true, reply: 'I have to go.' });
  });

  it("answers with the stage's fallback, or the scenario's when the stage has none", () => {
    const call = conversation(scenario);
    const greet = call.say(['identify_self'], 'I am Jo');
    expect(scenario.fallback).toContain(greet.reply);
    expect(greet.rule).toBe('greet.fallback');
    call.say(['verify_identity'], 'date of birth please');
    expect(scenario.stages.talk!.fallback).toContain(call.say(['identify_company'], 'from Test Agency').reply);
  });

  it('lets the trainee hang up at any point without the customer speaking', () => {
    const call = conversation(scenario);
    const step = hangUp(call.machine, JSON.parse(JSON.stringify(call.step.snapshot)));
    expect(step).toMatchObject({ ended: true, stage: 'ended', reply: '', endedBy: 'trainee' });
    expect(step.customerActs).toBeUndefined();
    expect(hangUp(call.machine, step.snapshot)).toMatchObject({ ended: true, reply: '', endedBy: 'trainee' });
  });

  it('ignores act labels it does not know instead of failing', () => {
    const call = conversation(scenario);
    const step = call.say(['made_up_act' as never, 'verify_identity'], 'date of birth?');
    expect(step.rpcVerified).toBe(true);
  });

  it('puts a third party on the line when a roommate answers', () => {
    const call = conversation({ ...scenario, persona: { ...scenario.persona, answers: 'roommate' } });
    expect(call.step).toMatchObject({ thirdPartyOnLine: true, speaker: 'third_party' });
    expect(conversation(scenario).step.speaker).toBe('customer');
  });
});

describe('phrase matching for `mentions`', () => {
  it('matches whole words in any case and spacing', () => {
    const re = phrasePattern('date of birth');
    expect(re.test('your date of birth?')).toBe(true);
    expect(re.test('candidate of birthday')).toBe(false);
    expect(phrasePattern('d.o.b').test('your d.o.b please')).toBe(true);
    expect(phrasePattern('d.o.b').test('your dxoxb please')).toBe(false);
  });
});
