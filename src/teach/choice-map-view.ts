/**
 * The map of choices, drawn as SVG from dagre's layout (made in the worker: ./map-layout.ts), and
 * beside it the same counts as a table for screen readers and for print.
 */
import { h } from '../dom/h';
import { BOX, LABEL, type MapLayout } from './map-shape';
import type { MapNode, ScenarioGraph } from './scenario-graph';

const SVG = 'http://www.w3.org/2000/svg';
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

/**
 * Laid out once per scenario text (`key`, its content hash): the boxes and arrows depend on the
 * scenario alone, not on the counts.
 */
const layouts = new Map<string, Promise<MapLayout>>();

export async function renderChoiceMap(
  graph: ScenarioGraph,
  title: string,
  key: string,
  layOut: (graph: ScenarioGraph) => Promise<MapLayout>,
): Promise<SVGSVGElement> {
  let laying = layouts.get(key);
  if (!laying) {
    laying = layOut(graph);
    layouts.set(key, laying);
    // A failed layout is asked again next time.
    laying.catch(() => layouts.delete(key));
  }
  const layout = await laying;
  const { width, height } = layout;
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
    const laid = layout.edges[index];
    const points = laid?.points ?? [];
    if (!laid || points.length === 0) return;
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
    const used = (edge.count ?? 0) > 0;
    const path = svg('path', { d, class: used ? 'tt-map-edge tt-map-used' : 'tt-map-edge', 'marker-end': 'url(#tt-arrow)' });
    path.append(svg('title', {}, edge.count === undefined ? edge.label || 'goes on' : `${edge.label}: ${edge.count}`));
    drawing.append(path);
    if (edge.count !== undefined && laid.label) {
      const at = laid.label;
      drawing.append(
        svg('rect', {
          x: at.x - LABEL.width / 2,
          y: at.y - LABEL.height / 2,
          width: LABEL.width,
          height: LABEL.height,
          rx: 4,
          class: 'tt-map-count-box',
        }),
        svg('text', { x: at.x, y: at.y + 5, class: 'tt-map-count' }, String(edge.count)),
      );
    }
  });
  for (const node of graph.nodes) {
    const laid = layout.nodes[node.id] ?? { x: 0, y: 0 };
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
