import type { Condition, Scenario } from './schema.ts';
import { ENDED_STAGE } from './schema.ts';

/** A stage of the call as a diagram node. */
export interface StageNode {
  id: string;
  label: string;
  kind: 'start' | 'stage' | 'ended' | 'interrupts';
}

/** A move between stages and what makes the customer take it. */
export interface StageEdge {
  id: string;
  from: string;
  to: string;
  label: string;
}

/** Pseudo-node from which interrupts leave: they can fire in any stage. */
export const ANY_STAGE = '__any_stage__';

/** Plain words for one condition set, e.g. `verify_identity or mini_miranda · patience ≤ 10`. */
export function describeCondition(c: Condition): string {
  const parts: string[] = [];
  if (c.any) parts.push(c.any.join(' or '));
  if (c.all) parts.push(c.all.join(' + '));
  if (c.none) parts.push(`no ${c.none.join('/')}`);
  if (c.mentions) parts.push(`says “${c.mentions[0]}”${c.mentions.length > 1 ? ` (or ${c.mentions.length - 1} similar)` : ''}`);
  if (c.flags) parts.push(c.flags.join(' + '));
  if (c.not_flags) parts.push(`not ${c.not_flags.join('/')}`);
  for (const key of ['patience', 'trust', 'turn'] as const) {
    const r = c[key];
    if (!r) continue;
    if (r.at_least !== undefined && r.at_most !== undefined) parts.push(`${key} ${r.at_least}–${r.at_most}`);
    else if (r.at_least !== undefined) parts.push(`${key} ≥ ${r.at_least}`);
    else if (r.at_most !== undefined) parts.push(`${key} ≤ ${r.at_most}`);
  }
  return parts.join(' · ') || 'always';
}

function describeWhen(when: Condition[] | undefined): string {
  if (!when || when.length === 0) return 'always';
  return when.map(describeCondition).join(' | ');
}

const title = (stage: string) => stage.replace(/_/g, ' ');

/**
 * The scenario's call flow as a graph: one node per stage, one edge per stage change a rule
 * can make (rules sharing a source and target are merged), and interrupts leaving from an
 * "any stage" node. Pure: layout and drawing are the caller's.
 */
export function scenarioGraph(scenario: Scenario): { nodes: StageNode[]; edges: StageEdge[] } {
  const stageIds = Object.keys(scenario.stages);
  const start = scenario.start ?? stageIds[0];
  const nodes: StageNode[] = stageIds.map((id) => ({ id, label: title(id), kind: id === start ? 'start' : 'stage' }));
  const labels = new Map<string, string[]>();
  const add = (from: string, to: string, label: string) => {
    const key = `${from}→${to}`;
    const list = labels.get(key) ?? [];
    if (!list.includes(label)) list.push(label);
    labels.set(key, list);
  };
  for (const [id, stage] of Object.entries(scenario.stages)) {
    for (const rule of stage.rules) {
      const target = rule.end ? ENDED_STAGE : rule.goto;
      if (target && target !== id) add(id, target, describeWhen(rule.when));
    }
  }
  for (const rule of scenario.interrupts) {
    const target = rule.end ? ENDED_STAGE : rule.goto;
    if (target) add(ANY_STAGE, target, describeWhen(rule.when));
  }
  const used = new Set([...labels.keys()].flatMap((k) => k.split('→')));
  if (used.has(ENDED_STAGE) || !stageIds.includes(ENDED_STAGE)) nodes.push({ id: ENDED_STAGE, label: 'call ended', kind: 'ended' });
  if (used.has(ANY_STAGE)) nodes.push({ id: ANY_STAGE, label: 'any stage (interrupts)', kind: 'interrupts' });
  const edges = [...labels.entries()].map(([key, list], i) => {
    const [from, to] = key.split('→') as [string, string];
    const shown = list.slice(0, 2).join(' | ');
    return { id: `e${i}`, from, to, label: list.length > 2 ? `${shown} (+${list.length - 2} more)` : shown };
  });
  return { nodes, edges };
}
