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
import { eventsAt } from '../engine/explore';
import { ENDINGS, arbitraryScenario } from '../random-scenario';

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
      fc.property(arbitraryScenario(), ({ diagnostics, scenario }) => {
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
