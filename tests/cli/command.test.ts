/** The authoring commands share their handling of arguments (src/cli/command.ts): --help and -h, an option they do not take. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const repoRoot = new URL('../../', import.meta.url).pathname;
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: repoRoot, encoding: 'utf8' });

// Each case spawns Node with tsx (about a second each, more on a busy machine).
describe.each(['graph', 'analyze', 'new'])('npm run %s', { timeout: 60_000 }, (script) => {
  it('prints its usage for --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const help = run(script, flag);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^usage: npm run ${script} -- `));
    }
  });

  it('refuses an option it does not take with the reason and its usage, exit 2', () => {
    const refused = run(script, 'x', '--bogus');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("Unknown option '--bogus'");
    expect(refused.stderr).toContain(`usage: npm run ${script} -- `);
  });
});
