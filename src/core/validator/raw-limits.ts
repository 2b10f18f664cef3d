/**
 * Limits on the raw text, checked before anything recursive runs: a huge file would make the parser
 * slow and a deeply nested one would overflow the stack of momoa's parser and of the schema check.
 * (JSON.parse itself does not recurse; the nesting of what it reads is measured while its keys are counted.)
 */
import type { DiagnosticSink } from './diagnostics';
import { positionOfOffset, toPointer } from './json-document';

/** A long scenario is a few hundred kilobytes; 5 MB leaves room for any real one. */
export const MAX_FILE_CHARACTERS = 5 * 1024 * 1024;
/** A scenario nests about ten levels plus its conditions; deeper than this is a generated mistake. */
export const MAX_NESTING_DEPTH = 64;

interface Level {
  isObject: boolean;
  /** The key being read or last read, in an object. */
  key: string;
  /** The index of the current element, in an array. */
  index: number;
  expectingKey: boolean;
}

/** Reports and returns false when the text is too large to be parsed safely. */
export function withinSizeLimit(text: string, sink: DiagnosticSink): boolean {
  if (text.length <= MAX_FILE_CHARACTERS) return true;
  const megabytes = (text.length / (1024 * 1024)).toFixed(1);
  sink.reportAt(
    1,
    1,
    '',
    'E_JSON',
    `the file is ${megabytes} MB; scenario files may be at most ${MAX_FILE_CHARACTERS / (1024 * 1024)} MB, so it was not read. Split the scenario or check that this is the right file.`,
  );
  return false;
}

/** Reports where a text that nests more than MAX_NESTING_DEPTH levels first goes too deep. */
export function reportExcessiveNesting(text: string, sink: DiagnosticSink): void {
  const tooDeep = findExcessiveNesting(text) ?? { offset: 0, pointer: '' };
  const { line, column } = positionOfOffset(text, tooDeep.offset);
  sink.reportAt(
    line,
    column,
    tooDeep.pointer,
    'E_SCHEMA',
    `values are nested more than ${MAX_NESTING_DEPTH} levels deep here, so the file was not checked further. Flatten the condition (an "all" or "any" list can hold many conditions side by side).`,
  );
}

/** Scans brackets outside strings, keeping the path, and stops at the first one that opens too deep. */
function findExcessiveNesting(text: string): { offset: number; pointer: string } | undefined {
  const stack: Level[] = [];
  let stringStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (stringStart >= 0) {
      if (c === '\\') i++;
      else if (c === '"') {
        const top = stack[stack.length - 1];
        if (top?.isObject && top.expectingKey) {
          top.key = decodeKey(text.slice(stringStart, i + 1));
          top.expectingKey = false;
        }
        stringStart = -1;
      }
      continue;
    }
    if (c === '"') stringStart = i;
    else if (c === '{' || c === '[') {
      if (stack.length >= MAX_NESTING_DEPTH) {
        return { offset: i, pointer: toPointer(stack.map((level) => (level.isObject ? level.key : level.index))) };
      }
      stack.push({ isObject: c === '{', key: '', index: 0, expectingKey: c === '{' });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.isObject) top.expectingKey = true;
      else if (top) top.index++;
    }
  }
  return undefined;
}

function decodeKey(quoted: string): string {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted.slice(1, -1);
  }
}
