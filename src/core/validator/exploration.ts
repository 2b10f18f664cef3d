/**
 * The warnings that need conditions taken seriously: a breadth-first walk over the states a play can
 * really reach, using the engine's own semantics (`holds`, `applyEffects`, `markVisited`; a node is
 * marked visited on entry, before its choices or cases are read).
 *
 * Two states that differ only in what no condition reads play out the same, so a state is keyed by
 * the node plus only the meters, flags and visited nodes that some condition mentions.
 */
import type { Condition, Scenario } from '../model/schema';
import { applyEffects, holds, initialState, markVisited, type StoryState } from '../model/state';
import type { DiagnosticSink } from './diagnostics';
import { walkScenario } from './scenario-walk';

export const DEFAULT_EXPLORATION_LIMIT = 200_000;

interface Relevant {
  meters: string[];
  flags: string[];
  visited: Set<string>;
}

function relevantState(scenario: Scenario): Relevant {
  const meters = new Set<string>();
  const flags = new Set<string>();
  const visited = new Set<string>();
  walkScenario(scenario, {
    condition(condition: Condition) {
      if ('meter' in condition) meters.add(condition.meter);
      else if ('flag' in condition) flags.add(condition.flag);
      else if ('visited' in condition) visited.add(condition.visited);
    },
  });
  return { meters: [...meters], flags: [...flags], visited };
}

function describeState(scenario: Scenario, state: StoryState): string {
  const meters = Object.entries(state.meters).map(([id, value]) => `${scenario.meters[id]?.label ?? id} ${value}`);
  const flags = Object.entries(state.flags).filter(([, on]) => on).map(([id]) => id);
  const parts = [meters.length ? meters.join(', ') : 'no meters', flags.length ? `flags set: ${flags.join(', ')}` : 'no flags set'];
  if (state.visited.length) parts.push(`after visiting ${state.visited.join(', ')}`);
  return parts.join('; ');
}

/** The reachable state graph: states in breadth-first order, each with its successors' indices. */
interface StateGraph {
  states: { node: string; state: StoryState }[];
  successors: number[][];
  truncated: boolean;
}

function buildStateGraph(scenario: Scenario, limit: number): StateGraph {
  const relevant = relevantState(scenario);
  const keyOf = (node: string, state: StoryState): string =>
    `${node}|${relevant.meters.map((m) => state.meters[m]).join(',')}|${relevant.flags.map((f) => (state.flags[f] ? 1 : 0)).join('')}|${state.visited.join(',')}`;

  const index = new Map<string, number>();
  const states: StateGraph['states'] = [];
  const enter = (node: string, before: StoryState): number => {
    // Only visits that a condition asks about are recorded, which keeps states small and keys short.
    const state = relevant.visited.has(node) ? markVisited(before, node) : before;
    const key = keyOf(node, state);
    const known = index.get(key);
    if (known !== undefined) return known;
    index.set(key, states.length);
    states.push({ node, state });
    return states.length - 1;
  };

  const successors: number[][] = [];
  enter(scenario.start, initialState(scenario));
  for (let i = 0; i < states.length; i++) {
    if (i >= limit) return { states: states.slice(0, limit), successors, truncated: true };
    const entry = states[i];
    if (!entry) break;
    const { node: id, state } = entry;
    const node = scenario.nodes[id];
    const next: number[] = [];
    switch (node?.type) {
      case 'dialogue':
        if (node.choices) {
          for (const choice of node.choices) {
            if (choice.requires === undefined || holds(choice.requires, state)) next.push(enter(choice.next, applyEffects(scenario, state, choice.effects)));
          }
        } else if (node.next !== undefined) next.push(enter(node.next, state));
        break;
      case 'quiz':
        next.push(enter(node.next, applyEffects(scenario, state, node.effects?.correct)));
        next.push(enter(node.nextIfIncorrect ?? node.next, applyEffects(scenario, state, node.effects?.incorrect)));
        break;
      case 'branch':
        next.push(enter(node.cases.find((c) => holds(c.if, state))?.next ?? node.else, state));
        break;
      default:
        break;
    }
    successors.push(next);
  }
  return { states, successors, truncated: false };
}

/** Which states can still reach an ending: backwards from the ending states along the edges. */
function statesThatCanFinish(scenario: Scenario, graph: StateGraph): boolean[] {
  const predecessors: number[][] = graph.states.map(() => []);
  graph.successors.forEach((next, from) => next.forEach((to) => predecessors[to]?.push(from)));
  const canFinish = graph.states.map(({ node }) => scenario.nodes[node]?.type === 'ending');
  const queue = canFinish.flatMap((finished, i) => (finished ? [i] : []));
  for (let q = 0; q < queue.length; q++) {
    for (const from of predecessors[queue[q] ?? 0] ?? []) {
      if (!canFinish[from]) {
        canFinish[from] = true;
        queue.push(from);
      }
    }
  }
  return canFinish;
}

export function explorePlays(scenario: Scenario, limit: number, sink: DiagnosticSink): void {
  const graph = buildStateGraph(scenario, limit);
  const isStuck = (i: number): boolean => {
    const entry = graph.states[i];
    const node = entry && scenario.nodes[entry.node];
    return node?.type === 'dialogue' && node.choices !== undefined && graph.successors[i]?.length === 0;
  };

  const stuck = new Set<string>();
  graph.states.forEach(({ node: id, state }, i) => {
    if (!isStuck(i) || stuck.has(id)) return;
    stuck.add(id);
    sink.report(['nodes', id, 'choices'], 'W_CHOICES_UNAVAILABLE', `a play can reach '${id}' with every choice unavailable, and then cannot go on; for example with ${describeState(scenario, state)}. Add a choice without "requires", or loosen a condition`);
  });
  if (graph.truncated) {
    sink.report([], 'W_EXPLORATION_LIMIT', `the validator stopped after exploring ${limit} distinct states of play, so it did not check which endings conditions make unreachable or where plays get trapped; this scenario's meters, flags and visits combine into very many states. Fewer meters in conditions, or coarser meter steps, make it checkable`);
    return;
  }

  // A trap is entered where a state that can still finish leads to one that cannot (or at the start).
  const canFinish = statesThatCanFinish(scenario, graph);
  const trapEntries = new Set<number>(canFinish[0] === false ? [0] : []);
  graph.successors.forEach((next, from) => next.forEach((to) => canFinish[from] && !canFinish[to] && trapEntries.add(to)));
  const trapped = new Set<string>();
  for (const i of [...trapEntries].sort((a, b) => a - b)) {
    const entry = graph.states[i];
    if (!entry || isStuck(i) || trapped.has(entry.node)) continue;
    trapped.add(entry.node);
    sink.report(['nodes', entry.node], 'W_TRAPPED', `a play can reach '${entry.node}' in a state from which no ending can be reached: every way on loops or leads to unavailable choices once conditions apply; for example with ${describeState(scenario, entry.state)}. Give this part of the story a way out that these conditions allow`);
  }

  const reachedEndings = new Set(graph.states.map(({ node }) => node));
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type === 'ending' && !reachedEndings.has(id)) {
      sink.report(['nodes', id], 'W_ENDING_UNREACHABLE', `no play reaches the ending '${id}' once conditions and effects are taken into account; check the conditions on the way to it`);
    }
  }
}
