/**
 * Reads the validator's fixtures and finds where a marked snippet sits in them. A fixture is either a
 * whole file, `fixtures/NAME.json`, or a patch of the base file, `fixtures/NAME.patch.json`: a list of
 * replacements applied in order to `valid-base.json` (whose id is first set to NAME, as the validator
 * wants the id to match the file name). Most fixtures break one rule with a one-token change, and a
 * patch says which token without repeating the other hundred and fifty lines.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const BASE = 'valid-base';
const PATCH_SUFFIX = '.patch.json';

interface Patch {
  replace: Array<{ from: string; to: string }>;
}

/** Every fixture's name, whole files and patches alike, sorted. */
function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, file.endsWith(PATCH_SUFFIX) ? -PATCH_SUFFIX.length : -'.json'.length))
    .sort();
}

/** The fixtures the validator accepts (warnings at most): those named valid-… and w-…. */
export function acceptedFixtureNames(): string[] {
  return fixtureNames().filter((name) => name.startsWith('valid-') || name.startsWith('w-'));
}

/** The text of fixture `name`, as a file named `name.json` would hold it. */
export function fixtureText(name: string): string {
  const whole = `${FIXTURES}${name}.json`;
  if (existsSync(whole)) return readFileSync(whole, 'utf8');
  const patch = JSON.parse(readFileSync(`${FIXTURES}${name}${PATCH_SUFFIX}`, 'utf8')) as Patch;
  let text = replaceOnce(fixtureText(BASE), `"id": "${BASE}"`, `"id": "${name}"`, name);
  for (const { from, to } of patch.replace) text = replaceOnce(text, from, to, name);
  return text;
}

/** Replaces the one occurrence of `from`; a patch whose text is missing or ambiguous is an error in the patch. */
function replaceOnce(text: string, from: string, to: string, name: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`fixture ${name}: ${JSON.stringify(from)} occurs ${at < 0 ? 'nowhere' : 'more than once'} in the text it patches`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Writes fixture `name` as `dir/name.json` (for tests that hand a file to a CLI) and returns its path. */
export function writeFixture(dir: string, name: string): string {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, fixtureText(name));
  return file;
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
