import { createActor } from 'xstate';
import { isAgentAct, type AgentAct } from '../language/acts.ts';
import type { CallContext } from '../transcript/schema.ts';
import type { ConversationContext, ConversationEvent, ScenarioMachine } from './compile.ts';
import { ENDED_STAGE, type Competency, type Payment, type Scenario } from './schema.ts';

/**
 * Runs one conversation turn by turn from stored snapshots: every call restores the actor from
 * the last persisted snapshot, sends one event, persists again and stops the actor. Nothing is
 * kept in memory between turns, so a server restart in the middle of a call changes nothing.
 */

/** The customer after one turn: what they said and where the call stands. */
export interface ConversationStep {
  /** JSON-safe persisted snapshot: store it (JSON.stringify) and pass it back for the next turn. */
  snapshot: unknown;
  /** The customer's words ('' when nothing was said, e.g. the trainee hung up). */
  reply: string;
  /** Whether the call is over. */
  ended: boolean;
  /** The stage the call is in now (`ended` once over). */
  stage: string;
  /** The customer's mood after this turn, 0–100 each. */
  mood: { patience: number; trust: number };
  /** Whether the consumer has been verified (right-party contact). */
  rpcVerified: boolean;
  /** Whether someone other than the consumer is on the line. */
  thirdPartyOnLine: boolean;
  /** Customer acts of the reply when the scenario tags them (otherwise classify the reply). */
  customerActs?: string[];
  /** Who spoke the reply, as a transcript speaker. */
  speaker: 'customer' | 'third_party';
  /** Trainee turns so far. */
  turn: number;
  /** Persona facts the trainee has drawn out so far (ids of `persona.reveals`). */
  revealed: string[];
  /** The rule that produced the reply, for debugging scenarios. */
  rule: string | null;
  /** Who ended the call, once ended. */
  endedBy: 'customer' | 'trainee' | null;
}

/** Connects the call: the customer picks up and says their opening words. */
export function startConversation(machine: ScenarioMachine, options: { seed: number }): ConversationStep {
  return step(machine, { input: { seed: options.seed } }, undefined);
}

/** Restores the conversation from `snapshot` and lets the customer answer the trainee's words. */
export function continueConversation(
  machine: ScenarioMachine,
  snapshot: unknown,
  said: { text: string; acts: readonly AgentAct[] },
): ConversationStep {
  // Unknown labels (a newer classifier, a typo in a caller) are ignored rather than trusted.
  const acts = [...new Set(said.acts)].filter((a) => isAgentAct(a));
  return step(machine, { snapshot: checkedSnapshot(machine, snapshot) }, { type: 'trainee.said', text: said.text, acts });
}

/** The trainee pressed End call: the line drops without the customer saying anything. */
export function hangUp(machine: ScenarioMachine, snapshot: unknown): ConversationStep {
  return step(machine, { snapshot: checkedSnapshot(machine, snapshot) }, { type: 'call.hangup' });
}

/** Reads where a stored conversation stands without running it. */
export function peekConversation(machine: ScenarioMachine, snapshot: unknown): Omit<ConversationStep, 'snapshot'> {
  const checked = checkedSnapshot(machine, snapshot);
  return describe(checked.value, checked.status === 'done', checked.context, checked.context.reply);
}

type PersistedShape = { status: 'active' | 'done'; value: string; context: ConversationContext };

function step(
  machine: ScenarioMachine,
  options: { input: { seed: number } } | { snapshot: PersistedShape },
  event: ConversationEvent | undefined,
): ConversationStep {
  const actor = createActor(machine, options as Parameters<typeof createActor<ScenarioMachine>>[1]);
  let failure: unknown;
  // Without an error observer XState rethrows asynchronously, which would take the server down.
  const subscription = actor.subscribe({ error: (err) => (failure = err) });
  actor.start();
  const wasDone = actor.getSnapshot().status === 'done';
  if (event && !wasDone) actor.send(event);
  const snap = actor.getSnapshot();
  const persisted = actor.getPersistedSnapshot();
  subscription.unsubscribe();
  actor.stop();
  if (failure !== undefined || snap.status === 'error') {
    throw new Error(`scenario ${machine.id}: the conversation failed: ${String(failure ?? snap.error)}`);
  }
  const stage = typeof snap.value === 'string' ? snap.value : ENDED_STAGE;
  // A finished call answers nothing more: repeat its state with no new words.
  const reply = event && wasDone ? '' : snap.context.reply;
  return { snapshot: persisted, ...describe(stage, snap.status === 'done', snap.context, reply) };
}

function describe(stage: string, done: boolean, ctx: ConversationContext, reply: string): Omit<ConversationStep, 'snapshot'> {
  return {
    reply,
    ended: done || stage === ENDED_STAGE,
    stage,
    mood: { patience: ctx.patience, trust: ctx.trust },
    rpcVerified: ctx.rpcVerified,
    thirdPartyOnLine: ctx.thirdPartyOnLine,
    ...(ctx.customerActs !== null && reply !== '' ? { customerActs: [...ctx.customerActs] } : {}),
    speaker: ctx.thirdPartyOnLine ? 'third_party' : 'customer',
    turn: ctx.turn,
    revealed: [...ctx.revealed],
    rule: ctx.rule,
    endedBy: ctx.endedBy,
  };
}

/** Rejects a snapshot that is not this scenario's, before XState misreads it. */
function checkedSnapshot(machine: ScenarioMachine, snapshot: unknown): PersistedShape {
  const s = snapshot as Partial<PersistedShape> | null;
  const ctx = s?.context as Partial<ConversationContext> | undefined;
  const problem =
    s === null || typeof s !== 'object'
      ? 'not an object'
      : s.status !== 'active' && s.status !== 'done'
        ? `status ${JSON.stringify(s.status)}`
        : typeof s.value !== 'string' || !(s.value in machine.root.states)
          ? `unknown stage ${JSON.stringify(s.value)}`
          : !ctx || ctx.scenarioId !== machine.id
            ? `it belongs to scenario ${JSON.stringify(ctx?.scenarioId)}`
            : typeof ctx.rng !== 'number' || !Array.isArray(ctx.flags) || typeof ctx.reply !== 'string'
              ? 'its context is incomplete'
              : null;
  if (problem !== null) throw new Error(`scenario ${machine.id}: cannot restore the conversation: ${problem}`);
  return s as PersistedShape;
}

/** The facts the scorer needs about this call (transcript `context`, see CONTRACT). */
export function scoringContext(s: Scenario): CallContext {
  const a = s.account;
  return {
    call_timestamp_local: a.call_local_time,
    consumer_timezone: a.consumer_timezone,
    call_attempts_7day: a.call_attempts_7day,
    validation_notice_sent: a.validation_notice_sent,
    attorney_on_record: a.attorney_on_record,
    cease_desist_on_file: a.cease_desist_on_file,
    dispute_on_file: a.dispute_on_file,
    debt_amount_claimed: a.balance,
    consumer_name: a.holder.name,
    first_contact: a.first_contact,
    settlement_authority_pct: a.policy.settlement_authority_pct,
    min_plan_payment: a.policy.min_plan_payment,
    fees_authorized: a.policy.fees_authorized,
    lawsuit_authorized: a.lawsuit_authorized,
    reports_to_credit_bureaus: a.reports_to_credit_bureaus,
    time_barred: a.time_barred,
  };
}

/** What the agent's desk shows: the account as the agency's system holds it. */
export interface AccountView {
  consumer_name: string;
  date_of_birth: string;
  ssn_last4: string;
  address: string;
  phone?: string;
  creditor: string;
  agency: string;
  account_ref: string;
  product?: string;
  currency: string;
  balance: number;
  days_past_due: number;
  payment_history: Payment[];
  last_promise: { date: string; amount: number; kept: boolean } | null;
  policy: {
    min_plan_payment: number;
    settlement_authority_pct: number;
    /** The lowest settlement amount the agent may accept (balance × authority %), rounded up to the cent. */
    settlement_floor: number;
    fees_authorized: boolean;
    max_plan_months?: number;
  };
  lawsuit_authorized: boolean;
  reports_to_credit_bureaus: boolean;
  time_barred: boolean;
  consumer_timezone: string;
  consumer_local_time: string;
  call_attempts_7day: number;
  first_contact: boolean;
  validation_notice_sent: boolean;
  attorney_on_record: boolean;
  cease_desist_on_file: boolean;
  dispute_on_file: boolean;
  notes?: string;
}

/**
 * The account as the agent's desk shows it. Built field by field so that nothing else of the
 * scenario (the persona's hidden facts, the reply scripts, the mood) can leak to the trainee.
 */
export function accountView(s: Scenario): AccountView {
  const a = s.account;
  const p = a.policy;
  return {
    consumer_name: a.holder.name,
    date_of_birth: a.holder.date_of_birth,
    ssn_last4: a.holder.ssn_last4,
    address: a.holder.address,
    ...(a.holder.phone !== undefined ? { phone: a.holder.phone } : {}),
    creditor: a.creditor,
    agency: a.agency,
    account_ref: a.reference,
    ...(a.product !== undefined ? { product: a.product } : {}),
    currency: a.currency,
    balance: a.balance,
    days_past_due: a.days_past_due,
    payment_history: a.payment_history.map((pay) => ({
      date: pay.date,
      amount: pay.amount,
      ...(pay.note !== undefined ? { note: pay.note } : {}),
    })),
    last_promise: a.last_promise ? { date: a.last_promise.date, amount: a.last_promise.amount, kept: a.last_promise.kept } : null,
    policy: {
      min_plan_payment: p.min_plan_payment,
      settlement_authority_pct: p.settlement_authority_pct,
      settlement_floor: Math.ceil(a.balance * p.settlement_authority_pct - 1e-9) / 100,
      fees_authorized: p.fees_authorized,
      ...(p.max_plan_months !== undefined ? { max_plan_months: p.max_plan_months } : {}),
    },
    lawsuit_authorized: a.lawsuit_authorized,
    reports_to_credit_bureaus: a.reports_to_credit_bureaus,
    time_barred: a.time_barred,
    consumer_timezone: a.consumer_timezone,
    consumer_local_time: a.call_local_time,
    call_attempts_7day: a.call_attempts_7day,
    first_contact: a.first_contact,
    validation_notice_sent: a.validation_notice_sent,
    attorney_on_record: a.attorney_on_record,
    cease_desist_on_file: a.cease_desist_on_file,
    dispute_on_file: a.dispute_on_file,
    ...(a.notes !== undefined ? { notes: a.notes } : {}),
  };
}

/** The scenario as the scenario list shows it. */
export function scenarioSummary(s: Scenario): {
  id: string;
  title: string;
  difficulty: number;
  summary: string;
  competencies: Competency[];
} {
  return { id: s.id, title: s.title, difficulty: s.difficulty, summary: s.summary, competencies: [...s.competencies] };
}
