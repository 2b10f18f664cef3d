/** `npm run validate` as authors and CI run it: a real process, its output and its exit code. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/core/validator/index';
import { fixtureText, positionOf, writeFixture } from '../core/validator/fixture-helpers';
import { NO_ARTICLE, SOURCE_TEXTS, SOURCES_DIR } from '../source-texts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'validate-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** The fixtures as files (most are patches of one base file), in a folder of their own. */
const fixtures = mkdtempSync(join(scratch, 'fixtures-'));
const fixtureFile = (name: string) => writeFixture(fixtures, name);

describe('npm run validate', () => {
  it('prints one line per diagnostic as file:line:column: severity CODE path: message, and exits 1 on errors', () => {
    const file = fixtureFile('e-ref-next');
    const { line, column } = positionOf(fixtureText('e-ref-next'), '"next": |"chek"');
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      `${file}:${line}:${column}: error E_REF /nodes/opening/choices/0/next: no node named 'chek'; did you mean 'check'?\n`,
    );
    const quoteNote = NO_ARTICLE ? ` (quotes not checked: no source texts in ${SOURCES_DIR})` : '';
    expect(run.stderr).toBe(
      `1 file checked: 1 error, 0 warnings${quoteNote}; \`--strict\` also checks the house rules for shipped scenarios\n`,
    );
  });

  it.skipIf(NO_ARTICLE)('exits 0 when there are only warnings, and checks quotes against the shared sources', () => {
    const file = fixtureFile('w-quote');
    const run = validate(file, fixtureFile('valid-minimal'));
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith(`${file}:103:18: warning W_QUOTE /nodes/check/source/quote: `)).toBe(true);
    expect(run.stderr).toContain('2 files checked: 0 errors, 1 warning');
  });

  it('--json prints one document equal to what the library reports, and nothing else', () => {
    const names = ['e-quiz', 'w-real-speech'];
    const files = names.map(fixtureFile);
    const run = validate('--json', ...files);
    expect(run.status).toBe(1);
    const document = JSON.parse(run.stdout) as { diagnostics: unknown[] };
    const expected = names.flatMap(
      (name, i) => validateScenarioText(fixtureText(name), { file: files[i] ?? '', sourceTexts: SOURCE_TEXTS }).diagnostics,
    );
    expect(expected.map((d) => d.code)).toEqual(['E_QUIZ', 'W_REAL_SPEECH']);
    expect(document).toEqual({ diagnostics: expected });
    expect(document.diagnostics.map((d) => Object.keys(d as object).sort())).toEqual(
      expected.map(() => ['code', 'column', 'file', 'line', 'message', 'path', 'severity']),
    );
  });

  it('--strict reports the house rules as errors with their positions; plain validate only points at --strict', () => {
    // valid-minimal is a sound file but no shipped scenario: no discussion questions, no setting, no mixed ending.
    const file = fixtureFile('valid-minimal');
    const plain = validate(file);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe('');
    const strict = validate('--strict', file);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(new RegExp(`^${file}:\\d+:\\d+: error E_HOUSE_[A-Z_]+ `, 'm'));
    expect(strict.stdout).toContain('E_HOUSE_DISCUSSION');
    expect(strict.stderr).not.toContain('--strict');
  });

  it('reads only the top level of scenarios/, not the previous versions kept under it', () => {
    const topLevel = readdirSync(join(ROOT, 'scenarios')).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));
    expect(readdirSync(join(ROOT, 'scenarios/previous')).length).toBeGreaterThan(0);
    expect(validate().stderr).toMatch(new RegExp(`^${topLevel.length} files checked`));
  }, 60_000);

  it('takes a folder as every *.json in it except *.schema.json', () => {
    writeFileSync(join(scratch, 'scenario.schema.json'), '{ not json');
    writeFileSync(join(scratch, 'valid-minimal.json'), fixtureText('valid-minimal'));
    writeFileSync(join(scratch, 'notes.txt'), 'not a scenario');
    const run = validate(scratch);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('1 file checked: 0 errors, 0 warnings');
  });

  it('says when --sources names a folder with no source texts', () => {
    const empty = mkdtempSync(join(scratch, 'no-sources-'));
    const without = validate('--sources', empty, fixtureFile('w-quote'));
    expect(without.status).toBe(0);
    expect(without.stdout).toBe('');
    expect(without.stderr).toContain('quotes not checked');
  });

  it.skipIf(NO_ARTICLE)('reads source texts from --sources', () => {
    const withSources = validate('--sources', SOURCES_DIR, fixtureFile('w-quote'));
    expect(withSources.stdout).toContain('W_QUOTE');
  });

  it('prints the usage on --help and exits 0', () => {
    const run = validate('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: npm run validate');
  });

  it.each([
    ['an unknown option', ['--jsno']],
    ['a path that does not exist', ['scenarios/no-such-scenario.json']],
    ['--sources without a folder', ['--sources']],
  ])('exits 2 with the usage on %s', (_, args) => {
    const run = validate(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('usage: npm run validate');
  });
});
