/**
 * Finds result codes in pasted text: a Classroom export, an e-mail thread, a spreadsheet column.
 * Any separators and any surrounding words are ignored; a code is its prefix and the characters that
 * may follow it. A code that lost its tail is still found, and then reads as damaged (incomplete).
 */
import { RESULT_PREFIX } from './code-schema';

const CODE = new RegExp(`${RESULT_PREFIX}(?:\\.[0-9A-Za-z_-]*){0,2}`, 'g');

export function extractCodes(text: string): string[] {
  return Array.from(text.matchAll(CODE), (match) => match[0]);
}
