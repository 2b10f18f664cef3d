/**
 * The quick shape check may only say yes where valibot finds no issue: a wrong yes would let a bad
 * file through unreported. Checked against valibot itself on mutants of every valid file, and on
 * the real scenarios, where it must say yes (or it would save no time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../src/core/model/schema';
import { readJson } from '../../../src/core/validator/json-reader';
import { quickCheck } from '../../../src/core/validator/quick-shape';
import { MAX_NESTING_DEPTH } from '../../../src/core/validator/raw-limits';
import { places } from '../json-places';
import { acceptedFixtureNames, fixtureText } from './fixture-helpers';

const SCENARIOS = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
/** The files as the schema check receives them: parsed, with the author's x- keys left out. */
const validDocuments = [
  ...readdirSync(SCENARIOS)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => readFileSync(`${SCENARIOS}${name}`, 'utf8')),
  ...acceptedFixtureNames().map(fixtureText),
].map((text) => {
  const reading = readJson(text, MAX_NESTING_DEPTH);
  if (reading.kind !== 'document') throw new Error('a valid file does not read as JSON');
  return reading.document;
});
const valid = validDocuments.map((document) => document.value);
const quick = quickCheck(ScenarioSchema);
const valibotAccepts = (value: unknown) => v.safeParse(ScenarioSchema, value, { abortEarly: false }).success;

/** Values that each break some rule, or quietly keep to it: empty, wrong type, list for object, … */
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    'x',
    -1,
    0,
    1.5,
    101,
    true,
    null,
    [],
    {},
    [{}],
    { meter: 'trust', gte: 1 },
    { flag: 'f', is: 'yes' },
    { all: [] },
    { not: {} },
    'dialogue',
    'quiz',
    'branch',
    'ending',
    'success',
    'quote',
  ),
);

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'add-key', 'list-for-object'),
  value: replacement,
  key: fc.constantFrom('x', 'type', 'text', 'next', 'choices', 'meters', 'if', 'x-note'),
});

function mutate(root: unknown, m: { at: number; kind: string; value: unknown; key: string }): void {
  const all = places(root).slice(1);
  const path = all[m.at % all.length] ?? [];
  let parent = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  const target = parent[last];
  if (m.kind === 'replace') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'add-key' && target && typeof target === 'object' && !Array.isArray(target))
    (target as Record<string, unknown>)[m.key] = m.value;
  else if (m.kind === 'list-for-object' && target && typeof target === 'object' && !Array.isArray(target))
    parent[last] = Object.values(target);
}

describe('quick shape check', () => {
  it('says yes to every valid scenario and fixture (but those with prototype-like keys, which valibot reads itself)', () => {
    const plain = validDocuments.filter((document) => !document.hasPrototypeKeys);
    expect(plain.length).toBeGreaterThan(10);
    for (const document of plain) expect(quick(document.value)).toBe(true);
  });

  it('says yes to a mutant only when valibot finds no issue in it', () => {
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(fc.nat({ max: valid.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (index, mutations) => {
        const value = structuredClone(valid[index]);
        for (const m of mutations) mutate(value, m);
        if (quick(value)) {
          yes++;
          expect(valibotAccepts(value)).toBe(true);
        } else no++;
      }),
      { numRuns: 3000 },
    );
    // Both answers must be exercised: many mutants keep the shape (a changed text), many break it.
    expect(yes).toBeGreaterThan(300);
    expect(no).toBeGreaterThan(300);
  });

  it('says no to a list where a map of ids belongs, which valibot would take', () => {
    const value = structuredClone(valid[0]) as Record<string, unknown>;
    value.characters = [];
    expect(valibotAccepts(value)).toBe(true);
    expect(quick(value)).toBe(false);
  });
});
