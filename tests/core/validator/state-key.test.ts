/** Keys of what conditions read in a state of the walk: equal exactly when those values are equal. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/model/schema';
import { initialState, type StoryState } from '../../../src/core/model/state';
import { validateScenarioText } from '../../../src/core/validator/index';
import { valuesKeyer } from '../../../src/core/validator/state-key';
import { fixtureText } from './fixture-helpers';

const scenario = validateScenarioText(fixtureText('valid-minimal'), { file: 'valid-minimal.json' }).scenario as Scenario;
const relevant = { meters: ['trust'], flags: ['held-firm'], visited: ['opening'] };
const state = (trust: number, heldFirm: boolean, visited: string[]): StoryState => ({
  ...initialState(scenario),
  meters: { trust },
  flags: { 'held-firm': heldFirm },
  visited,
});

describe('values keys', () => {
  const keyOf = valuesKeyer(scenario, relevant);

  it('are numbers for whole-number meters', () => {
    expect(typeof keyOf(state(70, true, ['check', 'opening']))).toBe('number');
  });

  it('fall back to strings for fractional meter values, the same for the same values', () => {
    const key = keyOf(state(70.5, false, []));
    expect(typeof key).toBe('string');
    expect(keyOf(state(70.5, false, []))).toBe(key);
  });

  it('differ exactly when what conditions read differs: not for visits no condition asks about, nor their order', () => {
    for (const trust of [70, 70.5]) {
      const key = keyOf(state(trust, true, ['check', 'opening']));
      expect(keyOf(state(trust, true, ['opening']))).toBe(key);
      expect(keyOf(state(trust, true, ['opening', 'check']))).toBe(key);
      expect(keyOf(state(trust + 1, true, ['opening']))).not.toBe(key);
      expect(keyOf(state(trust, false, ['opening']))).not.toBe(key);
      expect(keyOf(state(trust, true, []))).not.toBe(key);
    }
  });

  it('tell apart every combination of whole values in the ranges', () => {
    const keys = new Set<number | string>();
    const { min, max } = scenario.meters.trust as { min: number; max: number };
    for (let trust = min; trust <= max; trust++) {
      for (const heldFirm of [false, true]) for (const visited of [[], ['opening']]) keys.add(keyOf(state(trust, heldFirm, visited)));
    }
    expect(keys.size).toBe((max - min + 1) * 4);
  });
});
