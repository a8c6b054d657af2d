import { describe, expect, it } from 'vitest';
import { scenarioGraph } from '../../../src/domain/scenario/graph.ts';
import { loadScenarios } from '../../../src/server/content/scenarios.ts';
import { layoutStageGraph } from '../../../src/server/diagram/layout.ts';

describe('call-flow diagrams', () => {
  for (const [id, { scenario }] of loadScenarios('scenarios')) {
    it(`lays out ${id} with every stage placed and every arrow routed`, async () => {
      const graph = scenarioGraph(scenario);
      const diagram = await layoutStageGraph(graph);
      expect(diagram.nodes).toHaveLength(graph.nodes.length);
      expect(diagram.edges).toHaveLength(graph.edges.length);
      expect(diagram.width).toBeGreaterThan(0);
      for (const n of diagram.nodes) {
        expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
        expect(n.x + n.width).toBeLessThanOrEqual(diagram.width + 1);
      }
      for (const e of diagram.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
    });
  }
});
