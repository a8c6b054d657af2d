/**
 * The act vocabulary of ../shared/CONTRACT.md ("Act labels"). These strings are a public
 * interface: outside tools read them from `parley classify`, so never rename one.
 */

/** Acts an agent (the trainee or a recorded collector) can perform in one utterance. */
export const AGENT_ACTS = [
  'greeting',
  'identify_self',
  'identify_company',
  'verify_identity',
  'mini_miranda',
  'state_purpose',
  'state_balance',
  'request_full_payment',
  'probe_ability_to_pay',
  'empathy',
  'active_listening',
  'offer_payment_plan',
  'offer_settlement',
  'secure_commitment',
  'recap_terms',
  'explain_consequences_lawful',
  'handle_dispute',
  'acknowledge_cease_request',
  'acknowledge_attorney',
  'close_call',
  'threat_arrest',
  'threat_violence',
  'threat_legal_action_false',
  'false_representation',
  'profanity_abuse',
  'third_party_disclosure',
  'harassment_pressure',
  'misleading_credit_claim',
  'unauthorized_fee',
  'other',
] as const;

/** Acts of the person who answered: the consumer, or a third party on the consumer's line. */
export const CUSTOMER_ACTS = [
  'confirms_identity',
  'wrong_party',
  'third_party',
  'disputes_debt',
  'requests_cease',
  'has_attorney',
  'hardship',
  'hostile',
  'agrees_to_pay',
  'refuses_to_pay',
  'asks_question',
  'requests_callback',
  'bankruptcy',
  'other',
] as const;

export type AgentAct = (typeof AGENT_ACTS)[number];
export type CustomerAct = (typeof CUSTOMER_ACTS)[number];
export type Act = AgentAct | CustomerAct;

/** Agent acts that break the law whatever the context (the scorer maps them to rule ids). */
export const VIOLATION_ACTS = [
  'threat_arrest',
  'threat_violence',
  'threat_legal_action_false',
  'false_representation',
  'profanity_abuse',
  'third_party_disclosure',
  'harassment_pressure',
  'misleading_credit_claim',
  'unauthorized_fee',
] as const satisfies readonly AgentAct[];

/** Agent acts that talk about the debt itself: they need a verified right party first. */
export const DEBT_DISCUSSION_ACTS = [
  'state_purpose',
  'state_balance',
  'request_full_payment',
  'probe_ability_to_pay',
  'offer_payment_plan',
  'offer_settlement',
  'secure_commitment',
  'recap_terms',
  'explain_consequences_lawful',
] as const satisfies readonly AgentAct[];

const agentSet = new Set<string>(AGENT_ACTS);
const customerSet = new Set<string>(CUSTOMER_ACTS);

/** True when `value` is one of the agent act labels. */
export function isAgentAct(value: string): value is AgentAct {
  return agentSet.has(value);
}

/** True when `value` is one of the customer act labels. */
export function isCustomerAct(value: string): value is CustomerAct {
  return customerSet.has(value);
}
