import { getShortestPaths } from 'xstate/graph';
import type { CompiledScenario, Step, StoryEvent } from '../../../src/core/engine';
import type { ScenarioNode } from '../../../src/core/model/schema';
import { waysOut } from '../../../src/core/model/ways-out';

/** Every input a player can give at a node, one per way out (and each wrong answer of a quiz). */
export function eventsAt(node: ScenarioNode | undefined): StoryEvent[] {
  if (!node) return [];
  return waysOut(node).flatMap((way): StoryEvent[] => {
    switch (way.kind) {
      case 'continue':
        return [{ type: 'story.continue' }];
      case 'choice':
        return [{ type: 'story.choose', choice: way.choice.id }];
      case 'answer':
        if (node.type !== 'quiz') return [];
        return node.options.flatMap((_, option) => ((option === node.answer) === way.correct ? [{ type: 'quiz.answer', option }] : []));
      case 'case':
      case 'else':
        return [];
      default: {
        const never: never = way;
        throw new Error(`unknown way out ${JSON.stringify(never)}`);
      }
    }
  });
}

/**
 * Every distinct reachable state of a scenario's machine with the shortest play to it, found by
 * xstate/graph. States are keyed by node, meters and flags (and visited nodes only when a condition
 * reads them), so the same situation reached by different routes is explored once.
 */
export function shortestPlays(compiled: CompiledScenario): Array<{ node: string; done: boolean; steps: Step[] }> {
  const { scenario, machine } = compiled;
  const readsVisited = JSON.stringify(scenario.nodes).includes('"visited"');
  const paths = getShortestPaths(machine, {
    events: (snapshot) => (snapshot.status === 'done' ? [] : eventsAt(scenario.nodes[String(snapshot.value)])),
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
