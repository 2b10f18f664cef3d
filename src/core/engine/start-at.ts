/**
 * Where a play starts when it does not start at the beginning: the studio's "Play from here", at any
 * node with chosen meter and flag values. A branch has no screen, so it is followed at once, as the
 * machine's eventless transitions would.
 */
import type { Scenario } from '../model/schema';
import { holds } from '../model/conditions';
import { initialState, markVisited, type StoryState } from '../model/state';

export interface StartPoint {
  node: string;
  /** Meter id → value, clamped to the meter's range; meters left out start at their `initial`. */
  meters?: Record<string, number>;
  /** Flag id → value; flags left out start false. Ids the scenario does not declare are ignored. */
  flags?: Record<string, boolean>;
}

export interface ResolvedStart {
  /** The node the play rests on: the start node, or where its branches lead. */
  node: string;
  story: StoryState;
}

export function resolveStart(scenario: Scenario, at: StartPoint): ResolvedStart {
  const story = initialState(scenario);
  for (const [id, meter] of Object.entries(scenario.meters)) {
    const chosen = at.meters && Object.hasOwn(at.meters, id) ? at.meters[id] : undefined;
    if (typeof chosen === 'number' && Number.isFinite(chosen)) story.meters[id] = Math.min(meter.max, Math.max(meter.min, chosen));
  }
  for (const id of scenario.flags) {
    const chosen = at.flags && Object.hasOwn(at.flags, id) ? at.flags[id] : undefined;
    if (typeof chosen === 'boolean') story.flags[id] = chosen;
  }
  let state = story;
  let id = at.node;
  // A valid scenario's branches cannot loop among themselves (that is a dead end); the bound keeps an
  // unchecked one from hanging.
  for (let hops = 0; hops <= Object.keys(scenario.nodes).length; hops++) {
    const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
    if (!node) throw new Error(`no node "${id}"`);
    state = markVisited(state, id);
    if (node.type !== 'branch') return { node: id, story: state };
    id = node.cases.find((c) => holds(c.if, state))?.next ?? node.else;
  }
  throw new Error(`the branches from "${at.node}" loop without reaching a screen`);
}
