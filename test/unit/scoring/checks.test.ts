import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/domain/scoring/annotate.ts';
import { evaluate, type CheckResult } from '../../../src/domain/scoring/checks.ts';
import { detectOutcome } from '../../../src/domain/scoring/outcome.ts';
import { CheckSchema, type Check } from '../../../src/domain/scoring/rubric-schema.ts';
import type { CallContext, CallRecord } from '../../../src/domain/transcript/schema.ts';
import { call, FULL_CONTEXT, VERIFIED_OPENING, type Line } from '../../fixtures/scoring/calls.ts';

/** Evaluates a check (validated by the schema, as a rubric would be) on a call. */
function run(check: unknown, lines: readonly Line[], context: CallContext = FULL_CONTEXT, record?: CallRecord): CheckResult {
  const { transcript, classify } = call(lines, context, record);
  const annotated = annotate(transcript, classify);
  return evaluate(CheckSchema.parse(check) as Check, { call: annotated, outcome: detectOutcome(annotated) });
}

const held = (r: CheckResult) => ('held' in r ? r.held : 'notEvaluable' in r ? `needs ${r.notEvaluable.join(',')}` : 'n/a');
const turnsOf = (r: CheckResult) => ('turns' in r ? r.turns : []);

const V = VERIFIED_OPENING;
const PAY_NOW: Line = ['agent', 'Can you pay the full $1,200 today?', ['request_full_payment']];

describe('agent_act', () => {
  const lines: Line[] = [
    ['agent', 'Hi there.', ['greeting']],
    ['customer', 'Hi.', ['other']],
    ['agent', 'Thanks, bye.', ['close_call']],
  ];
  it('holds on the turns carrying any of the acts', () => {
    const r = run({ kind: 'agent_act', acts: ['greeting', 'close_call'] }, lines);
    expect(held(r)).toBe(true);
    expect(turnsOf(r)).toEqual([1, 3]);
  });
  it('with require: all, needs each act somewhere', () => {
    expect(held(run({ kind: 'agent_act', acts: ['greeting', 'close_call'], require: 'all' }, lines))).toBe(true);
    expect(held(run({ kind: 'agent_act', acts: ['greeting', 'empathy'], require: 'all' }, lines))).toBe(false);
  });
  it('counts only the last agent turns when asked', () => {
    expect(held(run({ kind: 'agent_act', acts: ['greeting'], within_last_agent_turns: 1 }, lines))).toBe(false);
    expect(held(run({ kind: 'agent_act', acts: ['close_call'], within_last_agent_turns: 1 }, lines))).toBe(true);
  });
  it('reports only the first turn with first_only', () => {
    expect(turnsOf(run({ kind: 'agent_act', acts: ['greeting', 'close_call'], first_only: true }, lines))).toEqual([1]);
  });
  it('needs min_count turns', () => {
    expect(held(run({ kind: 'agent_act', acts: ['greeting', 'close_call'], min_count: 3 }, lines))).toBe(false);
  });
  it('filters by call state', () => {
    const check = { kind: 'agent_act', acts: ['request_full_payment'], when: { rpc_verified: false } };
    expect(held(run(check, [...V, PAY_NOW]))).toBe(false);
    expect(held(run(check, [PAY_NOW, ...V]))).toBe(true);
  });
});

describe('required_before (Mini-Miranda)', () => {
  const check = {
    kind: 'required_before',
    act: 'mini_miranda',
    before: ['state_purpose', 'state_balance', 'request_full_payment'],
    only_after_verification: true,
  };
  const opening = V.slice(0, 4);
  it('holds at the first debt talk to the verified consumer with no disclosure yet', () => {
    const r = run(check, [...opening, PAY_NOW]);
    expect(held(r)).toBe(true);
    expect(turnsOf(r)).toEqual([5]);
  });
  it('does not hold when the disclosure came first, or in the same turn', () => {
    expect(held(run(check, [...V, PAY_NOW]))).toBe(false);
    expect(held(run(check, [...opening, ['agent', 'This is an attempt to collect a debt. You owe $1,200.', ['mini_miranda', 'state_balance']]]))).toBe(false);
  });
  it('leaves debt talk before verification to the disclosure rules', () => {
    expect(held(run(check, [PAY_NOW, ['customer', 'Who is this?', ['asks_question']]]))).toBe(false);
  });
});

describe('act_after_customer_act', () => {
  const attorney: Line = ['customer', 'My lawyer handles this.', ['has_attorney']];
  const base = { kind: 'act_after_customer_act', customer_acts: ['has_attorney'], agent_acts: ['request_full_payment', 'state_balance'] };

  it('holds on agent acts after the trigger, not before it', () => {
    const r = run(base, [...V, PAY_NOW, attorney, ['agent', 'But you still owe $1,200.', ['state_balance']]]);
    expect(turnsOf(r)).toEqual([8]);
    expect(held(run(base, [...V, PAY_NOW, attorney, ['agent', 'Thanks, goodbye.', ['close_call']]]))).toBe(false);
  });

  it('answers when_absent when the trigger never came', () => {
    expect(held(run(base, [...V, PAY_NOW]))).toBe(false);
    expect(held(run({ ...base, when_absent: 'not_applicable' }, [...V]))).toBe('n/a');
    expect(held(run({ ...base, when_absent: 'met' }, [...V]))).toBe(true);
  });

  it('excuses a turn carrying an `except` act', () => {
    const line: Line = ['agent', "Noted. I'll send your attorney the $1,200 balance details.", ['acknowledge_attorney', 'state_balance']];
    expect(held(run(base, [...V, attorney, line]))).toBe(true);
    expect(held(run({ ...base, except: ['acknowledge_attorney'] }, [...V, attorney, line]))).toBe(false);
  });

  it('with unless_preceded_by, counts only what comes before the acknowledgement', () => {
    const check = { kind: 'act_after_customer_act', customer_acts: ['disputes_debt'], agent_acts: ['request_full_payment'], unless_preceded_by: ['handle_dispute'] };
    const dispute: Line = ['customer', 'That is not my debt.', ['disputes_debt']];
    const handled: Line = ["agent", "I've noted your dispute; we'll send verification.", ['handle_dispute']];
    expect(held(run(check, [...V, dispute, handled, ['customer', 'Ok.', ['other']], PAY_NOW]))).toBe(false);
    expect(held(run(check, [...V, dispute, PAY_NOW, ['customer', 'No.', ['refuses_to_pay']], handled]))).toBe(true);
  });

  it('opens the window again when the consumer says it again after the acknowledgement', () => {
    const check = { kind: 'act_after_customer_act', customer_acts: ['disputes_debt'], agent_acts: ['request_full_payment'], unless_preceded_by: ['handle_dispute'] };
    const dispute: Line = ['customer', 'I paid my copay. I do not owe this.', ['disputes_debt']];
    const answered: Line = ['agent', 'What you paid was the copay; the $640 is what is left after insurance.', ['handle_dispute']];
    const again: Line = ['customer', "No, they told me the copay was all I'd owe. I'm disputing it.", ['disputes_debt']];
    const r = run(check, [...V, dispute, answered, again, PAY_NOW]);
    expect(turnsOf(r)).toEqual([9]);
    expect(held(run(check, [...V, dispute, answered, ['customer', 'Okay.', ['other']], PAY_NOW]))).toBe(false);
  });

  it('needs min_count agent turns and looks only within_agent_turns', () => {
    const refusal: Line = ['customer', "I can't pay.", ['refuses_to_pay']];
    const check = { kind: 'act_after_customer_act', customer_acts: ['refuses_to_pay'], agent_acts: ['request_full_payment'], min_count: 2 };
    expect(held(run(check, [...V, refusal, PAY_NOW]))).toBe(false);
    expect(held(run(check, [...V, refusal, PAY_NOW, ['customer', 'No.', ['refuses_to_pay']], PAY_NOW]))).toBe(true);
    const prompt = { kind: 'act_after_customer_act', customer_acts: ['refuses_to_pay'], agent_acts: ['empathy'], within_agent_turns: 1 };
    const late: Line[] = [...V, refusal, PAY_NOW, ['customer', 'No.', ['other']], ['agent', 'I understand.', ['empathy']]];
    expect(held(run(prompt, late))).toBe(false);
  });

  it('can be triggered by the customer’s words when no act names the moment, unless they also consent', () => {
    const check = {
      kind: 'act_after_customer_act',
      customer_acts: [],
      customer_pattern: '\\bat work\\b',
      customer_unless: '\\bgo ahead\\b',
      agent_acts: ['request_full_payment'],
    };
    expect(turnsOf(run(check, [...V, ["customer", "I'm at work.", ['other']], PAY_NOW]))).toEqual([7]);
    expect(held(run(check, [...V, ["customer", "I'm at work, but go ahead.", ['other']], PAY_NOW]))).toBe(false);
  });
});

describe('act_before_act and act_after_act', () => {
  const plan: Line = ['agent', 'We could do $100 a month.', ['offer_payment_plan']];
  it('holds when the act comes no later than its rivals', () => {
    const check = { kind: 'act_before_act', act: 'request_full_payment', before: ['offer_payment_plan'] };
    expect(held(run(check, [...V, PAY_NOW, plan]))).toBe(true);
    expect(held(run(check, [...V, plan, PAY_NOW]))).toBe(false);
    expect(held(run(check, [...V, plan]))).toBe(false);
  });
  it('act_after_act looks from the opener on', () => {
    const check = { kind: 'act_after_act', act: 'recap_terms', after: ['agrees_to_pay'], when_absent: 'not_applicable' };
    const agree: Line = ['customer', "OK, I'll pay Friday.", ['agrees_to_pay']];
    const recap: Line = ['agent', 'So $1,200 on Friday by card.', ['recap_terms']];
    expect(held(run(check, [...V, agree, recap]))).toBe(true);
    expect(held(run(check, [...V, recap, agree]))).toBe(false);
    expect(held(run(check, [...V]))).toBe('n/a');
  });
});

describe('agent_text', () => {
  const check = { kind: 'agent_text', pattern: '\\bcredit bureaus?\\b', unless: "\\b(?:not|won't)\\s+report" };
  it('quotes the sentence that matched', () => {
    const r = run(check, [...V, ['agent', 'Thanks. We will report this to the credit bureau. Anything else?', ['other']]]);
    expect(r).toMatchObject({ held: true, turns: [6], evidence: ['We will report this to the credit bureau.'] });
  });
  it('skips a sentence that also matches `unless`', () => {
    expect(held(run(check, [...V, ['agent', "We won't report this to any credit bureau.", ['other']]]))).toBe(false);
  });
  it('with and_pattern and scope: turn, needs both anywhere in the turn', () => {
    const both = { kind: 'agent_text', scope: 'turn', pattern: 'post-dated', and_pattern: 'deposit\\w* it (?:early|now)' };
    expect(held(run(both, [...V, ['agent', "Send a post-dated check. We'll deposit it now.", ['other']]]))).toBe(true);
    expect(held(run({ ...both, scope: 'sentence' }, [...V, ['agent', "Send a post-dated check. We'll deposit it now.", ['other']]]))).toBe(false);
  });
  it('reads only turns with the given acts and state', () => {
    const restricted = { ...check, acts: ['explain_consequences_lawful'] };
    expect(held(run(restricted, [...V, ['agent', 'The credit bureau may see it.', ['other']]]))).toBe(false);
  });
});

describe('context checks', () => {
  it('context_is needs its field, unless told what a missing field means', () => {
    expect(held(run({ kind: 'context_is', field: 'fees_authorized', equals: false }, V))).toBe(true);
    expect(held(run({ kind: 'context_is', field: 'fees_authorized', equals: false }, V, {}))).toBe('needs fees_authorized');
    expect(held(run({ kind: 'context_is', field: 'attorney_on_record', equals: true, if_missing: 'not_held' }, V, {}))).toBe(false);
  });

  it.each([
    ['2026-04-16T07:59:00', true],
    ['2026-04-16T08:00:00', false],
    ['2026-04-16T21:00:00', false],
    ['2026-04-16T21:00:30', true],
    ['2026-04-16 23:10', true],
    ['2026-04-16 9:40 PM', true],
    ['2026-04-16 9:40 am', false],
    ['2026-04-16T12:15:00-04:00', false],
  ])('call_time: a call at %s is outside 08:00–21:00: %s', (stamp, outside) => {
    expect(held(run({ kind: 'call_time', start: '08:00', end: '21:00' }, V, { call_timestamp_local: stamp }))).toBe(outside);
  });

  it('call_time without a usable timestamp is not evaluable', () => {
    expect(held(run({ kind: 'call_time', start: '08:00', end: '21:00' }, V, {}))).toBe('needs call_timestamp_local');
    expect(held(run({ kind: 'call_time', start: '08:00', end: '21:00' }, V, { call_timestamp_local: 'yesterday' }))).toBe('needs call_timestamp_local');
  });

  it.each([
    [6, false],
    [7, true],
    [12, true],
  ])('call_frequency: %i earlier attempts break the 7-in-7 limit: %s', (attempts, broken) => {
    expect(held(run({ kind: 'call_frequency', max_attempts: 7 }, V, { call_attempts_7day: attempts }))).toBe(broken);
  });
});

describe('three-valued combinators', () => {
  const T = { kind: 'context_is', field: 'fees_authorized', equals: false };
  const F = { kind: 'context_is', field: 'fees_authorized', equals: true };
  const U = { kind: 'context_is', field: 'time_barred', equals: true };
  const NA = { kind: 'act_after_customer_act', customer_acts: ['bankruptcy'], agent_acts: ['empathy'], when_absent: 'not_applicable' };
  const context: CallContext = { fees_authorized: false };
  const cases: [string, unknown, ReturnType<typeof held>][] = [
    ['all_of(true, true)', { kind: 'all_of', checks: [T, T] }, true],
    ['all_of(true, false)', { kind: 'all_of', checks: [T, F] }, false],
    ['all_of(false, unknown) is false', { kind: 'all_of', checks: [F, U] }, false],
    ['all_of(true, unknown) is unknown', { kind: 'all_of', checks: [T, U] }, 'needs time_barred'],
    ['any_of(true, unknown) is true', { kind: 'any_of', checks: [T, U] }, true],
    ['any_of(false, unknown) is unknown', { kind: 'any_of', checks: [F, U] }, 'needs time_barred'],
    ['not(unknown) is unknown', { kind: 'not', check: U }, 'needs time_barred'],
    ['not(false) is true', { kind: 'not', check: F }, true],
    ['all_of ignores a part that does not apply', { kind: 'all_of', checks: [T, NA] }, true],
    ['all_of of parts that do not apply does not apply', { kind: 'all_of', checks: [NA, NA] }, 'n/a'],
    ['not(n/a) is n/a', { kind: 'not', check: NA }, 'n/a'],
  ];
  it.each(cases)('%s', (_name, check, want) => {
    expect(held(run(check, V, context))).toBe(want);
  });

  it('explains an absence with the note of `not`', () => {
    const r = run({ kind: 'not', note: 'never said goodbye', check: { kind: 'agent_act', acts: ['close_call'] } }, V);
    expect(r).toMatchObject({ held: true, facts: ['never said goodbye'] });
  });
});

describe('placed_calls_only', () => {
  const inbound: Line = ['agent', 'Thank you for calling Acme Recovery Services, this is Sam. Who am I speaking with?', ['greeting', 'identify_self', 'identify_company', 'verify_identity']];
  it('counts no attempts or hours against a consumer who called in, once the context is known', () => {
    const eighth = { ...FULL_CONTEXT, call_attempts_7day: 8 };
    const check = { kind: 'call_frequency', max_attempts: 7, placed_calls_only: true };
    expect(held(run(check, [...V], eighth))).toBe(true);
    expect(held(run(check, [inbound, ...V.slice(1)], eighth))).toBe(false);
    expect(held(run({ kind: 'call_frequency', max_attempts: 7 }, [inbound, ...V.slice(1)], eighth))).toBe(true);
    // Without the attempts the rule still cannot be judged, inbound or not.
    expect(held(run(check, [inbound, ...V.slice(1)], { ...FULL_CONTEXT, call_attempts_7day: undefined }))).toBe('needs call_attempts_7day');
    const late = { ...FULL_CONTEXT, call_timestamp_local: '2026-04-16T21:30:00' };
    expect(held(run({ kind: 'call_time', start: '08:00', end: '21:00', placed_calls_only: true }, [inbound, ...V.slice(1)], late))).toBe(false);
    expect(held(run({ kind: 'call_time', start: '08:00', end: '21:00', placed_calls_only: true }, [...V], late))).toBe(true);
  });

  it('knows a call answered in the agency name, or one the agent thanks the consumer for, as placed by the consumer', () => {
    const eighth = { ...FULL_CONTEXT, call_attempts_7day: 8 };
    const check = { kind: 'call_frequency', max_attempts: 7, placed_calls_only: true };
    const answered: Line = ['agent', 'Coastline Recovery Group, this is Marcus, can I have your name, please?', ['greeting', 'identify_self', 'identify_company', 'verify_identity']];
    expect(held(run(check, [answered, ...V.slice(1)], eighth))).toBe(false);
    const thanked: Line[] = [V[0]!, ['customer', 'Kevin Tran. You guys keep calling me.', ['confirms_identity']], ['agent', 'Sorry about that, and thanks for calling in. Can you confirm your date of birth?', ['verify_identity']]];
    expect(held(run(check, thanked, eighth))).toBe(false);
    // An agent who opens with the consumer's name placed the call.
    const placed: Line = ['agent', 'Mr. Tran, this is Jordan with Ridgefield Collection Partners.', ['identify_self', 'identify_company']];
    expect(held(run(check, [placed, ...V.slice(1)], eighth))).toBe(true);
  });
});

describe('settlement_below_authority', () => {
  const check = { kind: 'settlement_below_authority' };
  const offer = (text: string): Line => ['agent', text, ['offer_settlement']];
  it.each([
    ['We can settle for $600.', true],
    ['We can settle for 50% of the balance.', true],
    ['I can take 60% off the balance to settle it.', true],
    ['We can settle the $1,200 balance for $900.', false],
    ['We can settle for 70%.', false],
    ['I could settle for $840 if paid by Friday.', false],
    ['The creditor would take $840 to close it out as a settlement.', false],
    ['To settle, we can take off $600.', true],
    // The part let go is no sum paid: $840 settles, $360 is forgiven.
    ["You're settling the $1,200 balance for $840. Once it clears we won't ask you for the remaining $360.", false],
    ["To settle, three hundred on a $1,200 balance is not something I'm able to accept.", false],
    // A figure turned down, and a rough share beside the sum itself.
    ["To settle, six hundred I can't do, that's just half. What I can do is $900 in one payment.", false],
    ['I can settle the whole thing for $900. That is almost half off.', false],
    ['I can settle the whole thing for half off.', true],
    // "Knock it down" by paying something is no reduced payoff; "knock it down to" is.
    ['If you can do even a hundred today, we can knock it down and keep this simple.', false],
    ['I can knock it down to $600 if you pay today.', true],
    // A part paid toward the balance, the rest left for later, settles nothing.
    ["A $200 payment Friday goes toward the balance, which would leave $1,000. Call me and we can look at a settlement on what's left.", false],
    // A settlement named by its share in words: "$600, that's fifty percent of the balance".
    ["For a one-time payment I can do $600. That's fifty percent of the balance, so you'd save $600.", true],
  ])('"%s" is below a 70%% authority on $1,200: %s', (text, below) => {
    expect(held(run(check, [...V, offer(text)]))).toBe(below);
  });

  it('ignores instalments and the balance itself', () => {
    expect(held(run(check, [...V, offer('To settle, the balance is $1,200, or $100 a month.')]))).toBe(false);
  });

  it('reads the parts of a settlement paid in instalments as parts, not as offers of their own', () => {
    expect(held(run(check, [...V, offer('We settle for $900, paid in two payments: $450 on the 16th and $450 on the 30th.')]))).toBe(false);
    expect(held(run(check, [...V, offer('We settle for $900: $500 on the 16th and $400 on the 30th.')]))).toBe(false);
    // A part of the balance is still judged: the balance is no settlement figure to split.
    expect(held(run(check, [...V, offer('Your balance is $1,200; we can settle it for $600 on the 16th.')]))).toBe(true);
    // So is a settlement figure under authority with its parts.
    expect(held(run(check, [...V, offer('We settle for $700, in two payments of $350.')]))).toBe(true);
  });

  it('reads a plan recap that mentions settling some other day as instalments', () => {
    const recap = "So that's 11 payments of $100 and a final payment of $50 for the full $1,150. If a lump sum ever comes along, we can talk about settling what's left.";
    expect(held(run(check, [...V, ['agent', recap, ['offer_payment_plan', 'offer_settlement', 'recap_terms']]], { ...FULL_CONTEXT, debt_amount_claimed: 1150 }))).toBe(false);
  });

  it('judges a settlement the agent accepts from the customer', () => {
    const lines: Line[] = [...V, ['customer', "I'll give you $300 to settle it, that's all.", ['agrees_to_pay']], ['agent', 'Okay, deal.', ['secure_commitment']]];
    const r = run(check, lines);
    expect(held(r)).toBe(true);
    expect(turnsOf(r)).toEqual([6]);
  });

  it('asks for the authority, or the balance for a dollar figure, only when a figure was named', () => {
    const noAuthority: CallContext = { ...FULL_CONTEXT, settlement_authority_pct: undefined };
    const noBalance: CallContext = { ...FULL_CONTEXT, debt_amount_claimed: undefined };
    expect(held(run(check, [...V, offer('We can settle for $600.')], noAuthority))).toBe('needs settlement_authority_pct');
    expect(held(run(check, [...V, offer('We can settle for $600.')], noBalance))).toBe('needs debt_amount_claimed');
    expect(held(run(check, [...V, offer('We can settle for 50%.')], noBalance))).toBe(true);
    expect(held(run(check, [...V, PAY_NOW], {}))).toBe(false);
  });
});

describe('plan_below_minimum and balance_misstated', () => {
  it('compares instalments, weekly ones as monthly, with the minimum plan payment', () => {
    const check = { kind: 'plan_below_minimum' };
    const plan = (text: string): Line => ['agent', text, ['offer_payment_plan']];
    expect(held(run(check, [...V, plan('We can do $30 a month.')]))).toBe(true);
    expect(held(run(check, [...V, plan('We can do $15 a week.')]))).toBe(false);
    expect(held(run(check, [...V, plan('We can do $50 a month.')]))).toBe(false);
    expect(held(run(check, [...V, plan('We can do $30 a month.')], {}))).toBe('needs min_plan_payment');
  });

  it('takes a plan under the minimum that a supervisor approved on the call, and not a creditor authorising a suit', () => {
    const check = { kind: 'plan_below_minimum' };
    const plan = (text: string): Line => ['agent', text, ['offer_payment_plan']];
    expect(held(run(check, [...V, plan('Good news: my supervisor approved $30 a month as a hardship arrangement.')]))).toBe(false);
    expect(held(run(check, [...V, ['agent', 'The creditor has authorized legal action on accounts like yours.', ['explain_consequences_lawful']], plan('We can do $30 a month.')]))).toBe(true);
  });

  it('leaves alone a balance growing by interest each month, which is no instalment', () => {
    const check = { kind: 'plan_below_minimum' };
    const plan = (text: string): Line => ['agent', text, ['offer_payment_plan']];
    expect(held(run(check, [...V, plan('It does, by roughly thirty-two dollars a month right now.')]))).toBe(false);
    expect(held(run(check, [...V, plan('The interest adds about $30 a month.')]))).toBe(false);
    expect(held(run(check, [...V, plan('We could do thirty-two dollars a month.')]))).toBe(true);
  });

  it('flags a balance stated above the account balance, not one within tolerance', () => {
    const check = { kind: 'balance_misstated' };
    const says = (text: string): Line => ['agent', text, ['state_balance']];
    expect(held(run(check, [...V, says('Your balance is $1,500.00.')]))).toBe(true);
    expect(held(run(check, [...V, says('Your balance is $1,200.00.')]))).toBe(false);
    expect(held(run(check, [...V, says('Your balance is [DEBT_AMOUNT].')], {}))).toBe(false);
    expect(held(run(check, [...V, says('Your balance is $1,500.00.')], {}))).toBe('needs debt_amount_claimed');
  });

  it('leaves alone a balance as it stood before (at repossession, the original balance)', () => {
    const check = { kind: 'balance_misstated' };
    const says = (text: string): Line => ['agent', text, ['state_balance']];
    expect(held(run(check, [...V, says('When the truck was repossessed, the loan balance was $1,900.00. After the sale, $1,200 is left.')]))).toBe(false);
    expect(held(run(check, [...V, says('The original balance was $2,000.')]))).toBe(false);
    expect(held(run(check, [...V, says('Your balance today is $1,900.00.')]))).toBe(true);
  });

  it('reads the balance or total named in a plan\'s terms, not its instalments, and not a total the interest made', () => {
    const check = { kind: 'balance_misstated' };
    const plan = (text: string): Line => ['agent', text, ['offer_payment_plan']];
    expect(held(run(check, [...V, plan("Let's do $130 a month for ten months, that takes care of the whole $1,300 balance.")]))).toBe(true);
    expect(held(run(check, [...V, plan("Let's do $120 a month for ten months, that takes care of the whole $1,200 balance.")]))).toBe(false);
    expect(held(run(check, [...V, plan('So ten payments of $130 on the 15th, $1,300 total.')]))).toBe(true);
    const interest: Line = ['agent', 'On payment plans we do add 5% interest, so $1,200 becomes $1,260.', ['unauthorized_fee']];
    expect(held(run(check, [...V, interest, plan('So six payments of $210 on the 15th, for a total of $1,260.00.')]))).toBe(false);
  });
});

describe('commitment_terms', () => {
  const check = { kind: 'commitment_terms' };
  it('holds when the agreement names an amount, a date and a method, quoting the agreed words', () => {
    const r = run(check, [
      ...V,
      PAY_NOW,
      ['customer', "I can pay it all on Friday.", ['agrees_to_pay']],
      ['agent', 'Great, how would you like to pay?', ['secure_commitment']],
      ['customer', 'Debit card.', ['other']],
    ]);
    expect(r).toMatchObject({ held: true, turns: [7, 9], evidence: ['I can pay it all on Friday.', 'Debit card.'] });
  });
  it('takes a term the customer accepted from the offer before it', () => {
    const r = run(check, [
      ...V,
      ['agent', 'We could do $100 a month.', ['offer_payment_plan']],
      ['customer', 'OK, starting Friday, with my card.', ['agrees_to_pay']],
    ]);
    expect(r).toMatchObject({ held: true, turns: [6, 7], evidence: ['We could do $100 a month.', 'OK, starting Friday, with my card.'] });
  });
  it('does not hold without a method, or without any agreement', () => {
    expect(held(run(check, [...V, PAY_NOW, ['customer', "I'll pay it all on Friday.", ['agrees_to_pay']]]))).toBe(false);
    expect(held(run(check, [...V, PAY_NOW, ['customer', 'Not paying by card on Friday, no.', ['refuses_to_pay']]]))).toBe(false);
  });
});

describe('record_matches_outcome', () => {
  const lines: Line[] = [...V, PAY_NOW, ['customer', "Fine, I'll pay Friday.", ['agrees_to_pay']]];
  it('holds when the disposition filed is the outcome of the call', () => {
    expect(held(run({ kind: 'record_matches_outcome' }, lines, FULL_CONTEXT, { disposition: 'PTP' }))).toBe(true);
    expect(held(run({ kind: 'record_matches_outcome' }, lines, FULL_CONTEXT, { disposition: 'NA' }))).toBe(false);
    expect(held(run({ kind: 'record_matches_outcome' }, lines, FULL_CONTEXT))).toBe('n/a');
  });
});

describe('evidence', () => {
  it('quotes the sentence that carries the act, not the whole turn', () => {
    const { transcript, classify } = call([
      ...V,
      ['agent', 'I hear you. But if you do not pay, you will go to jail. Think about it.', ['active_listening', 'threat_arrest']],
      ['agent', 'But if you do not pay, you will go to jail.', ['threat_arrest']],
    ]);
    transcript.turns.pop();
    const annotated = annotate(transcript, classify);
    const r = evaluate({ kind: 'agent_act', acts: ['threat_arrest'] }, { call: annotated, outcome: detectOutcome(annotated) });
    expect(r).toMatchObject({ held: true, turns: [6], evidence: ['But if you do not pay, you will go to jail.'] });
  });
});

describe('the check options added for outside calls', () => {
  it('customer_act leaves out a turn whose words match `unless` (bankruptcy weighed, not filed)', () => {
    const weighing: Line[] = [...V, ['customer', "I've been thinking about filing bankruptcy.", ['bankruptcy']]];
    const filed: Line[] = [...V, ['customer', 'I filed Chapter 7 last month.', ['bankruptcy']]];
    const check = { kind: 'customer_act', acts: ['bankruptcy'], unless: '\\bthinking about\\b[^.?!]{0,30}\\bbankrupt' };
    expect(held(run(check, weighing))).toBe(false);
    expect(held(run(check, filed))).toBe(true);
  });

  it('act_after_customer_act skips agent turns matching `agent_unless`, and a later go-ahead clears what follows it', () => {
    const check = {
      kind: 'act_after_customer_act',
      customer_acts: [],
      customer_pattern: "\\bat work\\b",
      customer_unless: "\\bnow'?s fine\\b",
      agent_acts: ['secure_commitment', 'request_full_payment'],
      agent_unless: '\\bcall you back\\b',
    };
    const booksCallback: Line[] = [...V, ['customer', "I'm at work.", ['other']], ['agent', "I'll call you back tonight at seven. Does that work?", ['secure_commitment']]];
    expect(held(run(check, booksCallback))).toBe(false);
    const goesOn: Line[] = [...V, ['customer', "I'm at work.", ['other']], PAY_NOW];
    expect(held(run(check, goesOn))).toBe(true);
    const consented: Line[] = [...V, ['customer', "I'm at work.", ['other']], ['agent', 'Is now okay?', ['other']], ['customer', "Now's fine, go on.", ['other']], PAY_NOW];
    expect(held(run(check, consented))).toBe(false);
  });

  it('outcome_is holds when the call ended in one of the outcomes', () => {
    const callback: Line[] = [...V, ['customer', 'Can you call me back tomorrow?', ['requests_callback']], ['agent', 'Of course. What time suits you?', ['other']]];
    expect(held(run({ kind: 'outcome_is', outcomes: ['callback_scheduled'] }, callback))).toBe(true);
    expect(held(run({ kind: 'outcome_is', outcomes: ['promise_to_pay'] }, callback))).toBe(false);
  });
});

describe('postdated_run_early', () => {
  const check = { kind: 'postdated_run_early' };
  it('holds when a payment dated for one day is run on an earlier one', () => {
    const lines: Line[] = [
      ...V,
      ['agent', "We can do a check-by-phone. You'd give me your checking info and we'd date it for the 20th.", ['secure_commitment']],
      ['customer', "Okay. Date it the 20th, right? I don't want it bouncing.", ['agrees_to_pay']],
      ['agent', "Right, it'll say the 20th. What I'll do is send it through on the 17th so it clears in time.", ['other']],
    ];
    const r = run(check, lines);
    expect(held(r)).toBe(true);
    expect(turnsOf(r)).toEqual([8]);
    expect('facts' in r ? r.facts : []).toEqual(['dated for the 20th, run on the 17th']);
  });

  it('holds when the batch runs at the end of the month before the dated day', () => {
    const lines: Line[] = [
      ...V,
      ['customer', "I can pay the whole thing, but not till I get paid on September 4th. Can I give you a check dated the 4th?", ['agrees_to_pay']],
      ['agent', "I'll put the 4th on it, but just so you know, we run our check batch Monday the 31st, so I'm going to process it then.", ['secure_commitment']],
    ];
    const r = run(check, lines);
    expect(held(r)).toBe(true);
    expect('facts' in r ? r.facts : []).toEqual(['dated for the 4th, run on the 31st']);
  });

  it('holds when a payment dated for a later day goes out the day of the call', () => {
    const lines: Line[] = [
      ...V,
      ['agent', 'Okay, so a check-by-phone for the full $520, dated June 19th.', ['secure_commitment']],
      ['agent', "I've gone ahead and submitted that. Our system batches same day, so it'll go out today.", ['other']],
    ];
    const r = run(check, lines, { ...FULL_CONTEXT, call_timestamp_local: '2026-06-04T10:00:00' });
    expect(held(r)).toBe(true);
    expect('facts' in r ? r.facts : []).toEqual(['dated for the 19th, run today, the 4th']);
  });

  it('does not hold when it runs on its date, or another payment is dated for the earlier day', () => {
    const onTime: Line[] = [...V, ['customer', 'Date the check the twentieth.', ['agrees_to_pay']], ['agent', "We'll process it on the 20th, not before.", ['recap_terms']]];
    expect(held(run(check, onTime))).toBe(false);
    const two: Line[] = [
      ...V,
      ['agent', 'We can date the first check the 5th and the second one the 20th.', ['offer_payment_plan']],
      ['agent', "We'll deposit the first on the 5th.", ['recap_terms']],
    ];
    expect(held(run(check, two))).toBe(false);
    const refused: Line[] = [...V, ['customer', 'Date it the 20th.', ['agrees_to_pay']], ["agent", "We won't run it on the 15th, only on the 20th.", ['recap_terms']]];
    expect(held(run(check, refused))).toBe(false);
  });
});
