import { z } from 'zod';
import { AGENT_ACTS, CUSTOMER_ACTS, type AgentAct, type CustomerAct, type Act } from '../language/acts.ts';
import { CallContextSchema } from '../transcript/schema.ts';

/**
 * The two rubric files (`rubrics/compliance.yaml`, `rubrics/negotiation.yaml`) as data.
 * A rule or criterion names a typed `check` from a fixed table of operators (see
 * ./checks.ts); the schema rejects unknown operators, unknown act labels and unknown keys
 * so a typo in a rubric fails at load time with its `file:line:col`, never silently.
 *
 * Compliance checks describe the breach (the check holds = the rule was broken);
 * negotiation checks describe the good behaviour (the check holds = the criterion was met).
 */

/** The compliance rule ids of ../shared/CONTRACT.md ("Rule ids"). */
export const RULE_IDS = [
  'MINI_MIRANDA',
  'RPC_BEFORE_DISCLOSURE',
  'THIRD_PARTY_DISCLOSURE',
  'VOICEMAIL_DISCLOSURE',
  'THREAT_ARREST',
  'THREAT_VIOLENCE',
  'FALSE_LEGAL_THREAT',
  'FALSE_REPRESENTATION',
  'MISLEADING_CREDIT',
  'PROFANITY_ABUSE',
  'HARASSMENT',
  'UNAUTHORIZED_FEE',
  'CALL_TIME',
  'ATTORNEY_REPRESENTED',
  'CEASE_IGNORED',
  'DISPUTE_IGNORED',
  'SETTLEMENT_AUTHORITY',
  'INCONVENIENT_TIME_PLACE',
  'POSTDATED_PAYMENT',
  'CALL_FREQUENCY',
  'VALIDATION_RIGHTS',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The five competencies every report scores 0–100. */
export const COMPETENCIES = ['communication', 'negotiation', 'attention_to_detail', 'resilience', 'adaptability'] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Fields of the transcript `context` a check may read. */
export const CONTEXT_FIELDS = Object.keys(CallContextSchema.shape) as (keyof typeof CallContextSchema.shape)[];
export type ContextField = (typeof CONTEXT_FIELDS)[number];

const list = (values: readonly string[]) => values.join(', ');

const AgentActSchema = z.enum(AGENT_ACTS, {
  error: (iss) => `unknown agent act label '${String(iss.input)}' (agent acts: ${list(AGENT_ACTS)})`,
});
const CustomerActSchema = z.enum(CUSTOMER_ACTS, {
  error: (iss) => `unknown customer act label '${String(iss.input)}' (customer acts: ${list(CUSTOMER_ACTS)})`,
});
const ALL_ACTS = [...new Set<string>([...AGENT_ACTS, ...CUSTOMER_ACTS])] as [Act, ...Act[]];
const AnyActSchema = z.enum(ALL_ACTS, {
  error: (iss) => `unknown act label '${String(iss.input)}' (acts: ${list(ALL_ACTS)})`,
});
const ContextFieldSchema = z.enum(CONTEXT_FIELDS as [ContextField, ...ContextField[]], {
  error: (iss) => `unknown context field '${String(iss.input)}' (fields: ${list(CONTEXT_FIELDS)})`,
});

/** A regular expression source, compiled once (case-insensitive) when the rubric is combined. */
const PatternSchema = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'i');
      return true;
    } catch {
      return false;
    }
  },
  { error: (iss) => `invalid regular expression '${String(iss.input)}'` },
);

const ClockSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: (iss) => `expected a 24-hour time HH:MM, got '${String(iss.input)}'` });

/** Limits a check to the agent turns spoken while the call was in this state. */
export const StateFilterSchema = z.strictObject({
  /** The right party had been verified. */
  rpc_verified: z.boolean().optional(),
  /** Someone other than the consumer was known to be on the line. */
  third_party_on_line: z.boolean().optional(),
  /** The agent was talking to a voicemail or answering machine. */
  voicemail: z.boolean().optional(),
  /** The consumer had let someone else listen, about the payment only. */
  listener_limited: z.boolean().optional(),
  /** Someone else had answered to the consumer's name and not been verified (see CallState.answeredAsConsumer). */
  answered_as_consumer: z.boolean().optional(),
});
export type StateFilter = z.infer<typeof StateFilterSchema>;

/** What a trigger-based check reports when its trigger never happened. */
const WhenAbsentSchema = z.enum(['met', 'not_met', 'not_applicable']);
export type WhenAbsent = z.infer<typeof WhenAbsentSchema>;

/** Terms a commitment can carry. */
export const TERMS = ['amount', 'date', 'method'] as const;
export type Term = (typeof TERMS)[number];

const positiveInt = z.number().int().positive();

export const AgentActCheckSchema = z.strictObject({
  kind: z.literal('agent_act'),
  /** Held when an agent turn carries one of these acts (or all of them, with `require: all`). */
  acts: z.array(AgentActSchema).min(1),
  /** `any` (default): one of the acts is enough; `all`: each act must occur somewhere. */
  require: z.enum(['any', 'all']).optional(),
  /** Only agent turns spoken in this call state count. */
  when: StateFilterSchema.optional(),
  /** How many agent turns must carry the acts (default 1). */
  min_count: positiveInt.optional(),
  /** Only the last N agent turns count (e.g. a close at the end of the call). */
  within_last_agent_turns: positiveInt.optional(),
  /** Report only the first turn that carried the acts (when the moment it began is what matters). */
  first_only: z.boolean().optional(),
  /** A turn whose words carrying the act also match this pattern does not count (a known truthful wording). */
  unless: PatternSchema.optional(),
  /** Turns that read the balance out as its parts ("$1,950 rent and $1,254.88 in charges, that adds to $3,204.88") are not counted. */
  unless_itemizing_balance: z.boolean().optional(),
  /** Turns that also carry one of these acts are not counted ("… so we can deal with your attorney directly"). */
  except: z.array(AgentActSchema).optional(),
});

export const CustomerActCheckSchema = z.strictObject({
  kind: z.literal('customer_act'),
  /** Held when a customer (or third-party) turn carries one of these acts. */
  acts: z.array(CustomerActSchema).min(1),
  /** A turn whose words match this does not count ("I've been thinking about filing bankruptcy"). */
  unless: PatternSchema.optional(),
});

export const StateReachedCheckSchema = z.strictObject({
  kind: z.literal('state_reached'),
  /**
   * Held when the call was in this state at some turn (e.g. the right party was verified);
   * `recording_joined_late`: the recording began mid-call, so its opening is not on the tape;
   * `cut_short`: the line went dead before the agent got to the debt; `line_ended`: the line went dead
   * at the end (a hang-up, a dropped call); `inbound`: the consumer called in.
   */
  state: z.enum(['rpc_verified', 'third_party_on_line', 'voicemail', 'recording_joined_late', 'cut_short', 'line_ended', 'inbound']),
  /** Only a turn before the right party was verified counts (someone else heard the debt blurted, not a listener the consumer let on later). */
  before_verification: z.boolean().optional(),
});

export const ActBeforeVerificationCheckSchema = z.strictObject({
  kind: z.literal('act_before_verification'),
  /** Held when the agent performs one of these acts before the right party is verified. */
  acts: z.array(AgentActSchema).min(1),
  /** Further limits on the call state (e.g. exclude voicemail or a known third party). */
  when: StateFilterSchema.omit({ rpc_verified: true }).optional(),
});

export const ActAfterVerificationCheckSchema = z.strictObject({
  kind: z.literal('act_after_verification'),
  /** Held when the agent performs these acts once the right party is verified. */
  acts: z.array(AgentActSchema).min(1),
  /** `all` (default): each act must occur; `any`: one is enough. */
  require: z.enum(['any', 'all']).optional(),
});

export const RequiredBeforeCheckSchema = z.strictObject({
  kind: z.literal('required_before'),
  /** The act that must come first (e.g. `mini_miranda`). */
  act: AgentActSchema,
  /** Held (breach) when one of these acts occurs with `act` not yet said. */
  before: z.array(AgentActSchema).min(1),
  /** Only `before` acts spoken to a verified right party count. */
  only_after_verification: z.boolean().optional(),
});

export const ActAfterCustomerActCheckSchema = z.strictObject({
  kind: z.literal('act_after_customer_act'),
  /** The customer acts that trigger the check (first occurrence). */
  customer_acts: z.array(CustomerActSchema),
  /** A phrase in the customer's words that also triggers it (for moments no act names). */
  customer_pattern: PatternSchema.optional(),
  /** A customer turn whose words also match this does not trigger (e.g. "but go ahead"). */
  customer_unless: PatternSchema.optional(),
  /** A customer turn that also carries one of these acts does not trigger (a refusal that disputes the debt). */
  customer_except_acts: z.array(CustomerActSchema).optional(),
  /** Agent acts looked for after the trigger. */
  agent_acts: z.array(AgentActSchema).min(1),
  /** An agent turn that carries one of these acts is not counted. */
  except: z.array(AgentActSchema).optional(),
  /** An agent turn whose words match this is not counted (e.g. one that only books a callback). */
  agent_unless: PatternSchema.optional(),
  /** An agent turn that answers a consumer's question matching this pattern ("how much is it?") is exempt. */
  unless_answering: PatternSchema.optional(),
  /** Agent acts after an earlier agent turn with one of these acts are not counted. */
  unless_preceded_by: z.array(AgentActSchema).optional(),
  /** Only the consumer's own words trigger (not a third party's: an authorised user's "I didn't sign anything"). */
  by_consumer: z.boolean().optional(),
  /** Agent turns after a later customer turn with one of these acts are not counted (the consumer came round). */
  until_customer_acts: z.array(CustomerActSchema).optional(),
  /** Agent turns after a later customer turn whose words match this are not counted ("what's the lowest you'd take?"). */
  until_customer_pattern: PatternSchema.optional(),
  /** How many agent turns must carry the acts (default 1). */
  min_count: positiveInt.optional(),
  /** Only the first N agent turns after the trigger count (a prompt response). */
  within_agent_turns: positiveInt.optional(),
  /** Result when the trigger never happened (default `not_met`). */
  when_absent: WhenAbsentSchema.optional(),
});

export const ActBeforeActCheckSchema = z.strictObject({
  kind: z.literal('act_before_act'),
  /** Held when this agent act occurs, no later than the first of `before`. */
  act: AgentActSchema,
  /** Acts that must not come first. */
  before: z.array(AgentActSchema).min(1),
});

export const ActAfterActCheckSchema = z.strictObject({
  kind: z.literal('act_after_act'),
  /** Held when this agent act occurs at or after the first of `after`. */
  act: AgentActSchema,
  /** The acts (either speaker) that open the window. */
  after: z.array(AnyActSchema).min(1),
  /** Also held by the act said just before the consumer's answer carries one of `after` (terms read back, then "Sounds good."). */
  or_answered: z.boolean().optional(),
  /** Result when none of `after` happened (default `not_met`). */
  when_absent: WhenAbsentSchema.optional(),
});

export const AgentTextCheckSchema = z.strictObject({
  kind: z.literal('agent_text'),
  /** Held when an agent's words match this pattern (case-insensitive). */
  pattern: PatternSchema,
  /** A second pattern that must match in the same sentence (or turn, with `scope: turn`). */
  and_pattern: PatternSchema.optional(),
  /** A sentence (or turn) that also matches this pattern does not count (negations). */
  unless: PatternSchema.optional(),
  /** Where the patterns must match together (default `sentence`). */
  scope: z.enum(['sentence', 'turn']).optional(),
  /** Only agent turns carrying one of these acts count. */
  acts: z.array(AgentActSchema).optional(),
  /** Only agent turns spoken in this call state count. */
  when: StateFilterSchema.optional(),
  /** Only agent turns after a customer turn matching this pattern count ("a check dated the 15th"). */
  after_customer: PatternSchema.optional(),
  /** Only the agent's last N turns count (how the call ended). */
  within_last_agent_turns: positiveInt.optional(),
  /** Turns that read the balance out as its parts are not counted. */
  unless_itemizing_balance: z.boolean().optional(),
});

export const ContextIsCheckSchema = z.strictObject({
  kind: z.literal('context_is'),
  /** The context field read. */
  field: ContextFieldSchema,
  /** Held when the field has this value. */
  equals: z.union([z.boolean(), z.number(), z.string()]),
  /** What a missing field means: `not_evaluable` (default) or a known default (`held`/`not_held`). */
  if_missing: z.enum(['not_evaluable', 'held', 'not_held']).optional(),
});

/**
 * Only calls the collector placed count: with `placed_calls_only`, a call the consumer made (an
 * inbound greeting, "Thank you for calling …") breaks nothing, once the context is known.
 */
const PlacedCallsOnlySchema = z.boolean().optional();

export const CallTimeCheckSchema = z.strictObject({
  kind: z.literal('call_time'),
  /** Earliest allowed local time, HH:MM. */
  start: ClockSchema,
  /** Latest allowed local time, HH:MM. */
  end: ClockSchema,
  placed_calls_only: PlacedCallsOnlySchema,
});

export const HoursPassedDuringCallCheckSchema = z.strictObject({
  kind: z.literal('hours_passed_during_call'),
  /** Earliest allowed local time, HH:MM. */
  start: ClockSchema,
  /** Latest allowed local time, HH:MM. */
  end: ClockSchema,
  /** Held when an agent turn carries one of these acts once the clock has left the window. */
  acts: z.array(AgentActSchema).min(1),
  placed_calls_only: PlacedCallsOnlySchema,
});

export const CallFrequencyCheckSchema = z.strictObject({
  kind: z.literal('call_frequency'),
  /** Held when `call_attempts_7day` (earlier attempts) is at least this, so this call exceeds it. */
  max_attempts: positiveInt,
  placed_calls_only: PlacedCallsOnlySchema,
  /**
   * A call the consumer asked for ("You'd asked me on Monday to call you back today at noon") is
   * made with their consent and is not counted (Reg F §1006.14(b)(3)(i)).
   */
  unless_asked_for: z.boolean().optional(),
});

export const SettlementBelowAuthorityCheckSchema = z.strictObject({
  kind: z.literal('settlement_below_authority'),
  /** Agent acts whose settlement figures are read (default offer/commitment/recap). */
  acts: z.array(AgentActSchema).optional(),
});

export const PlanBelowMinimumCheckSchema = z.strictObject({
  kind: z.literal('plan_below_minimum'),
  /** Agent acts whose instalment figures are read (default plan offer/commitment/recap). */
  acts: z.array(AgentActSchema).optional(),
});

export const BalanceMisstatedCheckSchema = z.strictObject({
  kind: z.literal('balance_misstated'),
  /** Relative tolerance before a stated balance counts as inflated (default 0.01 = 1%). */
  tolerance: z.number().min(0).max(1).optional(),
});

export const CommitmentTermsCheckSchema = z.strictObject({
  kind: z.literal('commitment_terms'),
  /** Terms the commitment must name (default amount, date and method). */
  require: z.array(z.enum(TERMS)).min(1).optional(),
});

export const RecordMatchesOutcomeCheckSchema = z.strictObject({
  kind: z.literal('record_matches_outcome'),
});

/** The call ended in a promise of the whole balance (no plan, no settlement, no smaller sum). */
/** A payment dated for one day of the month and run, sent or deposited on an earlier day. */
export const PostdatedRunEarlyCheckSchema = z.strictObject({
  kind: z.literal('postdated_run_early'),
});

export const FullBalancePromisedCheckSchema = z.strictObject({
  kind: z.literal('full_balance_promised'),
});

/** The call's detected outcome is one of these (e.g. the consumer asked to be called back). */
export const OutcomeIsCheckSchema = z.strictObject({
  kind: z.literal('outcome_is'),
  outcomes: z.array(z.enum(['promise_to_pay', 'payment_plan', 'settlement', 'dispute_logged', 'cease_acknowledged', 'attorney_referral', 'callback_scheduled', 'no_agreement', 'wrong_party'])).min(1),
});

/** The filed arrangement (amount, date, method) and notes agree with what the call agreed. */
export const RecordMatchesTermsCheckSchema = z.strictObject({
  kind: z.literal('record_matches_terms'),
});

export type AllOfCheck = { kind: 'all_of'; checks: Check[] };
export type AnyOfCheck = { kind: 'any_of'; checks: Check[] };
export type NotCheck = { kind: 'not'; check: Check; note?: string | undefined };

export type Check =
  | z.infer<typeof AgentActCheckSchema>
  | z.infer<typeof CustomerActCheckSchema>
  | z.infer<typeof StateReachedCheckSchema>
  | z.infer<typeof ActBeforeVerificationCheckSchema>
  | z.infer<typeof ActAfterVerificationCheckSchema>
  | z.infer<typeof RequiredBeforeCheckSchema>
  | z.infer<typeof ActAfterCustomerActCheckSchema>
  | z.infer<typeof ActBeforeActCheckSchema>
  | z.infer<typeof ActAfterActCheckSchema>
  | z.infer<typeof AgentTextCheckSchema>
  | z.infer<typeof ContextIsCheckSchema>
  | z.infer<typeof CallTimeCheckSchema>
  | z.infer<typeof HoursPassedDuringCallCheckSchema>
  | z.infer<typeof CallFrequencyCheckSchema>
  | z.infer<typeof SettlementBelowAuthorityCheckSchema>
  | z.infer<typeof PlanBelowMinimumCheckSchema>
  | z.infer<typeof BalanceMisstatedCheckSchema>
  | z.infer<typeof CommitmentTermsCheckSchema>
  | z.infer<typeof RecordMatchesOutcomeCheckSchema>
  | z.infer<typeof RecordMatchesTermsCheckSchema>
  | z.infer<typeof FullBalancePromisedCheckSchema>
  | z.infer<typeof PostdatedRunEarlyCheckSchema>
  | z.infer<typeof OutcomeIsCheckSchema>
  | AllOfCheck
  | AnyOfCheck
  | NotCheck;
export type CheckKind = Check['kind'];

/** Every check kind, for error messages and the operator table. */
export const CHECK_KINDS = [
  'agent_act',
  'customer_act',
  'state_reached',
  'act_before_verification',
  'act_after_verification',
  'required_before',
  'act_after_customer_act',
  'act_before_act',
  'act_after_act',
  'agent_text',
  'context_is',
  'call_time',
  'hours_passed_during_call',
  'call_frequency',
  'settlement_below_authority',
  'plan_below_minimum',
  'balance_misstated',
  'commitment_terms',
  'record_matches_outcome',
  'record_matches_terms',
  'full_balance_promised',
  'postdated_run_early',
  'outcome_is',
  'all_of',
  'any_of',
  'not',
] as const satisfies readonly CheckKind[];

function kindOf(input: unknown): string {
  if (input && typeof input === 'object' && 'kind' in input) return String((input as { kind: unknown }).kind);
  return '(none)';
}

/** One check: an operator from the table, discriminated by `kind`. */
export const CheckSchema: z.ZodType<Check> = z.lazy(() =>
  z.discriminatedUnion(
    'kind',
    [
      AgentActCheckSchema,
      CustomerActCheckSchema,
      StateReachedCheckSchema,
      ActBeforeVerificationCheckSchema,
      ActAfterVerificationCheckSchema,
      RequiredBeforeCheckSchema,
      ActAfterCustomerActCheckSchema,
      ActBeforeActCheckSchema,
      ActAfterActCheckSchema,
      AgentTextCheckSchema,
      ContextIsCheckSchema,
      CallTimeCheckSchema,
      HoursPassedDuringCallCheckSchema,
      CallFrequencyCheckSchema,
      SettlementBelowAuthorityCheckSchema,
      PlanBelowMinimumCheckSchema,
      BalanceMisstatedCheckSchema,
      CommitmentTermsCheckSchema,
      RecordMatchesOutcomeCheckSchema,
      RecordMatchesTermsCheckSchema,
      FullBalancePromisedCheckSchema,
      PostdatedRunEarlyCheckSchema,
      OutcomeIsCheckSchema,
      z.strictObject({
        kind: z.literal('all_of'),
        /** Held when every sub-check holds. */
        checks: z.array(CheckSchema).min(1),
      }),
      z.strictObject({
        kind: z.literal('any_of'),
        /** Held when any sub-check holds. */
        checks: z.array(CheckSchema).min(1),
      }),
      z.strictObject({
        kind: z.literal('not'),
        /** Held when the sub-check does not hold. */
        check: CheckSchema,
        /** What the absence means, shown as the evidence (e.g. "no mention of the 30-day right to dispute"). */
        note: z.string().optional(),
      }),
    ],
    {
      error: (iss) =>
        iss.code === 'invalid_union'
          ? `unknown check kind '${kindOf(iss.input)}' (kinds: ${list(CHECK_KINDS)})`
          : undefined,
    },
  ),
);

const CompetenciesSchema = z
  .array(
    z.enum(COMPETENCIES, {
      error: (iss) => `unknown competency '${String(iss.input)}' (competencies: ${list(COMPETENCIES)})`,
    }),
  )
  .min(1);

/** A semantic version string such as `1.0.0`. */
const VersionSchema = z.string().regex(/^\d+\.\d+\.\d+([-+][\w.]+)?$/, { error: 'expected a version such as 1.0.0' });

export const ComplianceRuleSchema = z.strictObject({
  /** A rule id of CONTRACT.md. */
  id: z.enum(RULE_IDS, { error: (iss) => `unknown rule id '${String(iss.input)}' (rule ids: ${list(RULE_IDS)})` }),
  /** How bad a breach is: a critical one fails the call. */
  severity: z.enum(SEVERITIES),
  /** The legal source: FDCPA section and/or Regulation F paragraph. */
  source: z.string().min(1),
  /** A short name shown in the debrief. */
  title: z.string().min(1),
  /** Why it matters, in plain language for the trainee. */
  explanation: z.string().min(1),
  /** A model phrasing of what to say instead. */
  instead: z.string().min(1),
  /** Competencies a breach counts against. */
  competencies: CompetenciesSchema,
  /** The breach, as a check from the operator table. */
  check: CheckSchema,
});
export type ComplianceRule = z.infer<typeof ComplianceRuleSchema>;

export const ComplianceFileSchema = z
  .strictObject({
    /** The rubric's id. */
    id: z.string().min(1),
    /** The rubric's version, part of every report's `rubric_version`. */
    version: VersionSchema,
    /** Which of the two rubric files this is. */
    kind: z.literal('compliance'),
    /** The compliance rules, in report order. */
    rules: z.array(ComplianceRuleSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id '${rule.id}'` });
      seen.add(rule.id);
    });
  });
export type ComplianceFile = z.infer<typeof ComplianceFileSchema>;

export const CriterionSchema = z.strictObject({
  /** The criterion id, `N_` and capitals. */
  id: z.string().regex(/^N_[A-Z0-9_]+$/, { error: (iss) => `criterion id must look like N_SOMETHING, got '${String(iss.input)}'` }),
  /** Points it is worth; the weights of a file sum to 100. */
  weight: z.number().positive(),
  /** Competencies it feeds. */
  competencies: CompetenciesSchema,
  /** A short name shown in the debrief. */
  title: z.string().min(1),
  /** What good looks like, in plain language for the trainee. */
  explanation: z.string().min(1),
  /** When this check does not hold the criterion is not applicable to the call (left out of the score). */
  applies_if: CheckSchema.optional(),
  /** The good behaviour, as a check from the operator table. */
  check: CheckSchema,
  /** A breach of the client's policy this criterion names that fails the call whatever the score (a plan under the client's minimum). */
  fails_call_when: CheckSchema.optional(),
  /**
   * Scored and shown, but left out when the pass mark is applied: a call whose own work passes does
   * not fail on this alone (a wrong note after a good call is coached, as QA reviewers do, not failed).
   */
  outside_pass_mark: z.boolean().optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const PenaltiesSchema = z.strictObject({
  /** Points taken off per critical rule broken (the call fails anyway). */
  critical: z.number().min(0).max(100).default(0),
  /** Points taken off per major rule broken. */
  major: z.number().min(0).max(100),
  /** Points taken off per minor rule broken. */
  minor: z.number().min(0).max(100),
});
export type Penalties = z.infer<typeof PenaltiesSchema>;

export const NegotiationFileSchema = z
  .strictObject({
    /** The rubric's id. */
    id: z.string().min(1),
    /** The rubric's version, part of every report's `rubric_version`. */
    version: VersionSchema,
    /** Which of the two rubric files this is. */
    kind: z.literal('negotiation'),
    /** Lowest score that passes (a critical violation fails whatever the score). */
    pass_mark: z.number().min(0).max(100),
    /**
     * Severities of broken rules that fail the call whatever its score. Critical always does (the
     * contract); listing `major` too fails a call that, say, went on after "I'm at work".
     */
    fails_on: z
      .array(z.enum(SEVERITIES))
      .refine((list) => list.includes('critical'), { message: "must include 'critical': a critical violation always fails the call" })
      .optional(),
    /** Points taken off the score per broken compliance rule, by severity. */
    penalties: PenaltiesSchema,
    /** The criteria, in report order. */
    criteria: z.array(CriterionSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `duplicate criterion id '${c.id}'` });
      seen.add(c.id);
    });
    const total = file.criteria.reduce((sum, c) => sum + c.weight, 0);
    if (Math.abs(total - 100) > 1e-9) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `criterion weights must sum to 100, they sum to ${Number(total.toFixed(4))}`,
      });
    }
    const covered = new Set(file.criteria.flatMap((c) => c.competencies));
    const uncovered = COMPETENCIES.filter((c) => !covered.has(c));
    if (uncovered.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `every competency needs at least one criterion; none for: ${uncovered.join(', ')}`,
      });
    }
  });
export type NegotiationFile = z.infer<typeof NegotiationFileSchema>;

/** Either rubric file, told apart by `kind`. */
export const RubricFileSchema = z.discriminatedUnion('kind', [ComplianceFileSchema, NegotiationFileSchema], {
  error: (iss) =>
    iss.code === 'invalid_union' ? `rubric kind must be 'compliance' or 'negotiation', got '${kindOf(iss.input)}'` : undefined,
});
export type RubricFile = z.infer<typeof RubricFileSchema>;

export type { AgentAct, CustomerAct };
