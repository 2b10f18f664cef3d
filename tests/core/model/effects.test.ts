/**
 * The effects module: applying effects (meters clamped to their ranges, flags set, ids that are
 * Object.prototype's names read as ordinary ids), the names they use, and the part of them the walk
 * carries, which applied to the carried part of any state gives that part of the full result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEffects, carriedPart, forEachNameIn, type Effects } from '../../../src/core/model/effects';
import type { Scenario } from '../../../src/core/model/schema';
import type { StoryState } from '../../../src/core/model/state';

// `constructor` and `prototype` are valid kebab-case ids; `__proto__` is not, and never reaches the engine.
const IDS = ['trust', 'tension', 'constructor', 'prototype'] as const;
const meter = { label: 'M', min: 0, max: 100, initial: 50 };
const meters: Record<string, typeof meter> = {};
for (const id of IDS) Object.defineProperty(meters, id, { value: meter, enumerable: true });
const scenario = { meters, flags: [...IDS] } as unknown as Scenario;

/** A record built key by key as data, as the validator's reading of a file makes them. */
const record = <T>(entries: [string, T][]): Record<string, T> => {
  const result: Record<string, T> = {};
  for (const [id, value] of entries) Object.defineProperty(result, id, { value, enumerable: true, writable: true, configurable: true });
  return result;
};
const id = fc.constantFrom(...IDS, 'missing');
const effects: fc.Arbitrary<Effects> = fc.record(
  {
    meters: fc.array(fc.tuple(id, fc.integer({ min: -150, max: 150 }))).map((entries) => record(entries)),
    flags: fc.array(fc.tuple(id, fc.boolean())).map((entries) => record(entries)),
  },
  { requiredKeys: [] },
);
const state: fc.Arbitrary<StoryState> = fc.record({
  meters: fc.array(fc.tuple(fc.constantFrom(...IDS), fc.integer({ min: 0, max: 100 }))).map((entries) => record(entries)),
  flags: fc.array(fc.tuple(fc.constantFrom(...IDS), fc.boolean())).map((entries) => record(entries)),
  visited: fc.constant([]),
});

describe('effects', () => {
  it('add to meters within their range, from the initial value when unset, and set flags; a meter the scenario lacks is left out', () => {
    const before: StoryState = { meters: { trust: 90 }, flags: { trust: false }, visited: ['a'] };
    const after = applyEffects(scenario, before, { meters: { trust: 25, tension: -70, missing: 5 }, flags: { trust: true } });
    expect(after).toEqual({ meters: { trust: 100, tension: 0 }, flags: { trust: true }, visited: ['a'] });
    expect(before).toEqual({ meters: { trust: 90 }, flags: { trust: false }, visited: ['a'] });
    expect(applyEffects(scenario, before, undefined)).toBe(before);
  });

  it('read ids named like Object.prototype’s members as ordinary ids', () => {
    const after = applyEffects(
      scenario,
      { meters: {}, flags: {}, visited: [] },
      { meters: { constructor: 10 }, flags: { prototype: true } },
    );
    expect(after.meters).toEqual({ constructor: 60 });
    expect(Object.hasOwn(after.flags, 'prototype')).toBe(true);
  });

  it('name each meter and flag they use, with the keys it is written under', () => {
    const used: unknown[] = [];
    forEachNameIn({ meters: { trust: 1 }, flags: { met: true } }, (kind, name, at) => used.push([kind, name, at]));
    expect(used).toEqual([
      ['meter', 'trust', ['meters', 'trust']],
      ['flag', 'met', ['flags', 'met']],
    ]);
  });

  it('carry, for the walk, exactly what they make of the carried meters and flags', () => {
    const carried = { meter: new Set(['trust', 'constructor']), flag: new Set(['prototype']) };
    const carriedOf = (s: StoryState): unknown => [
      [...carried.meter].map((m) => Object.getOwnPropertyDescriptor(s.meters, m)?.value as unknown),
      [...carried.flag].map((f) => Object.getOwnPropertyDescriptor(s.flags, f)?.value as unknown),
    ];
    fc.assert(
      fc.property(effects, effects, state, (some, other, before) => {
        const part = carriedPart(some, carried);
        const full = carriedOf(applyEffects(scenario, before, some));
        expect(carriedOf(applyEffects(scenario, before, part?.effects))).toEqual(full);
        // Equal spellings for equal parts: each distinct change is worked out once.
        const otherPart = carriedPart(other, carried);
        if (part && otherPart && part.spelling === otherPart.spelling)
          expect(carriedOf(applyEffects(scenario, before, otherPart.effects))).toEqual(full);
      }),
      { numRuns: 2000 },
    );
  });
});
