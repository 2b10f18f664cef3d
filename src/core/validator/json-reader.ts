/**
 * The validator's one reading of a file's text. A single pass builds the value the checks read (the
 * last of two equal keys counts, as with JSON.parse; the author's `x-` keys are left out), and notes
 * on the way what the checks need of the text: where each key and value starts, every key written
 * twice, whether some key is prototype-like, and a nesting deeper than allowed (where it is first
 * reached, so that nothing recursive ever goes deeper). It reads strict JSON as momoa's JSON mode
 * does, raw control characters inside strings included, and words a syntax error as momoa did, at
 * the place momoa gave, so that authors' messages did not change when the validator stopped using it.
 */
import { JsonDocument, positionIn, type DuplicateKey, type JsonPath, type Layout, type Position } from './json-document';
import { isAuthorKey, PROTOTYPE_KEYS } from './json-value';

export type JsonReading =
  | { kind: 'document'; document: JsonDocument }
  | { kind: 'too-deep'; at: Position; path: JsonPath }
  | { kind: 'not-json'; at: Position; reason: string };

// Token types, named in messages as momoa names them.
const EOF = 0;
const NUMBER = 1;
const STRING = 2;
const BOOLEAN = 3;
const NULL = 4;
const COLON = 5;
const LBRACE = 6;
const RBRACE = 7;
const LBRACKET = 8;
const RBRACKET = 9;
const COMMA = 10;
const TOKEN_NAMES = ['EOF', 'Number', 'String', 'Boolean', 'Null', 'Colon', 'LBrace', 'RBrace', 'LBracket', 'RBracket', 'Comma'];

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const DOLLAR = 0x24;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;
const LOWER_U = 0x75;

/** What `\x` stands for in a JSON string, by the code of x. */
const ESCAPES = new Map<number, string>([
  [QUOTE, '"'],
  [BACKSLASH, '\\'],
  [0x2f, '/'],
  [0x62, '\b'],
  [0x66, '\f'],
  [0x6e, '\n'],
  [0x72, '\r'],
  [0x74, '\t'],
]);

const ID_CONTINUE = /\p{ID_Continue}/u;

const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isHexDigit = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The characters momoa reads as one word after `t`, `f` or `n`, so `tru` and `nul1` are named whole. */
function isWordPart(c: number): boolean {
  if (isLetter(c) || isDigit(c) || c === DOLLAR || c === UNDERSCORE || c === BACKSLASH || c === 0x200c || c === 0x200d) return true;
  return c > 0x7f && ID_CONTINUE.test(String.fromCharCode(c));
}

/** Stops the reading: the text is not JSON, or nests too deep. */
class Stop extends Error {
  constructor(readonly reading: JsonReading) {
    super(reading.kind);
  }
}

/** Reads `text`; objects and lists may nest `maxDepth` levels deep. */
export function readJson(text: string, maxDepth: number): JsonReading {
  const reader = new Reader(text, maxDepth);
  try {
    return { kind: 'document', document: reader.document() };
  } catch (error) {
    if (error instanceof Stop) return error.reading;
    throw error;
  }
}

class Reader {
  /** The next character to read. */
  private at = 0;
  /** Offsets at which lines start, as momoa counts them: after LF, CR, or CR LF. */
  private readonly lineStarts = [0];
  private readonly layout: Layout = { starts: [], after: [], keys: [], keyStarts: [] };
  private readonly duplicateKeys: DuplicateKey[] = [];
  /** The path to the value being read; one segment for each open object or list. */
  private readonly path: (string | number)[] = [];
  private hasPrototypeKeys = false;
  // The next backslash, LF and CR at or after the string being read (the text's length for none).
  private backslashAt = -1;
  private lineFeedAt = -1;
  private returnAt = -1;

  // The last token read; reaching the end leaves it as it was, as momoa's tokenizer does.
  private type = EOF;
  private start = 0;
  private end = 0;
  private string = '';

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  document(): JsonDocument {
    const first = this.next();
    const value = this.value(first);
    if (this.next() !== EOF) this.unexpectedToken();
    return new JsonDocument(value, this.hasPrototypeKeys, this.duplicateKeys, this.text, this.layout, this.lineStarts);
  }

  /** The value whose first token, of `type`, has just been read; `key` is its key in an object. */
  private value(type: number, key?: string, keyStart = -1): unknown {
    const layout = this.layout;
    const index = layout.starts.length;
    layout.starts.push(this.start);
    layout.after.push(index + 1);
    layout.keys.push(key);
    layout.keyStarts.push(keyStart);
    switch (type) {
      case STRING:
        return this.string;
      case NUMBER:
        return Number(this.text.slice(this.start, this.end));
      case BOOLEAN:
        return this.text.charCodeAt(this.start) === 0x74;
      case NULL:
        return null;
      case LBRACE: {
        this.checkDepth();
        const object = this.object(index);
        layout.after[index] = layout.starts.length;
        return object;
      }
      case LBRACKET: {
        this.checkDepth();
        const list = this.list();
        layout.after[index] = layout.starts.length;
        return list;
      }
      case EOF:
        // momoa places a value missing at the end at the start of the file.
        return this.notJson('Unexpected end of input found', { line: 1, column: 1 });
      default:
        return this.unexpectedToken();
    }
  }

  private checkDepth(): void {
    if (this.path.length >= this.maxDepth) throw new Stop({ kind: 'too-deep', at: this.position(this.start), path: [...this.path] });
  }

  private object(index: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    let type = this.next();
    if (type !== RBRACE) {
      do {
        if (type !== STRING) this.unexpectedToken();
        const key = this.string;
        const keyStart = this.start;
        const authors = isAuthorKey(key);
        if (authors ? this.firstMember(index, key) >= 0 : Object.hasOwn(object, key)) this.noteDuplicate(key, keyStart, index);
        if (this.next() !== COLON) this.unexpectedToken();
        type = this.next();
        this.path.push(key);
        const value = this.value(type, key, keyStart);
        this.path.pop();
        if (!authors) {
          if (!this.hasPrototypeKeys && PROTOTYPE_KEYS.has(key)) this.hasPrototypeKeys = true;
          // A plain assignment of `__proto__` would replace the object's prototype; define it as data instead.
          if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
          else object[key] = value;
        }
        type = this.next();
        if (type === EOF) this.notJson('Unexpected end of input found', this.endOfToken());
        if (type !== COMMA) break;
        type = this.next();
      } while (type !== EOF);
    }
    if (type !== RBRACE) this.unexpectedToken();
    return object;
  }

  private list(): unknown[] {
    const list: unknown[] = [];
    let type = this.next();
    if (type !== RBRACKET) {
      do {
        this.path.push(list.length);
        list.push(this.value(type));
        this.path.pop();
        type = this.next();
        if (type !== COMMA) break;
        type = this.next();
      } while (type !== EOF);
    }
    if (type !== RBRACKET) this.unexpectedToken();
    return list;
  }

  /** The layout index of the first member named `key` read so far in the object at `index`, or -1. */
  private firstMember(index: number, key: string): number {
    const { after, keys } = this.layout;
    for (let member = index + 1; member < after.length; member = after[member] ?? after.length) if (keys[member] === key) return member;
    return -1;
  }

  private noteDuplicate(key: string, keyStart: number, index: number): void {
    const first = this.layout.keyStarts[this.firstMember(index, key)] ?? 0;
    this.duplicateKeys.push({ key, path: [...this.path, key], at: this.position(keyStart), firstLine: this.position(first).line });
  }

  /** Reads the next token and returns its type, EOF at the end. */
  private next(): number {
    const text = this.text;
    let i = this.at;
    let c = text.charCodeAt(i);
    while (c === SPACE || c === LF || c === CR || c === TAB) {
      i++;
      if (c === CR && text.charCodeAt(i) === LF) i++;
      if (c !== SPACE && c !== TAB) this.lineStarts.push(i);
      c = text.charCodeAt(i);
    }
    if (i >= text.length) {
      this.at = i;
      return EOF;
    }
    this.start = i;
    switch (c) {
      case 0x7b:
        return this.token(LBRACE, i + 1);
      case 0x7d:
        return this.token(RBRACE, i + 1);
      case 0x5b:
        return this.token(LBRACKET, i + 1);
      case 0x5d:
        return this.token(RBRACKET, i + 1);
      case 0x3a:
        return this.token(COLON, i + 1);
      case 0x2c:
        return this.token(COMMA, i + 1);
      case QUOTE:
        return this.token(STRING, this.readString(i));
      case 0x74:
      case 0x66:
      case 0x6e:
        return this.readWord(i);
      default:
        if (isDigit(c) || c === MINUS || c === DOT) return this.token(NUMBER, this.readNumber(i));
        return this.unexpectedCharacter(c, i);
    }
  }

  private token(type: number, end: number): number {
    this.type = type;
    this.end = end;
    this.at = end;
    return type;
  }

  /** The code at `i`, -1 past the end. */
  private code(i: number): number {
    return i < this.text.length ? this.text.charCodeAt(i) : -1;
  }

  /** Reads the string whose quote is at `start`, into `this.string`; returns the offset after its closing quote. */
  private readString(start: number): number {
    const text = this.text;
    let i = start + 1;
    // Most strings are plain: their closing quote comes before any backslash or raw line break.
    const quote = text.indexOf('"', i);
    if (quote >= 0) {
      if (this.backslashAt < i) this.backslashAt = indexAtOrEnd(text, '\\', i);
      if (this.lineFeedAt < i) this.lineFeedAt = indexAtOrEnd(text, '\n', i);
      if (this.returnAt < i) this.returnAt = indexAtOrEnd(text, '\r', i);
      if (quote < this.backslashAt && quote < this.lineFeedAt && quote < this.returnAt) {
        this.string = text.slice(i, quote);
        return quote + 1;
      }
    }
    let escaped = false;
    for (;;) {
      if (i >= text.length) this.notJson('Unexpected end of input found', this.endOfText());
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        escaped = true;
        const next = this.code(i + 1);
        if (ESCAPES.has(next)) i += 2;
        else if (next === LOWER_U) i = this.readHexDigits(i + 1) + 1;
        else this.unexpectedCharacter(next, i);
        continue;
      }
      i++;
      // momoa's lines and columns count raw line breaks inside strings too.
      if (c === CR && text.charCodeAt(i) === LF) i++;
      if (c === LF || c === CR) this.lineStarts.push(i);
    }
    this.string = escaped ? unescape(text, start + 1, i) : text.slice(start + 1, i);
    return i + 1;
  }

  /** Four hex digits after the `u` at `u`; returns the offset of the last. */
  private readHexDigits(u: number): number {
    for (let i = u + 1; i <= u + 4; i++) {
      const c = this.code(i);
      // momoa places the error at the character before the one it names.
      if (!isHexDigit(c)) this.unexpectedCharacter(c, i - 1);
    }
    return u + 4;
  }

  /** A word starting with t, f or n: true, false, null, or an error naming the word. */
  private readWord(start: number): number {
    let i = start;
    for (;;) {
      if (this.code(i) === BACKSLASH) {
        const u = this.code(i + 1);
        if (u === -1) this.notJson(`Unexpected character '${String.fromCharCode(u)}' found`, this.endOfText());
        if (u !== LOWER_U) this.unexpectedCharacter(u, i + 1);
        const last = this.readHexDigits(i + 1);
        const c = parseInt(this.text.slice(i + 2, last + 1), 16);
        if (!isWordPart(c)) this.unexpectedCharacter(c, i);
        i = last;
      }
      if (!isWordPart(this.code(i + 1))) break;
      i++;
    }
    const word = this.text.slice(start, i + 1);
    if (word === 'true' || word === 'false') return this.token(BOOLEAN, i + 1);
    if (word === 'null') return this.token(NULL, i + 1);
    return this.notJson(`Unexpected identifier '${word}' found`, this.position(start));
  }

  /** Reads the number starting at `start` as momoa does, with its errors; returns the offset after it. */
  private readNumber(start: number): number {
    let i = start;
    let c = this.code(i);
    if (c === MINUS) {
      c = this.code(i + 1);
      if (!isDigit(c)) this.unexpectedCharacter(c, i);
      i++;
    }
    if (c === ZERO) {
      c = this.code(i + 1);
      if (isDigit(c)) this.unexpectedCharacter(c, i);
    } else {
      if (c < ZERO + 1 || c > NINE) this.unexpectedCharacter(c, i);
      c = this.code(i + 1);
      while (isDigit(c)) c = this.code(++i + 1);
    }
    if (c === DOT) {
      i++;
      const point = i;
      c = this.code(i + 1);
      while (isDigit(c)) c = this.code(++i + 1);
      if (i === point) {
        const at = c === -1 ? this.endOfText() : this.position(i + 1);
        // momoa's test of the character here takes only NUL for the end.
        if (c === 0) this.notJson('Unexpected end of input found', at);
        this.notJson(`Unexpected character '${String.fromCharCode(c)}' found`, at);
      }
    }
    if (c === 0x65 || c === 0x45) {
      i++;
      c = this.code(i + 1);
      if (c === PLUS || c === MINUS) c = this.code(++i + 1);
      if (c === -1) this.notJson('Unexpected end of input found', this.endOfText());
      if (!isDigit(c)) this.unexpectedCharacter(c, i + 1);
      while (isDigit(c)) c = this.code(++i + 1);
    }
    return i + 1;
  }

  private unexpectedCharacter(c: number, at: number): never {
    // momoa names the end of the text as String.fromCharCode(-1) does.
    return this.notJson(`Unexpected character '${String.fromCharCode(c)}' found`, this.position(at));
  }

  private unexpectedToken(): never {
    return this.notJson(`Unexpected token ${TOKEN_NAMES[this.type] ?? 'EOF'} found`, this.position(this.start));
  }

  private notJson(reason: string, at: Position): never {
    throw new Stop({ kind: 'not-json', at, reason });
  }

  private position(offset: number): Position {
    return positionIn(this.lineStarts, offset);
  }

  /** Just after the last token, on its first line, as momoa places the end of a member. */
  private endOfToken(): Position {
    const at = this.position(this.start);
    return { line: at.line, column: at.column + this.end - this.start };
  }

  /** Just after the last character (a CR LF counts as its CR), as momoa places an end inside a token. */
  private endOfText(): Position {
    const text = this.text;
    if (text.length === 0) return { line: 1, column: 1 };
    const last = text.length - (text.endsWith('\r\n') ? 2 : 1);
    const at = this.position(last);
    return { line: at.line, column: at.column + 1 };
  }
}

function indexAtOrEnd(text: string, character: string, from: number): number {
  const at = text.indexOf(character, from);
  return at < 0 ? text.length : at;
}

/** A string's text between `from` and `to` with its escapes read; the reader has checked them. */
function unescape(text: string, from: number, to: number): string {
  let result = '';
  let i = from;
  for (let backslash = text.indexOf('\\', i); backslash >= 0 && backslash < to; backslash = text.indexOf('\\', i)) {
    result += text.slice(i, backslash);
    const c = text.charCodeAt(backslash + 1);
    if (c === LOWER_U) {
      result += String.fromCharCode(parseInt(text.slice(backslash + 2, backslash + 6), 16));
      i = backslash + 6;
    } else {
      result += ESCAPES.get(c) ?? '';
      i = backslash + 2;
    }
  }
  return result + text.slice(i, to);
}
