/**
 * The condition-aware walk against the engine itself: on random small scenarios with conditions on
 * meters, flags and visits, every state of the compiled machine is enumerated (xstate/graph), and
 * the walk's warnings must say exactly what that enumeration finds. The walk merges states that
 * differ only in what no condition reads; the engine's states keep everything, so this checks the
 * merging as well as the walk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, type AdjacencyValue } from 'xstate/graph';
import type { SnapshotFrom } from 'xstate';
import { compileScenario, type StoryEvent, type StoryMachine } from '../../../src/core/engine';
import type { Scenario } from '../../../src/core/model/schema';
import { validateScenarioText } from '../../../src/core/validator/index';
import { eventsAt } from '../engine/explore';

const METERS = ['trust', 'unity'] as const;
const FLAGS = ['warned', 'met'] as const;
const ENDINGS = ['end-a', 'end-b'] as const;

type Json = Record<string, unknown>;

/** Draws from fast-check's random numbers, so a failing scenario shrinks and replays. */
type Pick = (n: number) => number;

function condition(pick: Pick, nodes: string[], depth = 0): Json {
  switch (pick(depth > 1 ? 3 : 6)) {
    case 0: {
      const op = (['gte', 'gt', 'lte', 'lt', 'eq'] as const)[pick(5)] as string;
      return { meter: METERS[pick(2)], [op]: pick(5) * 25 };
    }
    case 1:
      return pick(2) ? { flag: FLAGS[pick(2)] } : { flag: FLAGS[pick(2)], is: pick(2) === 0 };
    case 2:
      return { visited: nodes[pick(nodes.length)] };
    case 3:
      return { all: [condition(pick, nodes, depth + 1), condition(pick, nodes, depth + 1)] };
    case 4:
      return { any: [condition(pick, nodes, depth + 1), condition(pick, nodes, depth + 1)] };
    default:
      return { not: condition(pick, nodes, depth + 1) };
  }
}

function effects(pick: Pick): Json {
  const meters: Json = {};
  for (const meter of METERS) if (pick(2)) meters[meter] = (pick(5) - 2) * 25;
  return pick(3) === 0 ? { meters, flags: { [FLAGS[pick(2)] as string]: pick(3) > 0 } } : { meters };
}

/**
 * A chain of nodes n0 → n1 → … → last, whose first way on always leads forward (so the graph is sound), with
 * conditional choices and cases that may loop back or jump to an ending. Branches only lead
 * forward, as a loop of branches alone would never rest.
 */
function randomScenario(pick: Pick): Json {
  const count = 3 + pick(6);
  const ids = Array.from({ length: count }, (_, i) => `n${i}`);
  const nodes: Json = {};
  ids.forEach((id, i) => {
    const forward = i + 1 < count ? (ids[i + 1] as string) : 'last';
    const anywhere = (): string => (pick(4) === 0 ? (ENDINGS[pick(2)] as string) : (ids[pick(count)] as string));
    const ahead = (): string => (i + 1 < count && pick(2) ? (ids[i + 1 + pick(count - i - 1)] as string) : (ENDINGS[pick(2)] as string));
    switch (pick(4)) {
      case 0:
        nodes[id] = { type: 'dialogue', speaker: 'narrator', text: 'A line.', next: forward };
        break;
      case 1:
        nodes[id] = {
          type: 'dialogue',
          speaker: 'narrator',
          text: 'A choice.',
          choices: Array.from({ length: 1 + pick(3) }, (_, c) => ({
            id: `c${c}`,
            text: 'Choose.',
            next: c === 0 ? forward : anywhere(),
            ...(pick(2) ? { requires: condition(pick, ids) } : {}),
            ...(pick(2) ? { effects: effects(pick) } : {}),
          })),
        };
        break;
      case 2:
        nodes[id] = {
          type: 'quiz',
          question: 'Which?',
          options: ['One', 'Two'],
          answer: 0,
          explanation: 'One.',
          source: { ref: 'ap-2022-01-11', quote: 'talks' },
          next: forward,
          ...(pick(2) ? { nextIfIncorrect: anywhere() } : {}),
          ...(pick(2) ? { effects: { correct: effects(pick), incorrect: effects(pick) } } : {}),
        };
        break;
      default:
        nodes[id] = {
          type: 'branch',
          cases: Array.from({ length: 1 + pick(2) }, () => ({ if: condition(pick, ids), next: ahead() })),
          else: forward,
        };
    }
  });
  // Every ending is linked, so the graph is sound; whether conditions let a play through is the walk's question.
  nodes.last = {
    type: 'dialogue',
    speaker: 'narrator',
    text: 'Decide.',
    choices: ENDINGS.map((id, c) => ({
      id: `c${c}`,
      text: 'End.',
      next: id,
      ...(c > 0 || pick(2) ? { requires: condition(pick, ids) } : {}),
    })),
  };
  ENDINGS.forEach((id, i) => {
    nodes[id] = { type: 'ending', title: 'The end', text: 'It ends.', outcome: 'mixed', score: 10 * i, debrief: 'So it went.' };
  });
  const meter = (label: string, initial: number) => ({ label, description: `${label}.`, min: 0, max: 100, initial, better: 'higher' });
  return {
    format: 'crisis-table/scenario',
    formatVersion: 1,
    id: 'walk',
    version: '1.0.0',
    title: 'Walk',
    summary: 'A random scenario.',
    language: 'en',
    role: { title: 'Envoy', briefing: 'You negotiate.' },
    estimatedMinutes: 5,
    learningObjectives: ['None.'],
    sources: [{ id: 'ap-2022-01-11', title: 'Talks', publisher: 'AP', date: '2022-01-11', authors: ['A'] }],
    characters: {},
    meters: { trust: meter('Trust', 50), unity: meter('Unity', 25) },
    flags: [...FLAGS],
    start: 'n0',
    nodes,
  };
}

/** What exploring every state of the engine's machine finds, in the walk's terms. */
function engineFindings(scenario: Scenario): { stuck: Set<string>; trapped: boolean; unreachableEndings: Set<string> } {
  const { machine } = compileScenario(scenario);
  const keyOf = (snapshot: SnapshotFrom<StoryMachine>): string => {
    const { meters, flags, visited } = snapshot.context.story;
    return JSON.stringify([snapshot.value, snapshot.status, meters, flags, [...visited].sort()]);
  };
  const adjacency = getAdjacencyMap(machine, {
    events: (snapshot) => (snapshot.status === 'done' ? [] : eventsAt(scenario.nodes[String(snapshot.value)])),
    serializeState: keyOf,
  });
  // The map's keys are branded strings, which Object.entries would take for a plain object of any.
  const entries = Object.entries(adjacency as Record<string, AdjacencyValue<SnapshotFrom<StoryMachine>, StoryEvent>>);
  const keys = entries.map(([key]) => key);
  const successors = new Map<string, string[]>();
  const stuck = new Set<string>();
  const finished = new Set<string>();
  const reachedEndings = new Set<string>();
  for (const [key, { state, transitions }] of entries) {
    // An input the node refuses leaves the very same snapshot; one it takes may still come back to this state.
    const next = Object.values(transitions)
      .map((t) => t.state)
      .filter((after) => after !== state)
      .map(keyOf);
    successors.set(key, next);
    const node = scenario.nodes[String(state.value)];
    if (state.status === 'done') {
      finished.add(key);
      reachedEndings.add(String(state.value));
    } else if (node?.type === 'dialogue' && node.choices && next.length === 0) {
      stuck.add(String(state.value));
      finished.add(key);
    }
  }
  // States that can still finish, found backwards; any other reachable state is trapped.
  for (let grew = true; grew;) {
    grew = false;
    for (const key of keys) {
      if (!finished.has(key) && successors.get(key)?.some((k) => finished.has(k))) {
        finished.add(key);
        grew = true;
      }
    }
  }
  const unreachableEndings = new Set(ENDINGS.filter((id) => !reachedEndings.has(id)));
  return { stuck, trapped: keys.some((key) => !finished.has(key)), unreachableEndings };
}

describe('the condition-aware walk', () => {
  it('finds exactly the stuck choices, traps and unreachable endings that enumerating the engine finds', () => {
    let warned = 0;
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (numbers) => {
        const pick: Pick = (n) => (numbers.next().value as number) % n;
        const text = JSON.stringify(randomScenario(pick), null, 2);
        const { diagnostics, scenario } = validateScenarioText(text, { file: 'walk.json' });
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        if (!scenario) return;
        const found = engineFindings(scenario);
        const nodesWith = (code: string, suffix = '') =>
          new Set(diagnostics.filter((d) => d.code === code).map((d) => d.path.slice('/nodes/'.length, d.path.length - suffix.length)));
        expect(nodesWith('W_CHOICES_UNAVAILABLE', '/choices')).toEqual(found.stuck);
        expect(nodesWith('W_ENDING_UNREACHABLE')).toEqual(found.unreachableEndings);
        // The engine rests only on lines, choices and quizzes, so a trap entered at a branch is seen one node later.
        expect(nodesWith('W_TRAPPED').size > 0).toBe(found.trapped);
        if (diagnostics.some((d) => d.code.startsWith('W_') && d.code !== 'W_CONDITION_NEVER')) warned++;
      }),
      { numRuns: 300 },
    );
    // The scenarios must exercise the warnings, not only clean walks.
    expect(warned).toBeGreaterThan(30);
  });
});
