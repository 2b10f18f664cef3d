import { getShortestPaths } from 'xstate/graph';
import type { CompiledScenario, Step, StoryEvent } from '../../../src/core/engine';

/**
 * Every distinct reachable state of a scenario's machine with the shortest play to it, found by
 * xstate/graph. States are keyed by node, meters and flags (and visited nodes only when a condition
 * reads them), so the same situation reached by different routes is explored once.
 */
export function shortestPlays(compiled: CompiledScenario): Array<{ node: string; done: boolean; steps: Step[] }> {
  const { scenario, machine } = compiled;
  const readsVisited = JSON.stringify(scenario.nodes).includes('"visited"');
  const paths = getShortestPaths(machine, {
    events: (snapshot): StoryEvent[] => {
      if (snapshot.status === 'done') return [];
      const node = scenario.nodes[String(snapshot.value)];
      if (node?.type === 'quiz') return node.options.map((_, option) => ({ type: 'quiz.answer', option }));
      if (node?.type === 'dialogue' && node.choices) return node.choices.map((c) => ({ type: 'story.choose', choice: c.id }));
      return [{ type: 'story.continue' }];
    },
    serializeState: (snapshot) => {
      const { meters, flags, visited } = snapshot.context.story;
      return JSON.stringify([snapshot.value, meters, flags, readsVisited ? [...visited].sort() : 0]);
    },
  });
  return paths.map((path) => ({ node: String(path.state.value), done: path.state.status === 'done', steps: path.state.context.steps }));
}

/** For each ending node, the shortest play that reaches it (endings no play reaches are absent). */
export function playsToEndings(compiled: CompiledScenario): Map<string, Step[]> {
  const endings = new Map<string, Step[]>();
  for (const play of shortestPlays(compiled)) {
    if (!play.done) continue;
    const known = endings.get(play.node);
    if (!known || known.length > play.steps.length) endings.set(play.node, play.steps);
  }
  return endings;
}
