/** What the validator's findings say about each node, for the map and the node list. */
import type { StudioDiagnostic } from './check-protocol';

export type NodeMark = 'unreachable' | 'dead-end' | 'ending-unreachable' | 'trapped' | 'stuck' | 'error' | 'warning';

const MARK_OF_CODE: Record<string, NodeMark> = {
  E_UNREACHABLE: 'unreachable',
  E_DEAD_END: 'dead-end',
  W_ENDING_UNREACHABLE: 'ending-unreachable',
  W_TRAPPED: 'trapped',
  W_CHOICES_UNAVAILABLE: 'stuck',
};

export const MARK_WORDS: Record<NodeMark, string> = {
  unreachable: 'unreachable',
  'dead-end': 'dead end',
  'ending-unreachable': 'no play reaches this ending',
  trapped: 'a play can be trapped here',
  stuck: 'every choice can be locked',
  error: 'has an error',
  warning: 'has a warning',
};

/** The walk's warnings, which only the deep check finds. */
export const WALK_CODES = new Set(['W_ENDING_UNREACHABLE', 'W_TRAPPED', 'W_CHOICES_UNAVAILABLE', 'W_EXPLORATION_LIMIT']);

function nodeOfPath(path: string): string | undefined {
  const match = /^\/nodes\/([^/]+)/.exec(path);
  return match?.[1]?.replaceAll('~1', '/').replaceAll('~0', '~');
}

export function marksByNode(diagnostics: readonly StudioDiagnostic[]): Map<string, Set<NodeMark>> {
  const marks = new Map<string, Set<NodeMark>>();
  for (const d of diagnostics) {
    const id = nodeOfPath(d.path);
    if (id === undefined) continue;
    const set = marks.get(id) ?? new Set<NodeMark>();
    set.add(MARK_OF_CODE[d.code] ?? (d.severity === 'error' ? 'error' : 'warning'));
    marks.set(id, set);
  }
  return marks;
}
