/**
 * The choice map's layout, made by dagre in the verification worker: laying out a scenario's graph
 * takes 100–200 ms, which on the page's main thread was one long task every time a map was drawn
 * (the teacher's page draws one as it opens). The result is plain data the page draws as SVG.
 */
import { Graph, layout } from '@dagrejs/dagre';
import { BOX, LABEL, type MapLayout } from './map-shape';
import type { ScenarioGraph } from './scenario-graph';

/** Only the shape matters: the counts change nothing but whether an edge has a label box. */
export function layOutMap(graph: Pick<ScenarioGraph, 'nodes' | 'edges'>): MapLayout {
  const laid = new Graph({ multigraph: true });
  laid.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, edgesep: 12, marginx: 8, marginy: 8 });
  laid.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) laid.setNode(node.id, { ...BOX });
  graph.edges.forEach((edge, index) => {
    laid.setEdge(edge.from, edge.to, edge.count === undefined ? {} : { ...LABEL, labelpos: 'c' }, `e${index}`);
  });
  layout(laid);
  const size = laid.graph() as { width?: number; height?: number };
  return {
    width: Math.ceil(size.width ?? 400),
    height: Math.ceil(size.height ?? 300),
    nodes: Object.fromEntries(
      graph.nodes.map((node) => {
        const { x, y } = laid.node(node.id) as { x: number; y: number };
        return [node.id, { x, y }];
      }),
    ),
    edges: graph.edges.map((edge, index) => {
      const {
        points = [],
        x,
        y,
      } = laid.edge({ v: edge.from, w: edge.to, name: `e${index}` }) as {
        points?: { x: number; y: number }[];
        x?: number;
        y?: number;
      };
      return {
        points: points.map((p) => ({ x: p.x, y: p.y })),
        ...(edge.count !== undefined && x !== undefined && y !== undefined ? { label: { x, y } } : {}),
      };
    }),
  };
}
