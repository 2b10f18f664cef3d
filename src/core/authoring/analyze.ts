/**
 * What an author balancing a scenario needs, found by exploring every reachable state of play, up
 * to a bound. `npm run analyze` prints it.
 *
 * The walk takes each step with the same definitions the engine's machine is compiled from (the ways
 * out of a node, `holds`, `applyEffects`, `markVisited`; tests/cli/analyze.test.ts checks it against
 * every play of the compiled machine), without the machine's per-step cost.
 *
 * A state is what decides how a play goes on and what is reported of its ending: the node, the
 * meters (their values at an ending are reported), and the flags and visited nodes that a choice's
 * `requires` or a branch's case reads. Other flags and visits change nothing that follows (an ending's
 * claims and debrief lines read them, but not the way there), and the quiz tally changes only the
 * score, so none of them multiplies the states: each state carries beside its key the quiz tallies plays arrive with,
 * worked out over the finished graph. Two plays arriving at the same state play on alike, so the
 * graph's paths are exactly the plays.
 */
import type { Scenario, ScenarioNode } from '../model/schema';
import { addReads, forEachConditionIn, holds, type ReadState } from '../model/conditions';
import { DEFAULT_SCORING, playScore } from '../model/score';
import { applyEffects } from '../model/effects';
import { initialState, markVisited, type StoryState } from '../model/state';
import { takesFirstOpenWay, wayCondition, wayEffects, waysOut, type WayOut } from '../model/ways-out';
import { valuesKeyer } from '../validator/state-key';

export const DEFAULT_ANALYSIS_LIMIT = 100_000;
/** Plays longer than this many answers are not followed (a loop can make them as long as you like). */
const MAX_ANSWERS = 80;
/** Distinct plays are counted up to this; a loop makes them countless. */
const PLAY_COUNT_CAP = 1_000_000;

interface Range {
  min: number;
  max: number;
}

interface EndingAnalysis {
  id: string;
  outcome: 'success' | 'mixed' | 'failure';
  reachable: boolean;
  /** The items of a play with the fewest answers that reaches it (choice ids and quiz option indexes), for `npm run play -- --choices`. */
  shortestPlay: Array<string | number> | null;
  plays: { count: number; capped: boolean };
  score: Range | null;
  meters: Record<string, Range>;
}

export interface Analysis {
  endings: EndingAnalysis[];
  /** True when the bound (states, or answers on one play) stopped the exploration: the figures then cover only what was explored. */
  cut: boolean;
  states: number;
  /** Choices that lie on no play to a `success` ending, as `node/choice`. */
  choicesOffSuccess: string[];
  /** Choices that no play can take. */
  choicesNeverTaken: string[];
  /** Quiz nodes that some complete play never meets. */
  quizzesSkippable: string[];
  /** The fewest and most decisions (screens offering two or more available choices) on a play; `max` null when a loop makes it unbounded. */
  decisions: { min: number | null; max: number | null };
}

/** What an answer does to the quiz tally. */
type Answer = 'none' | 'wrong' | 'right';

interface Edge {
  to: number;
  /** What the player gave: a choice's id, a quiz option's index; null for a Continue. */
  item: string | number | null;
  answer: Answer;
}

interface State {
  node: string;
  story: StoryState;
  /** Answers (choices and quiz options) on the fewest-answers play found to it. */
  cost: number;
  /** That play's last step: the state it came from and what was given there (-1 for the start). */
  parent: number;
  item: string | number | null;
  edges: Edge[];
  /** Choice screens with two or more choices open here count as a decision. */
  decision: boolean;
  settled: boolean;
}

/** The scenario as the walk reads it: what a state's key holds, and where a node's arrival leads. */
class Steps {
  private readonly values: (story: StoryState) => number | string;
  private readonly visitsRead: ReadonlySet<string>;
  /** A chain of branches longer than this goes round in a loop: the engine would never leave it. */
  private readonly maxHops: number;

  constructor(private readonly scenario: Scenario) {
    const reads: ReadState = { meters: new Set(), flags: new Set(), visited: new Set() };
    // Paths nodes/<id>/choices/… and nodes/<id>/cases/…: the conditions that open a way on.
    forEachConditionIn(scenario, (condition, path) => {
      if (path[2] === 'choices' || path[2] === 'cases') addReads(condition, reads);
    });
    this.values = valuesKeyer(scenario, { meters: Object.keys(scenario.meters), flags: [...reads.flags], visited: [...reads.visited] });
    this.visitsRead = reads.visited;
    this.maxHops = Object.keys(scenario.nodes).length * (reads.visited.size + 1) + 1;
  }

  key(node: string, story: StoryState): string {
    return `${node}\u0000${this.values(story)}`;
  }

  node(id: string): ScenarioNode {
    const node = Object.hasOwn(this.scenario.nodes, id) ? this.scenario.nodes[id] : undefined;
    if (!node) throw new Error(`no node "${id}"`);
    return node;
  }

  /** Arriving at a node: it is marked visited, and a branch at once takes its first open way. Null for a loop of branches. */
  arrive(id: string, story: StoryState): { node: string; story: StoryState } | null {
    for (let hop = 0; hop < this.maxHops; hop++) {
      if (this.visitsRead.has(id)) story = markVisited(story, id);
      const node = this.node(id);
      if (!takesFirstOpenWay(node)) return { node: id, story };
      const way = waysOut(node).find((w) => this.open(w, story));
      if (!way) return null;
      id = way.target;
    }
    return null;
  }

  open(way: WayOut, story: StoryState): boolean {
    const condition = wayCondition(way);
    return condition === undefined || holds(condition, story);
  }

  take(way: WayOut, story: StoryState): { node: string; story: StoryState } | null {
    return this.arrive(way.target, applyEffects(this.scenario, story, wayEffects(way)));
  }
}

/** What the player can give at a node, each with the way it takes. */
function inputs(node: ScenarioNode): Array<{ item: string | number | null; way: WayOut; answer: Answer }> {
  if (node.type === 'quiz') {
    const [right, wrong] = waysOut(node) as [WayOut, WayOut];
    return node.options.map((_, option) =>
      option === node.answer ? { item: option, way: right, answer: 'right' } : { item: option, way: wrong, answer: 'wrong' },
    );
  }
  return waysOut(node).map((way) => ({ item: way.kind === 'choice' ? way.choice.id : null, way, answer: 'none' }));
}

interface Explored {
  states: State[];
  cut: boolean;
}

/**
 * A 0-1 breadth-first search: a Continue costs nothing, an answer one, so each state is settled by a
 * play with the fewest answers, remembered by its last step.
 */
function explore(scenario: Scenario, limit: number): Explored {
  const steps = new Steps(scenario);
  const states: State[] = [];
  const index = new Map<string, number>();
  const add = (at: { node: string; story: StoryState }, cost: number, parent: number, item: string | number | null): number => {
    const i = states.length;
    // Written out, not `{ ...at, … }`: V8 makes a spread followed by new keys the slow way.
    states.push({ node: at.node, story: at.story, cost, parent, item, edges: [], decision: false, settled: false });
    index.set(steps.key(at.node, at.story), i);
    return i;
  };
  const start = steps.arrive(scenario.start, initialState(scenario));
  if (!start) return { states, cut: true };
  add(start, 0, -1, null);
  // The deque as a stack for free steps (taken first) and a queue for answers.
  const free: number[] = [0];
  const answered: number[] = [];
  let head = 0;
  let cut = false;
  while (free.length > 0 || head < answered.length) {
    const from = (free.length > 0 ? free.pop() : answered[head++]) as number;
    const state = states[from] as State;
    if (state.settled) continue;
    state.settled = true;
    const node = steps.node(state.node);
    let open = 0;
    // The ways of a quiz are shared by its options: each is worked out once.
    const reached = new Map<WayOut, { node: string; story: StoryState } | null>();
    for (const { item, way, answer } of inputs(node)) {
      if (!steps.open(way, state.story)) continue; // a locked choice
      if (way.kind === 'choice') open++;
      let next = reached.get(way);
      if (next === undefined) reached.set(way, (next = steps.take(way, state.story)));
      if (next === null) {
        cut = true; // into a loop of branches
        continue;
      }
      const cost = state.cost + (item === null ? 0 : 1);
      let to = index.get(steps.key(next.node, next.story));
      let improved = false;
      if (to === undefined) {
        // Loops can make plays grow without end: the bound is on states and on answers.
        if (states.length >= limit || cost > MAX_ANSWERS) {
          cut = true;
          continue;
        }
        to = add(next, cost, from, item);
        improved = true;
      } else {
        const target = states[to] as State;
        if (!target.settled && cost < target.cost) {
          Object.assign(target, { cost, parent: from, item });
          improved = true;
        }
      }
      state.edges.push({ to, item, answer });
      if (!improved) continue;
      if (item === null) free.push(to);
      else answered.push(to);
    }
    state.decision = open >= 2;
  }
  return { states, cut };
}

/** The items `npm run play -- --choices` takes for the fewest-answers play to a state. */
function playTo(states: State[], i: number): Array<string | number> {
  const items: Array<string | number> = [];
  for (let at = i; at > 0; at = (states[at] as State).parent) {
    const item = (states[at] as State).item;
    if (item !== null) items.push(item);
  }
  return items.reverse();
}

/**
 * For each state, the quiz tallies plays arrive with: answers given → the fewest and the most of
 * them right (for a given number of answers a play's score rises with the right ones, so these two
 * bound it). Worked out to a fixed point over the graph; `cut` when a loop would take the number of
 * answers past MAX_ANSWERS.
 */
function tallies(states: State[]): { at: Map<number, Range>[]; cut: boolean } {
  const at = states.map(() => new Map<number, Range>());
  at[0]?.set(0, { min: 0, max: 0 });
  let cut = false;
  const queue = [0];
  const queued = new Uint8Array(states.length);
  queued[0] = 1;
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head] as number;
    queued[from] = 0;
    const here = at[from] as Map<number, Range>;
    for (const { to, answer } of (states[from] as State).edges) {
      const there = at[to] as Map<number, Range>;
      const plus = answer === 'right' ? 1 : 0;
      let changed = false;
      for (const [total, right] of here) {
        const answers = answer === 'none' ? total : total + 1;
        if (answers > MAX_ANSWERS) {
          cut = true;
          continue;
        }
        const known = there.get(answers);
        if (!known) there.set(answers, { min: right.min + plus, max: right.max + plus });
        else if (right.min + plus < known.min || right.max + plus > known.max) {
          known.min = Math.min(known.min, right.min + plus);
          known.max = Math.max(known.max, right.max + plus);
        } else continue;
        changed = true;
      }
      if (changed && !queued[to]) {
        queued[to] = 1;
        queue.push(to);
      }
    }
  }
  return { at, cut };
}

export function analyzeScenario(scenario: Scenario, limit = DEFAULT_ANALYSIS_LIMIT): Analysis {
  const explored = explore(scenario, limit);
  const { states } = explored;
  const tally = tallies(states);
  const cut = explored.cut || tally.cut;

  const endingIds = new Set(Object.keys(scenario.nodes).filter((id) => scenario.nodes[id]?.type === 'ending'));
  const endingAt = (i: number): string | undefined => {
    const id = (states[i] as State).node;
    return endingIds.has(id) ? id : undefined;
  };
  const done = (i: number) => endingAt(i) !== undefined;
  const order = topologicalOrder(states);
  const counts = countPlays(states, order);
  const decisions = decisionRange(states, order, done);
  const weights = scenario.scoring ?? DEFAULT_SCORING;

  const atEnding = new Map<string, number[]>();
  states.forEach((_, i) => {
    const id = endingAt(i);
    if (id === undefined) return;
    const list = atEnding.get(id);
    if (list) list.push(i);
    else atEnding.set(id, [i]);
  });
  const endings: EndingAnalysis[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'ending') continue;
    const at = atEnding.get(id) ?? [];
    let score: Range | null = null;
    for (const i of at)
      for (const [total, right] of tally.at[i] ?? [])
        for (const value of [playScore(node.score, right.min, total, weights), playScore(node.score, right.max, total, weights)])
          score = widen(score, value);
    const meters: Record<string, Range> = {};
    for (const meter of Object.keys(scenario.meters)) {
      let range: Range | null = null;
      for (const i of at) range = widen(range, (states[i] as State).story.meters[meter] ?? 0);
      if (range) meters[meter] = range;
    }
    const best = at.reduce<number | undefined>(
      (b, i) => (b === undefined || (states[i] as State).cost < (states[b] as State).cost ? i : b),
      undefined,
    );
    let count = 0;
    let capped = false;
    for (const i of at) {
      count = Math.min(PLAY_COUNT_CAP, count + (counts[i] ?? 0));
      if (counts[i] === undefined || count >= PLAY_COUNT_CAP) capped = true;
    }
    endings.push({
      id,
      outcome: node.outcome,
      reachable: at.length > 0,
      shortestPlay: best === undefined ? null : playTo(states, best),
      plays: { count: capped ? PLAY_COUNT_CAP : count, capped: capped || cut },
      score,
      meters,
    });
  }

  const toSuccess = reaching(states, (i) => {
    const id = endingAt(i);
    const node = id === undefined ? undefined : scenario.nodes[id];
    return node?.type === 'ending' && node.outcome === 'success';
  });
  const taken = new Set<string>();
  const onSuccess = new Set<string>();
  states.forEach((s, from) =>
    s.edges.forEach(({ to, item, answer }) => {
      if (typeof item !== 'string' || answer !== 'none') return;
      const key = `${s.node}/${item}`;
      taken.add(key);
      if (toSuccess[to] && toSuccess[from]) onSuccess.add(key);
    }),
  );
  const declared = Object.entries(scenario.nodes).flatMap(([id, node]) =>
    node.type === 'dialogue' && node.choices ? node.choices.map((c) => `${id}/${c.id}`) : [],
  );

  // A quiz some play never meets: an ending can be reached without passing a state at it.
  const met = new Set(states.map((s) => s.node));
  const quizzesSkippable = Object.entries(scenario.nodes)
    .filter(([id, node]) => node.type === 'quiz' && met.has(id) && endingAvoiding(states, id, done))
    .map(([id]) => id);

  return {
    endings,
    cut,
    states: states.length,
    choicesOffSuccess: declared.filter((c) => taken.has(c) && !onSuccess.has(c)),
    choicesNeverTaken: cut ? [] : declared.filter((c) => !taken.has(c)),
    quizzesSkippable,
    decisions,
  };
}

function widen(range: Range | null, value: number): Range {
  return range ? { min: Math.min(range.min, value), max: Math.max(range.max, value) } : { min: value, max: value };
}

/** The states from which some play reaches one of the targets. */
function reaching(states: State[], targets: (i: number) => boolean): Uint8Array {
  const reverse: number[][] = states.map(() => []);
  states.forEach((s, from) => s.edges.forEach(({ to }) => reverse[to]?.push(from)));
  const mark = new Uint8Array(states.length);
  const stack = states.map((_, i) => i).filter(targets);
  for (const i of stack) mark[i] = 1;
  while (stack.length > 0) {
    for (const from of reverse[stack.pop() as number] ?? []) {
      if (mark[from]) continue;
      mark[from] = 1;
      stack.push(from);
    }
  }
  return mark;
}

/** Distinct plays to each state, in topological order; states on or after a loop are left out (countless). */
function countPlays(states: State[], order: number[]): Array<number | undefined> {
  const counts = new Array<number | undefined>(states.length).fill(undefined);
  if (order[0] !== 0) return counts; // a loop back to the start
  counts[0] = 1;
  for (const from of order)
    for (const { to } of (states[from] as State).edges) counts[to] = Math.min(PLAY_COUNT_CAP, (counts[to] ?? 0) + (counts[from] ?? 0));
  // The order never reaches a state in or after a loop: their counts are left undefined.
  const ordered = new Uint8Array(states.length);
  for (const i of order) ordered[i] = 1;
  return counts.map((count, i) => (ordered[i] ? count : undefined));
}

/**
 * The fewest decisions on a finished play (a 0-1 search: leaving a decision costs one), and the most
 * (the longest path, when no loop makes it unbounded: then null).
 */
function decisionRange(states: State[], order: number[], done: (i: number) => boolean): { min: number | null; max: number | null } {
  const fewest = new Float64Array(states.length).fill(Infinity);
  if (states.length === 0) return { min: null, max: null };
  fewest[0] = 0;
  const free = [0];
  const costly: number[] = [];
  let head = 0;
  const settled = new Uint8Array(states.length);
  while (free.length > 0 || head < costly.length) {
    const from = (free.length > 0 ? free.pop() : costly[head++]) as number;
    if (settled[from]) continue;
    settled[from] = 1;
    const cost = (states[from] as State).decision ? 1 : 0;
    for (const { to } of (states[from] as State).edges) {
      if ((fewest[from] as number) + cost >= (fewest[to] as number)) continue;
      fewest[to] = (fewest[from] as number) + cost;
      if (cost === 0) free.push(to);
      else costly.push(to);
    }
  }
  const finished = states.map((_, i) => i).filter(done);
  const min = finished.length > 0 ? finished.reduce((m, i) => Math.min(m, fewest[i] as number), Infinity) : null;
  if (order.length < states.length || finished.length === 0) return { min, max: null };
  // No loop: the most decisions, state by state from the ends back to the start.
  const most = new Float64Array(states.length).fill(-Infinity);
  for (const i of [...order].reverse()) {
    const state = states[i] as State;
    let best = done(i) ? 0 : -Infinity;
    for (const { to } of state.edges) best = Math.max(best, (most[to] as number) + (state.decision ? 1 : 0));
    most[i] = best;
  }
  return { min, max: most[0] as number };
}

/** The states in an order where every edge goes forward (Kahn's), without those in or after a loop. */
function topologicalOrder(states: State[]): number[] {
  const indegree = new Int32Array(states.length);
  for (const s of states) for (const { to } of s.edges) indegree[to] = (indegree[to] as number) + 1;
  const order: number[] = [];
  for (let i = 0; i < states.length; i++) if (indegree[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++)
    for (const { to } of (states[order[head] as number] as State).edges) {
      indegree[to] = (indegree[to] as number) - 1;
      if (indegree[to] === 0) order.push(to);
    }
  return order;
}

/** Whether some play finishes without ever being at the node `avoid`. */
function endingAvoiding(states: State[], avoid: string, done: (i: number) => boolean): boolean {
  const at = (i: number) => (states[i] as State).node === avoid;
  if (at(0)) return false;
  const seen = new Uint8Array(states.length);
  const stack = [0];
  seen[0] = 1;
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (done(i)) return true;
    for (const { to } of (states[i] as State).edges) {
      if (seen[to] || at(to)) continue;
      seen[to] = 1;
      stack.push(to);
    }
  }
  return false;
}
