/**
 * Limits on the raw text: a huge file is refused before it is read, as reading it would be slow; a
 * deeply nested one would overflow the stack of the reader and of the schema check, so the reader
 * stops where the nesting first goes too deep.
 */
import type { DiagnosticSink } from './diagnostics';
import { toPointer, type JsonPath, type Position } from './json-document';

/** A long scenario is a few hundred kilobytes; 5 MB leaves room for any real one. */
export const MAX_FILE_CHARACTERS = 5 * 1024 * 1024;
/** A scenario nests about ten levels plus its conditions; deeper than this is a generated mistake. */
export const MAX_NESTING_DEPTH = 64;

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
export function reportExcessiveNesting(at: Position, path: JsonPath, sink: DiagnosticSink): void {
  sink.reportAt(
    at.line,
    at.column,
    toPointer(path),
    'E_SCHEMA',
    `values are nested more than ${MAX_NESTING_DEPTH} levels deep here, so the file was not checked further. Flatten the condition (an "all" or "any" list can hold many conditions side by side).`,
  );
}
