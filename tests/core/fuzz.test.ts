/**
 * Fuzzing the validator with mutations of real scenarios: it never throws and never fails inside
 * (no E_INTERNAL), and every file it accepts plays to an ending through the engine with random
 * available choices. Where it promises that no play gets stuck or trapped, the engine agrees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, Play } from '../../src/core/engine/index';
import type { Scenario } from '../../src/core/model/schema';
import { validateScenarioText, type Diagnostic } from '../../src/core/validator/index';
import { places, type Path } from './json-places';
import { SOURCE_TEXTS } from '../source-texts';
import { acceptedFixtureNames, fixtureText } from './validator/fixture-helpers';

const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
/** Exploring a real scenario fully takes up to a second; the fuzzer stops early and checks plays where it did not. */
const EXPLORATION_LIMIT = 3_000;

interface Seed {
  file: string;
  text: string;
}

function scenarioFiles(dir: string): Seed[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => ({ file: `scenarios/${name}`, text: readFileSync(`${dir}${name}`, 'utf8') }));
}

/** The real scenarios, and the small valid fixtures (some with loops, traps and conditions) that are explored fully. */
const seeds: Seed[] = [
  ...acceptedFixtureNames().map((name) => ({ file: `scenarios/${name}.json`, text: fixtureText(name) })),
  ...scenarioFiles(SCENARIO_DIR),
];

type Json = unknown;

function parentOf(root: Json, path: Path): Record<string | number, Json> | undefined {
  let value = root;
  for (const segment of path.slice(0, -1)) value = (value as Record<string | number, Json>)[segment];
  return value && typeof value === 'object' ? (value as Record<string | number, Json>) : undefined;
}

/** The ids a mutation can swap in: real names, so many mutants stay valid and reach the engine. */
function names(root: Json): string[] {
  const { nodes, meters, flags } = (root ?? {}) as Record<string, unknown>;
  const keys = (value: unknown) => (value && typeof value === 'object' ? Object.keys(value) : []);
  return [...keys(nodes), ...keys(meters), ...(Array.isArray(flags) ? flags.map(String) : []), 'narrator'];
}

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'rename'; at: number; pick: number; typo: boolean }
  | { kind: 'shift'; at: number; by: number };

/** Objects whose own keys are `__proto__` or `constructor` (made by JSON.parse, as assignment would not make them). */
const prototypeKeys = fc
  .constantFrom('__proto__', 'constructor', 'prototype')
  // A fresh object each time: one shared value put in two places would make a cycle.
  .map((key) => JSON.parse(`{ "${key}": { "polluted": true } }`) as Json);

function expectNoPollution(): void {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), prototypeKeys) }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), pick: fc.nat(), typo: fc.boolean() }),
  fc.record({ kind: fc.constant('shift' as const), at: fc.nat(), by: fc.integer({ min: -150, max: 150 }) }),
);

function mutate(root: Json, m: Mutation): void {
  const all = places(root).slice(1);
  const path = all[m.at % Math.max(1, all.length)];
  const parent = path && parentOf(root, path);
  const key = path?.[path.length - 1];
  if (!parent || key === undefined) return;
  const current = parent[key];
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = m.value;
      break;
    case 'rename':
      if (typeof current === 'string') {
        const pool = names(root);
        const name = pool[m.pick % pool.length] ?? current;
        parent[key] = m.typo ? name.slice(1) : name;
      }
      break;
    case 'shift':
      if (typeof current === 'number') parent[key] = current + m.by;
      break;
  }
}

/** Random bytes in the text: inserted, deleted or overwritten. */
const textEdit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 6, unit: 'binary' }) });

function checkDiagnostics(diagnostics: Diagnostic[], file: string): void {
  for (const d of diagnostics) {
    expect(d.code, d.message).not.toBe('E_INTERNAL');
    expect(d.code).toMatch(/^[EW]_[A-Z_]+$/);
    expect(d.file).toBe(file);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.path === '' || d.path.startsWith('/')).toBe(true);
    expect(d.message.length).toBeGreaterThan(10);
  }
}

/** A small deterministic generator, so a failing play replays from fast-check's counterexample. */
function randomFrom(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

const MAX_STEPS = 5_000;
/**
 * Runs per property. fast-check draws new cases on every test run, so the cases add up across runs;
 * 400 still give each seed file some twenty mutants per property in one run, in half the time of 800.
 */
const RUNS = 400;

/** Plays with random available choices; returns the ending reached, or why there was none. */
function playRandomly(scenario: Scenario, seed: number): { ending: string } | 'stuck' | 'too-long' {
  const play = Play.start(compileScenario(scenario));
  const random = randomFrom(seed);
  for (let step = 0; step < MAX_STEPS; step++) {
    const screen = play.screen;
    if (screen.kind === 'ending') return { ending: screen.node };
    let result;
    if (screen.kind === 'line') result = play.continue();
    else if (screen.kind === 'quiz') result = play.answer(random(screen.options.length));
    else {
      const available = screen.choices.filter((c) => c.available);
      if (available.length === 0) return 'stuck';
      result = play.choose(available[random(available.length)]?.id ?? '');
    }
    expect(result).toEqual({ ok: true });
  }
  return 'too-long';
}

function checkAccepted(text: string, file: string, seed: number): boolean {
  const { diagnostics, scenario } = validateScenarioText(text, { file, sourceTexts: SOURCE_TEXTS, explorationLimit: EXPLORATION_LIMIT });
  checkDiagnostics(diagnostics, file);
  if (!scenario) {
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
    return false;
  }
  const warned = new Set(diagnostics.map((d) => d.code));
  const outcome = playRandomly(scenario, seed);
  // The validator's promises: without these warnings, no play can get stuck or trapped…
  if (!warned.has('W_CHOICES_UNAVAILABLE') && !warned.has('W_TRAPPED') && !warned.has('W_EXPLORATION_LIMIT'))
    expect(outcome).toHaveProperty('ending');
  // …and no play reaches an ending it calls unreachable.
  const unreachable = diagnostics.filter((d) => d.code === 'W_ENDING_UNREACHABLE').map((d) => d.path);
  if (typeof outcome === 'object') expect(unreachable).not.toContain(`/nodes/${outcome.ending}`);
  // A stuck play needs the warning, whatever else the validator said.
  if (outcome === 'stuck') expect(warned.has('W_CHOICES_UNAVAILABLE') || warned.has('W_EXPLORATION_LIMIT')).toBe(true);
  return true;
}

const seedIndex = fc.nat({ max: seeds.length - 1 });

describe('validator fuzzing', { timeout: 120_000 }, () => {
  it('every seed is valid to begin with', () => {
    for (const seed of seeds) {
      const { diagnostics } = validateScenarioText(seed.text, { file: seed.file, explorationLimit: EXPLORATION_LIMIT });
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
    expect(seeds.length).toBeGreaterThan(5);
  });

  it('structural mutations: never throws, and what it accepts plays to an ending', () => {
    let accepted = 0;
    fc.assert(
      fc.property(seedIndex, fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.integer(), (index, mutations, playSeed) => {
        const seed = seeds[index] as Seed;
        const value = JSON.parse(seed.text) as Json;
        for (const m of mutations) mutate(value, m);
        if (checkAccepted(JSON.stringify(value, null, 2), seed.file, playSeed)) accepted++;
        expectNoPollution();
      }),
      { numRuns: RUNS },
    );
    // Mutations that keep a file valid (swapped names, shifted numbers) must reach the engine often.
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });

  it('random bytes in the text: never throws, only reports', () => {
    fc.assert(
      fc.property(seedIndex, fc.array(textEdit, { minLength: 1, maxLength: 3 }), fc.integer(), (index, edits, playSeed) => {
        const seed = seeds[index] as Seed;
        let text = seed.text;
        for (const edit of edits) {
          const at = edit.at % (text.length + 1);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
        }
        checkAccepted(text, seed.file, playSeed);
      }),
      { numRuns: RUNS },
    );
  });

  it('values with prototype keys do not pollute Object.prototype', () => {
    fc.assert(
      fc.property(seedIndex, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.nat(), (index, key, at) => {
        const seed = seeds[index] as Seed;
        const value = JSON.parse(seed.text) as Json;
        const target = places(value).filter((p) => {
          const v = p.length ? parentOf(value, p)?.[p[p.length - 1] ?? ''] : value;
          return v !== null && typeof v === 'object' && !Array.isArray(v);
        });
        const path = target[at % target.length] ?? [];
        const text = JSON.stringify(value, null, 2);
        // Insert the key as JSON text: assigning `__proto__` in JavaScript would not create a key.
        const inserted = insertKey(text, value, path, key);
        checkAccepted(inserted, seed.file, at);
        expectNoPollution();
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

/** Adds `"key": { "polluted": true }` as the first member of the object at `path`, by rewriting that object's text. */
function insertKey(text: string, root: Json, path: Path, key: string): string {
  const marker = '"__fuzz_marker__"';
  const copy = JSON.parse(text) as Json;
  const target = path.reduce<Json>((v, segment) => (v as Record<string | number, Json>)[segment], copy) as Record<string, Json>;
  target['__fuzz_marker__'] = true;
  return JSON.stringify(copy, null, 2).replace(`${marker}: true`, `"${key}": { "polluted": true }`);
}
