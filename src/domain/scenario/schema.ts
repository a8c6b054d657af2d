import { z } from 'zod';
import { AGENT_ACTS, CUSTOMER_ACTS, type AgentAct } from '../language/acts.ts';

/**
 * The scenario file format (`scenarios/<id>.yaml`): one simulated customer, the account on the
 * agent's desk, and the rules that decide what the customer says. `scenarios/README.md` is the
 * authoring guide; this file is its single source of truth. Shape only: cross-references
 * (a `goto` to a stage that exists, a revealed fact that is declared…) are checked in `parse.ts`.
 */

/** Competencies a scenario trains; the score report grades the same five. */
export const COMPETENCIES = ['communication', 'negotiation', 'attention_to_detail', 'resilience', 'adaptability'] as const;
export type Competency = (typeof COMPETENCIES)[number];

/** Who picks up the phone. Anyone but the consumer is a third party until the consumer comes on. */
export const ANSWERERS = ['consumer', 'spouse', 'roommate', 'voicemail'] as const;
export type Answerer = (typeof ANSWERERS)[number];

/** The stage every call reaches when it ends; authors may `goto` it but not define it. */
export const ENDED_STAGE = 'ended';

/** Flags the runtime reads: they tell the classifier who is on the line. */
export const RESERVED_FLAGS = {
  /** Set once the consumer has been verified (right-party contact). */
  rpcVerified: 'rpc_verified',
  /** Set while someone other than the consumer is on the line. */
  thirdPartyOnLine: 'third_party_on_line',
} as const;

/** Placeholders a reply may contain, filled from the account when the scenario is compiled. */
export const PLACEHOLDERS = [
  'name',
  'first_name',
  'last_name',
  'persona_name',
  'date_of_birth',
  'ssn_last4',
  'address',
  'phone',
  'creditor',
  'agency',
  'account_ref',
  'balance',
  'min_plan_payment',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const LOWER_SNAKE = /^[a-z][a-z0-9_]*$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/**
 * An object schema that names unknown fields at their own position ("unknown field `sai`, did you
 * mean `say`?") instead of rejecting the whole object: a typo in a key is the commonest mistake.
 */
function fields<T extends z.ZodRawShape>(shape: T): z.ZodObject<T> {
  const known = Object.keys(shape);
  const checked = z.looseObject(shape).check(
    z.superRefine(
      (value: unknown, ctx) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
        for (const key of Object.keys(value)) {
          if (known.includes(key)) continue;
          ctx.addIssue({ code: 'custom', path: [key], message: `unknown field "${key}"${didYouMean(key, known)}` });
        }
      },
      // Report unknown keys even when a known field is also wrong, so one run shows every problem.
      { when: () => true },
    ),
  );
  // Loose at run time only to see the extra keys; a value that has any never passes the check.
  return checked as unknown as z.ZodObject<T>;
}

/** ` (did you mean "x"?)` when `word` is a likely typo of one of `options`, else the empty string. */
export function didYouMean(word: string, options: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = editDistance(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= tolerance ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** A single item is accepted where a list is expected (`say: "Hello?"`), to keep files short. */
function listOf<T extends z.ZodType>(item: T, min: number, message: string) {
  // `say:` left empty reads as null: report it as an empty list, not as "expected string".
  return z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : v === null ? [] : [v]), z.array(item).min(min, message));
}

const Name = z.string().regex(LOWER_SNAKE, 'use lower_snake_case: a-z, 0-9 and _, starting with a letter');
const Text = z.string().trim().min(1, 'cannot be empty');

/** What the customer may say: one or more phrasings, one chosen at random (seeded) each time. */
export const LinesSchema = listOf(Text, 1, 'list at least one phrasing');

/** An agent act label (`parley classify` vocabulary), with a suggestion when misspelt. */
export const AgentActSchema = z.enum(AGENT_ACTS, {
  error: (issue) => `unknown agent act ${JSON.stringify(issue.input)}${didYouMean(String(issue.input), AGENT_ACTS)}`,
});

/** A customer act label, used to tag what a reply does (agrees_to_pay, hardship…). */
export const CustomerActSchema = z.enum(CUSTOMER_ACTS, {
  error: (issue) => `unknown customer act ${JSON.stringify(issue.input)}${didYouMean(String(issue.input), CUSTOMER_ACTS)}`,
});

const Score = z.number().min(0, 'must be 0 to 100').max(100, 'must be 0 to 100');
const Delta = z.number().int('must be a whole number').min(-100).max(100);

/** An inclusive range; either end may be left open. */
export const RangeSchema = fields({
  /** The value must be at least this. */
  at_least: z.number().optional(),
  /** The value must be at most this. */
  at_most: z.number().optional(),
}).refine((r) => r.at_least !== undefined || r.at_most !== undefined, 'give at_least, at_most or both');
export type Range = z.output<typeof RangeSchema>;

/** A change to the customer's mood; both parts are clamped to 0–100 after it is applied. */
export const MoodDeltaSchema = fields({
  /** Added to patience (negative to wear it down). */
  patience: Delta.optional(),
  /** Added to trust. */
  trust: Delta.optional(),
});
export type MoodDelta = z.output<typeof MoodDeltaSchema>;

/**
 * One set of conditions, all of which must hold. An empty condition always holds. Acts are what
 * the classifier heard in the trainee's words this turn; mood is read after this turn's effects.
 */
export const ConditionSchema = fields({
  /** At least one of these agent acts was said this turn. */
  any: z.array(AgentActSchema).min(1).optional(),
  /** Every one of these agent acts was said this turn. */
  all: z.array(AgentActSchema).min(1).optional(),
  /** None of these agent acts was said this turn. */
  none: z.array(AgentActSchema).min(1).optional(),
  /** The trainee's words contain at least one of these phrases (whole words, any case; `{placeholders}` allowed). */
  mentions: z.array(Text).min(1).optional(),
  /** Every one of these flags is set. */
  flags: z.array(Name).min(1).optional(),
  /** None of these flags is set. */
  not_flags: z.array(Name).min(1).optional(),
  /** Patience (0–100) is within this range. */
  patience: RangeSchema.optional(),
  /** Trust (0–100) is within this range. */
  trust: RangeSchema.optional(),
  /** The trainee's turn number (1 for their first words) is within this range. */
  turn: RangeSchema.optional(),
});
export type Condition = z.output<typeof ConditionSchema>;

const ruleShape = {
  /** Optional name, shown in the runtime's step (`rule`) and handy when debugging a scenario. */
  id: Name.optional(),
  /** When the rule applies: one condition set, or a list of alternatives (any one may hold). Absent: always. */
  when: listOf(ConditionSchema, 1, 'list at least one condition set').optional(),
  /** The customer's reply: one phrasing is picked per use. `{placeholders}` are filled from the account. */
  say: LinesSchema,
  /** Customer acts the reply performs (recorded with the turn instead of classifying the reply). */
  acts: z.array(CustomerActSchema).min(1).optional(),
  /** Flags to set. */
  set: z.array(Name).min(1).optional(),
  /** Flags to clear. */
  unset: z.array(Name).min(1).optional(),
  /** Persona facts (`persona.reveals[].id`) the reply reveals; each also sets a flag of the same name. */
  reveal: z.array(Name).min(1).optional(),
  /** Mood change applied with the reply (on top of `mood.effects`). */
  mood: MoodDeltaSchema.optional(),
  /** The stage the call moves to after the reply (`ended` ends the call). Absent: stay. */
  goto: Name.optional(),
  /** The customer ends the call after the reply (same as `goto: ended`). */
  end: z.boolean().optional(),
};

/** A stage rule: the first rule whose `when` holds answers the turn. */
export const RuleSchema = fields(ruleShape);
export type Rule = z.output<typeof RuleSchema>;

/** An interrupt: a rule checked before the current stage's rules, in every stage or in `stages`. */
export const InterruptSchema = fields({
  ...ruleShape,
  /** Only in these stages (default: every stage). */
  stages: z.array(Name).min(1).optional(),
});
export type Interrupt = z.output<typeof InterruptSchema>;

/** One stage of the call (answer, identity, disclosure, discovery, negotiation, commitment, wrap_up…). */
export const StageSchema = fields({
  /** What the stage is for, for authors and trainers. */
  description: z.string().optional(),
  /** Ordered rules; the first that holds answers. */
  rules: z.array(RuleSchema).default([]),
  /** What the customer says when no rule holds (default: the scenario's `fallback`). */
  fallback: LinesSchema.optional(),
});
export type Stage = z.output<typeof StageSchema>;

/** A fact the customer keeps to themselves until the trainee earns it. */
export const RevealSchema = fields({
  /** Name used by rules' `reveal` and as a flag once revealed. */
  id: Name,
  /** The fact, for trainers and debriefs (never shown on the agent's desk). */
  fact: Text,
});
export type Reveal = z.output<typeof RevealSchema>;

/** The person who picks up. */
export const PersonaSchema = fields({
  /** The name of whoever answers (the account holder when `answers` is `consumer`). */
  name: Text,
  /** Age in years. */
  age: z.number().int().min(16).max(110),
  /** How they behave, in a few words (for authors and trainers). */
  temperament: Text,
  /** Who answers the phone. */
  answers: z.enum(ANSWERERS).default('consumer'),
  /** Private background notes for trainers. */
  background: z.string().optional(),
  /** Facts revealed only when asked well. */
  reveals: z.array(RevealSchema).default([]),
  /** The first words when the call connects; one is picked per call. */
  opening: LinesSchema,
});
export type Persona = z.output<typeof PersonaSchema>;

const Money = z.number().nonnegative('cannot be negative');
const IsoDate = z.string().regex(ISO_DATE, 'use YYYY-MM-DD').refine(isRealDate, 'not a real date');

/** The account holder as the creditor knows them: what the agent verifies against. */
export const HolderSchema = fields({
  /** Full name on the account. */
  name: Text,
  /** Date of birth, YYYY-MM-DD. */
  date_of_birth: IsoDate,
  /** Last four digits of the Social Security number. */
  ssn_last4: z.string().regex(/^\d{4}$/, 'four digits, quoted ("0427")'),
  /** Mailing address on file. */
  address: Text,
  /** Phone number being dialled. */
  phone: Text.optional(),
});
export type Holder = z.output<typeof HolderSchema>;

/** One payment received. */
export const PaymentSchema = fields({
  /** When it was received, YYYY-MM-DD. */
  date: IsoDate,
  /** How much. */
  amount: Money,
  /** A note (returned, partial, autopay…). */
  note: z.string().optional(),
});
export type Payment = z.output<typeof PaymentSchema>;

/** The last promise to pay the consumer made. */
export const PromiseSchema = fields({
  /** The date promised, YYYY-MM-DD. */
  date: IsoDate,
  /** The amount promised. */
  amount: Money,
  /** Whether it was kept. */
  kept: z.boolean(),
});

/** What the agent is allowed to agree on this account. */
export const PolicySchema = fields({
  /** Lowest monthly payment of a plan. */
  min_plan_payment: Money,
  /** Lowest settlement the agent may offer or accept, as % of the balance. */
  settlement_authority_pct: z.number().min(0).max(100),
  /** Whether fees or interest may be added to the balance. */
  fees_authorized: z.boolean(),
  /** Longest plan the agent may agree, in months. */
  max_plan_months: z.number().int().positive().optional(),
});
export type Policy = z.output<typeof PolicySchema>;

/** The account and the circumstances of this call: the agent's desk and the scorer's context. */
export const AccountSchema = fields({
  /** The account holder. */
  holder: HolderSchema,
  /** Who the debt is owed to. */
  creditor: Text,
  /** The collection agency the trainee calls for. */
  agency: Text,
  /** The account reference shown on the desk. */
  reference: Text,
  /** What the account is (credit card, medical bill…). */
  product: Text.optional(),
  /** ISO 4217 currency of every amount. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as USD').default('USD'),
  /** The balance the agency may lawfully claim. */
  balance: Money,
  /** Days since the oldest missed payment. */
  days_past_due: z.number().int().nonnegative(),
  /** Payments received, oldest first. */
  payment_history: z.array(PaymentSchema).default([]),
  /** The last promise to pay, if any. */
  last_promise: PromiseSchema.nullable().default(null),
  /** Limits on what the agent may agree. */
  policy: PolicySchema,
  /** Whether the creditor has authorised a lawsuit. */
  lawsuit_authorized: z.boolean().default(false),
  /** Whether the agency reports the account to credit bureaus. */
  reports_to_credit_bureaus: z.boolean(),
  /** Whether the statute of limitations has run out. */
  time_barred: z.boolean().default(false),
  /** IANA time zone of the consumer (America/Chicago). */
  consumer_timezone: z.string().refine(isTimeZone, 'not an IANA time zone such as America/New_York'),
  /** The consumer's local time when the call starts, YYYY-MM-DDTHH:MM[:SS]. */
  call_local_time: z
    .string()
    .regex(LOCAL_DATE_TIME, 'use YYYY-MM-DDTHH:MM, quoted')
    .refine((v) => isRealDate(v.slice(0, 10)) && isRealTime(v.slice(11)), 'not a real date and time'),
  /** Earlier call attempts in the last 7 days, this call not counted. */
  call_attempts_7day: z.number().int().nonnegative().default(0),
  /** This call is the first contact about the debt. */
  first_contact: z.boolean(),
  /** Whether the written validation notice has been sent. */
  validation_notice_sent: z.boolean(),
  /** An attorney is known to represent the consumer. */
  attorney_on_record: z.boolean().default(false),
  /** A written request to stop contact is on file. */
  cease_desist_on_file: z.boolean().default(false),
  /** A dispute is on file. */
  dispute_on_file: z.boolean().default(false),
  /** Collector notes shown on the desk. */
  notes: z.string().optional(),
});
export type Account = z.output<typeof AccountSchema>;

/** Where the customer's mood starts and how the trainee's acts move it each turn. */
export const MoodSchema = fields({
  /** Starting patience, 0–100: at 0 most customers hang up. */
  patience: Score,
  /** Starting trust, 0–100: how far the customer believes and opens up to the agent. */
  trust: Score,
  /** Agent act → mood change, applied for each act heard, before the reply is chosen. */
  effects: z
    .record(z.string(), MoodDeltaSchema)
    .superRefine((effects, ctx) => {
      for (const act of Object.keys(effects)) {
        if ((AGENT_ACTS as readonly string[]).includes(act)) continue;
        ctx.addIssue({ code: 'custom', path: [act], message: `unknown agent act "${act}"${didYouMean(act, AGENT_ACTS)}` });
      }
    })
    .transform((effects) => effects as Partial<Record<AgentAct, MoodDelta>>)
    .default({}),
});
export type Mood = z.output<typeof MoodSchema>;

/** A whole scenario file. */
export const ScenarioSchema = fields({
  /** Unique id, kebab-case; the file is named `<id>.yaml`. */
  id: z.string().regex(KEBAB, 'use kebab-case: a-z, 0-9 and -'),
  /** Title shown in the scenario list. */
  title: Text,
  /** 1 (first week on the phones) to 5 (experienced agents only). */
  difficulty: z.number().int('a whole number from 1 to 5').min(1, 'from 1 to 5').max(5, 'from 1 to 5'),
  /** One or two sentences for the scenario list. */
  summary: Text,
  /** What the scenario trains. */
  competencies: z
    .array(z.enum(COMPETENCIES))
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'list each competency once'),
  /** Who answers. */
  persona: PersonaSchema,
  /** The account and the call's circumstances. */
  account: AccountSchema,
  /** The customer's starting mood and how acts move it. */
  mood: MoodSchema,
  /** Flags set when the call starts (`third_party_on_line` is added when someone else answers). */
  flags: z.array(Name).default([]),
  /** The stage the call starts in (default: the first stage listed). */
  start: Name.optional(),
  /** Rules checked before the current stage's rules, in every stage unless limited by `stages`. */
  interrupts: z.array(InterruptSchema).default([]),
  /** The stages, by name. */
  stages: z
    .record(z.string(), StageSchema)
    .superRefine((stages, ctx) => {
      if (Object.keys(stages).length === 0) ctx.addIssue({ code: 'custom', message: 'define at least one stage' });
      for (const id of Object.keys(stages)) {
        if (!LOWER_SNAKE.test(id)) ctx.addIssue({ code: 'custom', path: [id], message: `stage name "${id}": use lower_snake_case (a-z, 0-9, _)` });
      }
    }),
  /** What the customer says when no rule holds and the stage has no fallback of its own. */
  fallback: LinesSchema.optional(),
});
export type Scenario = z.output<typeof ScenarioSchema>;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isRealTime(value: string): boolean {
  const [h, m, s = 0] = value.split(':').map(Number) as [number, number, number?];
  return h <= 23 && m <= 59 && s <= 59;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}
