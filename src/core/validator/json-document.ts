/**
 * The file as the checks see it (json-reader.ts reads it): the plain value, what the reading noted
 * of the text, and where a JSON path points in the text.
 */
export type JsonPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** A key written a second time (or more) in one object. */
export interface DuplicateKey {
  key: string;
  path: JsonPath;
  /** Where the repeat is. */
  at: Position;
  /** The line of the key's first appearance. */
  firstLine: number;
}

/**
 * Where each value of the file is, in the order the values start in the text (the outermost first):
 * its start offset, the index just after its own values (so `after[i]` is its next sibling), and for
 * a member of an object its key and the key's offset (-1 for the others).
 */
export interface Layout {
  starts: number[];
  after: number[];
  keys: (string | undefined)[];
  keyStarts: number[];
}

const OPEN_OBJECT = 0x7b;
const OPEN_LIST = 0x5b;

export class JsonDocument {
  constructor(
    /** The file's value with `x-` keys removed; the last of duplicate keys counts, as with JSON.parse. */
    readonly value: unknown,
    /** Whether some key is one of `PROTOTYPE_KEYS`, which need care (see the schema check). */
    readonly hasPrototypeKeys: boolean,
    readonly duplicateKeys: readonly DuplicateKey[],
    private readonly text: string,
    private readonly layout: Layout,
    private readonly lineStarts: readonly number[],
  ) {}

  /**
   * Where a path points: the start of its value, or of its key when `anchor` is 'key'. A path that
   * goes further than the file does (a missing key) stops at the deepest value that exists.
   */
  locate(path: JsonPath, anchor: 'value' | 'key' = 'value'): Position {
    const { starts, after, keys, keyStarts } = this.layout;
    let value = 0;
    let keyAt = -1;
    for (const segment of path) {
      keyAt = -1;
      const end = after[value] ?? 0;
      const opening = this.text.charCodeAt(starts[value] ?? 0);
      let found = -1;
      if (opening === OPEN_OBJECT) {
        // The last member with the key is the one that counts.
        const key = String(segment);
        for (let member = value + 1; member < end; member = after[member] ?? end) if (keys[member] === key) found = member;
        if (found >= 0) keyAt = keyStarts[found] ?? -1;
      } else if (opening === OPEN_LIST && typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) {
        let element = value + 1;
        for (let i = 0; i < segment && element < end; i++) element = after[element] ?? end;
        if (element < end) found = element;
      }
      if (found < 0) break;
      value = found;
    }
    return positionIn(this.lineStarts, anchor === 'key' && keyAt >= 0 ? keyAt : (starts[value] ?? 0));
  }
}

/** RFC 6901: `~` and `/` inside a key are escaped so the pointer can be split again. */
export function toPointer(path: JsonPath): string {
  return path.map((segment) => '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/** 1-based line and column of an offset, given the offsets at which lines start (ascending, from 0). */
export function positionIn(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}
