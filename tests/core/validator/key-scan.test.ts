/**
 * The key scan decides whether a file needs momoa's tree: a duplicate it missed would go
 * unreported, so it is checked against the tree itself on texts full of equal and escaped keys.
 * The value pass measures the nesting too, checked against the tree as well.
 */
import { parse, type ValueNode } from '@humanwhocodes/momoa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberName } from '../../../src/core/validator/json-document';
import { nestingDepth, scanKeys } from '../../../src/core/validator/key-scan';
import { validateScenarioText } from '../../../src/core/validator/index';
import { fixtureText } from './fixture-helpers';

/** Keys as written in the text: some spell the same key differently, some hold escaped quotes. */
const RAW_KEYS = ['a', 'b', '\\u0061', 'x-a', 'x-\\u0061', '__proto__', 'constructor', 'a\\"b', 'a\\\\', 'a\\\\\\"', '[{,}]:', ''];

type Tree = { object: [string, Tree][] } | { array: Tree[] } | { leaf: string };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('1', '"v"', '"\\\\"', '"a\\"}"', 'null', '"{\\"a\\":1}"').map((leaf): Tree => ({ leaf })),
    fc.array(fc.tuple(fc.constantFrom(...RAW_KEYS), tie('tree')), { maxLength: 20 }).map((object): Tree => ({ object })),
    fc.array(tie('tree'), { maxLength: 4 }).map((array): Tree => ({ array })),
  ),
})).tree;

function text(value: Tree): string {
  if ('leaf' in value) return value.leaf;
  if ('array' in value) return `[${value.array.map(text).join(', ')}]`;
  // Some keys stand apart from their colon, as JSON allows.
  return `{${value.object.map(([key, item], i) => `"${key}"${i % 2 ? ' \r\n\t:' : ':'} ${text(item)}`).join(',\n')}}`;
}

function treeHasDuplicates(node: ValueNode): boolean {
  if (node.type === 'Array') return node.elements.some((element) => treeHasDuplicates(element.value));
  if (node.type !== 'Object') return false;
  const names = node.members.map(memberName);
  return new Set(names).size < names.length || node.members.some((member) => treeHasDuplicates(member.value));
}

function treeDepth(node: ValueNode): number {
  if (node.type === 'Array') return 1 + Math.max(0, ...node.elements.map((element) => treeDepth(element.value)));
  if (node.type === 'Object') return 1 + Math.max(0, ...node.members.map((member) => treeDepth(member.value)));
  return 0;
}

const scan = (json: string) => scanKeys(json, JSON.parse(json), Infinity) as NonNullable<ReturnType<typeof scanKeys>>;

function treeHasKey(node: ValueNode, test: (key: string) => boolean): boolean {
  if (node.type === 'Array') return node.elements.some((element) => treeHasKey(element.value, test));
  if (node.type !== 'Object') return false;
  return node.members.some((member) => test(memberName(member)) || treeHasKey(member.value, test));
}

describe('raw key scan', () => {
  it('finds a duplicate key exactly when momoa’s tree has one, and never misses an x- or prototype key', () => {
    fc.assert(
      fc.property(tree, (value) => {
        const json = text(value);
        const root = parse(json, { mode: 'json' }).body;
        const found = scan(json);
        expect(found.hasDuplicateKeys).toBe(treeHasDuplicates(root));
        if (treeHasKey(root, (key) => key.startsWith('x-'))) expect(found.hasAuthorKeys).toBe(true);
        if (treeHasKey(root, (key) => ['__proto__', 'constructor', 'prototype'].includes(key))) expect(found.hasPrototypeKeys).toBe(true);
        if (!found.hasDuplicateKeys) {
          expect(found.hasAuthorKeys).toBe(treeHasKey(root, (key) => key.startsWith('x-')));
          expect(found.hasPrototypeKeys).toBe(treeHasKey(root, (key) => ['__proto__', 'constructor', 'prototype'].includes(key)));
        }
        // Nested exactly as deep as allowed passes; one level less allowed, it is refused (values
        // JSON.parse dropped for a duplicate key count too).
        const depth = treeDepth(root);
        expect(scanKeys(json, JSON.parse(json), depth)).toBeDefined();
        if (depth > 0) expect(scanKeys(json, JSON.parse(json), depth - 1)).toBeUndefined();
        expect(nestingDepth(json)).toBe(depth);
      }),
      { numRuns: 2000 },
    );
  });

  it('sees two spellings of one key among thirty', () => {
    const keys = Array.from({ length: 30 }, (_, i) => `"k${i}": ${i}`);
    expect(scan(`{${keys.join(', ')}, "k\\u0032": 0}`).hasDuplicateKeys).toBe(true);
    expect(scan(`{${keys.join(', ')}, "k30": 0}`).hasDuplicateKeys).toBe(false);
  });

  it('reports a duplicate spelled with an escape at the repeat, with the first one’s line', () => {
    const fixture = fixtureText('valid-minimal');
    const withRepeat = fixture.replace('"start":', '"st\\u0061rt": "nowhere",\n  "start":');
    const { diagnostics } = validateScenarioText(withRepeat, { file: 'valid-minimal.json' });
    const line = withRepeat.slice(0, withRepeat.indexOf('"start":')).split('\n').length;
    expect(diagnostics.filter((d) => d.code === 'E_DUPLICATE')).toEqual([
      expect.objectContaining({
        path: '/start',
        line,
        column: 3,
        message: expect.stringContaining(`first on line ${line - 1}`) as unknown,
      }),
    ]);
  });

  it('reads a string with a raw control character as momoa does, and leaves x- keys out of the scenario', () => {
    const fixture = fixtureText('valid-minimal');
    // JSON.parse refuses a raw tab inside a string; momoa reads it, and so did the validator.
    const withTab = fixture.replace('"format":', '"x-note": "a\tb",\n  "format":');
    const result = validateScenarioText(withTab, { file: 'valid-minimal.json' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.scenario).toBeDefined();
    expect(Object.keys(result.scenario ?? {})).not.toContain('x-note');
  });
});
