import { describe, expect, it } from 'vitest';
import type { AgentAct } from '../../../src/domain/language/acts.ts';
import { compileScenario } from '../../../src/domain/scenario/compile.ts';
import { continueConversation, peekConversation, startConversation, type ConversationStep } from '../../../src/domain/scenario/runtime.ts';
import { conversation, fixturePath, readScenario, testCaller } from '../../fixtures/scenarios/factory.ts';

const scenario = testCaller();
const SCRIPT: [AgentAct[], string][] = [
  [['greeting'], 'Hello'],
  [['state_balance'], 'You owe money'],
  [['third_party_disclosure'], 'It is about a debt'],
  [['verify_identity'], 'What is your date of birth?'],
  [['other'], 'So anyway'],
  [['probe_ability_to_pay'], 'What happened?'],
  [['empathy', 'probe_ability_to_pay'], 'I am sorry to hear that. What happened?'],
  [['active_listening'], 'I see'],
  [['secure_commitment'], 'Can we set up a payment?'],
];

/** Comparable part of a step (the snapshot is compared separately). */
const visible = ({ snapshot: _snapshot, ...rest }: ConversationStep) => rest;

function replay(seed: number, script = SCRIPT): ConversationStep[] {
  const call = conversation(scenario, seed);
  for (const [acts, text] of script) call.say(acts, text);
  return call.steps;
}

describe('seeded phrasing', () => {
  it('gives the same replies for the same seed', () => {
    expect(replay(42).map(visible)).toEqual(replay(42).map(visible));
  });

  it('can give different replies for different seeds', () => {
    const openings = new Set(Array.from({ length: 20 }, (_, seed) => replay(seed, []).at(0)?.reply));
    expect(openings.size).toBeGreaterThan(1);
    const scripts = new Set(Array.from({ length: 20 }, (_, seed) => replay(seed).map((s) => s.reply).join('|')));
    expect(scripts.size).toBeGreaterThan(1);
  });

  it('does not repeat the phrasing it has just used when it has another', () => {
    const call = conversation(scenario, 3);
    const replies = Array.from({ length: 12 }, () => call.say(['state_balance'], 'you owe money').reply);
    for (let i = 1; i < replies.length; i++) expect(replies[i]).not.toBe(replies[i - 1]);
  });
});

describe('persisted snapshots', () => {
  it('are plain JSON', () => {
    for (const step of replay(9)) {
      expect(JSON.parse(JSON.stringify(step.snapshot))).toEqual(step.snapshot);
    }
  });

  it('continue identically after a JSON round trip', () => {
    const machine = compileScenario(scenario);
    let live = startConversation(machine, { seed: 77 });
    let stored = startConversation(machine, { seed: 77 });
    for (const [acts, text] of SCRIPT) {
      live = continueConversation(machine, live.snapshot, { text, acts });
      stored = continueConversation(machine, JSON.parse(JSON.stringify(stored.snapshot)), { text, acts });
      expect(visible(stored)).toEqual(visible(live));
      expect(stored.snapshot).toEqual(live.snapshot);
    }
  });

  it('resume mid-call on a freshly compiled machine, as after a server restart', () => {
    const uninterrupted = replay(5);
    for (const cut of [1, 3, 6]) {
      const before = conversation(scenario, 5);
      for (const [acts, text] of SCRIPT.slice(0, cut)) before.say(acts, text);
      const stored = JSON.stringify(before.step.snapshot);

      const restarted = compileScenario(readScenario(fixturePath('valid/test-caller.yaml')));
      let step = { snapshot: JSON.parse(stored) as unknown } as ConversationStep;
      const after: ConversationStep[] = [];
      for (const [acts, text] of SCRIPT.slice(cut)) {
        step = continueConversation(restarted, step.snapshot, { text, acts });
        after.push(step);
      }
      expect(after.map(visible)).toEqual(uninterrupted.slice(cut + 1).map(visible));
    }
  });

  it('can be read without running the machine', () => {
    const call = conversation(scenario);
    call.say(['verify_identity'], 'date of birth?');
    const peek = peekConversation(call.machine, JSON.parse(JSON.stringify(call.step.snapshot)));
    expect(peek).toEqual(visible(call.step));
  });

  it("refuse a snapshot that is not this scenario's", () => {
    const other = compileScenario({ ...scenario, id: 'another-scenario' });
    const foreign = startConversation(other, { seed: 1 }).snapshot;
    const machine = compileScenario(scenario);
    const said = { text: 'hi', acts: ['greeting'] as AgentAct[] };
    expect(() => continueConversation(machine, foreign, said)).toThrow(/another-scenario/);
    expect(() => continueConversation(machine, null, said)).toThrow(/cannot restore/);
    expect(() => continueConversation(machine, { status: 'active', value: 'nowhere', context: {} }, said)).toThrow(/unknown stage/);
  });
});
