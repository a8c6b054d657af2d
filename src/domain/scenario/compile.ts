import { and, assertEvent, assign, or, raise, setup } from 'xstate';
import type { AgentAct, CustomerAct } from '../language/acts.ts';
import { pickIndex, seedRng } from './random.ts';
import {
  ENDED_STAGE,
  PLACEHOLDERS,
  RESERVED_FLAGS,
  type Condition,
  type Interrupt,
  type MoodDelta,
  type Placeholder,
  type Range,
  type Rule,
  type Scenario,
} from './schema.ts';

/**
 * Compiles a scenario into an XState machine. The machine's context is plain JSON (numbers,
 * strings, arrays), so `actor.getPersistedSnapshot()` can be stored as text and restored later
 * with identical behaviour, the seeded random state included.
 *
 * A turn is two steps: `trainee.said` (handled at the root) counts the turn, applies the
 * persona's mood effects and raises `turn.heard`; the current stage then answers `turn.heard`
 * with its first rule whose guards hold, so every guard already sees this turn's mood.
 */

/** Everything the customer remembers between turns. */
export interface ConversationContext {
  /** The scenario this conversation belongs to (checked when a snapshot is restored). */
  scenarioId: string;
  /** Seeded generator state (see random.ts). */
  rng: number;
  /** Trainee turns heard so far. */
  turn: number;
  /** 0–100. */
  patience: number;
  /** 0–100. */
  trust: number;
  /** Flags set so far, in the order they were first set. */
  flags: string[];
  /** Persona facts revealed so far. */
  revealed: string[];
  /** Mirror of the `rpc_verified` flag, for readers of the raw snapshot. */
  rpcVerified: boolean;
  /** Mirror of the `third_party_on_line` flag, for readers of the raw snapshot. */
  thirdPartyOnLine: boolean;
  /** The customer's latest words ('' when the trainee hung up). */
  reply: string;
  /** Customer acts of the latest reply when the scenario tags them, else null. */
  customerActs: CustomerAct[] | null;
  /** Which rule produced the latest reply (`interrupts#2`, `identity#1`, `answer.fallback`, a rule `id`…). */
  rule: string | null;
  /** Who ended the call, once it has ended. */
  endedBy: 'customer' | 'trainee' | null;
}

/** Events from outside: the trainee's words, already classified into acts, and the End call button. */
export type ConversationEvent = { type: 'trainee.said'; text: string; acts: AgentAct[] } | { type: 'call.hangup' };

type HeardEvent = { type: 'turn.heard'; text: string; acts: AgentAct[] };

/** What the machine is started with. */
export interface ConversationInput {
  seed: number;
}

interface HeardParams {
  any?: readonly AgentAct[] | undefined;
  all?: readonly AgentAct[] | undefined;
  none?: readonly AgentAct[] | undefined;
}
interface MentionsParams {
  patterns: readonly RegExp[];
}
interface FlagsParams {
  set: readonly string[];
  unset: readonly string[];
}
interface MoodParams {
  patience?: Range | undefined;
  trust?: Range | undefined;
}
interface RuleEffectParams {
  set: readonly string[];
  unset: readonly string[];
  reveal: readonly string[];
  mood: MoodDelta | undefined;
}
interface SayParams {
  lines: readonly string[];
  acts: readonly CustomerAct[] | null;
  rule: string;
}

type Guard = GuardRef | ReturnType<typeof and>;

type GuardRef =
  | { type: 'heard'; params: HeardParams }
  | { type: 'mentions'; params: MentionsParams }
  | { type: 'flags'; params: FlagsParams }
  | { type: 'mood'; params: MoodParams }
  | { type: 'turn'; params: Range };

/** Compiles a validated scenario (see `parseScenario`) into its conversation machine. */
export function compileScenario(s: Scenario) {
  const fill = placeholderFiller(s);
  const lines = (list: readonly string[]) => list.map(fill);
  const effects = s.mood.effects;
  const stageIds = Object.keys(s.stages);
  const initial = s.start ?? stageIds[0];
  if (initial === undefined || !(initial in s.stages)) throw new Error(`scenario ${s.id}: no start stage`);

  const machineSetup = setup({
    types: {} as {
      context: ConversationContext;
      events: ConversationEvent | HeardEvent;
      input: ConversationInput;
    },
    guards: {
      heard: ({ event }, p: HeardParams) => {
        const acts = actsOf(event);
        return (
          (p.any === undefined || p.any.some((a) => acts.includes(a))) &&
          (p.all === undefined || p.all.every((a) => acts.includes(a))) &&
          (p.none === undefined || !p.none.some((a) => acts.includes(a)))
        );
      },
      mentions: ({ event }, p: MentionsParams) => {
        const text = 'text' in event ? normaliseText(event.text) : '';
        return p.patterns.some((re) => re.test(text));
      },
      flags: ({ context }, p: FlagsParams) =>
        p.set.every((f) => context.flags.includes(f)) && !p.unset.some((f) => context.flags.includes(f)),
      mood: ({ context }, p: MoodParams) => within(context.patience, p.patience) && within(context.trust, p.trust),
      turn: ({ context }, p: Range) => within(context.turn, p),
    },
    actions: {
      hear: assign(({ context, event }) => {
        assertEvent(event, 'trainee.said');
        let { patience, trust } = context;
        for (const act of new Set(event.acts)) {
          const delta = effects[act];
          if (!delta) continue;
          patience = clamp(patience + (delta.patience ?? 0));
          trust = clamp(trust + (delta.trust ?? 0));
        }
        return { turn: context.turn + 1, patience, trust };
      }),
      evaluate: raise(({ event }): HeardEvent => {
        assertEvent(event, 'trainee.said');
        return { type: 'turn.heard', text: event.text, acts: event.acts };
      }),
      applyRule: assign(({ context }, p: RuleEffectParams) => {
        const flags = context.flags.filter((f) => !p.unset.includes(f));
        for (const f of [...p.set, ...p.reveal]) if (!flags.includes(f)) flags.push(f);
        const revealed = [...context.revealed];
        for (const r of p.reveal) if (!revealed.includes(r)) revealed.push(r);
        return {
          flags,
          revealed,
          rpcVerified: flags.includes(RESERVED_FLAGS.rpcVerified),
          thirdPartyOnLine: flags.includes(RESERVED_FLAGS.thirdPartyOnLine),
          patience: clamp(context.patience + (p.mood?.patience ?? 0)),
          trust: clamp(context.trust + (p.mood?.trust ?? 0)),
        };
      }),
      say: assign(({ context }, p: SayParams) => {
        const { line, rng } = choose(p.lines, context.rng, context.reply);
        return { reply: line, rng, customerActs: p.acts === null ? null : [...p.acts], rule: p.rule };
      }),
      endCall: assign((_, p: { by: 'customer' | 'trainee' }) => ({ endedBy: p.by })),
      silence: assign({ reply: '', customerActs: null, rule: null }),
    },
  });

  type Transition = {
    guard?: Guard;
    target?: string;
    actions: (
      | { type: 'applyRule'; params: RuleEffectParams }
      | { type: 'say'; params: SayParams }
      | { type: 'endCall'; params: { by: 'customer' } }
    )[];
  };

  const transitionFor = (rule: Rule | Interrupt, name: string): Transition => {
    const ends = rule.end === true || rule.goto === ENDED_STAGE;
    const t: Transition = {
      actions: [
        {
          type: 'applyRule',
          params: { set: rule.set ?? [], unset: rule.unset ?? [], reveal: rule.reveal ?? [], mood: rule.mood },
        },
        { type: 'say', params: { lines: lines(rule.say), acts: rule.acts ?? null, rule: rule.id ?? name } },
      ],
    };
    if (ends) t.actions.push({ type: 'endCall', params: { by: 'customer' } });
    const guard = guardFor(rule.when, fill);
    if (guard) t.guard = guard;
    const target = ends ? ENDED_STAGE : rule.goto;
    if (target !== undefined) t.target = target;
    return t;
  };

  const interrupts = s.interrupts.map((rule, i) => ({ rule, name: `interrupts#${i + 1}` }));
  const states: Record<string, { on: { 'turn.heard': Transition[] } } | { type: 'final' }> = {};
  for (const [stageId, stage] of Object.entries(s.stages)) {
    const fallback = stage.fallback ?? s.fallback;
    if (!fallback) throw new Error(`scenario ${s.id}: stage ${stageId} has no fallback`);
    states[stageId] = {
      on: {
        'turn.heard': [
          ...interrupts
            .filter(({ rule }) => rule.stages === undefined || rule.stages.includes(stageId))
            .map(({ rule, name }) => transitionFor(rule, name)),
          ...answerTheAskFirst(stage.rules).map((rule, i) => transitionFor(rule, `${stageId}#${i + 1}`)),
          { actions: [{ type: 'say', params: { lines: lines(fallback), acts: null, rule: `${stageId}.fallback` } }] },
        ],
      },
    };
  }
  states[ENDED_STAGE] = { type: 'final' };

  const opening = lines(s.persona.opening);
  const startFlags = [...s.flags];
  const thirdParty = s.persona.answers === 'spouse' || s.persona.answers === 'roommate';
  if (thirdParty && !startFlags.includes(RESERVED_FLAGS.thirdPartyOnLine)) startFlags.push(RESERVED_FLAGS.thirdPartyOnLine);

  return machineSetup.createMachine({
    id: s.id,
    initial,
    context: ({ input }) => {
      const { line, rng } = choose(opening, seedRng(input.seed), '');
      return {
        scenarioId: s.id,
        rng,
        turn: 0,
        patience: s.mood.patience,
        trust: s.mood.trust,
        flags: startFlags,
        revealed: [],
        rpcVerified: startFlags.includes(RESERVED_FLAGS.rpcVerified),
        thirdPartyOnLine: startFlags.includes(RESERVED_FLAGS.thirdPartyOnLine),
        reply: line,
        customerActs: null,
        rule: 'persona.opening',
        endedBy: null,
      };
    },
    on: {
      'trainee.said': { actions: ['hear', 'evaluate'] },
      'call.hangup': { target: `.${ENDED_STAGE}`, actions: ['silence', { type: 'endCall', params: { by: 'trainee' } }] },
    },
    // The stage graph is data, so its shape is only known at run time.
    states: states as never,
  });
}

/** The machine `compileScenario` returns. */
export type ScenarioMachine = ReturnType<typeof compileScenario>;

/** Acts that build rapport without asking or telling the customer anything. */
const RAPPORT_ACTS: ReadonlySet<AgentAct> = new Set<AgentAct>(['empathy', 'active_listening']);

/**
 * A person answers the question, not the pleasantry before it: "I understand. Can you pay it on
 * Friday?" gets an answer about Friday. A stage rule that listens only for rapport therefore
 * stands aside when the same words carry an act another rule of the stage answers. The rapport
 * still counts: mood effects apply to every act heard.
 */
function answerTheAskFirst(rules: readonly Rule[]): Rule[] {
  const rapportOnly = (rule: Rule) =>
    rule.when !== undefined &&
    rule.when.length > 0 &&
    rule.when.every((c) => c.all === undefined && c.any !== undefined && c.any.every((a) => RAPPORT_ACTS.has(a)));
  const answered = [
    ...new Set(rules.filter((r) => !rapportOnly(r)).flatMap((r) => (r.when ?? []).flatMap((c) => [...(c.any ?? []), ...(c.all ?? [])]))),
  ].filter((a) => !RAPPORT_ACTS.has(a));
  if (answered.length === 0) return [...rules];
  return rules.map((rule) =>
    rapportOnly(rule) ? { ...rule, when: rule.when!.map((c) => ({ ...c, none: [...new Set([...(c.none ?? []), ...answered])] })) } : rule,
  );
}

/** Turns a rule's `when` (alternatives of condition sets) into one guard; undefined means always. */
function guardFor(when: Condition[] | undefined, fill: (text: string) => string): Guard | undefined {
  if (when === undefined) return undefined;
  const alternatives = when.map((c) => guardsOf(c, fill));
  if (alternatives.some((parts) => parts.length === 0)) return undefined;
  // The combinators' types cannot follow a list built at run time; each part is a typed GuardRef.
  const each: Guard[] = alternatives.map((parts) => (parts.length === 1 ? parts[0]! : and(parts as never[])));
  return each.length === 1 ? each[0]! : or(each as never[]);
}

function guardsOf(c: Condition, fill: (text: string) => string): GuardRef[] {
  const parts: GuardRef[] = [];
  if (c.any || c.all || c.none) parts.push({ type: 'heard', params: { any: c.any, all: c.all, none: c.none } });
  if (c.mentions) parts.push({ type: 'mentions', params: { patterns: c.mentions.map((m) => phrasePattern(fill(m))) } });
  if (c.flags || c.not_flags) parts.push({ type: 'flags', params: { set: c.flags ?? [], unset: c.not_flags ?? [] } });
  if (c.patience || c.trust) parts.push({ type: 'mood', params: { patience: c.patience, trust: c.trust } });
  if (c.turn) parts.push({ type: 'turn', params: c.turn });
  return parts;
}

/** A phrase as a whole-word, any-case, any-spacing pattern ("last four" matches "Last  four,"). */
export function phrasePattern(phrase: string): RegExp {
  const words = normaliseText(phrase).split(' ').filter(Boolean);
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' ');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
}

function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

function actsOf(event: ConversationEvent | HeardEvent): readonly AgentAct[] {
  return 'acts' in event ? event.acts : [];
}

function within(value: number, range: Range | undefined): boolean {
  if (!range) return true;
  return (range.at_least === undefined || value >= range.at_least) && (range.at_most === undefined || value <= range.at_most);
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, n));
}

/** Picks a phrasing, avoiding the one just said when there is another, and advances the generator. */
function choose(list: readonly string[], rng: number, previous: string): { line: string; rng: number } {
  const options = list.length > 1 ? list.filter((l) => l !== previous) : list;
  const pool = options.length > 0 ? options : list;
  const { index, state } = pickIndex(rng, pool.length);
  return { line: pool[index] ?? '', rng: state };
}

/** Fills `{placeholders}` in replies from the account, once, when the scenario is compiled. */
export function placeholderFiller(s: Scenario): (line: string) => string {
  const holder = s.account.holder;
  const parts = holder.name.trim().split(/\s+/);
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: s.account.currency });
  const values: Record<Placeholder, string> = {
    name: holder.name,
    first_name: parts[0] ?? holder.name,
    last_name: parts.length > 1 ? (parts[parts.length - 1] ?? '') : holder.name,
    persona_name: s.persona.name,
    date_of_birth: spokenDate(holder.date_of_birth),
    ssn_last4: holder.ssn_last4,
    address: holder.address,
    phone: holder.phone ?? '',
    creditor: s.account.creditor,
    agency: s.account.agency,
    account_ref: s.account.reference,
    balance: money.format(s.account.balance),
    min_plan_payment: money.format(s.account.policy.min_plan_payment),
  };
  return (line) =>
    line.replace(/\{([a-z_0-9]+)\}/g, (whole, key: string) => {
      if (!(PLACEHOLDERS as readonly string[]).includes(key)) {
        throw new Error(`scenario ${s.id}: unknown placeholder ${whole}`);
      }
      return values[key as Placeholder];
    });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `1988-03-14` → `March 14, 1988`, the way a person says it. */
function spokenDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1] ?? ''} ${d}, ${y}`;
}
