/**
 * The map's layout: dagre places the outline's nodes top to bottom, in the order a play meets them.
 * Runs in the check worker, so a big scenario's layout never blocks typing.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { Outline } from './outline';

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 44;

interface PlacedNode {
  id: string;
  /** Centre. */
  x: number;
  y: number;
}

interface PlacedEdge {
  from: string;
  to: string;
  locked: boolean;
  points: { x: number; y: number }[];
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export function layoutOutline(outline: Outline): MapLayout {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const known = new Set(outline.nodes.map((n) => n.id));
  for (const node of outline.nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const edges: { from: string; to: string; locked: boolean; name: string }[] = [];
  for (const node of outline.nodes) {
    node.edges.forEach((edge, i) => {
      // A link to a node that does not exist (yet) is the validator's to report; the map leaves it out.
      if (!known.has(edge.to)) return;
      const name = `${i}`;
      graph.setEdge(node.id, edge.to, {}, name);
      edges.push({ from: node.id, to: edge.to, locked: edge.locked, name });
    });
  }
  layout(graph);
  const size = graph.graph() as { width?: number; height?: number };
  return {
    width: size.width ?? 0,
    height: size.height ?? 0,
    nodes: outline.nodes.map((n) => {
      const placed = graph.node(n.id) as { x: number; y: number };
      return { id: n.id, x: placed.x, y: placed.y };
    }),
    edges: edges.map((e) => ({
      from: e.from,
      to: e.to,
      locked: e.locked,
      points: ((graph.edge({ v: e.from, w: e.to, name: e.name }) as { points?: { x: number; y: number }[] }).points ?? []).map((p) => ({
        x: p.x,
        y: p.y,
      })),
    })),
  };
}
