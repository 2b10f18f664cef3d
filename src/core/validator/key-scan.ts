/**
 * One pass over the raw text of a file that JSON.parse has accepted, reading only its object keys.
 * JSON.parse keeps the last of two equal keys without a word, and drops nothing else the checks need,
 * so this pass says whether the file needs more than JSON.parse gives: a syntax tree to place
 * duplicate keys, a pass removing the author's `x-` keys, the care that prototype-like keys need.
 */
import { isAuthorKey, PROTOTYPE_KEYS } from './json-value';

export interface KeyScan {
  hasDuplicateKeys: boolean;
  hasAuthorKeys: boolean;
  hasPrototypeKeys: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** Up to this many keys an object's keys are compared in a list; a larger object gets a Set. */
const LIST_LIMIT = 16;

/** The keys of one open object; reused for every object at the same depth. */
class ObjectKeys {
  private readonly list: string[] = [];
  private set: Set<string> | undefined;

  clear(): void {
    this.list.length = 0;
    this.set = undefined;
  }

  /** Adds `key`; false when the object already has it. */
  add(key: string): boolean {
    if (this.set) {
      if (this.set.has(key)) return false;
      this.set.add(key);
      return true;
    }
    if (this.list.includes(key)) return false;
    this.list.push(key);
    if (this.list.length > LIST_LIMIT) this.set = new Set(this.list);
    return true;
  }
}

/** Index of the quote that closes the string whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    if (end < 0) return text.length;
    // A quote preceded by an odd number of backslashes is escaped and does not close the string.
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** `text` must be valid JSON (JSON.parse accepted it): the scan trusts its structure. */
export function scanKeys(text: string): KeyScan {
  const scan: KeyScan = { hasDuplicateKeys: false, hasAuthorKeys: false, hasPrototypeKeys: false };
  // Per open container: its keys when it is an object, undefined for an array.
  const levels: (ObjectKeys | undefined)[] = [];
  const spareKeys: ObjectKeys[] = [];
  let depth = 0;
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (expectingKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (isAuthorKey(key)) scan.hasAuthorKeys = true;
        if (PROTOTYPE_KEYS.has(key)) scan.hasPrototypeKeys = true;
        if (!(levels[depth - 1] as ObjectKeys).add(key)) {
          // The syntax tree takes over from here; what this scan cannot tell any more counts as present.
          return { hasDuplicateKeys: true, hasAuthorKeys: true, hasPrototypeKeys: true };
        }
        expectingKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT) {
      const keys = (spareKeys[depth] ??= new ObjectKeys());
      keys.clear();
      levels[depth++] = keys;
      expectingKey = true;
    } else if (c === OPEN_ARRAY) {
      levels[depth++] = undefined;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
      expectingKey = false;
    } else if (c === COMMA) {
      expectingKey = levels[depth - 1] !== undefined;
    }
  }
  return scan;
}
