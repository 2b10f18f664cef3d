/**
 * Finds, in Node with the headless engine, one shortest play that reaches each ending of a scenario:
 * a breadth-first search over inputs, keyed by node + meters + flags. It steps the engine's own
 * compiled XState machine with XState's pure `getNextSnapshot` (one step costs one transition, where
 * cloning a Play would replay the whole play), then replays each play found through `Play` for the
 * engine's score. The browser tests play exactly these steps and compare ending and score.
 */
import { getInitialSnapshot, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { compileScenario, Play, type CompiledScenario, type Step, type StoryEvent, type StoryMachine } from '../../src/core/engine';
import type { Scenario } from '../../src/core/model/schema';

export interface EndingPlay {
  ending: string;
  steps: Step[];
  /** The engine's score for this play. */
  score: number;
}

type Snapshot = SnapshotFrom<StoryMachine>;

/** Every input worth trying at a resting node, as the step to record and the event to send. */
function inputsAt(compiled: CompiledScenario, node: string): Array<{ step: Step; event: StoryEvent }> {
  const scenarioNode = compiled.scenario.nodes[node];
  if (scenarioNode?.type === 'quiz') {
    return scenarioNode.options.map((_, option) => ({ step: { kind: 'answer', node, option }, event: { type: 'quiz.answer', option } }));
  }
  if (scenarioNode?.type !== 'dialogue') return [];
  if (!scenarioNode.choices) return [{ step: { kind: 'continue', node }, event: { type: 'story.continue' } }];
  return scenarioNode.choices.map((choice) => ({
    step: { kind: 'choose', node, choice: choice.id },
    event: { type: 'story.choose', choice: choice.id },
  }));
}

function stateKey(snapshot: Snapshot): string {
  return JSON.stringify([snapshot.value, snapshot.context.story.meters, snapshot.context.story.flags]);
}

export function findEndingPlays(scenario: Scenario, maxStates = 200_000): EndingPlay[] {
  const compiled = compileScenario(scenario);
  const { machine } = compiled;
  const endingCount = Object.values(scenario.nodes).filter((node) => node.type === 'ending').length;
  const found = new Map<string, Step[]>();
  const initial = getInitialSnapshot(machine);
  const seen = new Set<string>([stateKey(initial)]);
  let frontier: Array<{ snapshot: Snapshot; steps: Step[] }> = [{ snapshot: initial, steps: [] }];
  while (frontier.length > 0 && found.size < endingCount && seen.size < maxStates) {
    const next: typeof frontier = [];
    for (const { snapshot, steps } of frontier) {
      const ending = snapshot.context.ending;
      if (snapshot.status === 'done' && ending !== null) {
        if (!found.has(ending)) found.set(ending, steps);
        continue;
      }
      for (const { step, event } of inputsAt(compiled, String(snapshot.value))) {
        const after = getNextSnapshot(machine, snapshot, event);
        if (after === snapshot) continue; // refused: an unavailable choice
        const key = stateKey(after);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push({ snapshot: after, steps: [...steps, step] });
      }
    }
    frontier = next;
  }
  return [...found.entries()]
    .map(([ending, steps]) => ({ ending, steps, score: engineScore(compiled, steps, ending) }))
    .sort((a, b) => a.ending.localeCompare(b.ending));
}

/** Replays the steps through the engine's Play, the same API the game uses, and reads its score. */
function engineScore(compiled: CompiledScenario, steps: Step[], ending: string): number {
  const replayed = Play.replay(compiled, steps);
  if (!replayed.ok) throw new Error(`Play.replay refused the search's steps at ${replayed.at}: ${replayed.message}`);
  const result = replayed.play.result;
  replayed.play.stop();
  if (result?.ending !== ending) throw new Error(`Play.replay ended at ${result?.ending ?? 'no ending'}, the search at ${ending}`);
  return result.score;
}
