import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/core/validator';

const repoRoot = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'crisis-table-new-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runNew(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/new.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case spawns Node with tsx (about a second each, more on a busy machine).
describe('npm run new', { timeout: 60_000 }, () => {
  it('writes <id>.json from the template, valid with no errors and no warnings, under the title given', () => {
    const run = runNew('ceasefire-call', '--title', 'A Call for Calm', '--out', scratch);
    expect(run.code, run.stderr).toBe(0);
    const file = join(scratch, 'ceasefire-call.json');
    expect(run.stdout).toContain('ceasefire-call.json');
    const text = readFileSync(file, 'utf8');
    const { diagnostics, scenario } = validateScenarioText(text, { file });
    expect(diagnostics).toEqual([]);
    expect(scenario).toMatchObject({ id: 'ceasefire-call', title: 'A Call for Calm' });
    // The schema reference still finds the shipped schema from the other folder.
    const schema = (JSON.parse(text) as { $schema: string }).$schema;
    expect(resolve(dirname(file), schema)).toBe(join(repoRoot, 'scenarios', 'scenario.schema.json'));
  });

  it('never overwrites a file, and says so', () => {
    const file = join(scratch, 'taken.json');
    writeFileSync(file, 'mine');
    const run = runNew('taken', '--out', scratch);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('refuses an id the format does not allow, and writes nothing', () => {
    const run = runNew('Bad Id', '--out', scratch);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a valid id');
    expect(existsSync(join(scratch, 'Bad Id.json'))).toBe(false);
    expect(runNew('--out', scratch).code).toBe(2);
  });
});
