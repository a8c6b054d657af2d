import { describe, expect, it } from 'vitest';
import { AGENT_ACTS, CUSTOMER_ACTS, type Act } from '../../../src/domain/language/acts.ts';
import { classify } from '../../../src/domain/language/classify.ts';
import type { UtteranceContext } from '../../../src/domain/language/utterance.ts';
import { ALL_AGENT_CASES } from '../../fixtures/language/agent-cases.ts';
import { ALL_CUSTOMER_CASES } from '../../fixtures/language/customer-cases.ts';
import { COMPLIANT_AGENT_LINES, HARD_CASES, VIOLATIONS } from '../../fixtures/language/hard-cases.ts';
import { MORE_CASES } from '../../fixtures/language/more-cases.ts';
import { ALL_RECALL_CASES } from '../../fixtures/language/recall-cases.ts';
import { VARIED_CASES } from '../../fixtures/language/varied-cases.ts';

interface Case {
  speaker: 'agent' | 'customer';
  text: string;
  has: readonly Act[];
  not?: readonly Act[] | undefined;
  context?: UtteranceContext | undefined;
}

function check(c: Case): void {
  const acts = classify({ text: c.text, speaker: c.speaker, context: c.context });
  for (const act of c.has) expect(acts, `expected ${act}`).toContain(act);
  for (const act of c.not ?? []) expect(acts, `did not expect ${act}`).not.toContain(act);
}

const label = (c: Case): string => `${c.speaker}: ${c.text}${c.context ? ` ${JSON.stringify(c.context)}` : ''}`;
const named = (cases: readonly Case[]): [string, Case][] => cases.map((c) => [label(c), c]);

describe('agent acts', () => {
  it.each(named(ALL_AGENT_CASES.map((c) => ({ ...c, speaker: 'agent' as const }))))('%s', (_name, c) => check(c));
});

describe('customer acts', () => {
  it.each(named(ALL_CUSTOMER_CASES.map((c) => ({ ...c, speaker: 'customer' as const }))))('%s', (_name, c) => check(c));
});

describe('varied phrasings', () => {
  it.each(named(VARIED_CASES))('%s', (_name, c) => check(c));
});

describe('more phrasings', () => {
  it.each(named(MORE_CASES))('%s', (_name, c) => check(c));
});

describe('held-out recall phrasings', () => {
  it.each(named(ALL_RECALL_CASES))('%s', (_name, c) => check(c));
});

describe('hard cases', () => {
  it.each(named(HARD_CASES))('%s', (_name, c) => check(c));
});

describe('compliant agent lines carry no violation', () => {
  it.each(COMPLIANT_AGENT_LINES)('%s', (text) => {
    const acts = classify({ text, speaker: 'agent' });
    expect(acts.filter((a) => VIOLATIONS.includes(a))).toEqual([]);
  });
});

describe('output shape', () => {
  const everything = [...ALL_AGENT_CASES.map((c) => ({ ...c, speaker: 'agent' as const })), ...VARIED_CASES, ...HARD_CASES, ...MORE_CASES, ...ALL_RECALL_CASES];

  it('returns agent labels in canonical order without duplicates', () => {
    for (const c of everything.filter((x) => x.speaker === 'agent')) {
      const acts = classify({ text: c.text, speaker: 'agent', context: c.context });
      const order = acts.map((a) => (AGENT_ACTS as readonly string[]).indexOf(a));
      expect(order.every((i) => i >= 0), c.text).toBe(true);
      expect([...order].sort((x, y) => x - y), c.text).toEqual(order);
      expect(new Set(acts).size).toBe(acts.length);
    }
  });

  it('returns only customer labels for the customer', () => {
    for (const c of [...ALL_CUSTOMER_CASES, ...VARIED_CASES.filter((x) => x.speaker === 'customer')]) {
      const acts = classify({ text: c.text, speaker: 'customer', context: c.context });
      expect(acts.every((a) => (CUSTOMER_ACTS as readonly string[]).includes(a)), c.text).toBe(true);
    }
  });

  it('uses "other" only when nothing else applies', () => {
    for (const c of everything) {
      const acts = classify({ text: c.text, speaker: c.speaker, context: c.context });
      expect(acts.length).toBeGreaterThan(0);
      if (acts.includes('other')) expect(acts).toEqual(['other']);
    }
  });
});
