import { describe, expect, it } from 'vitest';
import { ANY_STAGE, describeCondition, scenarioGraph } from '../../../src/domain/scenario/graph.ts';
import { readScenario } from '../../fixtures/scenarios/factory.ts';

const scenario = readScenario(new URL('../../../scenarios/cooperative-first-time-late.yaml', import.meta.url).pathname);

describe('scenario call-flow graph', () => {
  it('has a node per stage, marks the start, and ends in "call ended"', () => {
    const { nodes } = scenarioGraph(scenario);
    const ids = nodes.map((n) => n.id);
    for (const stage of Object.keys(scenario.stages)) expect(ids).toContain(stage);
    expect(nodes.find((n) => n.kind === 'start')?.id).toBe(scenario.start ?? Object.keys(scenario.stages)[0]);
    expect(nodes.some((n) => n.kind === 'ended')).toBe(true);
  });

  it('draws every goto of every stage rule and every interrupt as an edge between existing nodes', () => {
    const { nodes, edges } = scenarioGraph(scenario);
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) {
      expect(ids.has(e.from)).toBe(true);
      expect(ids.has(e.to)).toBe(true);
    }
    for (const [stage, def] of Object.entries(scenario.stages)) {
      for (const rule of def.rules) {
        const target = rule.end ? 'ended' : rule.goto;
        if (target && target !== stage) expect(edges.some((e) => e.from === stage && e.to === target)).toBe(true);
      }
    }
    if (scenario.interrupts.some((r) => r.goto || r.end)) expect(edges.some((e) => e.from === ANY_STAGE)).toBe(true);
  });

  it('describes conditions in plain words', () => {
    expect(describeCondition({ any: ['verify_identity', 'mini_miranda'], patience: { at_most: 10 } })).toBe('verify_identity or mini_miranda · patience ≤ 10');
    expect(describeCondition({ none: ['empathy'], flags: ['rpc_verified'], mentions: ['date of birth', 'dob'] })).toBe(
      'no empathy · says “date of birth” (or 1 similar) · rpc_verified',
    );
    expect(describeCondition({})).toBe('always');
  });
});
