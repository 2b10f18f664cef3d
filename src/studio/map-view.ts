/**
 * The map: the scenario's graph as SVG beside the text, with pan (drag) and zoom (wheel, buttons),
 * and beside it a node list with the same information for keyboard and screen-reader users. Nodes
 * are drawn by type, endings by outcome, locked choices dashed, and the validator's findings marked.
 * A click on a node (or its row in the list) asks the studio to move the editor there.
 */
import { h } from '../dom/h';
import { MARK_WORDS, type NodeMark } from './findings';
import { MAX_MAP_NODES, NODE_HEIGHT, NODE_WIDTH, type MapLayout } from './layout';
import type { Outline, OutlineNode } from './outline';
import { button } from './ui';

const SVG = 'http://www.w3.org/2000/svg';
const MIN_SCALE = 0.05;
const MAX_SCALE = 3;
/** A press that moves further than this is a drag, not a click. */
const DRAG_PX = 4;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** The drawing: not laid out yet, laid out, or not drawn (too many nodes, or the layout failed). */
export type MapPicture =
  { kind: 'pending' } | { kind: 'drawn'; layout: MapLayout } | { kind: 'not-drawn'; nodes: number; error: string | undefined };

export interface MapData {
  outline: Outline;
  /** Of the last graph laid out, which may be an older version's: its nodes still in the outline are drawn. */
  picture: MapPicture;
  marks: Map<string, Set<NodeMark>>;
  /** The map shows an older, readable version of a text that is now broken. */
  stale: boolean;
}

function describeNode(node: OutlineNode, marks: ReadonlySet<NodeMark> | undefined, start: string | undefined): string {
  const parts: string[] = [node.type === 'ending' && node.outcome ? `ending, ${node.outcome}` : node.type];
  if (node.id === start) parts.push('start');
  const choices = node.edges.filter((e) => !['next', 'else', 'if wrong'].includes(e.label) && !e.label.startsWith('case '));
  if (choices.length > 0) {
    const locked = choices.filter((e) => e.locked).length;
    parts.push(`${choices.length} choice${choices.length === 1 ? '' : 's'}${locked ? ` (${locked} locked)` : ''}`);
  }
  if (node.edges.length > 0) parts.push(`to ${[...new Set(node.edges.map((e) => e.to))].join(', ')}`);
  for (const mark of marks ?? []) parts.push(MARK_WORDS[mark]);
  return parts.join(' · ');
}

export class MapView {
  readonly element: HTMLElement;
  private readonly surface: SVGSVGElement;
  private readonly world: SVGGElement;
  private readonly list: HTMLOListElement;
  private readonly status: HTMLElement;
  private view = { x: 0, y: 0, scale: 1 };
  private data: MapData | undefined;
  /** What the node list and the drawing show besides the layout: each node's type and links, and the marks. */
  private drawnKey = '';
  private fitted = false;
  private current: string | undefined;
  private readonly nodeElements = new Map<string, SVGGElement>();
  private readonly rows = new Map<string, HTMLButtonElement>();

  constructor(private readonly onSelect: (id: string) => void) {
    this.surface = svg('svg', {
      class: 'st-map-surface',
      role: 'img',
      'aria-label': 'Map of the scenario; the node list below has the same',
    });
    const defs = svg('defs');
    const arrow = svg('marker', {
      id: 'st-arrow',
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 7,
      markerHeight: 7,
      orient: 'auto-start-reverse',
    });
    arrow.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'st-arrow' }));
    defs.append(arrow);
    this.world = svg('g');
    this.surface.append(defs, this.world);
    this.list = h('ol', { class: 'st-node-list' });
    this.status = h('p', { class: 'st-map-status', role: 'status' });
    const zoom = (factor: number) => () => this.zoomBy(factor, this.surface.clientWidth / 2, this.surface.clientHeight / 2);
    const tools = h(
      'div',
      { class: 'st-map-tools' },
      button('Zoom in', zoom(1.25)),
      button('Zoom out', zoom(0.8)),
      button('Fit', () => this.fit()),
    );
    this.element = h(
      'section',
      { class: 'st-panel st-map', 'aria-labelledby': 'st-map-heading' },
      h('h2', { id: 'st-map-heading' }, 'Map'),
      tools,
      this.status,
      this.surface,
      h('details', { class: 'st-node-details', open: true }, h('summary', {}, 'Node list'), this.list),
      legend(),
    );
    this.installPointer();
  }

  show(data: MapData): void {
    const { outline, picture } = data;
    const key = JSON.stringify([
      outline.start,
      outline.nodes.map((n) => [n.id, n.type, n.outcome, n.edges]),
      [...data.marks].map(([id, set]) => [id, [...set]]),
    ]);
    // A check that changed nothing on the map (most keystrokes inside a text) leaves it as it is.
    const same = this.data?.picture === picture && this.drawnKey === key;
    this.data = data;
    this.drawnKey = key;
    if (!same) this.draw();
    this.element.classList.toggle('st-map-not-drawn', picture.kind === 'not-drawn');
    this.status.textContent = [
      data.stale ? 'The text is not readable JSON just now: the map shows its last readable version.' : '',
      picture.kind === 'not-drawn' && picture.error === undefined
        ? `This scenario has ${picture.nodes.toLocaleString('en')} nodes, more than the ${MAX_MAP_NODES.toLocaleString('en')} the map draws: the node list below has every node.`
        : '',
      picture.kind === 'not-drawn' && picture.error !== undefined
        ? `The map could not be laid out (${picture.error}): the node list below has every node.`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (picture.kind === 'drawn' && !this.fitted) {
      this.fitted = true;
      this.fit();
    }
    this.highlight(this.current);
  }

  /** Marks the node the editor's cursor is in, and brings it into view if it is off the map's view. */
  follow(id: string | undefined): void {
    if (id === this.current) return;
    this.highlight(id);
    const layout = this.data?.picture.kind === 'drawn' ? this.data.picture.layout : undefined;
    const placed = id !== undefined ? layout?.nodes.find((n) => n.id === id) : undefined;
    if (!placed) return;
    const width = this.surface.clientWidth;
    const height = this.surface.clientHeight;
    const x = placed.x * this.view.scale + this.view.x;
    const y = placed.y * this.view.scale + this.view.y;
    if (x < 0 || y < 0 || x > width || y > height) {
      this.view.x = width / 2 - placed.x * this.view.scale;
      this.view.y = height / 2 - placed.y * this.view.scale;
      this.apply();
    }
  }

  private highlight(id: string | undefined): void {
    if (this.current !== undefined) {
      this.nodeElements.get(this.current)?.classList.remove('st-current');
      this.rows.get(this.current)?.removeAttribute('aria-current');
    }
    this.current = id;
    if (id === undefined) return;
    this.nodeElements.get(id)?.classList.add('st-current');
    this.rows.get(id)?.setAttribute('aria-current', 'true');
  }

  private draw(): void {
    const data = this.data;
    if (!data) return;
    const { outline, picture, marks } = data;
    this.nodeElements.clear();
    this.rows.clear();
    if (picture.kind === 'drawn') this.drawSurface(outline, picture.layout, marks);
    else this.world.replaceChildren();
    this.list.replaceChildren(
      ...outline.nodes.map((node) => {
        const row = button(`${node.id} — ${describeNode(node, marks.get(node.id), outline.start)}`, () => this.onSelect(node.id));
        row.dataset.node = node.id;
        const nodeMarks = marks.get(node.id);
        if (nodeMarks?.size) row.classList.add('st-marked');
        this.rows.set(node.id, row);
        return h('li', {}, row);
      }),
    );
  }

  private drawSurface(outline: Outline, layout: MapLayout, marks: Map<string, Set<NodeMark>>): void {
    const edges = svg('g', { class: 'st-edges' });
    for (const edge of layout.edges) {
      const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
      edges.append(svg('path', { d, class: edge.locked ? 'st-edge st-locked' : 'st-edge', 'marker-end': 'url(#st-arrow)' }));
    }
    const nodes = svg('g', { class: 'st-nodes' });
    const byId = new Map(outline.nodes.map((n) => [n.id, n]));
    for (const placed of layout.nodes) {
      const node = byId.get(placed.id);
      if (!node) continue;
      const nodeMarks = marks.get(node.id);
      const classes = ['st-node', `st-type-${node.type}`];
      if (node.outcome) classes.push(`st-outcome-${node.outcome}`);
      for (const mark of nodeMarks ?? []) classes.push(`st-mark-${mark}`);
      if (node.id === outline.start) classes.push('st-start');
      const group = svg('g', {
        class: classes.join(' '),
        transform: `translate(${placed.x - NODE_WIDTH / 2},${placed.y - NODE_HEIGHT / 2})`,
      });
      group.dataset.node = node.id;
      const title = svg('title');
      title.textContent = `${node.id}: ${describeNode(node, nodeMarks, outline.start)}`;
      const label = svg('text', { x: 10, y: 18, class: 'st-node-id' });
      label.textContent = node.id.length > 22 ? `${node.id.slice(0, 21)}…` : node.id;
      const kind = svg('text', { x: 10, y: 34, class: 'st-node-kind' });
      kind.textContent = [
        node.type === 'ending' ? (node.outcome ?? 'ending') : node.type,
        ...[...(nodeMarks ?? [])].map((m) => MARK_WORDS[m]),
      ].join(' · ');
      group.append(title, svg('rect', { width: NODE_WIDTH, height: NODE_HEIGHT, rx: node.type === 'branch' ? 18 : 6 }), label, kind);
      nodes.append(group);
      this.nodeElements.set(node.id, group);
    }
    this.world.replaceChildren(edges, nodes);
    this.apply();
  }

  private apply(): void {
    this.world.setAttribute(
      'transform',
      `translate(${this.view.x.toFixed(1)},${this.view.y.toFixed(1)}) scale(${this.view.scale.toFixed(4)})`,
    );
  }

  private fit(): void {
    const layout = this.data?.picture.kind === 'drawn' ? this.data.picture.layout : undefined;
    const width = this.surface.clientWidth || 400;
    const height = this.surface.clientHeight || 300;
    if (!layout || layout.width === 0) return;
    // Fit the width, but never smaller than readable for a long story: the map then scrolls by dragging.
    const scale = Math.min(MAX_SCALE, Math.max(0.35, Math.min(width / layout.width, height / layout.height)));
    this.view = { scale, x: (width - layout.width * scale) / 2, y: Math.max(0, (height - layout.height * scale) / 2) };
    if (layout.height * scale > height) this.view.y = 0;
    this.apply();
  }

  private zoomBy(factor: number, cx: number, cy: number): void {
    const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.view.scale * factor));
    const k = scale / this.view.scale;
    this.view = { scale, x: cx - (cx - this.view.x) * k, y: cy - (cy - this.view.y) * k };
    this.apply();
  }

  private installPointer(): void {
    let press: { x: number; y: number; vx: number; vy: number; dragging: boolean; id: number } | undefined;
    this.surface.addEventListener('pointerdown', (event) => {
      press = { x: event.clientX, y: event.clientY, vx: this.view.x, vy: this.view.y, dragging: false, id: event.pointerId };
    });
    this.surface.addEventListener('pointermove', (event) => {
      if (!press || press.id !== event.pointerId) return;
      const dx = event.clientX - press.x;
      const dy = event.clientY - press.y;
      if (!press.dragging && Math.hypot(dx, dy) > DRAG_PX) {
        press.dragging = true;
        this.surface.setPointerCapture(event.pointerId);
        this.surface.classList.add('st-dragging');
      }
      if (press.dragging) {
        this.view.x = press.vx + dx;
        this.view.y = press.vy + dy;
        this.apply();
      }
    });
    const release = (event: PointerEvent): void => {
      if (!press || press.id !== event.pointerId) return;
      const wasDrag = press.dragging;
      press = undefined;
      this.surface.classList.remove('st-dragging');
      if (wasDrag) return;
      const target = event.target instanceof Element ? event.target.closest<SVGGElement>('.st-node') : null;
      const id = target?.dataset.node;
      if (id !== undefined) this.onSelect(id);
    };
    this.surface.addEventListener('pointerup', release);
    this.surface.addEventListener('pointercancel', () => (press = undefined));
    this.surface.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const box = this.surface.getBoundingClientRect();
        this.zoomBy(Math.exp(-event.deltaY / 500), event.clientX - box.left, event.clientY - box.top);
      },
      { passive: false },
    );
  }
}

function legend(): HTMLElement {
  const item = (className: string, text: string) =>
    h('li', {}, h('span', { class: `st-swatch ${className}`, 'aria-hidden': 'true' }), text);
  return h(
    'ul',
    { class: 'st-legend', 'aria-label': 'Map legend' },
    item('st-type-dialogue', 'line or decision'),
    item('st-type-quiz', 'quiz'),
    item('st-type-branch', 'branch'),
    item('st-outcome-success', 'success'),
    item('st-outcome-mixed', 'mixed'),
    item('st-outcome-failure', 'failure'),
    item('st-swatch-problem', 'unreachable, dead end or trapped'),
    item('st-swatch-locked', 'locked choice'),
  );
}
