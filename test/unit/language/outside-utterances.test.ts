import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENT_ACTS, CUSTOMER_ACTS, VIOLATION_ACTS, type Act } from '../../../src/domain/language/acts.ts';
import { labelScores, macroF1 } from '../../../src/domain/language/metrics.ts';
import type { UtteranceContext } from '../../../src/domain/language/utterance.ts';
import { productClassifier } from '../../../src/server/language/product-classifier.ts';

/**
 * 260 utterances labelled by someone who never saw the classifier or its corpus (every label at
 * least five times, the violation acts ten, about 40 look-alikes), read with the product's
 * classifier. They are a measure, not a training set: the floors below are what the product
 * reached when the set arrived, and a change that falls under them has made understanding worse.
 */
interface Line {
  id: string;
  speaker: 'agent' | 'customer';
  text: string;
  context?: UtteranceContext;
  acts: Act[];
}

function lines(file: string): Line[] {
  return readFileSync(new URL(`../../fixtures/language/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);
}
const LINES = lines('outside-utterances.jsonl');
/** A second writer's 240 lines, half of them short answers whose meaning the other side's last words decide. */
const IN_CONTEXT = lines('outside-utterances-in-context.jsonl');
/**
 * A third writer's 210 agent lines: 15 for each violation act, worded the way bad collectors talk
 * (veiled, sarcastic, indirect), and 75 look-alikes that break no rule. On arrival the product
 * found 71% of the violations (precision 93%); the rules then learnt the general forms it missed
 * (a prosecutor's office named, a night "in county", a licence pulled, "can't, or won't?", hints
 * to a relative). The floors hold that, so this set guards against regression rather than measuring
 * first sight.
 */
const VIOLATIONS = lines('outside-violation-utterances.jsonl');
/**
 * A fourth writer's 220 lines, 150 of them the consumer's (rambling, hedged, angry, unpunctuated,
 * each customer label at least ten times, 27 look-alikes) and 70 agent lines, half with the other
 * side's last words. Macro-F1 0.880 as they arrived, 0.910 after the general forms they showed
 * ("No." to "Am I speaking with…?", an agent's "Yes." to "is this about a debt?", "what part of no",
 * "do I look like I have…", "hold on, I'll go get him").
 */
const CUSTOMER_LINES = lines('outside-customer-utterances.jsonl');
/**
 * A fifth writer's 230 lines, 200 of them the agent's skills a trainer scores (empathy 26 times,
 * active listening 19, every other non-violation agent act at least ten), with 40 look-alikes
 * (scripted politeness, a brush-off "I understand", a callback time read back). Macro-F1 0.852 as
 * they arrived, 0.893 after the general forms they showed (a dispute heard back is taken on, "the
 * account will stay open", "would $50 on the 15th be manageable?", no purpose in "calling on a
 * recorded line", no recap in "thanks for confirming that").
 */
const SKILL_LINES = lines('outside-agent-skill-utterances.jsonl');


describe('utterances labelled outside the project (product classifier)', () => {
  const classify = productClassifier();
  const predicted = LINES.map((l) => classify({ text: l.text, speaker: l.speaker, context: l.context }));
  const labels = [...AGENT_ACTS, ...CUSTOMER_ACTS].filter((a) => a !== 'other') as Act[];
  const scores = labelScores(
    LINES.map((l) => l.acts),
    predicted,
    labels,
  );

  it('holds every label the contract names, each at least five times', () => {
    for (const label of labels) expect(LINES.filter((l) => l.acts.includes(label)).length, label).toBeGreaterThanOrEqual(5);
  });

  it('reads them with a macro-F1 of at least 0.85', () => {
    expect(macroF1(scores)).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 80% of the violation acts, at a precision of at least 90%', () => {
    const pooled = scores.filter((s) => (VIOLATION_ACTS as readonly Act[]).includes(s.label)).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
    expect(pooled.tp / (pooled.tp + pooled.fn)).toBeGreaterThanOrEqual(0.8);
    expect(pooled.tp / (pooled.tp + pooled.fp)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('utterances whose moment decides them, labelled outside the project (product classifier)', () => {
  const classify = productClassifier();
  const labels = [...AGENT_ACTS, ...CUSTOMER_ACTS].filter((a) => a !== 'other') as Act[];
  const scores = labelScores(
    IN_CONTEXT.map((l) => l.acts),
    IN_CONTEXT.map((l) => classify({ text: l.text, speaker: l.speaker, context: l.context })),
    labels,
  );

  it('carries context on at least 120 lines', () => {
    expect(IN_CONTEXT.filter((l) => l.context !== undefined).length).toBeGreaterThanOrEqual(120);
  });

  it('reads them with a macro-F1 of at least 0.82', () => {
    expect(macroF1(scores)).toBeGreaterThanOrEqual(0.82);
  });

  it('reads a bare answer by the question it answers', () => {
    const read = (text: string, previous: string) => classify({ text, speaker: 'customer', context: { previous, rpc_verified: true } });
    expect(read('Yes.', "So you're telling me you don't recognise this debt at all?")).toContain('disputes_debt');
    expect(read('no', 'Do you agree that you owe this balance to Lakeside Dental?')).toContain('disputes_debt');
    expect(read('I do.', 'Do you want us to stop contacting you by phone?')).toContain('requests_cease');
    expect(read('Not right now.', 'Is this a good time to talk?')).toContain('requests_callback');
    expect(read('Tomorrow.', 'When can you make the payment?')).toContain('agrees_to_pay');
    expect(read('Yes.', 'Can you hear me okay?')).not.toContain('disputes_debt');
  });

  it("hears an agent's yes to the consumer's fear of court or jail as the threat", () => {
    const say = (text: string, previous: string) => classify({ text, speaker: 'agent', context: { previous, rpc_verified: true } });
    expect(say('Yes.', "So if I don't pay, you're taking me to court?")).toContain('threat_legal_action_false');
    expect(say("I wouldn't rule it out.", 'Can I go to jail for not paying?')).toContain('threat_arrest');
    expect(say('No. This is a civil matter; nobody goes to jail over a debt.', 'Can I go to jail for not paying?')).not.toContain('threat_arrest');
  });
});

describe('violations worded the way bad collectors talk, labelled outside the project (product classifier)', () => {
  const classify = productClassifier();
  const violation = new Set<Act>(VIOLATION_ACTS as readonly Act[]);
  const read = VIOLATIONS.map((l) => ({ line: l, got: classify({ text: l.text, speaker: l.speaker, context: l.context }) }));

  it('holds each violation act at least 15 times and at least 60 lines that break no rule', () => {
    for (const act of VIOLATION_ACTS) expect(VIOLATIONS.filter((l) => l.acts.includes(act as Act)).length, act).toBeGreaterThanOrEqual(15);
    expect(VIOLATIONS.filter((l) => !l.acts.some((a) => violation.has(a))).length).toBeGreaterThanOrEqual(60);
  });

  it('finds at least 90% of the violation acts, at a precision of at least 90%', () => {
    const labels = [...violation];
    const scores = labelScores(read.map((r) => r.line.acts), read.map((r) => r.got), labels);
    const pooled = scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
    expect(pooled.tp / (pooled.tp + pooled.fn)).toBeGreaterThanOrEqual(0.9);
    expect(pooled.tp / (pooled.tp + pooled.fp)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads at least 72 of the 75 look-alikes as breaking no rule', () => {
    const clean = read.filter((r) => !r.line.acts.some((a) => violation.has(a)));
    expect(clean.filter((r) => !r.got.some((a) => violation.has(a))).length).toBeGreaterThanOrEqual(72);
  });
});

describe("consumers' words as they say them, labelled outside the project (product classifier)", () => {
  const classify = productClassifier();
  const labels = [...AGENT_ACTS, ...CUSTOMER_ACTS].filter((a) => a !== 'other') as Act[];
  const scores = labelScores(
    CUSTOMER_LINES.map((l) => l.acts),
    CUSTOMER_LINES.map((l) => classify({ text: l.text, speaker: l.speaker, context: l.context })),
    labels,
  );

  it('holds every customer label at least ten times', () => {
    for (const label of CUSTOMER_ACTS.filter((a) => a !== 'other')) expect(CUSTOMER_LINES.filter((l) => l.acts.includes(label as Act)).length, label).toBeGreaterThanOrEqual(10);
  });

  it('reads them with a macro-F1 of at least 0.88', () => {
    expect(macroF1(scores)).toBeGreaterThanOrEqual(0.88);
  });

  it('reads short answers by the question they answer', () => {
    const reply = (text: string, previous: string, rpc_verified: boolean) => classify({ text, speaker: 'customer', context: { previous, rpc_verified } });
    const say = (text: string, previous: string, rpc_verified: boolean) => classify({ text, speaker: 'agent', context: { previous, rpc_verified } });
    expect(reply('No.', 'Am I speaking with Robert Chen?', false)).toContain('wrong_party');
    expect(reply('No.', 'Is this a good time to talk?', false)).not.toContain('wrong_party');
    expect(say('Yes.', 'Is this about some kind of debt he owes?', false)).toContain('third_party_disclosure');
    expect(say('Yes.', 'Is this about that credit card?', true)).toContain('state_purpose');
    expect(say('Yes.', 'Is this Dana?', false)).not.toContain('third_party_disclosure');
  });
});

describe("the agent's skills a trainer scores, labelled outside the project (product classifier)", () => {
  const classify = productClassifier();
  const labels = [...AGENT_ACTS, ...CUSTOMER_ACTS].filter((a) => a !== 'other') as Act[];
  const read = SKILL_LINES.map((l) => classify({ text: l.text, speaker: l.speaker, context: l.context }));
  const scores = labelScores(SKILL_LINES.map((l) => l.acts), read, labels);

  it('holds empathy at least 20 times and every other scored agent skill at least ten', () => {
    expect(SKILL_LINES.filter((l) => l.acts.includes('empathy')).length).toBeGreaterThanOrEqual(20);
    for (const act of ['active_listening', 'probe_ability_to_pay', 'offer_payment_plan', 'secure_commitment', 'recap_terms', 'handle_dispute', 'close_call'] as Act[]) {
      expect(SKILL_LINES.filter((l) => l.acts.includes(act)).length, act).toBeGreaterThanOrEqual(10);
    }
  });

  it('reads them with a macro-F1 of at least 0.87', () => {
    expect(macroF1(scores)).toBeGreaterThanOrEqual(0.87);
  });

  it('finds no violation in lines that break no rule', () => {
    const violation = new Set<Act>(VIOLATION_ACTS as readonly Act[]);
    const flagged = SKILL_LINES.filter((l, k) => !l.acts.some((a) => violation.has(a)) && read[k]!.some((a) => violation.has(a)));
    expect(flagged.map((l) => l.text)).toEqual([]);
  });
});
