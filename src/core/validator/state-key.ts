/**
 * Keys for what conditions read in a state of the condition-aware walk: the relevant meters, flags
 * and visits. Most scenarios have whole-number meters in small ranges, so the key is one number in
 * mixed radix, which a Map handles far faster than a string; anything else (fractions, very many
 * combinations) falls back to a string key.
 */
import type { Scenario } from '../model/schema';
import type { StoryState } from '../model/state';

export interface Relevant {
  meters: string[];
  flags: string[];
  visited: string[];
}

const SEPARATOR = '|';

/** The key function: equal keys exactly when the relevant values are equal (visits as a set). */
export function valuesKeyer(scenario: Scenario, relevant: Relevant): (state: StoryState) => number | string {
  const ranges = relevant.meters.map((id) => scenario.meters[id] ?? { min: 0, max: 0 });
  const radices = [
    ...ranges.map(({ min, max }) => (Number.isInteger(min) && Number.isInteger(max) ? max - min + 1 : Infinity)),
    ...relevant.flags.map(() => 2),
    ...relevant.visited.map(() => 2),
  ];
  const numeric = Number.isSafeInteger(radices.reduce((product, radix) => product * radix, 1));

  const stringKey = (state: StoryState): string => {
    let key = '';
    for (const meter of relevant.meters) key += SEPARATOR + state.meters[meter];
    key += SEPARATOR;
    for (const flag of relevant.flags) key += state.flags[flag] ? '1' : '0';
    for (const visited of relevant.visited) key += state.visited.includes(visited) ? '1' : '0';
    return key;
  };

  // Mixed radix, most significant first: meters (offset by their minimum), flags, visits.
  return (state) => {
    if (!numeric) return stringKey(state);
    let key = 0;
    for (let i = 0; i < relevant.meters.length; i++) {
      const digit = (state.meters[relevant.meters[i] ?? ''] ?? 0) - (ranges[i]?.min ?? 0);
      if (!Number.isInteger(digit)) return stringKey(state);
      key = key * (radices[i] ?? 1) + digit;
    }
    for (const flag of relevant.flags) key = key * 2 + (state.flags[flag] ? 1 : 0);
    // Conditions ask only whether a node was visited, never in which order.
    for (const visited of relevant.visited) key = key * 2 + (state.visited.includes(visited) ? 1 : 0);
    return key;
  };
}
