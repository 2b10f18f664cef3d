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

export function explorePlays(scenario: Scenario, limit: number, sink: DiagnosticSink): void {
  const relevant = relevantState(scenario);
  const keyOf = (node: string, state: StoryState): string =>
    `${node}|${relevant.meters.map((m) => state.meters[m]).join(',')}|${relevant.flags.map((f) => (state.flags[f] ? 1 : 0)).join('')}|${state.visited.join(',')}`;

  const seen = new Set<string>();
  const queue: { node: string; state: StoryState }[] = [];
  const enter = (node: string, before: StoryState): void => {
    // Only visits that a condition asks about are recorded, which keeps states small and keys short.
    const state = relevant.visited.has(node) ? markVisited(before, node) : before;
    const key = keyOf(node, state);
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ node, state });
  };

  const reachedEndings = new Set<string>();
  const stuck = new Map<string, StoryState>();
  enter(scenario.start, initialState(scenario));
  let truncated = false;
  for (let i = 0; i < queue.length; i++) {
    if (i >= limit) {
      truncated = true;
      break;
    }
    const item = queue[i];
    if (!item) break;
    const { node: id, state } = item;
    const node = scenario.nodes[id];
    if (!node) continue;
    switch (node.type) {
      case 'dialogue':
        if (!node.choices) {
          if (node.next !== undefined) enter(node.next, state);
          break;
        }
        {
          const available = node.choices.filter((c) => c.requires === undefined || holds(c.requires, state));
          if (available.length === 0 && !stuck.has(id)) stuck.set(id, state);
          for (const choice of available) enter(choice.next, applyEffects(scenario, state, choice.effects));
        }
        break;
      case 'quiz':
        enter(node.next, applyEffects(scenario, state, node.effects?.correct));
        enter(node.nextIfIncorrect ?? node.next, applyEffects(scenario, state, node.effects?.incorrect));
        break;
      case 'branch':
        enter(node.cases.find((c) => holds(c.if, state))?.next ?? node.else, state);
        break;
      case 'ending':
        reachedEndings.add(id);
        break;
    }
  }

  for (const [id, state] of stuck) {
    sink.report(['nodes', id, 'choices'], 'W_CHOICES_UNAVAILABLE', `a play can reach '${id}' with every choice unavailable, and then cannot go on; for example with ${describeState(scenario, state)}. Add a choice without "requires", or loosen a condition`);
  }
  if (truncated) {
    sink.report([], 'W_EXPLORATION_LIMIT', `the validator stopped after exploring ${limit} distinct states of play, so it did not check which endings conditions make unreachable; this scenario's meters, flags and visits combine into very many states. Fewer meters in conditions, or coarser meter steps, make it checkable`);
    return;
  }
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type === 'ending' && !reachedEndings.has(id)) {
      sink.report(['nodes', id], 'W_ENDING_UNREACHABLE', `no play reaches the ending '${id}' once conditions and effects are taken into account; check the conditions on the way to it`);
    }
  }
}
