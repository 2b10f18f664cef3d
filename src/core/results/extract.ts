/**
 * Finds result codes in pasted text: a Classroom export, an e-mail thread, a spreadsheet column.
 * Any separators and any surrounding words are ignored; a code is its prefix and the characters that
 * may follow it. A code that lost its tail is still found, and then reads as damaged (incomplete).
 * Each code found keeps where it was (the file and the line), so one that cannot be read can be
 * pointed at.
 */
import { RESULT_PREFIX } from './code-schema';

const CODE = new RegExp(`${RESULT_PREFIX}(?:\\.[0-9A-Za-z_-]*){0,2}`, 'g');

/** Where a code was found: a file's name (null for text pasted or typed in) and the line, from 1. */
export interface CodeSource {
  file: string | null;
  line: number;
}

export interface FoundCode {
  code: string;
  source: CodeSource;
}

export function locateCodes(text: string, file: string | null = null): FoundCode[] {
  const found: FoundCode[] = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(CODE)) {
    // Lines counted from the last match on, so a 50 MB paste is read once.
    for (let at = text.indexOf('\n', counted); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1)) line++;
    counted = match.index;
    found.push({ code: match[0], source: { file, line } });
  }
  return found;
}
