/** E_NO_ENDING, E_UNREACHABLE and E_DEAD_END: the story graph read with every condition ignored. */
import type { Scenario } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';
import { nodeLinks } from './scenario-walk';

/** Node ids reachable from `from` along links, following only links to nodes that exist. */
function reachable(from: readonly string[], linksOf: (id: string) => readonly string[]): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  for (let i = 0; i < queue.length; i++) {
    for (const next of linksOf(queue[i] ?? '')) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

export function checkGraph(scenario: Scenario, sink: DiagnosticSink): void {
  const ids = Object.keys(scenario.nodes);
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const id of ids) {
    const node = scenario.nodes[id];
    const targets: string[] = [];
    for (const { target } of node ? nodeLinks(node) : []) {
      const into = backward.get(target);
      if (!into) continue;
      targets.push(target);
      into.push(id);
    }
    forward.set(id, targets);
  }

  const endings = ids.filter((id) => scenario.nodes[id]?.type === 'ending');
  if (endings.length === 0) {
    sink.report(['nodes'], 'E_NO_ENDING', 'this scenario has no node of type "ending", so no play can finish; add at least one ending');
  }

  const fromStart = backward.has(scenario.start) ? reachable([scenario.start], (id) => forward.get(id) ?? []) : new Set<string>();
  const toEnding = reachable(endings, (id) => backward.get(id) ?? []);
  for (const id of ids) {
    if (backward.has(scenario.start) && !fromStart.has(id)) {
      sink.report(['nodes', id], 'E_UNREACHABLE', `no path from the start node '${scenario.start}' leads to '${id}'; link to it from another node or remove it`);
    }
    if (endings.length > 0 && !toEnding.has(id)) {
      sink.report(['nodes', id], 'E_DEAD_END', `no ending can be reached from '${id}' (it leads only into a loop or to nodes that do not go on); give it, or a node after it, a way to an ending`);
    }
  }
}
