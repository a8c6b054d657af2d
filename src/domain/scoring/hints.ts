import type { Classify } from '../language/utterance.ts';
import type { Transcript } from '../transcript/schema.ts';
import { annotate, type AnnotatedCall, type AnnotatedTurn } from './annotate.ts';
import { scoreAnnotated } from './engine.ts';
import type { Rubric } from './rubric.ts';

/**
 * Live coaching for practice calls (a trainer turns it on per cohort; assessment calls never get
 * it): after each exchange, what the trainee's last words broke, with the model phrasing, and the
 * next thing a good collector would do at this point of the call. Read from the same scorer and
 * call state as the debrief, so a hint never contradicts the score.
 */
export interface Hint {
  kind: 'warning' | 'tip';
  text: string;
  /** The compliance rule a warning is about. */
  rule?: string;
}

/** Tips shown at once, at most: the most pressing first. */
const MAX_TIPS = 2;

export function practiceHints(transcript: Transcript, rubric: Rubric, classify: Classify): Hint[] {
  const read = () => {
    const call = annotate(transcript, classify);
    return { call, report: scoreAnnotated(call, rubric) };
  };
  const { call, report } = classify.forOneCall ? classify.forOneCall(read) : read();
  const lastAgent = call.agentTurns[call.agentTurns.length - 1];
  const hints: Hint[] = [];
  if (lastAgent) {
    for (const v of report.violations) {
      if (!v.occurrences.some((o) => o.turn === lastAgent.index) && !(v.occurrences.length === 0 && v.turn === lastAgent.index)) continue;
      hints.push({ kind: 'warning', rule: v.rule, text: `${v.title}. Instead: ${v.instead}` });
    }
  }
  // A tip that repeats a warning's advice ("Give the Mini-Miranda now" after the warning about it) goes.
  const warned = new Set(hints.map((h) => h.rule));
  const tips = nextSteps(call).filter((t) => t.rule === undefined || !warned.has(t.rule));
  return [...hints, ...tips.slice(0, MAX_TIPS).map((t): Hint => ({ kind: 'tip', text: t.text }))];
}

interface Tip {
  text: string;
  /** The rule whose duty the tip is about, if any. */
  rule?: string;
}

const said = (turns: readonly AnnotatedTurn[], acts: readonly string[]) => turns.some((t) => t.acts.some((a) => acts.includes(a)));

/** What to do next, most pressing first, from where the call stands. */
function nextSteps(call: AnnotatedCall): Tip[] {
  const duties: Tip[] = [];
  const duty = (rule: string, text: string) => duties.push({ rule, text });
  const state = call.final;
  const agent = call.agentTurns;
  const after = (index: number | null) => (index === null ? [] : agent.filter((t) => t.index > index));
  const lastCustomer = [...call.turns].reverse().find((t) => t.speaker === 'customer' || t.speaker === 'third_party');
  const tips: string[] = [];
  const ctx = call.context;

  if (state.voicemail) duty('VOICEMAIL_DISCLOSURE', 'This is a voicemail: leave only your name, a number and a request to call back. Nothing about the debt or your agency.');
  if (state.attorneyAt !== null && !said(after(state.attorneyAt), ['acknowledge_attorney'])) {
    duty('ATTORNEY_REPRESENTED', "They have an attorney: ask for the attorney's name and number, and stop collecting.");
  }
  if (state.ceaseAt !== null && !said(after(state.ceaseAt), ['acknowledge_cease_request'])) {
    duty('CEASE_IGNORED', 'They asked you to stop contacting them: acknowledge it, say what happens next, and end the call without collecting.');
  }
  if (state.disputeAt !== null && !said(after(state.disputeAt), ['handle_dispute'])) {
    duty('DISPUTE_IGNORED', "They dispute the debt: acknowledge it, note it, and explain they'll get written validation. Don't ask for payment now.");
  }
  if (state.thirdPartyOnLine && !state.rpcVerified) {
    duty('THIRD_PARTY_DISCLOSURE', "Someone else is on the line: don't mention the debt or what your agency does. Ask when you can reach the consumer.");
  } else if (!state.rpcVerified) {
    if (!said(agent, ['verify_identity'])) duty('RPC_BEFORE_DISCLOSURE', 'Confirm you are speaking with the consumer (name plus date of birth or address) before saying why you are calling.');
    else duty('RPC_BEFORE_DISCLOSURE', 'Wait for the consumer to confirm who they are before you say anything about the account.');
  } else if (!said(agent, ['mini_miranda'])) {
    duty('MINI_MIRANDA', 'Give the Mini-Miranda now: "This is an attempt to collect a debt, and any information obtained will be used for that purpose."');
  }
  if (duties.length > 0) return duties;

  const hardshipNow = lastCustomer?.acts.includes('hardship') === true;
  if (hardshipNow) tips.push('Acknowledge the hardship in your own words before going back to the account.');
  if (!said(agent, ['state_purpose', 'state_balance'])) tips.push('Say why you are calling and state the balance.');
  else if (!said(agent, ['request_full_payment', 'offer_payment_plan', 'offer_settlement'])) tips.push('Ask for the full balance first.');
  else if (lastCustomer?.acts.includes('refuses_to_pay') || hardshipNow) {
    const plan = ctx.min_plan_payment !== undefined ? ` (a plan from $${ctx.min_plan_payment} a month` : '';
    const settle = ctx.settlement_authority_pct !== undefined ? `${plan ? ', or' : ' (or'} a settlement down to ${ctx.settlement_authority_pct}%` : '';
    const policy = plan || settle ? `${plan}${settle})` : '';
    if (!said(agent, ['probe_ability_to_pay'])) tips.push('Ask what they can realistically pay, and when, before proposing anything.');
    else tips.push(`Offer an option within policy${policy}.`);
  } else if (lastCustomer?.acts.includes('agrees_to_pay')) {
    if (!said(agent, ['recap_terms'])) tips.push('Pin down the amount, the date and the payment method, then recap the terms back to them.');
    else tips.push('Thank them and close the call professionally.');
  }
  return tips.map((text) => ({ text }));
}
