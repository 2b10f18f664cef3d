/**
 * What the choice map's layout (made in the worker, ./map-layout.ts) and its drawing (on the page,
 * ./choice-map-view.ts) share: the boxes' sizes and the layout's plain-data shape. Kept apart so the
 * page's bundle does not take dagre in with them.
 */
export const BOX = { width: 200, height: 64 };
export const LABEL = { width: 36, height: 18 };

interface Point {
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  /** Each node's centre, by id. */
  nodes: Record<string, Point>;
  /** Each edge's line, in the graph's edge order; `label` is where its count goes, for a counted one. */
  edges: { points: Point[]; label?: Point }[];
}
