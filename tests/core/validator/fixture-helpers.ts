/** Reads the validator's fixture files and finds where a marked snippet sits in them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.json`, 'utf8');
}

/**
 * Line and column of the `|` in `marked`, a snippet that occurs in `text` with the `|` removed. The
 * expected position of a diagnostic is written as the text it should point at, not as numbers.
 */
export function positionOf(text: string, marked: string): { line: number; column: number } {
  const bar = marked.indexOf('|');
  if (bar < 0) throw new Error(`marker ${marked} has no |`);
  const snippet = marked.slice(0, bar) + marked.slice(bar + 1);
  const start = text.indexOf(snippet);
  if (start < 0) throw new Error(`snippet ${snippet} is not in the fixture`);
  if (text.indexOf(snippet, start + 1) >= 0) throw new Error(`snippet ${snippet} occurs more than once`);
  const offset = start + bar;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
