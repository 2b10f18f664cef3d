import type { Scenario } from './schema';

/** What conditions can see and effects can change: the part of a play that decides the story. */
export interface StoryState {
  meters: Record<string, number>;
  flags: Record<string, boolean>;
  /** Node ids in the order first visited; only nodes that a `visited` condition names are recorded. */
  visited: string[];
}

export function initialState(scenario: Scenario): StoryState {
  const meters: Record<string, number> = {};
  for (const [id, meter] of Object.entries(scenario.meters)) meters[id] = meter.initial;
  const flags: Record<string, boolean> = {};
  for (const id of scenario.flags) flags[id] = false;
  return { meters, flags, visited: [] };
}

export function markVisited(state: StoryState, nodeId: string): StoryState {
  return state.visited.includes(nodeId) ? state : { ...state, visited: [...state.visited, nodeId] };
}
