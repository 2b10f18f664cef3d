/**
 * The scenario's shape as the map and the editor need it, read from the text even when the file has
 * errors (a half-written file is the normal state of one being written): every node with its type,
 * where its key and value sit in the text, and its links; and the ids a reference may name. Reads
 * the JSON loosely, taking what is there and skipping what is not; the validator judges the rest.
 */
import { parse, type MemberNode, type ObjectNode, type ValueNode } from '@humanwhocodes/momoa';

type NodeType = 'dialogue' | 'quiz' | 'branch' | 'ending' | 'unknown';
type Outcome = 'success' | 'mixed' | 'failure';

interface OutlineEdge {
  to: string;
  /** A choice's id, "next", "else", "case 1", "if wrong". */
  label: string;
  /** A choice with `requires`: shown only when its condition holds. */
  locked: boolean;
}

export interface OutlineNode {
  id: string;
  type: NodeType;
  outcome?: Outcome;
  /** Text offsets: the node's key, and its value from `{` to `}`. */
  keyFrom: number;
  from: number;
  to: number;
  /** A line of what the node says, for the node list and the map's tooltip. */
  summary: string;
  edges: OutlineEdge[];
}

export interface ScenarioIds {
  nodes: string[];
  meters: string[];
  flags: string[];
  /** Characters, with `narrator`, which always exists. */
  speakers: string[];
  sources: string[];
}

export interface Outline {
  start: string | undefined;
  nodes: OutlineNode[];
  ids: ScenarioIds;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function memberName(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

function member(object: ObjectNode, name: string): MemberNode | undefined {
  return object.members.find((m) => memberName(m) === name);
}

function edgesOf(node: Json): OutlineEdge[] {
  const edges: OutlineEdge[] = [];
  const add = (to: unknown, label: string, locked = false): void => {
    if (typeof to === 'string' && to !== '') edges.push({ to, label, locked });
  };
  add(node.next, 'next');
  add(node.nextIfIncorrect, 'if wrong');
  if (Array.isArray(node.choices))
    for (const choice of node.choices) if (isObject(choice)) add(choice.next, text(choice.id) || 'choice', choice.requires !== undefined);
  if (Array.isArray(node.cases)) node.cases.forEach((c, i) => isObject(c) && add(c.next, `case ${i + 1}`));
  add(node.else, 'else');
  return edges;
}

function typeOf(value: unknown): NodeType {
  return value === 'dialogue' || value === 'quiz' || value === 'branch' || value === 'ending' ? value : 'unknown';
}

function summaryOf(node: Json): string {
  return text(node.title) || text(node.question) || text(node.text) || (node.type === 'branch' ? 'routes by state' : '');
}

/** The outline of a scenario text, or null when the text is not JSON (yet). */
export function outlineOf(source: string): Outline | null {
  let value: unknown;
  let root: ValueNode;
  try {
    value = JSON.parse(source);
    root = parse(source, { mode: 'json', ranges: true }).body;
  } catch {
    return null;
  }
  if (!isObject(value) || root.type !== 'Object') return null;
  const nodesValue = isObject(value.nodes) ? value.nodes : {};
  const nodesMember = member(root, 'nodes');
  const nodes: OutlineNode[] = [];
  if (nodesMember?.value.type === 'Object') {
    const seen = new Set<string>();
    for (const m of nodesMember.value.members) {
      const id = memberName(m);
      const node = nodesValue[id];
      // JSON.parse keeps the last of duplicate keys; so does the outline.
      if (!isObject(node) || seen.has(id)) continue;
      seen.add(id);
      const [from, to] = m.value.range ?? [0, 0];
      const entry: OutlineNode = {
        id,
        type: typeOf(node.type),
        keyFrom: m.name.range?.[0] ?? from,
        from,
        to,
        summary: summaryOf(node).slice(0, 120),
        edges: edgesOf(node),
      };
      if (node.outcome === 'success' || node.outcome === 'mixed' || node.outcome === 'failure') entry.outcome = node.outcome;
      nodes.push(entry);
    }
  }
  const keys = (v: unknown): string[] => (isObject(v) ? Object.keys(v) : []);
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  return {
    start: typeof value.start === 'string' ? value.start : undefined,
    nodes,
    ids: {
      nodes: nodes.map((n) => n.id),
      meters: keys(value.meters),
      flags: strings(value.flags),
      speakers: ['narrator', ...keys(value.characters).filter((id) => id !== 'narrator')],
      sources: Array.isArray(value.sources) ? value.sources.map((s) => (isObject(s) ? text(s.id) : '')).filter(Boolean) : [],
    },
  };
}

/** The node whose value holds the text offset, if any (nodes are in text order). */
export function nodeAt(nodes: readonly OutlineNode[], offset: number): OutlineNode | undefined {
  let low = 0;
  let high = nodes.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const node = nodes[mid] as OutlineNode;
    if (offset < node.keyFrom) high = mid - 1;
    else if (offset > node.to) low = mid + 1;
    else return node;
  }
  return undefined;
}
