/**
 * The ending's debrief lines, played in Chromium: a real play of a shipped story whose path makes
 * some of its ending's conditional lines hold shows exactly those lines (the engine's result) under
 * the debrief, in the DOM layer's text and on the canvas, at phone and laptop sizes. The play's way
 * to its last decision is played in endings.test.ts; here it starts from the engine's save there.
 */
import type { Step } from '../../src/core/engine';
import { describe, test } from 'vitest';
import { compileScenario, Play } from '../../src/core/engine';
import { loadScenarioFiles } from '../scenarios/scenario-files';
import { findEndingPlays } from './ending-plays';
import { domText, LAPTOP, PHONE, scrollBy, screenshot, useBrowser } from './harness';
import { playToEnding, resumeScenario } from './play-driver';
import { savedPlayStorage } from './saved-play';

const session = useBrowser({ reusePages: true });
const { scenario } = loadScenarioFiles().find((f) => f.scenario.id === 'geneva-us-delegation')!;
const compiled = compileScenario(scenario);
/** The first ending play (shortest by the engine's search) whose result carries debrief lines. */
const play = findEndingPlays(scenario).find((candidate) => {
  const replayed = Play.replay(compiled, candidate.steps);
  return replayed.ok && (replayed.play.result?.debriefLines.length ?? 0) > 0;
})!;
const replayed = Play.replay(compiled, play.steps);
const expected = replayed.ok ? (replayed.play.result?.debriefLines ?? []) : [];

const lastDecision = play.steps.map((step: Step) => step.kind !== 'continue').lastIndexOf(true);

describe.concurrent('debrief lines on the ending', () => {
  test('a shipped play has some to show', ({ expect }) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(3);
  });

  for (const viewport of [PHONE, LAPTOP]) {
    test(`shows this play's lines under the debrief (${viewport.width}x${viewport.height})`, async ({ expect }) => {
      const storage = savedPlayStorage(scenario.id, play.steps.slice(0, lastDecision));
      await session.withGame({ viewport, reducedMotion: 'reduce', canvas: true, storage }, async ({ page }) => {
        await resumeScenario(page, scenario.id, 'canvas');
        const ending = await playToEnding(page, play.steps.slice(lastDecision), 'canvas');
        expect(ending.result.debriefLines).toEqual(expected);
        const text = await domText(page);
        for (const line of expected) expect(text).toContain(line);
        expect(text.indexOf(expected[0]!)).toBeGreaterThan(text.indexOf(ending.ending.debrief.slice(0, 40)));
        // The lines sit under the debrief, below the fold: scroll there as a reader would, then look.
        await scrollBy(page, viewport.height * 0.8);
        await screenshot(page, `debrief-lines-${viewport.width}x${viewport.height}`);
      });
    });
  }
});
