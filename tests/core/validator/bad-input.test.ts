/** Input that is not a scenario at all: the validator reports it and never throws, hangs or pollutes prototypes. */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, validateScenarioText } from '../../../src/core/validator/index';
import { fixtureText } from './fixture-helpers';

const codes = (text: string, file = 'scenarios/valid-minimal.json') => validateScenarioText(text, { file }).diagnostics.map((d) => d.code);

describe('bad input', () => {
  it.each([
    ['an empty file', ''],
    ['plain text', 'Geneva, 10 January 2022'],
    ['a JSON comment', '// scenario\n{}'],
    ['a trailing comma', '{ "format": "crisis-table/scenario", }'],
    ['an unclosed string', '{ "format": "crisis'],
  ])('reports %s as E_JSON with the place it breaks', (_, text) => {
    const { diagnostics } = validateScenarioText(text, { file: 'x.json' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'E_JSON', severity: 'error' });
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(1);
    expect(diagnostics[0]?.column).toBeGreaterThanOrEqual(1);
  });

  it('says where the syntax breaks', () => {
    const { diagnostics } = validateScenarioText('{\n  "a": 1,\n  "b": tru\n}', { file: 'x.json' });
    expect(diagnostics[0]).toMatchObject({ code: 'E_JSON', line: 3, column: 8 });
  });

  it.each([
    ['a list', '[]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('reports %s at the top as E_SCHEMA', (_, text) => {
    expect(codes(text, 'x.json')).toEqual(['E_SCHEMA']);
  });

  it('refuses a 50 MB file before parsing it, quickly', () => {
    const filler = ' '.repeat(50 * 1024 * 1024);
    const started = performance.now();
    const { diagnostics } = validateScenarioText(`{${filler}}`, { file: 'huge.json' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_JSON', line: 1, column: 1, path: '' })]);
    expect(diagnostics[0]?.message).toContain('at most 5 MB');
  });

  it('refuses conditions nested 10,000 deep at the place the depth limit is passed', () => {
    const depth = 10_000;
    const condition = '{"not":'.repeat(depth) + '{"flag":"held-firm"}' + '}'.repeat(depth);
    const text = fixtureText('valid-minimal').replace('{ "flag": "held-firm" }', condition);
    expect(text).not.toBe(fixtureText('valid-minimal'));
    const { diagnostics } = validateScenarioText(text, { file: 'scenarios/valid-minimal.json' });
    expect(diagnostics).toHaveLength(1);
    const [deep] = diagnostics;
    expect(deep).toMatchObject({ code: 'E_SCHEMA', severity: 'error' });
    // The pointer leads into the nested conditions: /nodes/route/cases/0/if/all/0/not/not/…
    expect(deep?.path.startsWith('/nodes/route/cases/0/if/all/0/not/not')).toBe(true);
    expect((deep?.path ?? '').split('/').length - 1).toBe(MAX_NESTING_DEPTH);
    const line = text.split('\n')[(deep?.line ?? 1) - 1] ?? '';
    expect(line.slice((deep?.column ?? 1) - 1).startsWith('{"not":')).toBe(true);
  });

  it('accepts nesting up to the limit', () => {
    const condition = '{"not":'.repeat(40) + '{"flag":"held-firm"}' + '}'.repeat(40);
    const text = fixtureText('valid-minimal').replace('{ "flag": "held-firm" }', condition);
    expect(codes(text)).not.toContain('E_SCHEMA');
  });

  it('reports __proto__ ids as E_ID and leaves Object.prototype alone', () => {
    const text = fixtureText('valid-minimal')
      .replace('"trust": {', '"__proto__": { "polluted": true },\n    "trust": {')
      .replace('"smith": {', '"__proto__": { "name": "P", "title": "P", "affiliation": "P", "polluted": true },\n    "smith": {');
    const diagnostics = validateScenarioText(text, { file: 'scenarios/valid-minimal.json' }).diagnostics;
    expect(diagnostics.filter((d) => d.code === 'E_ID').map((d) => d.path)).toEqual(['/characters/__proto__', '/meters/__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(codes(fixtureText('e-id-proto'), 'scenarios/e-id-proto.json')).toContain('E_ID');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('treats constructor, toString-like and prototype ids as ordinary ids', () => {
    const result = validateScenarioText(fixtureText('valid-constructor'), { file: 'scenarios/valid-constructor.json' });
    expect(result.diagnostics).toEqual([]);
    expect(Object.hasOwn(result.scenario?.nodes ?? {}, 'constructor')).toBe(true);
    expect(result.scenario?.flags).toEqual(['constructor']);
  });

  it.each(['nodes', 'meters', 'characters'])('checks the value of a %s entry named constructor or prototype like any other', (map) => {
    for (const key of ['constructor', 'prototype']) {
      const text = fixtureText('valid-minimal').replace(`"${map}": {`, `"${map}": { "${key}": { "polluted": true },`);
      const found = validateScenarioText(text, { file: 'scenarios/valid-minimal.json' }).diagnostics;
      expect(found.filter((d) => d.code === 'E_SCHEMA').map((d) => d.path)).toContain(`/${map}/${key}`);
    }
  });

  it('reports a list where a map of ids belongs, which valibot alone would take as a record', () => {
    const text = fixtureText('valid-minimal').replace('"characters": {', '"characters": [],\n  "x-old-characters": {');
    const found = validateScenarioText(text, { file: 'scenarios/valid-minimal.json' }).diagnostics;
    expect(found.map((d) => [d.code, d.path])).toEqual([['E_SCHEMA', '/characters']]);
  });

  it("reports a list where a map of ids belongs deep inside a node, in a choice's effects", () => {
    const text = fixtureText('valid-minimal').replace('"effects": { "meters": { "trust": -20 } }', '"effects": { "meters": [] }');
    const found = validateScenarioText(text, { file: 'scenarios/valid-minimal.json' }).diagnostics;
    expect(found.map((d) => [d.code, d.path])).toEqual([['E_SCHEMA', '/nodes/opening/choices/1/effects/meters']]);
  });

  it('reports references to names that exist only on Object.prototype', () => {
    const text = fixtureText('valid-minimal')
      .replace('"next": "route"', '"next": "toString"')
      .replace('"speaker": "smith"', '"speaker": "constructor"');
    const found = validateScenarioText(text, { file: 'scenarios/valid-minimal.json' }).diagnostics.filter((d) => d.code === 'E_REF');
    expect(found.map((d) => d.path)).toEqual(['/nodes/opening/speaker', '/nodes/check/next']);
  });

  it('tolerates a byte-order mark and keeps columns', () => {
    const result = validateScenarioText('\uFEFF' + fixtureText('valid-minimal'), { file: 'scenarios/valid-minimal.json' });
    expect(result.diagnostics).toEqual([]);
  });
});
