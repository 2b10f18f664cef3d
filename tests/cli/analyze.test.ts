import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { analyzeScenario } from '../../src/core/authoring/analyze';
import { compileScenario } from '../../src/core/engine';
import { ScenarioSchema } from '../../src/core/model/schema';
import { shortestPlays } from '../core/engine/explore';

const repoRoot = new URL('../../', import.meta.url).pathname;
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: repoRoot, encoding: 'utf8' });
const load = (file: string) => v.parse(ScenarioSchema, JSON.parse(readFileSync(new URL(file, `file://${repoRoot}`), 'utf8')));

// Spawns Node with tsx per play (about a second each, more on a busy machine).
describe('npm run analyze', { timeout: 120_000 }, () => {
  for (const file of ['scenarios/fact-quiz-week.json', 'tests/core/engine/fixtures/gates-and-loops.json']) {
    it(`finds the endings xstate/graph reaches in ${file}, and each shortest play reaches its ending through npm run play`, () => {
      const analysis = analyzeScenario(load(file));
      // xstate/graph's own traversal of the machine is the independent account of what is reachable.
      const reached = new Set(
        shortestPlays(compileScenario(load(file)))
          .filter((p) => p.done)
          .map((p) => p.node),
      );
      expect(new Set(analysis.endings.filter((e) => e.reachable).map((e) => e.id))).toEqual(reached);
      for (const ending of analysis.endings.filter((e) => e.reachable)) {
        const played = run('play', file, '--choices', (ending.shortestPlay ?? []).join(','), '--json');
        expect(played.status, played.stderr).toBe(0);
        expect((JSON.parse(played.stdout) as { ending: string }).ending).toBe(ending.id);
        expect(ending.score?.min).toBeLessThanOrEqual(ending.score?.max ?? -1);
      }
    });
  }

  it('prints one JSON document with the agreed keys, and exits 0', () => {
    const out = run('analyze', 'scenarios/fact-quiz-week.json', '--json');
    expect(out.status, out.stderr).toBe(0);
    const doc = JSON.parse(out.stdout) as { endings: unknown[]; cut: boolean };
    expect(doc.cut).toBe(false);
    for (const ending of doc.endings)
      expect(Object.keys(ending as object)).toEqual(
        expect.arrayContaining(['id', 'outcome', 'reachable', 'shortestPlay', 'plays', 'score']),
      );
    expect(run('analyze').status).toBe(2);
    expect(run('analyze', 'tests/core/validator/fixtures/e-no-ending.json').status).toBe(1);
  });
});
