/**
 * The warnings that need conditions taken seriously (W_CHOICES_UNAVAILABLE, W_TRAPPED,
 * W_ENDING_UNREACHABLE, W_EXPLORATION_LIMIT, and W_CLAIM through claim-check): a breadth-first walk over the states a play can really
 * reach, using the engine's own semantics (`holds`, `applyEffects`, `markVisited`; a node is marked
 * visited on entry, before its choices or cases are read).
 *
 * Two states that differ only in what no condition reads play out the same, so a state is the node
 * plus only the meters, flags and visited nodes that some condition mentions. Those values come in
 * few combinations, however many states there are: each distinct combination is stored once and
 * numbered, and what conditions and effects make of a combination is worked out once and remembered,
 * so the walk itself only moves numbers.
 */
import type { Condition, Effects, Scenario, ScenarioNode } from '../model/schema';
import { addReads, forEachConditionIn, holds, type ReadState } from '../model/conditions';
import { takesFirstOpenWay, wayCondition, wayEffects, waysOut } from '../model/ways-out';
import { applyEffects, carriedPart, type Carried } from '../model/effects';
import { initialState, markVisited, type StoryState } from '../model/state';
import { checkClaims } from './claim-check';
import type { DiagnosticSink } from './diagnostics';
import { IntList } from './int-list';
import { valuesKeyer, type Relevant } from './state-key';

export const DEFAULT_EXPLORATION_LIMIT = 200_000;

function relevantState(scenario: Scenario): Relevant {
  const reads: ReadState = { meters: new Set(), flags: new Set(), visited: new Set() };
  forEachConditionIn(scenario, (condition) => addReads(condition, reads));
  return { meters: [...reads.meters], flags: [...reads.flags], visited: [...reads.visited] };
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

const NONE = -1;

/**
 * The numbered combinations of values the walk meets, and what conditions, effects and visits make
 * of each, remembered: a large scenario repeats a few changes (trust +25) and conditions in
 * thousands of nodes, and its states hold a few combinations of values.
 */
class ValueSpace {
  /** Combination number → the relevant part of a story state holding it. */
  readonly states: StoryState[] = [];
  private readonly numberOfKey = new Map<number | string, number>();
  private readonly keyOf: (state: StoryState) => number | string;
  private readonly carried: Carried;
  /** Relevant changes, each distinct one (by spelling) once, with what it makes of each combination. */
  private readonly changes: Effects[] = [];
  private readonly changeResults: number[][] = [];
  private readonly changeOfEffects = new Map<Effects, number>();
  private readonly changeBySpelling = new Map<string, number>();
  private readonly conditions: Condition[] = [];
  private readonly conditionResults: (boolean | undefined)[][] = [];
  private readonly conditionNumber = new Map<Condition, number>();
  /** (node, combination) → the combination after visiting the node. */
  private readonly visits = new Map<string, number[]>();

  constructor(
    private readonly scenario: Scenario,
    readonly relevant: Relevant,
  ) {
    this.keyOf = valuesKeyer(scenario, relevant);
    this.carried = { meter: new Set(relevant.meters), flag: new Set(relevant.flags) };
  }

  /** The number of the combination that `state` holds. */
  numberOf(state: StoryState): number {
    const key = this.keyOf(state);
    let number = this.numberOfKey.get(key);
    if (number === undefined) {
      number = this.states.length;
      this.numberOfKey.set(key, number);
      this.states.push(state);
    }
    return number;
  }

  /** The number of the relevant change that `effects` make, or NONE when they change nothing conditions read. */
  changeOf(effects: Effects | undefined): number {
    if (!effects) return NONE;
    let change = this.changeOfEffects.get(effects);
    if (change === undefined) {
      const relevant = carriedPart(effects, this.carried);
      change = NONE;
      if (relevant) {
        change = this.changeBySpelling.get(relevant.spelling) ?? this.changes.length;
        if (change === this.changes.length) {
          this.changeBySpelling.set(relevant.spelling, change);
          this.changes.push(relevant.effects);
          this.changeResults.push([]);
        }
      }
      this.changeOfEffects.set(effects, change);
    }
    return change;
  }

  conditionOf(condition: Condition | undefined): number {
    if (condition === undefined) return NONE;
    let number = this.conditionNumber.get(condition);
    if (number === undefined) {
      number = this.conditions.length;
      this.conditionNumber.set(condition, number);
      this.conditions.push(condition);
      this.conditionResults.push([]);
    }
    return number;
  }

  /** The combination after a change (as `applyEffects` makes it). */
  apply(change: number, values: number): number {
    if (change === NONE) return values;
    const results = this.changeResults[change] as number[];
    let result = results[values];
    if (result === undefined) {
      result = this.numberOf(applyEffects(this.scenario, this.states[values] as StoryState, this.changes[change]));
      results[values] = result;
    }
    return result;
  }

  /** Whether a condition holds for a combination (as `holds` says). */
  holds(condition: number, values: number): boolean {
    if (condition === NONE) return true;
    const results = this.conditionResults[condition] as (boolean | undefined)[];
    let result = results[values];
    if (result === undefined) {
      result = holds(this.conditions[condition] as Condition, this.states[values] as StoryState);
      results[values] = result;
    }
    return result;
  }

  /** The combination after entering a node (as `markVisited` makes it). */
  visit(node: string, values: number): number {
    let results = this.visits.get(node);
    if (!results) this.visits.set(node, (results = []));
    let result = results[values];
    if (result === undefined) {
      result = this.numberOf(markVisited(this.states[values] as StoryState, node));
      results[values] = result;
    }
    return result;
  }
}

/** A way on from a node: taken when its condition holds, making its change. */
interface Way {
  condition: number;
  change: number;
  target: number;
}

/**
 * A node as the walk reads it, by number. A branch takes the first of its ways whose condition
 * holds (its last way, `else`, always does); any other node may take each of its ways that holds.
 */
interface WalkNode {
  id: string;
  ways: Way[];
  firstOnly: boolean;
  /** A dialogue with choices, which is stuck when none is available. */
  hasChoices: boolean;
  isEnding: boolean;
  /** Whether some condition asks if this node was visited, so entering it is recorded. */
  recordsVisit: boolean;
}

function walkNodes(
  scenario: Scenario,
  space: ValueSpace,
  recordsVisit: ReadonlySet<string>,
  nodeIds: readonly string[],
  numberOf: ReadonlyMap<string, number>,
): WalkNode[] {
  // The walk runs only on a sound graph, where every link names a node.
  const target = (id: string): number => numberOf.get(id) as number;
  const walkNodes: WalkNode[] = [];
  for (const id of nodeIds) {
    const node = scenario.nodes[id] as ScenarioNode;
    const ways = waysOut(node).map((way): Way => ({
      condition: space.conditionOf(wayCondition(way)),
      change: space.changeOf(wayEffects(way)),
      target: target(way.target),
    }));
    walkNodes.push({
      id,
      ways,
      firstOnly: takesFirstOpenWay(node),
      hasChoices: node.type === 'dialogue' && node.choices !== undefined,
      isEnding: node.type === 'ending',
      recordsVisit: recordsVisit.has(id),
    });
  }
  return walkNodes;
}

/**
 * The reachable state graph, in breadth-first order: for state i its node (by number), its
 * combination of values, and its successors `edges[edgeStart[i]]` up to `edges[edgeStart[i + 1]]`.
 */
interface StateGraph {
  space: ValueSpace;
  nodes: WalkNode[];
  stateNodes: Int32Array;
  stateValues: Int32Array;
  edges: Int32Array;
  edgeStart: Int32Array;
  truncated: boolean;
}

function buildStateGraph(scenario: Scenario, limit: number): StateGraph {
  const relevant = relevantState(scenario);
  const space = new ValueSpace(scenario, relevant);
  const nodeIds = Object.keys(scenario.nodes);
  const numberOf = new Map(nodeIds.map((id, i) => [id, i]));
  const nodes = walkNodes(scenario, space, new Set(relevant.visited), nodeIds, numberOf);

  // Per node, the state number of each combination of values met there.
  const stateAt: number[][] = nodeIds.map(() => []);
  const stateNodes = new IntList();
  const stateValues = new IntList();
  const enter = (node: number, before: number): number => {
    const walkNode = nodes[node] as WalkNode;
    const values = walkNode.recordsVisit ? space.visit(walkNode.id, before) : before;
    const states = stateAt[node] as number[];
    const known = states[values];
    if (known !== undefined) return known;
    states[values] = stateNodes.length;
    stateNodes.push(node);
    stateValues.push(values);
    return stateNodes.length - 1;
  };

  const edges = new IntList();
  const edgeStart = new IntList();
  enter(numberOf.get(scenario.start) as number, space.numberOf(relevantPartOf(initialState(scenario), relevant)));
  let truncated = false;
  for (let i = 0; i < stateNodes.length; i++) {
    if (i >= limit) {
      truncated = true;
      break;
    }
    edgeStart.push(edges.length);
    const node = nodes[stateNodes.at(i)] as WalkNode;
    const values = stateValues.at(i);
    const ways = node.ways;
    for (let w = 0; w < ways.length; w++) {
      const way = ways[w] as Way;
      if (!space.holds(way.condition, values)) continue;
      edges.push(enter(way.target, space.apply(way.change, values)));
      if (node.firstOnly) break;
    }
  }
  const expanded = edgeStart.length;
  edgeStart.push(edges.length);
  return {
    space,
    nodes,
    stateNodes: stateNodes.view().subarray(0, expanded),
    stateValues: stateValues.view().subarray(0, expanded),
    edges: edges.view(),
    edgeStart: edgeStart.view(),
    truncated,
  };
}

/**
 * Which states can still reach an ending, or a stuck state (which has its own warning), walking
 * backwards from those along the edges. The rest are trapped in loops.
 */
function statesThatCanFinish(graph: StateGraph, final: Uint8Array): Uint8Array {
  const { edges, edgeStart } = graph;
  const count = graph.stateNodes.length;
  // Predecessor lists in the same flat layout as the edges.
  const predecessorStart = new Int32Array(count + 1);
  for (let e = 0; e < edges.length; e++) {
    const slot = (edges[e] as number) + 1;
    predecessorStart[slot] = (predecessorStart[slot] as number) + 1;
  }
  for (let i = 0; i < count; i++) predecessorStart[i + 1] = (predecessorStart[i + 1] as number) + (predecessorStart[i] as number);
  const fill = predecessorStart.slice(0, count);
  const predecessors = new Int32Array(edges.length);
  for (let from = 0; from < count; from++) {
    const end = edgeStart[from + 1] as number;
    for (let e = edgeStart[from] as number; e < end; e++) {
      const to = edges[e] as number;
      const slot = fill[to] as number;
      predecessors[slot] = from;
      fill[to] = slot + 1;
    }
  }
  const canFinish = new Uint8Array(count);
  const queue = new Int32Array(count);
  let queued = 0;
  for (let i = 0; i < count; i++) {
    if (final[i]) {
      canFinish[i] = 1;
      queue[queued++] = i;
    }
  }
  for (let q = 0; q < queued; q++) {
    const to = queue[q] as number;
    const end = predecessorStart[to + 1] as number;
    for (let p = predecessorStart[to] as number; p < end; p++) {
      const from = predecessors[p] as number;
      if (!canFinish[from]) {
        canFinish[from] = 1;
        queue[queued++] = from;
      }
    }
  }
  return canFinish;
}

/** The example state of a warning: exactly the values that conditions read. */
function describeState(scenario: Scenario, relevant: Relevant, state: StoryState): string {
  const meters = relevant.meters.map((id) => `${scenario.meters[id]?.label ?? id} ${state.meters[id]}`);
  const flags = relevant.flags.map((id) => (state.flags[id] ? id : `not ${id}`));
  const described = [...meters, ...flags];
  const visited = relevant.visited.filter((id) => state.visited.includes(id));
  if (visited.length) described.push(`after visiting ${visited.join(', ')}`);
  return described.length ? described.join(', ') : 'any state';
}

/** What the walk learned that other checks use; absent when the walk was cut short. */
export interface PlaysExplored {
  /** Ending id → the fewest decisions (screens offering two or more available choices) on any play there. */
  fewestDecisions: Map<string, number>;
}

/**
 * The fewest decisions on the way to each state, by a 0-1 breadth-first search: leaving a state at a
 * dialogue with two or more available choices costs one, any other step nothing.
 */
function fewestDecisionsToEndings(graph: StateGraph): Map<string, number> {
  const { edges, edgeStart } = graph;
  const count = graph.stateNodes.length;
  const best = new Int32Array(count).fill(-1);
  // A deque in one array twice the size: free steps go on the front, decisions on the back.
  const deque = new Int32Array(2 * edges.length + 2);
  let head = edges.length + 1;
  let tail = head;
  const cost = new Int32Array(count).fill(0x7fffffff);
  cost[0] = 0;
  deque[tail++] = 0;
  while (head < tail) {
    const from = deque[head++] as number;
    if (best[from] !== -1) continue;
    const reached = cost[from] as number;
    best[from] = reached;
    const start = edgeStart[from] as number;
    const end = edgeStart[from + 1] as number;
    const step = (graph.nodes[graph.stateNodes[from] as number] as WalkNode).hasChoices && end - start >= 2 ? 1 : 0;
    for (let e = start; e < end; e++) {
      const to = edges[e] as number;
      const total = reached + step;
      if (best[to] !== -1 || total >= (cost[to] as number)) continue;
      cost[to] = total;
      if (step === 0) deque[--head] = to;
      else deque[tail++] = to;
    }
  }
  const fewest = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const node = graph.nodes[graph.stateNodes[i] as number] as WalkNode;
    if (!node.isEnding || best[i] === -1) continue;
    fewest.set(node.id, Math.min(fewest.get(node.id) ?? Infinity, best[i] as number));
  }
  return fewest;
}

export function explorePlays(scenario: Scenario, limit: number, sink: DiagnosticSink): PlaysExplored | undefined {
  const graph = buildStateGraph(scenario, limit);
  const nodeOf = (i: number): WalkNode => graph.nodes[graph.stateNodes[i] ?? 0] as WalkNode;
  const example = (i: number): string =>
    describeState(scenario, graph.space.relevant, graph.space.states[graph.stateValues[i] ?? 0] as StoryState);

  // Where a play finishes: at an ending, or stuck at a choice with none available (reported here).
  const final = new Uint8Array(graph.stateNodes.length);
  const stuck = new Set<string>();
  for (let i = 0; i < graph.stateNodes.length; i++) {
    const node = nodeOf(i);
    if (node.isEnding) final[i] = 1;
    if (!node.hasChoices || graph.edgeStart[i] !== graph.edgeStart[i + 1]) continue;
    final[i] = 1;
    if (stuck.has(node.id)) continue;
    stuck.add(node.id);
    sink.report(
      ['nodes', node.id, 'choices'],
      'W_CHOICES_UNAVAILABLE',
      `a play can reach '${node.id}' with every choice unavailable, and then cannot go on; for example with ${example(i)}. Add a choice without "requires", or loosen a condition`,
    );
  }
  if (graph.truncated) {
    sink.report(
      [],
      'W_EXPLORATION_LIMIT',
      `the validator stopped after exploring ${limit} distinct states of play, so it did not check which endings conditions make unreachable or where plays get trapped; this scenario's meters, flags and visits combine into very many states. Fewer meters in conditions, or coarser meter steps, make it checkable`,
    );
    return undefined;
  }

  // A trap is entered where a state that can still finish leads to one that cannot (or at the start).
  // Stuck states count as finished here: they are reported above, and what leads to them is no loop.
  const canFinish = statesThatCanFinish(graph, final);
  const trapEntries = new Set<number>(canFinish[0] === 0 ? [0] : []);
  for (let from = 0; from < graph.stateNodes.length; from++) {
    if (!canFinish[from]) continue;
    for (let e = graph.edgeStart[from] ?? 0; e < (graph.edgeStart[from + 1] ?? 0); e++) {
      const to = graph.edges[e] ?? 0;
      if (!canFinish[to]) trapEntries.add(to);
    }
  }
  const trapped = new Set<string>();
  for (const i of [...trapEntries].sort((a, b) => a - b)) {
    const id = nodeOf(i).id;
    if (trapped.has(id)) continue;
    trapped.add(id);
    sink.report(
      ['nodes', id],
      'W_TRAPPED',
      `a play can reach '${id}' in a state from which no ending can be reached: once conditions apply, every way on only loops back; for example with ${example(i)}. Give this part of the story a way out that these conditions allow`,
    );
  }

  const reached = new Uint8Array(graph.nodes.length);
  const statesAtEndings = new Map<string, StoryState[]>();
  for (let i = 0; i < graph.stateNodes.length; i++) {
    const node = graph.stateNodes[i] as number;
    reached[node] = 1;
    const walkNode = graph.nodes[node] as WalkNode;
    if (!walkNode.isEnding) continue;
    let states = statesAtEndings.get(walkNode.id);
    if (!states) statesAtEndings.set(walkNode.id, (states = []));
    states.push(graph.space.states[graph.stateValues[i] as number] as StoryState);
  }
  checkClaims(scenario, statesAtEndings, (state) => describeState(scenario, graph.space.relevant, state), sink);
  graph.nodes.forEach(({ id, isEnding }, node) => {
    if (isEnding && !reached[node]) {
      sink.report(
        ['nodes', id],
        'W_ENDING_UNREACHABLE',
        `no play reaches the ending '${id}' once conditions and effects are taken into account; check the conditions on the way to it`,
      );
    }
  });
  return { fewestDecisions: fewestDecisionsToEndings(graph) };
}
