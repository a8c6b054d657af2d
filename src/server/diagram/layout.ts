import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { StageEdge, StageNode } from '../../domain/scenario/graph.ts';

/** A laid-out diagram, in SVG user units. */
export interface Diagram {
  width: number;
  height: number;
  nodes: (StageNode & { x: number; y: number; width: number; height: number })[];
  edges: (StageEdge & { points: { x: number; y: number }[]; labelBox?: { x: number; y: number; width: number; height: number } })[];
}

const CHAR = 6.6; // average glyph width of the 11px label font
const LABEL_MAX = 240;

function wrap(text: string, max = LABEL_MAX): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (next.length * CHAR > max && line) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Label lines as the diagram draws them. */
export function labelLines(text: string): string[] {
  return wrap(text);
}

const elk = new ELK();

/** Lays out a stage graph top-down with elkjs's layered algorithm (no network, no browser). */
export async function layoutStageGraph(graph: { nodes: StageNode[]; edges: StageEdge[] }): Promise<Diagram> {
  const input: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.edgeLabel': '6',
      'elk.edgeLabels.inline': 'false',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: Math.max(110, n.label.length * 8 + 28), height: 40 })),
    edges: graph.edges.map((e) => {
      const lines = wrap(e.label);
      return {
        id: e.id,
        sources: [e.from],
        targets: [e.to],
        labels: [{ text: e.label, width: Math.min(LABEL_MAX, Math.max(...lines.map((l) => l.length)) * CHAR) + 8, height: lines.length * 14 + 4 }],
      };
    }),
  };
  const laid = await elk.layout(input);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  return {
    width: laid.width ?? 0,
    height: laid.height ?? 0,
    nodes: (laid.children ?? []).map((c) => ({ ...byId.get(c.id)!, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 })),
    edges: (laid.edges ?? []).map((e) => {
      const section = e.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      const label = e.labels?.[0];
      return {
        ...edgeById.get(e.id)!,
        points,
        ...(label ? { labelBox: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } } : {}),
      };
    }),
  };
}
