/**
 * The warnings that need conditions taken seriously (W_CHOICES_UNAVAILABLE, W_TRAPPED,
 * W_ENDING_UNREACHABLE, W_EXPLORATION_LIMIT): a breadth-first walk over the states a play can really
 * reach, using the engine's own semantics (`holds`, `applyEffects`, `markVisited`; a node is marked
 * visited on entry, before its choices or cases are read).
 *
 * Two states that differ only in what no condition reads play out the same, so a state is keyed by
 * the node plus only the meters, flags and visited nodes that some condition mentions.
 */
import type { Condition, Effects, Scenario } from '../model/schema';
import { applyEffects, holds, initialState, markVisited, type StoryState } from '../model/state';
import type { DiagnosticSink } from './diagnostics';
import { walkScenario } from './scenario-walk';
import { stateKeyer, type Relevant, type StateKeyer, type StateValues } from './state-key';

/** The example state of a warning: exactly the values that conditions read. */
function describeState(scenario: Scenario, values: StateValues): string {
  const meters = values.meters.map(([id, value]) => `${scenario.meters[id]?.label ?? id} ${value}`);
  const flags = values.flags.map(([id, on]) => (on ? id : `not ${id}`));
  const described = [...meters, ...flags];
  if (values.visited.length) described.push(`after visiting ${values.visited.join(', ')}`);
  return described.length ? described.join(', ') : 'any state';
}

export const DEFAULT_EXPLORATION_LIMIT = 200_000;

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
  return { meters: [...meters], flags: [...flags], visited: [...visited] };
}

/** A record without a prototype, so that any id, `__proto__` included, is an ordinary key. */
function recordOf<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [id, value] of entries) record[id] = value;
  return record;
}

/**
 * The walk carries only what conditions read. Each meter is clamped on its own and each flag set on
 * its own, so applying effects to this part of a state gives exactly that part of the full result.
 */
function relevantPartOf(state: StoryState, relevant: Relevant): StoryState {
  return {
    meters: recordOf(relevant.meters.map((id): [string, number] => [id, state.meters[id] ?? 0])),
    flags: recordOf(relevant.flags.map((id): [string, boolean] => [id, state.flags[id] ?? false])),
    visited: state.visited,
  };
}

/** The part of some effects that conditions can see, as entries; none when it leaves what they read as it is. */
function relevantChanges(effects: Effects | undefined, meters: ReadonlySet<string>, flags: ReadonlySet<string>): [[string, number][], [string, boolean][]] | undefined {
  const meterChanges = Object.entries(effects?.meters ?? {}).filter(([id]) => meters.has(id));
  const flagChanges = Object.entries(effects?.flags ?? {}).filter(([id]) => flags.has(id));
  return meterChanges.length === 0 && flagChanges.length === 0 ? undefined : [meterChanges, flagChanges];
}

/**
 * Applies effects to the relevant part of states, as `applyEffects` does, computing each distinct
 * (relevant change, relevant values) pair once: a large scenario repeats a few changes (trust +25)
 * in thousands of choices, and its states hold a few combinations of values.
 */
function effectApplier(scenario: Scenario, relevant: Relevant, keyer: StateKeyer): (state: StoryState, effects: Effects | undefined) => StoryState {
  const meters = new Set(relevant.meters);
  const flags = new Set(relevant.flags);
  const changeOf = new Map<Effects, Effects | undefined>();
  const changeBySpelling = new Map<string, Effects>();
  const results = new Map<Effects, Map<number | string, StoryState>>();
  const changeFor = (effects: Effects): Effects | undefined => {
    if (changeOf.has(effects)) return changeOf.get(effects);
    const changes = relevantChanges(effects, meters, flags);
    let change: Effects | undefined;
    if (changes) {
      const spelling = JSON.stringify(changes);
      change = changeBySpelling.get(spelling) ?? { meters: recordOf(changes[0]), flags: recordOf(changes[1]) };
      changeBySpelling.set(spelling, change);
    }
    changeOf.set(effects, change);
    return change;
  };
  return (state, effects) => {
    const change = effects && changeFor(effects);
    if (!change) return state;
    let byValues = results.get(change);
    if (!byValues) results.set(change, (byValues = new Map()));
    const values = keyer.valuesKeyOf(state);
    let result = byValues.get(values);
    if (!result) byValues.set(values, (result = applyEffects(scenario, state, change)));
    return result;
  };
}

/**
 * The reachable state graph, in breadth-first order: for state i its node, its key, and its
 * successors `edges[edgeStart[i]]` up to `edges[edgeStart[i + 1]]`. Flat arrays, and no story state
 * kept once a state is expanded, keep a walk of a hundred thousand states light on memory.
 */
interface StateGraph {
  keyer: StateKeyer;
  nodes: string[];
  keys: (number | string)[];
  edges: number[];
  edgeStart: number[];
  truncated: boolean;
}

function buildStateGraph(scenario: Scenario, limit: number): StateGraph {
  const relevant = relevantState(scenario);
  const keyer = stateKeyer(scenario, relevant);
  const recordsVisit = new Set(relevant.visited);
  const apply = effectApplier(scenario, relevant, keyer);
  const index = new Map<number | string, number>();
  const nodes: string[] = [];
  const keys: (number | string)[] = [];
  const pending: (StoryState | undefined)[] = [];
  const enter = (node: string, before: StoryState): number => {
    // Only visits that a condition asks about are recorded, which keeps states small.
    const state = recordsVisit.has(node) ? markVisited(before, node) : before;
    const key = keyer.keyOf(node, state);
    const known = index.get(key);
    if (known !== undefined) return known;
    index.set(key, nodes.length);
    nodes.push(node);
    keys.push(key);
    pending.push(state);
    return nodes.length - 1;
  };

  const nodeById = new Map(Object.entries(scenario.nodes));
  const edges: number[] = [];
  const edgeStart: number[] = [];
  enter(scenario.start, relevantPartOf(initialState(scenario), relevant));
  let truncated = false;
  for (let i = 0; i < nodes.length; i++) {
    if (i >= limit) {
      truncated = true;
      break;
    }
    edgeStart.push(edges.length);
    const state = pending[i];
    pending[i] = undefined;
    const node = nodeById.get(nodes[i] ?? '');
    if (!state || !node) continue;
    switch (node.type) {
      case 'dialogue':
        if (node.choices) {
          for (const choice of node.choices) {
            if (choice.requires === undefined || holds(choice.requires, state)) edges.push(enter(choice.next, apply(state, choice.effects)));
          }
        } else if (node.next !== undefined) edges.push(enter(node.next, state));
        break;
      case 'quiz':
        edges.push(enter(node.next, apply(state, node.effects?.correct)));
        edges.push(enter(node.nextIfIncorrect ?? node.next, apply(state, node.effects?.incorrect)));
        break;
      case 'branch': {
        let next = node.else;
        for (const c of node.cases) {
          if (holds(c.if, state)) {
            next = c.next;
            break;
          }
        }
        edges.push(enter(next, state));
        break;
      }
      case 'ending':
        break;
    }
  }
  const expanded = edgeStart.length;
  edgeStart.push(edges.length);
  return { keyer, nodes: nodes.slice(0, expanded), keys: keys.slice(0, expanded), edges, edgeStart, truncated };
}

/**
 * Which states can still reach an ending, or a stuck state (which has its own warning), walking
 * backwards from those along the edges. The rest are trapped in loops.
 */
function statesThatCanFinish(graph: StateGraph, isFinal: (i: number) => boolean): Uint8Array {
  const count = graph.nodes.length;
  // Predecessor lists in the same flat layout as the edges.
  const predecessorStart = new Int32Array(count + 1);
  for (const to of graph.edges) predecessorStart[to + 1] = (predecessorStart[to + 1] ?? 0) + 1;
  for (let i = 0; i < count; i++) predecessorStart[i + 1] = (predecessorStart[i + 1] ?? 0) + (predecessorStart[i] ?? 0);
  const fill = predecessorStart.slice(0, count);
  const predecessors = new Int32Array(graph.edges.length);
  for (let from = 0; from < count; from++) {
    for (let e = graph.edgeStart[from] ?? 0; e < (graph.edgeStart[from + 1] ?? 0); e++) {
      const to = graph.edges[e] ?? 0;
      const slot = fill[to] ?? 0;
      predecessors[slot] = from;
      fill[to] = slot + 1;
    }
  }
  const canFinish = new Uint8Array(count);
  const queue: number[] = [];
  graph.nodes.forEach((_, i) => {
    if (isFinal(i)) {
      canFinish[i] = 1;
      queue.push(i);
    }
  });
  for (let q = 0; q < queue.length; q++) {
    const to = queue[q] ?? 0;
    for (let p = predecessorStart[to] ?? 0; p < (predecessorStart[to + 1] ?? 0); p++) {
      const from = predecessors[p] ?? 0;
      if (!canFinish[from]) {
        canFinish[from] = 1;
        queue.push(from);
      }
    }
  }
  return canFinish;
}

export function explorePlays(scenario: Scenario, limit: number, sink: DiagnosticSink): void {
  const graph = buildStateGraph(scenario, limit);
  const example = (i: number): string => describeState(scenario, graph.keyer.read(graph.keys[i] ?? ''));
  const isStuck = (i: number): boolean => {
    const node = scenario.nodes[graph.nodes[i] ?? ''];
    return node?.type === 'dialogue' && node.choices !== undefined && graph.edgeStart[i] === graph.edgeStart[i + 1];
  };

  const stuck = new Set<string>();
  graph.nodes.forEach((id, i) => {
    if (!isStuck(i) || stuck.has(id)) return;
    stuck.add(id);
    sink.report(['nodes', id, 'choices'], 'W_CHOICES_UNAVAILABLE', `a play can reach '${id}' with every choice unavailable, and then cannot go on; for example with ${example(i)}. Add a choice without "requires", or loosen a condition`);
  });
  if (graph.truncated) {
    sink.report([], 'W_EXPLORATION_LIMIT', `the validator stopped after exploring ${limit} distinct states of play, so it did not check which endings conditions make unreachable or where plays get trapped; this scenario's meters, flags and visits combine into very many states. Fewer meters in conditions, or coarser meter steps, make it checkable`);
    return;
  }

  // A trap is entered where a state that can still finish leads to one that cannot (or at the start).
  // Stuck states count as finished here: they are reported above, and what leads to them is no loop.
  const canFinish = statesThatCanFinish(graph, (i) => isStuck(i) || scenario.nodes[graph.nodes[i] ?? '']?.type === 'ending');
  const trapEntries = new Set<number>(canFinish[0] === 0 ? [0] : []);
  for (let from = 0; from < graph.nodes.length; from++) {
    if (!canFinish[from]) continue;
    for (let e = graph.edgeStart[from] ?? 0; e < (graph.edgeStart[from + 1] ?? 0); e++) {
      const to = graph.edges[e] ?? 0;
      if (!canFinish[to]) trapEntries.add(to);
    }
  }
  const trapped = new Set<string>();
  for (const i of [...trapEntries].sort((a, b) => a - b)) {
    const id = graph.nodes[i] ?? '';
    if (trapped.has(id)) continue;
    trapped.add(id);
    sink.report(['nodes', id], 'W_TRAPPED', `a play can reach '${id}' in a state from which no ending can be reached: once conditions apply, every way on only loops back; for example with ${example(i)}. Give this part of the story a way out that these conditions allow`);
  }

  const reachedEndings = new Set(graph.nodes);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type === 'ending' && !reachedEndings.has(id)) {
      sink.report(['nodes', id], 'W_ENDING_UNREACHABLE', `no play reaches the ending '${id}' once conditions and effects are taken into account; check the conditions on the way to it`);
    }
  }
}
