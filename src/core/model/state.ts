import type { Effects, Scenario } from './schema';

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

// Ids such as `constructor` are valid kebab-case, so lookups must never reach Object.prototype.
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Applies effects and clamps every meter to its range; returns a new state. */
export function applyEffects(scenario: Scenario, state: StoryState, effects: Effects | undefined): StoryState {
  if (!effects) return state;
  const meters = { ...state.meters };
  if (effects.meters) {
    for (const id of Object.keys(effects.meters)) {
      const meter = own(scenario.meters, id);
      if (!meter) continue;
      meters[id] = Math.min(meter.max, Math.max(meter.min, (own(meters, id) ?? meter.initial) + (effects.meters[id] as number)));
    }
  }
  const flags = { ...state.flags };
  if (effects.flags) for (const id of Object.keys(effects.flags)) flags[id] = effects.flags[id] as boolean;
  return { ...state, meters, flags };
}

export function markVisited(state: StoryState, nodeId: string): StoryState {
  return state.visited.includes(nodeId) ? state : { ...state, visited: [...state.visited, nodeId] };
}
