/**
 * The map of choices, drawn as SVG from dagre's layout (loaded only when a map is first shown), and
 * beside it the same counts as a table for screen readers and for print.
 */
import { h } from '../dom/h';
import type { MapNode, ScenarioGraph } from './scenario-graph';

const SVG = 'http://www.w3.org/2000/svg';
const BOX = { width: 200, height: 64 };
const LABEL = { width: 36, height: 18 };
const CHARS_PER_LINE = 30;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function wrapLines(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > lines) out.splice(lines, out.length - lines, '…');
  return out.slice(0, lines);
}

const KIND_WORDS: Record<MapNode['kind'], string> = { decision: 'Choice', quiz: 'Quiz', branch: 'Branch', ending: 'Ending' };

type Layout = import('@dagrejs/dagre').graphlib.Graph;

/**
 * Laid out once per scenario text (`key`, its content hash): the boxes and arrows depend on the
 * scenario alone, not on the counts, and dagre's layout is the slow part of drawing the map.
 */
const layouts = new Map<string, Layout>();

async function layoutOf(graph: ScenarioGraph, key: string): Promise<Layout> {
  const kept = layouts.get(key);
  if (kept) return kept;
  const dagre = await import('@dagrejs/dagre');
  const layout = new dagre.graphlib.Graph({ multigraph: true });
  layout.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, edgesep: 12, marginx: 8, marginy: 8 });
  layout.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) layout.setNode(node.id, { ...BOX });
  graph.edges.forEach((edge, index) => {
    layout.setEdge(edge.from, edge.to, edge.count === undefined ? {} : { ...LABEL, labelpos: 'c' }, `e${index}`);
  });
  dagre.layout(layout);
  layouts.set(key, layout);
  return layout;
}

export async function renderChoiceMap(graph: ScenarioGraph, title: string, key: string): Promise<SVGSVGElement> {
  const layout = await layoutOf(graph, key);
  const size = layout.graph() as { width?: number; height?: number };
  const width = Math.ceil(size.width ?? 400);
  const height = Math.ceil(size.height ?? 300);
  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'tt-map' });
  drawing.setAttribute('aria-label', `Map of ${title}: the table below gives the same counts`);
  drawing.append(
    svg(
      'defs',
      {},
      svg(
        'marker',
        { id: 'tt-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        svg('path', { d: 'M0 0L10 5L0 10z', class: 'tt-map-arrow' }),
      ),
    ),
  );
  graph.edges.forEach((edge, index) => {
    const laid = layout.edge({ v: edge.from, w: edge.to, name: `e${index}` }) as {
      points?: { x: number; y: number }[];
      x?: number;
      y?: number;
    };
    const points = laid.points ?? [];
    if (points.length === 0) return;
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
    const used = (edge.count ?? 0) > 0;
    const path = svg('path', { d, class: used ? 'tt-map-edge tt-map-used' : 'tt-map-edge', 'marker-end': 'url(#tt-arrow)' });
    path.append(svg('title', {}, edge.count === undefined ? edge.label || 'goes on' : `${edge.label}: ${edge.count}`));
    drawing.append(path);
    if (edge.count !== undefined && laid.x !== undefined && laid.y !== undefined) {
      drawing.append(
        svg('rect', {
          x: laid.x - LABEL.width / 2,
          y: laid.y - LABEL.height / 2,
          width: LABEL.width,
          height: LABEL.height,
          rx: 4,
          class: 'tt-map-count-box',
        }),
        svg('text', { x: laid.x, y: laid.y + 5, class: 'tt-map-count' }, String(edge.count)),
      );
    }
  });
  for (const node of graph.nodes) {
    const laid = layout.node(node.id) as { x: number; y: number };
    const x = laid.x - BOX.width / 2;
    const y = laid.y - BOX.height / 2;
    const lines = wrapLines(node.label, CHARS_PER_LINE, 2);
    const group = svg('g', { class: `tt-map-node tt-map-${node.kind}` });
    group.append(
      svg('rect', { x, y, width: BOX.width, height: BOX.height, rx: node.kind === 'ending' ? 16 : 4 }),
      svg('text', { x: x + 8, y: y + 16, class: 'tt-map-kind' }, `${KIND_WORDS[node.kind]} · ${node.count}`),
      ...lines.map((line, i) => svg('text', { x: x + 8, y: y + 34 + i * 16 }, line)),
    );
    drawing.append(group);
  }
  return drawing;
}

/** The map's counts as a table: each decision with its choices, then each ending. */
export function choiceTable(graph: ScenarioGraph, titleOf: (id: string) => string): HTMLTableElement {
  const rows: HTMLTableRowElement[] = [];
  for (const node of graph.nodes) {
    if (node.kind !== 'decision') continue;
    for (const edge of graph.edges.filter((e) => e.from === node.id && e.count !== undefined)) {
      rows.push(
        h('tr', {}, h('td', {}, node.label), h('td', {}, edge.label), h('td', {}, String(edge.count)), h('td', {}, titleOf(edge.to))),
      );
    }
  }
  return h(
    'table',
    { class: 'tt-table' },
    h('caption', {}, 'Choices: how many plays took each'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Where'),
        h('th', { scope: 'col' }, 'Choice'),
        h('th', { scope: 'col' }, 'Plays'),
        h('th', { scope: 'col' }, 'Leads to'),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}
