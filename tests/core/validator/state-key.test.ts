/** State keys of the condition-aware walk: equal exactly when what conditions read is equal, and readable back. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/model/schema';
import { initialState, type StoryState } from '../../../src/core/model/state';
import { validateScenarioText } from '../../../src/core/validator/index';
import { stateKeyer } from '../../../src/core/validator/state-key';
import { fixtureText } from './fixture-helpers';

const scenario = validateScenarioText(fixtureText('valid-minimal'), { file: 'valid-minimal.json' }).scenario as Scenario;
const relevant = { meters: ['trust'], flags: ['held-firm'], visited: ['opening'] };
const state = (trust: number, heldFirm: boolean, visited: string[]): StoryState => ({
  ...initialState(scenario),
  meters: { trust },
  flags: { 'held-firm': heldFirm },
  visited,
});

describe('state keys', () => {
  const keyer = stateKeyer(scenario, relevant);

  it('are numbers for whole-number meters, and read back to the values conditions see', () => {
    const key = keyer.keyOf('route', state(70, true, ['check', 'opening']));
    expect(typeof key).toBe('number');
    expect(keyer.read(key)).toEqual({ node: 'route', meters: [['trust', 70]], flags: [['held-firm', true]], visited: ['opening'] });
  });

  it('differ when a relevant value differs, and not for visits no condition asks about or their order', () => {
    const base = keyer.keyOf('route', state(70, true, ['opening']));
    expect(keyer.keyOf('route', state(70, true, ['check', 'opening']))).toBe(base);
    expect(keyer.keyOf('route', state(75, true, ['opening']))).not.toBe(base);
    expect(keyer.keyOf('route', state(70, false, ['opening']))).not.toBe(base);
    expect(keyer.keyOf('route', state(70, true, []))).not.toBe(base);
    expect(keyer.keyOf('check', state(70, true, ['opening']))).not.toBe(base);
  });

  it('fall back to strings for fractional meter values, with the same reading', () => {
    const key = keyer.keyOf('route', state(70.5, false, []));
    expect(typeof key).toBe('string');
    expect(keyer.read(key)).toEqual({ node: 'route', meters: [['trust', 70.5]], flags: [['held-firm', false]], visited: [] });
    expect(keyer.keyOf('route', state(70.5, false, []))).toBe(key);
  });
  it('share a values key between nodes, exactly when what conditions read is equal', () => {
    for (const trust of [70, 70.5]) {
      const values = keyer.valuesKeyOf(state(trust, true, ['opening']));
      expect(keyer.valuesKeyOf(state(trust, true, ['check', 'opening']))).toBe(values);
      expect(keyer.valuesKeyOf(state(trust + 1, true, ['opening']))).not.toBe(values);
      expect(keyer.valuesKeyOf(state(trust, false, ['opening']))).not.toBe(values);
      expect(keyer.valuesKeyOf(state(trust, true, []))).not.toBe(values);
      expect(keyer.keyOf('route', state(trust, true, ['opening']))).not.toBe(keyer.keyOf('check', state(trust, true, ['opening'])));
    }
  });
});
