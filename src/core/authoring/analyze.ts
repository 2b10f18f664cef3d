/**
 * What an author balancing a scenario needs, found by driving the engine's own compiled machine
 * (XState's pure getNextSnapshot, so conditions and effects mean exactly what they mean in play)
 * over every reachable state, up to a bound. A state is the node, the meters, the flags, the nodes
 * visited (only when a condition reads visits) and the quiz tally (it decides the score); two plays
 * that arrive at the same state play on alike. `npm run analyze` prints it.
 */
import { getInitialSnapshot, getNextSnapshot, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../model/schema';
import { compileScenario, type StoryEvent, type StoryMachine } from '../engine';

export const DEFAULT_ANALYSIS_LIMIT = 100_000;
/** Plays longer than this many answers are not followed (a loop can make them as long as you like). */
const MAX_ANSWERS = 80;
/** Distinct plays are counted up to this; a loop makes them countless. */
const PLAY_COUNT_CAP = 1_000_000;

type Snapshot = SnapshotFrom<StoryMachine>;

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

interface State {
  snapshot: Snapshot;
  /** Answers (choices and quiz options) on the fewest-answers play found to it. */
  cost: number;
  edges: Array<{ to: number; event: StoryEvent }>;
  /** Choice screens with two or more choices open here count as a decision. */
  decision: boolean;
}

function eventsAt(scenario: Scenario, snapshot: Snapshot): StoryEvent[] {
  if (snapshot.status === 'done') return [];
  const node = scenario.nodes[String(snapshot.value)];
  if (node?.type === 'quiz') return node.options.map((_, option) => ({ type: 'quiz.answer', option }));
  if (node?.type === 'dialogue' && node.choices) return node.choices.map((c) => ({ type: 'story.choose', choice: c.id }));
  return [{ type: 'story.continue' }];
}

export function analyzeScenario(scenario: Scenario, limit = DEFAULT_ANALYSIS_LIMIT): Analysis {
  const { machine } = compileScenario(scenario);
  const readsVisited = JSON.stringify(scenario.nodes).includes('"visited"');
  const keyOf = (s: Snapshot): string => {
    const { story, quiz } = s.context;
    const correct = quiz.filter((q) => q.correct).length;
    return JSON.stringify([
      s.value,
      s.status,
      story.meters,
      story.flags,
      readsVisited ? [...story.visited].sort() : 0,
      correct,
      quiz.length,
    ]);
  };

  // A 0-1 breadth-first search: a continue costs nothing, an answer one, so each state is first
  // settled by a play with the fewest answers.
  const states: State[] = [];
  const index = new Map<string, number>();
  const add = (snapshot: Snapshot, cost: number): number => {
    const i = states.length;
    states.push({ snapshot, cost, edges: [], decision: false });
    index.set(keyOf(snapshot), i);
    return i;
  };
  add(getInitialSnapshot(machine), 0);
  // The deque as a stack for free steps (taken first) and a queue for answers.
  const free: number[] = [0];
  const answered: number[] = [];
  let head = 0;
  const settled = new Set<number>();
  let cut = false;
  while (free.length > 0 || head < answered.length) {
    const from = (free.length > 0 ? free.pop() : answered[head++]) as number;
    if (settled.has(from)) continue;
    settled.add(from);
    const state = states[from] as State;
    let open = 0;
    for (const event of eventsAt(scenario, state.snapshot)) {
      const next = getNextSnapshot(machine, state.snapshot, event);
      if (next === state.snapshot) continue; // refused: a locked choice
      if (event.type === 'story.choose') open++;
      const step = event.type === 'story.continue' ? 0 : 1;
      const key = keyOf(next);
      let to = index.get(key);
      let improved = false;
      if (to === undefined) {
        // Loops can make plays (and quiz tallies) grow without end: the bound is on states and on answers.
        if (states.length >= limit || state.cost + step > MAX_ANSWERS) {
          cut = true;
          continue;
        }
        to = add(next, state.cost + step);
        improved = true;
      } else if (!settled.has(to) && state.cost + step < (states[to] as State).cost) {
        (states[to] as State).snapshot = next;
        (states[to] as State).cost = state.cost + step;
        improved = true;
      }
      state.edges.push({ to, event });
      if (!improved) continue;
      if (step === 0) free.push(to);
      else answered.push(to);
    }
    state.decision = open >= 2;
  }

  const done = (i: number) => (states[i] as State).snapshot.status === 'done';
  const endingOf = (i: number) => String((states[i] as State).snapshot.value);
  const reverse: number[][] = states.map(() => []);
  states.forEach((s, from) => s.edges.forEach(({ to }) => reverse[to]?.push(from)));
  const reaching = (targets: (i: number) => boolean): Uint8Array => {
    const mark = new Uint8Array(states.length);
    const queue = states.map((_, i) => i).filter(targets);
    for (const i of queue) mark[i] = 1;
    while (queue.length > 0) {
      for (const from of reverse[queue.pop() as number] ?? []) {
        if (mark[from]) continue;
        mark[from] = 1;
        queue.push(from);
      }
    }
    return mark;
  };

  const { counts, cyclic } = countPlays(states);
  const decisions = decisionRange(states, cyclic, done);

  const endings: EndingAnalysis[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'ending') continue;
    const at = states.map((_, i) => i).filter((i) => done(i) && endingOf(i) === id);
    const scores = at.map((i) => (states[i] as State).snapshot.output?.score ?? 0);
    const meters: Record<string, Range> = {};
    for (const meter of Object.keys(scenario.meters)) {
      const values = at.map((i) => (states[i] as State).snapshot.context.story.meters[meter] ?? 0);
      if (values.length > 0) meters[meter] = { min: Math.min(...values), max: Math.max(...values) };
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
      shortestPlay: best === undefined ? null : playItems((states[best] as State).snapshot),
      plays: { count: capped ? PLAY_COUNT_CAP : count, capped: capped || cut },
      score: scores.length > 0 ? { min: Math.min(...scores), max: Math.max(...scores) } : null,
      meters,
    });
  }

  const toSuccess = reaching((i) => done(i) && scenario.nodes[endingOf(i)]?.type === 'ending' && isSuccess(scenario, endingOf(i)));
  const taken = new Set<string>();
  const onSuccess = new Set<string>();
  states.forEach((s, from) =>
    s.edges.forEach(({ to, event }) => {
      if (event.type !== 'story.choose') return;
      const key = `${String(s.snapshot.value)}/${event.choice}`;
      taken.add(key);
      if (toSuccess[to] && toSuccess[from]) onSuccess.add(key);
    }),
  );
  const declared = Object.entries(scenario.nodes).flatMap(([id, node]) =>
    node.type === 'dialogue' && node.choices ? node.choices.map((c) => `${id}/${c.id}`) : [],
  );

  // A quiz some play never meets: an ending can be reached without passing a state at it.
  const quizzesSkippable = Object.entries(scenario.nodes)
    .filter(([id, node]) => node.type === 'quiz' && states.some((s) => String(s.snapshot.value) === id) && endingAvoiding(states, id, done))
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

function isSuccess(scenario: Scenario, id: string): boolean {
  const node = scenario.nodes[id];
  return node?.type === 'ending' && node.outcome === 'success';
}

/** The items `npm run play -- --choices` takes for the play that led to this snapshot. */
function playItems(snapshot: Snapshot): Array<string | number> {
  return snapshot.context.steps.flatMap((s): Array<string | number> =>
    s.kind === 'choose' ? [s.choice] : s.kind === 'answer' ? [s.option] : [],
  );
}

/** Distinct plays to each state, in topological order; states on or after a loop are left out (countless). */
function countPlays(states: State[]): { counts: Array<number | undefined>; cyclic: boolean } {
  const indegree = new Array<number>(states.length).fill(0);
  for (const s of states) for (const { to } of s.edges) indegree[to] = (indegree[to] ?? 0) + 1;
  const counts = new Array<number | undefined>(states.length).fill(undefined);
  counts[0] = 1;
  const order = states.map((_, i) => i).filter((i) => indegree[i] === 0);
  let seen = 0;
  while (order.length > 0) {
    const from = order.pop() as number;
    seen++;
    for (const { to } of (states[from] as State).edges) {
      counts[to] = Math.min(PLAY_COUNT_CAP, (counts[to] ?? 0) + (counts[from] ?? 0));
      indegree[to] = (indegree[to] ?? 0) - 1;
      if (indegree[to] === 0) order.push(to);
    }
  }
  // Kahn's order never reaches a state in or after a loop: their counts are left undefined.
  if (seen < states.length) for (let i = 0; i < states.length; i++) if ((indegree[i] ?? 0) > 0) counts[i] = undefined;
  return { counts, cyclic: seen < states.length };
}

/**
 * The fewest decisions on a finished play (a 0-1 search: leaving a decision costs one), and the most
 * (the longest path, when no loop makes it unbounded: then null).
 */
function decisionRange(states: State[], cyclic: boolean, done: (i: number) => boolean): { min: number | null; max: number | null } {
  const fewest = new Array<number>(states.length).fill(Infinity);
  fewest[0] = 0;
  const deque = [0];
  const settled = new Uint8Array(states.length);
  while (deque.length > 0) {
    const from = deque.shift() as number;
    if (settled[from]) continue;
    settled[from] = 1;
    const cost = (states[from] as State).decision ? 1 : 0;
    for (const { to } of (states[from] as State).edges) {
      if ((fewest[from] as number) + cost >= (fewest[to] as number)) continue;
      fewest[to] = (fewest[from] as number) + cost;
      if (cost === 0) deque.unshift(to);
      else deque.push(to);
    }
  }
  const finished = states.map((_, i) => i).filter(done);
  const min = finished.length > 0 ? Math.min(...finished.map((i) => fewest[i] as number)) : null;
  if (cyclic || finished.length === 0) return { min, max: null };
  // No loop: the most decisions, state by state from the ends back to the start.
  const most = new Map<number, number>();
  const longest = (i: number): number => {
    const known = most.get(i);
    if (known !== undefined) return known;
    const state = states[i] as State;
    let best = done(i) ? 0 : -Infinity;
    for (const { to } of state.edges) best = Math.max(best, longest(to) + (state.decision ? 1 : 0));
    most.set(i, best);
    return best;
  };
  return { min, max: longest(0) };
}

/** Whether some play finishes without ever being at the node `avoid`. */
function endingAvoiding(states: State[], avoid: string, done: (i: number) => boolean): boolean {
  const at = (i: number) => String((states[i] as State).snapshot.value) === avoid;
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
