import { z } from 'zod';

/**
 * The transcript format of ../shared/CONTRACT.md ("Transcript"), the input of `parley score`
 * and the shape every stored call is turned into before scoring. Every context and record
 * field is optional: the scorer reports a rule whose facts are missing as not evaluable.
 */

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
    call_timestamp_local: z.string().optional(),
    /** IANA time zone of the consumer. */
    consumer_timezone: z.string().optional(),
    /** Earlier call attempts in the last 7 days (this call not counted). */
    call_attempts_7day: z.number().int().nonnegative().optional(),
    /** Whether the written validation notice has already been sent. */
    validation_notice_sent: z.boolean().optional(),
    /** An attorney is known to represent the consumer before the call. */
    attorney_on_record: z.boolean().optional(),
    /** The consumer has asked in writing that contact stop. */
    cease_desist_on_file: z.boolean().optional(),
    /** The consumer has disputed the debt before this call. */
    dispute_on_file: z.boolean().optional(),
    /** The balance the agency may lawfully claim. */
    debt_amount_claimed: z.number().nonnegative().optional(),
    /** The consumer's name as on the account. */
    consumer_name: z.string().optional(),
    /** This call is the first contact with the consumer about this debt. */
    first_contact: z.boolean().optional(),
    /** Lowest settlement the agent may offer or accept, as % of the balance. */
    settlement_authority_pct: z.number().min(0).max(100).optional(),
    /** Lowest monthly payment of a plan the agent may agree. */
    min_plan_payment: z.number().nonnegative().optional(),
    /** Whether the contract or law authorises fees or interest on top of the balance. */
    fees_authorized: z.boolean().optional(),
    /** Whether the creditor has authorised a lawsuit. */
    lawsuit_authorized: z.boolean().optional(),
    /** Whether the agency reports this account to credit bureaus. */
    reports_to_credit_bureaus: z.boolean().optional(),
    /** Whether the statute of limitations has run out on the debt. */
    time_barred: z.boolean().optional(),
  })
  .loose();
export type CallContext = z.infer<typeof CallContextSchema>;

/** What the agent filed after the call: disposition code, free notes, the arrangement. */
export const CallRecordSchema = z
  .object({
    disposition: z.string().optional(),
    notes: z.string().optional(),
    arrangement: z
      .object({
        amount: z.number().nonnegative().optional(),
        date: z.string().optional(),
        method: z.string().optional(),
      })
      .optional(),
  })
  .loose();
export type CallRecord = z.infer<typeof CallRecordSchema>;

export const TranscriptSchema = z.object({
  id: z.string().optional(),
  scenario: z.string().optional(),
  context: CallContextSchema.optional(),
  turns: z.array(TurnSchema),
  record: CallRecordSchema.optional(),
});
export type Transcript = {
  id?: string | undefined;
  scenario?: string | undefined;
  context?: CallContext | undefined;
  turns: Turn[];
  record?: CallRecord | undefined;
};
