import type { Condition, Effects, Scenario } from './schema';

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

/** Conditions are data, evaluated here by walking them; nothing is ever run as code. */
export function holds(condition: Condition, state: StoryState): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, state));
  if ('any' in condition) return condition.any.some((c) => holds(c, state));
  if ('not' in condition) return !holds(condition.not, state);
  if ('visited' in condition) return state.visited.includes(condition.visited);
  if ('flag' in condition) return (own(state.flags, condition.flag) ?? false) === (condition.is ?? true);
  const value = own(state.meters, condition.meter) ?? 0;
  if (condition.gte !== undefined && !(value >= condition.gte)) return false;
  if (condition.gt !== undefined && !(value > condition.gt)) return false;
  if (condition.lte !== undefined && !(value <= condition.lte)) return false;
  if (condition.lt !== undefined && !(value < condition.lt)) return false;
  if (condition.eq !== undefined && !(value === condition.eq)) return false;
  return true;
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

/** A plain-English reading of a condition, for a disabled choice's "why". */
export function describeCondition(condition: Condition, scenario: Scenario): string {
  if ('all' in condition) return condition.all.map((c) => describeCondition(c, scenario)).join(' and ');
  if ('any' in condition) return condition.any.map((c) => describeCondition(c, scenario)).join(' or ');
  if ('not' in condition) return `not (${describeCondition(condition.not, scenario)})`;
  if ('visited' in condition) return `after visiting “${condition.visited}”`;
  if ('flag' in condition) return `${condition.is === false ? 'not ' : ''}${condition.flag.replaceAll('-', ' ')}`;
  const label = own(scenario.meters, condition.meter)?.label ?? condition.meter;
  const parts: string[] = [];
  if (condition.gte !== undefined) parts.push(`${label} at least ${condition.gte}`);
  if (condition.gt !== undefined) parts.push(`${label} above ${condition.gt}`);
  if (condition.lte !== undefined) parts.push(`${label} at most ${condition.lte}`);
  if (condition.lt !== undefined) parts.push(`${label} below ${condition.lt}`);
  if (condition.eq !== undefined) parts.push(`${label} exactly ${condition.eq}`);
  return parts.join(' and ') || `${label} (any value)`;
}
