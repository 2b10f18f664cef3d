import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, Play, type Step } from '../../../src/core/engine';
import { validateScenarioText } from '../../../src/core/validator';
import { findEndingPlays } from '../../browser/ending-plays';

const scenariosDir = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(scenariosDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .sort();

function load(file: string) {
  const { scenario, diagnostics } = validateScenarioText(readFileSync(new URL(file, scenariosDir), 'utf8'), { file });
  if (!scenario)
    throw new Error(`${file} does not validate: ${diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`);
  return compileScenario(scenario);
}

function resume(play: Play, steps: readonly Step[]): void {
  for (const step of steps) {
    const result = step.kind === 'choose' ? play.choose(step.choice) : step.kind === 'answer' ? play.answer(step.option) : play.continue();
    expect(result).toEqual({ ok: true });
  }
}

describe('shipped scenarios in the engine', () => {
  it('ships at least one scenario', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  describe.each(files)('%s', (file) => {
    const compiled = load(file);
    const endingIds = Object.entries(compiled.scenario.nodes)
      .filter(([, node]) => node.type === 'ending')
      .map(([id]) => id);
    // A shortest play to each ending, found by walking the scenario and checked by replaying it
    // through the engine (xstate/graph's traversal of every state took a minute here; tests of small
    // scenarios still compare with it).
    const plays = new Map(findEndingPlays(compiled.scenario).map((play) => [play.ending, play.steps]));

    it('reaches every ending by some play that the engine plays to it', () => {
      expect([...plays.keys()].sort()).toEqual(endingIds.sort());
    });

    it('replays each of those plays to the same ending, meters and score', () => {
      for (const [ending, steps] of plays) {
        const first = Play.replay(compiled, steps);
        if (!first.ok) throw new Error(first.message);
        expect(first.play.result?.ending).toBe(ending);
        const again = Play.replay(compiled, first.play.result?.steps ?? []);
        expect(again.ok && again.play.result).toEqual(first.play.result);
      }
    });

    it('saved in the middle and restored, ends exactly as played through', () => {
      for (const steps of plays.values()) {
        const straight = Play.replay(compiled, steps);
        const half = Play.replay(compiled, steps.slice(0, Math.floor(steps.length / 2)));
        if (!straight.ok || !half.ok) throw new Error('replay failed');
        const restored = Play.restore(compiled, JSON.parse(JSON.stringify(half.play.save())));
        if (!restored.ok) throw new Error(restored.message);
        resume(restored.play, steps.slice(Math.floor(steps.length / 2)));
        expect(restored.play.result).toEqual(straight.play.result);
      }
    });
  });
});
