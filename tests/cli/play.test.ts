import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileScenario, Play, type Step } from '../../src/core/engine';
import { ScenarioSchema } from '../../src/core/model/schema';
import { playsToEndings } from '../core/engine/explore';

const repoRoot = new URL('../../', import.meta.url).pathname;
const fixture = 'tests/core/engine/fixtures/gates-and-loops.json';
const compiled = compileScenario(v.parse(ScenarioSchema, JSON.parse(readFileSync(new URL(fixture, `file://${repoRoot}`), 'utf8'))));

function play(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/play.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The items --choices takes for a play: choice ids and quiz option indices; lines continue by themselves. */
const items = (steps: Step[]) =>
  steps.flatMap((s) => (s.kind === 'choose' ? [s.choice] : s.kind === 'answer' ? [String(s.option)] : [])).join(',');

// Each case spawns Node with tsx (about a second each, more on a busy machine).
describe('npm run play', { timeout: 60_000 }, () => {
  it("plays a scripted run to each ending with the engine's result", () => {
    for (const [ending, steps] of playsToEndings(compiled)) {
      const run = play(fixture, '--choices', items(steps), '--json');
      expect(run.code, run.stderr).toBe(0);
      const printed = JSON.parse(run.stdout) as { steps: unknown };
      const expected = Play.replay(compiled, steps);
      if (!expected.ok) throw new Error(expected.message);
      expect(printed).toMatchObject({
        ending,
        outcome: expected.play.result?.outcome,
        score: expected.play.result?.score,
        meters: expected.play.result?.meters,
        quiz: { correct: expected.play.result?.quiz.correct, total: expected.play.result?.quiz.total },
      });
      expect(printed.steps).toEqual(expected.play.result?.steps);
    }
  });

  it('prints a readable summary without --json', () => {
    const run = play(fixture, '--choices', 'warm,0');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Ending: A deal (deal)');
    expect(run.stdout).toContain('Score: 100 (ending 100, quiz 1/1)');
  });

  it('exits 1 naming the node and the valid answers for an invalid item', () => {
    const run = play(fixture, '--choices', 'warm,7');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('at node "quiz"');
    expect(run.stderr).toContain('valid answers: 0, 1, 2');
    const gated = play(fixture, '--choices', 'bold');
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain('valid answers: warm, push, listen');
  });

  it('exits 3 and says where the play stands when the items run out', () => {
    const run = play(fixture, '--choices', 'push', '--json');
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ stoppedAt: 'quiz', kind: 'quiz', expected: ['0', '1', '2'] });
  });

  it('exits 2 on bad usage and 1 on an invalid scenario file', () => {
    expect(play().code).toBe(2);
    expect(play(fixture, '--bogus').code).toBe(2);
    const broken = play('package.json', '--choices', 'x');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/E_FORMAT|E_SCHEMA/);
  });
});
