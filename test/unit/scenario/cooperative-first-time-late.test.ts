import { describe, expect, it } from 'vitest';
import { accountView, scenarioSummary, scoringContext } from '../../../src/domain/scenario/runtime.ts';
import { CallContextSchema } from '../../../src/domain/transcript/schema.ts';
import { conversation, readScenario } from '../../fixtures/scenarios/factory.ts';

const scenario = readScenario(new URL('../../../scenarios/cooperative-first-time-late.yaml', import.meta.url).pathname);
const holder = scenario.account.holder;

/** A conversation that has reached the point where Maria is verified. */
function verified(seed = 1) {
  const call = conversation(scenario, seed);
  call.say(['greeting', 'identify_self', 'identify_company', 'verify_identity'], `Hi, this is Alex with ${scenario.account.agency}. Am I speaking with ${holder.name}?`);
  call.say(['verify_identity'], 'For security, can you confirm your date of birth?');
  return call;
}

/** Verified, disclosed, and the trainee has shown they care. */
function negotiating(seed = 1) {
  const call = verified(seed);
  call.say(['mini_miranda', 'state_purpose', 'state_balance'], 'This is an attempt to collect a debt... about your card, the balance is $612.40.');
  call.say(['empathy', 'probe_ability_to_pay'], "I'm sorry, that sounds stressful. Can I ask what happened?");
  return call;
}

describe('Maria, the cooperative first-time late payer', () => {
  it('asks who is calling instead of discussing the account before she is verified', () => {
    for (const seed of [1, 2, 3]) {
      const call = conversation(scenario, seed);
      const step = call.say(['third_party_disclosure'], 'I am calling about your overdue Harbor Point Visa.');
      expect(step).toMatchObject({ stage: 'answer', rpcVerified: false, ended: false, customerActs: ['asks_question'] });
      expect(step.reply).toMatch(/\?/);
    }
  });

  it('still will not discuss the account when the caller is named but has not verified her', () => {
    const call = conversation(scenario);
    call.say(['identify_self', 'identify_company'], `This is Alex from ${scenario.account.agency}.`);
    const step = call.say(['state_balance'], 'You have a balance of $612.40.');
    expect(step).toMatchObject({ stage: 'answer', rpcVerified: false });

    const sameBreath = conversation(scenario).say(
      ['greeting', 'identify_company', 'third_party_disclosure'],
      `Hi, I'm calling from ${scenario.account.agency} about your overdue account.`,
    );
    expect(sameBreath).toMatchObject({ stage: 'answer', rpcVerified: false, customerActs: ['asks_question'] });
  });

  it('confirming her name is not enough: she is verified only by an identifier', () => {
    const call = conversation(scenario);
    const named = call.say(['greeting', 'identify_self', 'verify_identity'], 'Hi, this is Alex, am I speaking with Maria?');
    expect(named).toMatchObject({ rpcVerified: false, customerActs: ['confirms_identity'] });
    const step = call.say(['verify_identity'], 'Could you confirm the last four of your social?');
    expect(step).toMatchObject({ rpcVerified: true, stage: 'disclosure' });
    expect(step.reply).toContain(holder.ssn_last4);
  });

  it.each([
    ['date of birth', 'Can you confirm your date of birth?', '1984'],
    ['address', 'Can you confirm your address?', 'Havana'],
    ['last four of the SSN', 'What are the last 4 of your SSN?', holder.ssn_last4],
  ])('gives her %s once she knows who is asking', (_what, question, expected) => {
    const call = conversation(scenario);
    const step = call.say(['identify_self', 'identify_company', 'verify_identity'], `This is Alex from ${scenario.account.agency}. ${question}`);
    expect(step).toMatchObject({ rpcVerified: true, stage: 'disclosure', customerActs: ['confirms_identity'] });
    expect(step.reply).toContain(expected);
  });

  it('wants to know who is calling before she gives out her date of birth', () => {
    const call = conversation(scenario);
    const guarded = call.say(['verify_identity'], 'What is your date of birth?');
    expect(guarded).toMatchObject({ rpcVerified: false, customerActs: ['asks_question'] });
    call.say(['identify_self', 'identify_company'], `I'm Alex with ${scenario.account.agency}.`);
    expect(call.say(['active_listening'], 'Yes, just your date of birth please.')).toMatchObject({ rpcVerified: true });
  });

  it('keeps her reasons to herself until the agent shows some warmth', () => {
    const cold = verified();
    cold.say(['mini_miranda', 'state_balance'], 'This is an attempt to collect a debt. Your balance is $612.40.');
    expect(cold.say(['probe_ability_to_pay'], 'Why have you not paid?').revealed).toEqual([]);
    const warmed = cold.say(['empathy', 'probe_ability_to_pay'], "I'm sorry to hear that. What's been going on?");
    expect(warmed.revealed).toEqual(expect.arrayContaining(['bank_switch', 'car_repair']));
    expect(warmed.customerActs).toEqual(['hardship']);
  });

  it('commits to paying in full on payday, asks for a recap, then says goodbye', () => {
    const call = negotiating();
    const offer = call.say(['request_full_payment'], 'Would you be able to pay the balance in full?');
    expect(offer.revealed).toContain('payday');
    const commit = call.say(['secure_commitment'], 'Can I set up the payment of $612.40 for Friday the 24th?');
    expect(commit).toMatchObject({ stage: 'commitment', customerActs: ['agrees_to_pay'] });

    const early = call.say(['close_call'], 'Great, thanks, have a good evening!');
    expect(early).toMatchObject({ ended: false, customerActs: ['asks_question'] });
    const recap = call.say(['recap_terms'], 'So: $612.40 on Friday April 24th by debit card.');
    expect(recap).toMatchObject({ stage: 'wrap_up', customerActs: ['agrees_to_pay'] });
    const bye = call.say(['close_call'], 'Thank you Maria, have a good evening.');
    expect(bye).toMatchObject({ ended: true, endedBy: 'customer' });
    expect(bye.revealed.sort()).toEqual(['bank_switch', 'car_repair', 'payday']);
  });

  it('accepts a payment plan when one is offered', () => {
    const call = negotiating();
    expect(call.say(['offer_payment_plan'], 'We could split it into monthly payments.').customerActs).toEqual(['agrees_to_pay']);
    expect(call.say(['secure_commitment'], 'Shall I set that up starting the 24th?').stage).toBe('commitment');
    expect(call.say(['recap_terms'], 'Three payments of $204.13, starting the 24th, debit card.').stage).toBe('wrap_up');
    expect(call.say(['close_call'], 'Thanks, goodbye.').ended).toBe(true);
  });

  it('hangs up on a threat of arrest', () => {
    const call = verified();
    const step = call.say(['threat_arrest'], 'If you do not pay you could be arrested.');
    expect(step).toMatchObject({ ended: true, endedBy: 'customer', customerActs: ['hostile'] });
  });

  it('warns once about profanity and hangs up the second time', () => {
    const call = verified();
    const first = call.say(['profanity_abuse'], 'Just pay the damn bill.');
    expect(first).toMatchObject({ ended: false, customerActs: ['hostile'] });
    expect(first.mood.patience).toBeLessThan(call.steps.at(-2)!.mood.patience);
    expect(call.say(['profanity_abuse'], 'Stop wasting my damn time.')).toMatchObject({ ended: true });
  });

  it('loses patience under repeated pressure until she hangs up', () => {
    const call = negotiating();
    const patience = [call.step.mood.patience];
    for (let i = 0; i < 6 && !call.step.ended; i++) {
      call.say(['harassment_pressure'], 'You need to pay right now, today.');
      patience.push(call.step.mood.patience);
    }
    expect(call.step).toMatchObject({ ended: true, endedBy: 'customer' });
    for (let i = 1; i < patience.length; i++) expect(patience[i]).toBeLessThan(patience[i - 1]!);
  });

  it('loses trust at a false threat of a lawsuit without hanging up at once', () => {
    const call = negotiating();
    const before = call.step.mood.trust;
    const step = call.say(['threat_legal_action_false'], 'We will take you to court next week.');
    expect(step.ended).toBe(false);
    expect(step.mood.trust).toBeLessThan(before);
  });

  it('ends the call if the agent just says goodbye', () => {
    const call = conversation(scenario);
    expect(call.say(['close_call'], 'Sorry, wrong time, goodbye.')).toMatchObject({ ended: true });
  });

  it('shows the verified speaker as the customer throughout', () => {
    const call = negotiating();
    expect(call.steps.every((s) => s.speaker === 'customer' && !s.thirdPartyOnLine)).toBe(true);
  });
});

describe('what the scenario shows outside the machine', () => {
  it("shows the account on the agent's desk without the persona's hidden facts or scripts", () => {
    const view = accountView(scenario);
    expect(view).toMatchObject({
      consumer_name: holder.name,
      creditor: scenario.account.creditor,
      account_ref: scenario.account.reference,
      balance: scenario.account.balance,
      days_past_due: scenario.account.days_past_due,
      consumer_timezone: scenario.account.consumer_timezone,
      call_attempts_7day: scenario.account.call_attempts_7day,
    });
    expect(view.payment_history).toHaveLength(scenario.account.payment_history.length);
    expect(view.policy.settlement_floor).toBeCloseTo((scenario.account.balance * scenario.account.policy.settlement_authority_pct) / 100, 2);

    const shown = JSON.stringify(view);
    const secrets = [
      ...scenario.persona.reveals.map((r) => r.fact),
      ...(scenario.persona.background ? [scenario.persona.background] : []),
      ...Object.values(scenario.stages).flatMap((st) => [...st.rules.flatMap((r) => r.say), ...(st.fallback ?? [])]),
      ...scenario.interrupts.flatMap((r) => r.say),
    ];
    for (const secret of secrets) expect(shown).not.toContain(secret);
    expect(Object.keys(view)).not.toEqual(expect.arrayContaining(['reveals']));
  });

  it('gives the scorer the call context in the transcript format', () => {
    const ctx = scoringContext(scenario);
    expect(CallContextSchema.safeParse(ctx).success).toBe(true);
    expect(ctx).toMatchObject({
      consumer_name: holder.name,
      debt_amount_claimed: scenario.account.balance,
      call_timestamp_local: scenario.account.call_local_time,
      settlement_authority_pct: scenario.account.policy.settlement_authority_pct,
      min_plan_payment: scenario.account.policy.min_plan_payment,
      fees_authorized: scenario.account.policy.fees_authorized,
      reports_to_credit_bureaus: scenario.account.reports_to_credit_bureaus,
      first_contact: scenario.account.first_contact,
    });
  });

  it('summarises the scenario for the list', () => {
    expect(scenarioSummary(scenario)).toEqual({
      id: 'cooperative-first-time-late',
      title: scenario.title,
      difficulty: scenario.difficulty,
      summary: scenario.summary,
      competencies: scenario.competencies,
    });
  });
});

