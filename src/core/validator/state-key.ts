/**
 * Keys for the states of the condition-aware walk: the node plus exactly what conditions read (the
 * relevant meters, flags and visits). Most scenarios have whole-number meters in small ranges, so the
 * key is one number in mixed radix, which a Map handles far faster than a string; anything else
 * (fractions, very many combinations) falls back to a string key. Both read back the same way.
 */
import type { Scenario } from '../model/schema';
import type { StoryState } from '../model/state';

export interface Relevant {
  meters: string[];
  flags: string[];
  visited: string[];
}

export interface StateValues {
  node: string;
  meters: [string, number][];
  flags: [string, boolean][];
  visited: string[];
}

export interface StateKeyer {
  keyOf(node: string, state: StoryState): number | string;
  /** The key of what conditions read, without the node: equal states at different nodes share it. */
  valuesKeyOf(state: StoryState): number | string;
  read(key: number | string): StateValues;
}

const SEPARATOR = '|';

export function stateKeyer(scenario: Scenario, relevant: Relevant): StateKeyer {
  const nodeIds = Object.keys(scenario.nodes);
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
  const ranges = relevant.meters.map((id) => scenario.meters[id] ?? { min: 0, max: 0 });
  const radices = [
    ...ranges.map(({ min, max }) => (Number.isInteger(min) && Number.isInteger(max) ? max - min + 1 : Infinity)),
    ...relevant.flags.map(() => 2),
    ...relevant.visited.map(() => 2),
  ];
  const valueCombinations = radices.reduce((product, radix) => product * radix, 1);
  const numeric = Number.isSafeInteger(valueCombinations * nodeIds.length);

  const stringValuesKey = (state: StoryState): string => {
    let key = '';
    for (const meter of relevant.meters) key += SEPARATOR + state.meters[meter];
    key += SEPARATOR;
    for (const flag of relevant.flags) key += state.flags[flag] ? '1' : '0';
    for (const visited of relevant.visited) key += state.visited.includes(visited) ? '1' : '0';
    return key;
  };

  // Mixed radix, most significant first: node, meters (offset by their minimum), flags, visits; so
  // a key is the node's index times the number of value combinations, plus the values' key.
  const valuesKeyOf = (state: StoryState): number | string => {
    if (!numeric) return stringValuesKey(state);
    let key = 0;
    for (let i = 0; i < relevant.meters.length; i++) {
      const digit = (state.meters[relevant.meters[i] ?? ''] ?? 0) - (ranges[i]?.min ?? 0);
      if (!Number.isInteger(digit)) return stringValuesKey(state);
      key = key * (radices[i] ?? 1) + digit;
    }
    for (const flag of relevant.flags) key = key * 2 + (state.flags[flag] ? 1 : 0);
    // Conditions ask only whether a node was visited, never in which order.
    for (const visited of relevant.visited) key = key * 2 + (state.visited.includes(visited) ? 1 : 0);
    return key;
  };

  const values = (node: string, meters: number[], bits: number[]): StateValues => ({
    node,
    meters: relevant.meters.map((id, i) => [id, meters[i] ?? 0]),
    flags: relevant.flags.map((id, i) => [id, bits[i] === 1]),
    visited: relevant.visited.filter((_, i) => bits[relevant.flags.length + i] === 1),
  });

  return {
    keyOf(node, state) {
      const values = valuesKeyOf(state);
      return typeof values === 'number' ? (nodeIndex.get(node) ?? 0) * valueCombinations + values : node + values;
    },
    valuesKeyOf,
    read(key) {
      if (typeof key === 'string') {
        const parts = key.split(SEPARATOR);
        const bits = [...(parts[parts.length - 1] ?? '')].map(Number);
        return values(parts[0] ?? '', parts.slice(1, -1).map(Number), bits);
      }
      const digits: number[] = [];
      let rest = key;
      for (let i = radices.length - 1; i >= 0; i--) {
        const radix = radices[i] ?? 1;
        digits[i] = rest % radix;
        rest = Math.floor(rest / radix);
      }
      const meters = relevant.meters.map((_, i) => (digits[i] ?? 0) + (ranges[i]?.min ?? 0));
      return values(nodeIds[rest] ?? '', meters, digits.slice(relevant.meters.length));
    },
  };
}
