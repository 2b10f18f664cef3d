/**
 * The map's layout: dagre places the scenario's nodes top to bottom, in the order a play meets them.
 * Runs in a worker of its own (layout-worker.ts), after the diagnostics and apart from them, so a big
 * scenario's layout never delays the diagnostics nor blocks typing.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { Outline } from './outline';

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 44;
/**
 * Past this many nodes the map is not drawn (the node list still is): dagre took seconds on 1,000
 * nodes, ran out of stack on 5,000, and a map of that many boxes is no longer one an author reads.
 */
export const MAX_MAP_NODES = 1_000;

/** What the layout depends on: the nodes and their links, nothing of their text. */
export interface MapGraph {
  nodes: { id: string; edges: { to: string; locked: boolean }[] }[];
}

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

export function graphOf(outline: Outline): MapGraph {
  return { nodes: outline.nodes.map((n) => ({ id: n.id, edges: n.edges.map((e) => ({ to: e.to, locked: e.locked })) })) };
}

/** Whether two graphs lay out the same: most keystrokes change a text, not the graph, and need no new layout. */
export function sameGraph(a: MapGraph, b: MapGraph): boolean {
  if (a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, i) => {
    const other = b.nodes[i];
    return (
      other !== undefined &&
      node.id === other.id &&
      node.edges.length === other.edges.length &&
      node.edges.every((e, j) => e.to === other.edges[j]?.to && e.locked === other.edges[j]?.locked)
    );
  });
}

/** The layout, or null when the graph has more than MAX_MAP_NODES nodes. */
export function layoutGraph(map: MapGraph): MapLayout | null {
  if (map.nodes.length > MAX_MAP_NODES) return null;
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const known = new Set(map.nodes.map((n) => n.id));
  for (const node of map.nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const edges: { from: string; to: string; locked: boolean; name: string }[] = [];
  for (const node of map.nodes) {
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
    nodes: map.nodes.map((n) => {
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
