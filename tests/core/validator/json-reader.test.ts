/**
 * The validator reads a file's text once (json-reader.ts), for the value, every duplicate key, the
 * nesting and the place of each key and value. Checked against JSON.parse for the value and against
 * momoa, which the validator used before, for the rest: the same duplicates, positions and depth on
 * texts full of equal and escaped keys, and the same syntax errors, worded and placed alike, on
 * texts broken by a few characters.
 */
import { parse, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonDocument, JsonPath } from '../../../src/core/validator/json-document';
import { readJson } from '../../../src/core/validator/json-reader';
import { validateScenarioText } from '../../../src/core/validator/index';
import { fixtureText } from './fixture-helpers';

/** Keys as written in the text: some spell the same key differently, some hold escaped quotes. */
const RAW_KEYS = ['a', 'b', '\\u0061', 'x-a', 'x-\\u0061', '__proto__', 'constructor', 'a\\"b', 'a\\\\', 'a\\\\\\"', '[{,}]:', '', '0'];
const LEAVES = [
  '1',
  '-0.5e+3',
  '0',
  '"v"',
  '"\\\\"',
  '"a\\"}"',
  'null',
  'true',
  'false',
  '"{\\"a\\":1}"',
  '"\\ud83d\\ude00 \\/\\b\\f\\n\\r\\t"',
];
/** JSON's white space, line breaks of every kind among it. */
const SPACES = [' ', '', '\n', '\r\n', '\r', '\t', ' \r\n\t'];

type Tree = { object: [string, Tree][] } | { array: Tree[] } | { leaf: string };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...LEAVES).map((leaf): Tree => ({ leaf })),
    fc.array(fc.tuple(fc.constantFrom(...RAW_KEYS), tie('tree')), { maxLength: 12 }).map((object): Tree => ({ object })),
    fc.array(tie('tree'), { maxLength: 4 }).map((array): Tree => ({ array })),
  ),
})).tree;

const texts = fc.tuple(tree, fc.array(fc.constantFrom(...SPACES), { minLength: 1, maxLength: 8 })).map(([value, spaces]) => {
  let n = 0;
  const space = () => spaces[n++ % spaces.length] ?? '';
  const text = (node: Tree): string => {
    if ('leaf' in node) return node.leaf;
    if ('array' in node) return `[${space()}${node.array.map(text).join(`,${space()}`)}${space()}]`;
    return `{${space()}${node.object.map(([key, item]) => `"${key}"${space()}:${space()}${text(item)}`).join(`,${space()}`)}${space()}}`;
  };
  return space() + text(value) + space();
});

const memberName = (member: MemberNode) => (member.name.type === 'String' ? member.name.value : member.name.name);

function treeDepth(node: ValueNode): number {
  if (node.type === 'Array') return 1 + Math.max(0, ...node.elements.map((element) => treeDepth(element.value)));
  if (node.type === 'Object') return 1 + Math.max(0, ...node.members.map((member) => treeDepth(member.value)));
  return 0;
}

/** Every later appearance of a key in its object, in the order of the text, as momoa's tree shows it. */
function treeDuplicates(node: ValueNode, path: JsonPath = []): unknown[] {
  if (node.type === 'Array') return node.elements.flatMap((element, i) => treeDuplicates(element.value, [...path, i]));
  if (node.type !== 'Object') return [];
  const firstLine = new Map<string, number>();
  return node.members.flatMap((member) => {
    const key = memberName(member);
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, member.name.loc.start.line);
    const here = earlier === undefined ? [] : [{ key, path: [...path, key], at: lineColumn(member.name), firstLine: earlier }];
    return [...here, ...treeDuplicates(member.value, [...path, key])];
  });
}

const lineColumn = (node: { loc: { start: { line: number; column: number } } }) => ({
  line: node.loc.start.line,
  column: node.loc.start.column,
});

/** Checks that the document places every value the tree holds (the last of equal keys) where momoa does. */
function expectSamePlaces(document: JsonDocument, node: ValueNode, path: JsonPath = []): void {
  expect(document.locate(path)).toEqual(lineColumn(node));
  if (node.type === 'Array') node.elements.forEach((element, i) => expectSamePlaces(document, element.value, [...path, i]));
  if (node.type !== 'Object') return;
  const last = new Map(node.members.filter((member) => !memberName(member).startsWith('x-')).map((member) => [memberName(member), member]));
  for (const [key, member] of last) {
    expect(document.locate([...path, key], 'key')).toEqual(lineColumn(member.name));
    expectSamePlaces(document, member.value, [...path, key]);
  }
}

const withoutAuthorKeys = (json: string) =>
  JSON.parse(json, (key, value: unknown) => (key.startsWith('x-') ? undefined : value)) as unknown;

function documentOf(json: string, maxDepth = Infinity): JsonDocument {
  const reading = readJson(json, maxDepth);
  if (reading.kind !== 'document') throw new Error(`not read: ${JSON.stringify(reading)}`);
  return reading.document;
}

/** What momoa says of a text: its syntax error as the validator words it, or undefined when it reads it. */
function momoaError(json: string): { reason: string; line: number; column: number } | undefined {
  try {
    parse(json, { mode: 'json' });
    return undefined;
  } catch (error) {
    const { message, line, column } = error as { message: string; line: number; column: number };
    return { reason: message.replace(/\s*\(\d+:\d+\)$/, '').replace(/\.$/, ''), line, column };
  }
}

/**
 * momoa takes a raw CR LF inside a string for one character when it cuts the string from the text,
 * so it loses the string's last character (and may then find a broken escape); the reader keeps the
 * whole string. Those texts, not JSON at all for JSON.parse, are left out of the comparison.
 */
function hasRawCrLfInString(json: string): boolean {
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    if (inString && json[i] === '\\') i++;
    else if (json[i] === '"') inString = !inString;
    else if (inString && json.startsWith('\r\n', i)) return true;
  }
  return false;
}

describe('the reading of a text', () => {
  it('gives JSON.parse’s value, and momoa’s duplicates, places and depth', () => {
    fc.assert(
      fc.property(texts, (json) => {
        const root = parse(json, { mode: 'json' }).body;
        const document = documentOf(json);
        // JSON.stringify writes an own `__proto__` key as any other, so the two values compare fully.
        expect(JSON.stringify(document.value)).toBe(JSON.stringify(withoutAuthorKeys(json)));
        expect(document.duplicateKeys).toEqual(treeDuplicates(root));
        expectSamePlaces(document, root);
        if (/"(__proto__|constructor)"\s*:/.test(json)) expect(document.hasPrototypeKeys).toBe(true);
        // Nested exactly as deep as allowed passes; one level less allowed, it is refused (values
        // that a duplicate key drops count too).
        const depth = treeDepth(root);
        expect(readJson(json, depth).kind).toBe('document');
        if (depth > 0) expect(readJson(json, depth - 1).kind).toBe('too-deep');
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses a text broken by a few characters exactly as momoa does, in its words and at its place', () => {
    const junk = fc.constantFrom(
      '"',
      '\\',
      '\\u',
      '\\u00',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '\n',
      '\r\n',
      '\r',
      'x',
      '0',
      '01',
      '-',
      '.',
      'e',
      'E+',
      'tru',
      'nul',
      'true1',
      'é',
      '\u0001',
      '',
    );
    const broken = fc
      .tuple(texts, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), junk), { minLength: 1, maxLength: 3 }))
      .map(([json, edits]) => {
        let text = json;
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        return text;
      });
    let refused = 0;
    fc.assert(
      fc.property(broken, (json) => {
        fc.pre(!hasRawCrLfInString(json));
        const expected = momoaError(json);
        const reading = readJson(json, Infinity);
        if (!expected) {
          expect(reading.kind).toBe('document');
          return;
        }
        refused++;
        expect(reading).toEqual({ kind: 'not-json', reason: expected.reason, at: { line: expected.line, column: expected.column } });
      }),
      { numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(1000);
  });

  it('sees two spellings of one key among thirty', () => {
    const keys = Array.from({ length: 30 }, (_, i) => `"k${i}": ${i}`);
    expect(documentOf(`{${keys.join(', ')}, "k\\u0032": 0}`).duplicateKeys).toHaveLength(1);
    expect(documentOf(`{${keys.join(', ')}, "k30": 0}`).duplicateKeys).toEqual([]);
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
