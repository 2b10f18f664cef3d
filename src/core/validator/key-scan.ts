/**
 * What JSON.parse does not say about a file it has accepted: it keeps the last of two equal keys
 * without a word. One quick pass over the raw text counts the keys as written, one over the parsed
 * value counts the keys that survived: they differ exactly when some object has a key twice. The
 * value pass also measures the nesting and notes the author's `x-` keys and prototype-like keys.
 * So the file is known to need (or not) a syntax tree to place duplicates, a pass removing `x-`
 * keys, and the care that prototype-like keys need.
 */
import { isAuthorKey, PROTOTYPE_KEYS } from './json-value';

export interface KeyScan {
  hasDuplicateKeys: boolean;
  hasAuthorKeys: boolean;
  hasPrototypeKeys: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

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

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * The object members written in `text`, duplicates included. `text` must be valid JSON (JSON.parse
 * accepted it), so the scan trusts its structure: it jumps from string to string, and a string
 * followed by a colon is a key.
 */
function countTextKeys(text: string): number {
  let keys = 0;
  for (let start = text.indexOf('"'); start >= 0;) {
    let next = stringEnd(text, start) + 1;
    while (isSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === COLON) keys++;
    start = text.indexOf('"', next);
  }
  return keys;
}

interface ValueKeys {
  count: number;
  author: boolean;
  prototype: boolean;
  tooDeep: boolean;
}

/**
 * Counts the keys of a value nested at `depth` (the file's outermost value is at 1) and notes the
 * kinds of key; it goes no deeper than `maxDepth`, so a value nested too deep cannot overflow the
 * stack. JSON.parse's `__proto__` is an own data property, read as data.
 */
function countKeys(value: unknown, depth: number, maxDepth: number, found: ValueKeys): void {
  if (typeof value !== 'object' || value === null || found.tooDeep) return;
  if (depth > maxDepth) {
    found.tooDeep = true;
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) countKeys(item, depth + 1, maxDepth, found);
    return;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    found.count++;
    if (isAuthorKey(key)) found.author = true;
    if (PROTOTYPE_KEYS.has(key)) found.prototype = true;
    countKeys(object[key], depth + 1, maxDepth, found);
  }
}

/**
 * What JSON.parse's `value` does not tell of the `text` it was read from; undefined when objects
 * and lists nest more than `maxDepth` levels deep.
 */
export function scanKeys(text: string, value: unknown, maxDepth: number): KeyScan | undefined {
  const found: ValueKeys = { count: 0, author: false, prototype: false, tooDeep: false };
  countKeys(value, 1, maxDepth, found);
  if (found.tooDeep) return undefined;
  if (found.count !== countTextKeys(text)) {
    // A key twice: what JSON.parse dropped may nest deeper than what it kept, so the text is measured.
    if (nestingDepth(text) > maxDepth) return undefined;
    // The syntax tree takes over; what JSON.parse dropped counts as present.
    return { hasDuplicateKeys: true, hasAuthorKeys: true, hasPrototypeKeys: true };
  }
  return { hasDuplicateKeys: false, hasAuthorKeys: found.author, hasPrototypeKeys: found.prototype };
}

/** The deepest nesting of brackets outside strings, for any text, JSON or not: a quick scan, as almost every file passes. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) deepest = Math.max(deepest, ++depth);
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return deepest;
}
