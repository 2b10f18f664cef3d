/**
 * The parsed file: the plain value the schema checks (JSON.parse's, with the author's `x-` keys left
 * out) and, only when a finding needs a position, momoa's syntax tree, which keeps positions and
 * every duplicate key. A clean file never pays for the tree.
 */
import { parse, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';
import { isAuthorKey, PROTOTYPE_KEYS } from './json-value';
import { nestingDepth, scanKeys } from './key-scan';

export type JsonPath = readonly (string | number)[];

export interface JsonDocument {
  /** momoa's tree, parsed at the first use; undefined if momoa cannot read a text JSON.parse could. */
  readonly root: ValueNode | undefined;
  /** The file's value with `x-` keys removed; the last of duplicate keys wins, as with JSON.parse. */
  value: unknown;
  /** Whether some key may be one of `PROTOTYPE_KEYS`, which need care (see the schema check). */
  hasPrototypeKeys: boolean;
  /** Whether some object may have a key twice (then the tree tells where). */
  hasDuplicateKeys: boolean;
}

export interface Position {
  line: number;
  column: number;
}

/** RFC 6901: `~` and `/` inside a key are escaped so the pointer can be split again. */
export function toPointer(path: JsonPath): string {
  return path.map((segment) => '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export function memberName(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

/**
 * Parses strict JSON (no comments, no trailing commas). Returns undefined, having read nothing
 * deeper than `maxDepth` recursively, when the text nests deeper than that. Throws momoa's error,
 * which carries line and column, when the text is not JSON.
 */
export function parseDocument(text: string, maxDepth: number): JsonDocument | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // momoa says where the syntax breaks; the few texts only momoa reads (raw control characters in
    // a string) are read from its tree, as they always were. Its parser recurses: depth first.
    if (nestingDepth(text) > maxDepth) return undefined;
    return treeDocument(parse(text, { mode: 'json' }).body);
  }
  const scan = scanKeys(text, value, maxDepth);
  if (!scan) return undefined;
  if (scan.hasAuthorKeys) removeAuthorKeys(value);
  return new LazyTreeDocument(text, value, scan.hasPrototypeKeys, scan.hasDuplicateKeys);
}

class LazyTreeDocument implements JsonDocument {
  private tree: ValueNode | undefined;
  private parsed = false;

  constructor(
    private readonly text: string,
    readonly value: unknown,
    readonly hasPrototypeKeys: boolean,
    readonly hasDuplicateKeys: boolean,
  ) {}

  get root(): ValueNode | undefined {
    if (!this.parsed) {
      this.parsed = true;
      try {
        this.tree = parse(this.text, { mode: 'json' }).body;
      } catch {
        this.tree = undefined;
      }
    }
    return this.tree;
  }
}

function treeDocument(root: ValueNode): JsonDocument {
  const seen = { prototypeKeys: false };
  return { root, value: toValue(root, seen), hasPrototypeKeys: seen.prototypeKeys, hasDuplicateKeys: true };
}

/** In place: JSON.parse's value is this document's own. Nesting is bounded by the raw limits. */
function removeAuthorKeys(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) removeAuthorKeys(item);
  } else if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    // JSON.parse defines `__proto__` as an own data property, so reading it here reads the data.
    for (const key of Object.keys(object)) {
      if (isAuthorKey(key)) delete object[key];
      else removeAuthorKeys(object[key]);
    }
  }
}

function toValue(node: ValueNode, seen: { prototypeKeys: boolean }): unknown {
  switch (node.type) {
    case 'Object': {
      const object: Record<string, unknown> = {};
      for (const member of node.members) {
        const key = memberName(member);
        if (isAuthorKey(key)) continue;
        if (PROTOTYPE_KEYS.has(key)) seen.prototypeKeys = true;
        // A plain assignment of `__proto__` would replace the object's prototype; define it as data instead.
        Object.defineProperty(object, key, { value: toValue(member.value, seen), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    case 'Array':
      return node.elements.map((element) => toValue(element.value, seen));
    case 'String':
    case 'Number':
    case 'Boolean':
      return node.value;
    case 'Null':
      return null;
    default:
      // NaN and Infinity exist only in JSON5 mode, which is never used here.
      return undefined;
  }
}

/** The member that holds `key`: the last one, because the last of duplicate keys is the one that counts. */
function findMember(node: ValueNode, key: string): MemberNode | undefined {
  if (node.type !== 'Object') return undefined;
  for (let i = node.members.length - 1; i >= 0; i--) {
    const member = node.members[i];
    if (member && memberName(member) === key) return member;
  }
  return undefined;
}

/**
 * Where a path points: the start of its value, or of its key when `anchor` is 'key'. A path that
 * goes further than the file does (a missing key) stops at the deepest value that exists.
 */
export function locate(document: JsonDocument, path: JsonPath, anchor: 'value' | 'key' = 'value'): Position {
  const root = document.root;
  if (!root) return { line: 1, column: 1 };
  let node: ValueNode = root;
  let keyNode: MemberNode['name'] | undefined;
  for (const segment of path) {
    keyNode = undefined;
    if (node.type === 'Object') {
      const member = findMember(node, String(segment));
      if (!member) break;
      node = member.value;
      keyNode = member.name;
    } else if (node.type === 'Array' && typeof segment === 'number') {
      const element = node.elements[segment];
      if (!element) break;
      node = element.value;
    } else {
      break;
    }
  }
  const at = anchor === 'key' && keyNode ? keyNode.loc.start : node.loc.start;
  return { line: at.line, column: at.column };
}

/** 1-based line and column of a character offset, counted the way momoa counts them. */
export function positionOfOffset(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
