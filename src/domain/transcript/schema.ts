import { z } from 'zod';

/**
 * The transcript format of ../shared/CONTRACT.md ("Transcript"), the input of `parley score`
 * and the shape every stored call is turned into before scoring. Every context and record
 * field is optional: the scorer reports a rule whose facts are missing as not evaluable.
 */

/**
 * An optional field where `null` also means "not given": call-recorder exports write `null` for
 * an empty field as often as they leave it out.
 */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null ? undefined : value), schema.optional());
}

/** Who spoke a turn. `consumer` is accepted on input and normalised to `customer`. */
export const SpeakerSchema = z
  .enum(['agent', 'customer', 'consumer', 'third_party', 'system'])
  .transform((s) => (s === 'consumer' ? 'customer' : s));
export type Speaker = 'agent' | 'customer' | 'third_party' | 'system';

export const TurnSchema = z.object({
  /** Who spoke. */
  speaker: SpeakerSchema,
  /** The words as transcribed, placeholders and stage notes included. */
  text: z.string(),
});
export type Turn = { speaker: Speaker; text: string };

/** Facts about the account and the call that decide what words mean. */
export const CallContextSchema = z
  .object({
    /** Consumer's local wall-clock time when the call started, ISO-like `YYYY-MM-DDTHH:MM[:SS]`. */
    call_timestamp_local: optional(z.string()),
    /** IANA time zone of the consumer. */
    consumer_timezone: optional(z.string()),
    /** Earlier call attempts in the last 7 days (this call not counted). */
    call_attempts_7day: optional(z.number().int().nonnegative()),
    /** Whether the written validation notice has already been sent. */
    validation_notice_sent: optional(z.boolean()),
    /** An attorney is known to represent the consumer before the call. */
    attorney_on_record: optional(z.boolean()),
    /** The consumer has asked in writing that contact stop. */
    cease_desist_on_file: optional(z.boolean()),
    /** The consumer has disputed the debt before this call. */
    dispute_on_file: optional(z.boolean()),
    /** The balance the agency may lawfully claim. */
    debt_amount_claimed: optional(z.number().nonnegative()),
    /** The consumer's name as on the account. */
    consumer_name: optional(z.string()),
    /** This call is the first contact with the consumer about this debt. */
    first_contact: optional(z.boolean()),
    /** Lowest settlement the agent may offer or accept, as % of the balance. */
    settlement_authority_pct: optional(z.number().min(0).max(100)),
    /** Lowest monthly payment of a plan the agent may agree. */
    min_plan_payment: optional(z.number().nonnegative()),
    /** Whether the contract or law authorises fees or interest on top of the balance. */
    fees_authorized: optional(z.boolean()),
    /** Whether the creditor has authorised a lawsuit. */
    lawsuit_authorized: optional(z.boolean()),
    /** Whether the agency reports this account to credit bureaus. */
    reports_to_credit_bureaus: optional(z.boolean()),
    /** Whether the statute of limitations has run out on the debt. */
    time_barred: optional(z.boolean()),
  })
  .loose();
export type CallContext = z.infer<typeof CallContextSchema>;

/** What the agent filed after the call: disposition code, free notes, the arrangement. */
export const CallRecordSchema = z
  .object({
    disposition: optional(z.string()),
    notes: optional(z.string()),
    arrangement: optional(
      z
        .object({
          amount: optional(z.number().nonnegative()),
          date: optional(z.string()),
          method: optional(z.string()),
          // The names other systems export the same terms under.
          payment_amount: optional(z.number().nonnegative()),
          installment_amount: optional(z.number().nonnegative()),
          first_date: optional(z.string()),
          first_payment_date: optional(z.string()),
          start_date: optional(z.string()),
          payment_date: optional(z.string()),
          due_date: optional(z.string()),
          payment_method: optional(z.string()),
        })
        .loose()
        .transform(({ amount, date, method, payment_amount, installment_amount, first_date, first_payment_date, start_date, payment_date, due_date, payment_method, ...rest }) => {
          const a = amount ?? payment_amount ?? installment_amount;
          // A schedule of payments: the first one's day is the arrangement's.
          const schedule = Array.isArray(rest['payments']) ? (rest['payments'] as unknown[]) : Array.isArray(rest['schedule']) ? (rest['schedule'] as unknown[]) : [];
          const firstOfSchedule = schedule.map((p) => (p && typeof p === 'object' ? (p as Record<string, unknown>)['date'] : undefined)).find((x): x is string => typeof x === 'string');
          const d = date ?? first_date ?? first_payment_date ?? start_date ?? payment_date ?? due_date ?? firstOfSchedule;
          const m = method ?? payment_method;
          return { ...rest, ...(a === undefined ? {} : { amount: a }), ...(d === undefined ? {} : { date: d }), ...(m === undefined ? {} : { method: m }) };
        }),
    ),
  })
  .loose();
export type CallRecord = {
  [key: string]: unknown;
  disposition?: string | undefined;
  notes?: string | undefined;
  arrangement?: { amount?: number | undefined; date?: string | undefined; method?: string | undefined } | undefined;
};

export const TranscriptSchema = z.object({
  id: optional(z.string()),
  scenario: optional(z.string()),
  context: optional(CallContextSchema),
  turns: z.array(TurnSchema),
  record: optional(CallRecordSchema),
});
export type Transcript = {
  id?: string | undefined;
  scenario?: string | undefined;
  context?: CallContext | undefined;
  turns: Turn[];
  record?: CallRecord | undefined;
};
