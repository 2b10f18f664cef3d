/** E_NO_ENDING, E_UNREACHABLE and E_DEAD_END: the story graph read with every condition ignored. */
import type { Scenario } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';
import { waysOut } from '../model/ways-out';

/**
 * Links between nodes by number, in flat lists: node i links to `to[start[i]]` up to
 * `to[start[i + 1]]`. Links to nodes that do not exist are left out (they are E_REF's to report).
 */
interface Links {
  start: Int32Array;
  to: Int32Array;
}

function forwardLinks(scenario: Scenario, ids: readonly string[], numberOf: ReadonlyMap<string, number>): Links {
  const start = new Int32Array(ids.length + 1);
  const to: number[] = [];
  ids.forEach((id, i) => {
    start[i] = to.length;
    const node = scenario.nodes[id];
    for (const { target } of node ? waysOut(node) : []) {
      const n = numberOf.get(target);
      if (n !== undefined) to.push(n);
    }
  });
  start[ids.length] = to.length;
  return { start, to: Int32Array.from(to) };
}

/** The same links, followed backwards. */
function reversed(links: Links): Links {
  const count = links.start.length - 1;
  const start = new Int32Array(count + 1);
  for (const n of links.to) start[n + 1] = (start[n + 1] as number) + 1;
  for (let i = 0; i < count; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, count);
  const to = new Int32Array(links.to.length);
  for (let from = 0; from < count; from++) {
    for (let e = links.start[from] as number; e < (links.start[from + 1] as number); e++) {
      const n = links.to[e] as number;
      to[fill[n] as number] = from;
      fill[n] = (fill[n] as number) + 1;
    }
  }
  return { start, to };
}

/** Which nodes can be reached from `from` along the links. */
function reachable(from: readonly number[], links: Links): Uint8Array {
  const seen = new Uint8Array(links.start.length - 1);
  const queue = [...from];
  for (const n of from) seen[n] = 1;
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q] as number;
    for (let e = links.start[n] as number; e < (links.start[n + 1] as number); e++) {
      const next = links.to[e] as number;
      if (!seen[next]) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  return seen;
}

export function checkGraph(scenario: Scenario, sink: DiagnosticSink): void {
  const ids = Object.keys(scenario.nodes);
  const numberOf = new Map(ids.map((id, i) => [id, i]));
  const forward = forwardLinks(scenario, ids, numberOf);

  const endings: number[] = [];
  ids.forEach((id, i) => {
    if (scenario.nodes[id]?.type === 'ending') endings.push(i);
  });
  if (endings.length === 0) {
    sink.report(['nodes'], 'E_NO_ENDING', 'this scenario has no node of type "ending", so no play can finish; add at least one ending');
  }

  const start = numberOf.get(scenario.start);
  const fromStart = start === undefined ? undefined : reachable([start], forward);
  const toEnding = reachable(endings, reversed(forward));
  ids.forEach((id, i) => {
    if (fromStart && !fromStart[i]) {
      sink.report(
        ['nodes', id],
        'E_UNREACHABLE',
        `no path from the start node '${scenario.start}' leads to '${id}'; link to it from another node or remove it`,
      );
    }
    if (endings.length > 0 && !toEnding[i]) {
      sink.report(
        ['nodes', id],
        'E_DEAD_END',
        `no ending can be reached from '${id}' (it leads only into a loop or to nodes that do not go on); give it, or a node after it, a way to an ending`,
      );
    }
  });
}
