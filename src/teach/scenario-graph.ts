/**
 * A scenario as the map of choices draws it: its decisions, quizzes, branches and endings, with the
 * lines between them folded into the arrows (a run of lines with no choice is not a place where
 * students differ), each arrow and ending carrying how many verified plays went that way.
 */
import type { Scenario } from '../core/model/schema';
import { choiceKey, type ScenarioStats } from './class-stats';

type MapNodeKind = 'decision' | 'quiz' | 'branch' | 'ending';

export interface MapNode {
  id: string;
  kind: MapNodeKind;
  /** What the node says, shortened for a box: the line before a choice, the question, the ending's title. */
  label: string;
  /** Plays that passed through (for an ending: reached it). */
  count: number;
}

interface MapEdge {
  from: string;
  to: string;
  /** A student's choice (counted), or the way a quiz or branch goes on (not a choice). */
  label: string;
  count?: number;
}

export interface ScenarioGraph {
  start: string;
  nodes: MapNode[];
  edges: MapEdge[];
}

const MAX_LABEL = 48;

function shorten(text: string, max = MAX_LABEL): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function scenarioGraph(scenario: Scenario, stats: ScenarioStats): ScenarioGraph {
  const { nodes } = scenario;
  /** The first node at or after `id` that is not a plain line. */
  const resolve = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    for (;;) {
      const node = nodes[at];
      if (node?.type !== 'dialogue' || node.choices || node.next === undefined || seen.has(at)) return at;
      seen.add(at);
      at = node.next;
    }
  };
  const mapNodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const start = resolve(scenario.start);
  const visits = (id: string): number => stats.visits.get(id) ?? 0;
  for (const [id, node] of Object.entries(nodes)) {
    switch (node.type) {
      case 'dialogue':
        if (!node.choices) break;
        mapNodes.push({ id, kind: 'decision', label: shorten(node.text), count: visits(id) });
        for (const choice of node.choices) {
          edges.push({
            from: id,
            to: resolve(choice.next),
            label: shorten(choice.text, 40),
            count: stats.choices.get(choiceKey(id, choice.id)) ?? 0,
          });
        }
        break;
      case 'quiz':
        mapNodes.push({ id, kind: 'quiz', label: shorten(node.question), count: visits(id) });
        if (node.nextIfIncorrect !== undefined && resolve(node.nextIfIncorrect) !== resolve(node.next)) {
          edges.push({ from: id, to: resolve(node.next), label: 'if right' });
          edges.push({ from: id, to: resolve(node.nextIfIncorrect), label: 'if wrong' });
        } else edges.push({ from: id, to: resolve(node.next), label: '' });
        break;
      case 'branch': {
        mapNodes.push({ id, kind: 'branch', label: 'depends on the play so far', count: visits(id) });
        const targets = new Set([...node.cases.map((c) => resolve(c.next)), resolve(node.else)]);
        for (const to of targets) edges.push({ from: id, to, label: '' });
        break;
      }
      case 'ending':
        mapNodes.push({ id, kind: 'ending', label: shorten(node.title), count: stats.endings.get(id) ?? 0 });
        break;
    }
  }
  // A scenario that opens on a run of lines ending in a line: keep its first node drawable.
  if (!mapNodes.some((node) => node.id === start)) mapNodes.push({ id: start, kind: 'decision', label: 'start', count: stats.plays });
  return { start, nodes: mapNodes, edges };
}
