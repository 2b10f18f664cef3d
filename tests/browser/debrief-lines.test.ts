/**
 * The ending's debrief lines, played in Chromium: a real play of a shipped story whose path makes
 * some of its ending's conditional lines hold shows exactly those lines (the engine's result) under
 * the debrief, in the DOM layer's text and on the canvas, at phone and laptop sizes.
 */
import { describe, expect, test } from 'vitest';
import { compileScenario, Play } from '../../src/core/engine';
import { loadScenarioFiles } from '../scenarios/scenario-files';
import { findEndingPlays } from './ending-plays';
import { domText, LAPTOP, PHONE, screenshot, useBrowser } from './harness';
import { playToEnding, startScenario } from './play-driver';

const session = useBrowser();
const { scenario } = loadScenarioFiles().find((f) => f.scenario.id === 'geneva-us-delegation')!;
const compiled = compileScenario(scenario);
/** The first ending play (shortest by the engine's search) whose result carries debrief lines. */
const play = findEndingPlays(scenario).find((candidate) => {
  const replayed = Play.replay(compiled, candidate.steps);
  return replayed.ok && (replayed.play.result?.debriefLines.length ?? 0) > 0;
})!;
const replayed = Play.replay(compiled, play.steps);
const expected = replayed.ok ? (replayed.play.result?.debriefLines ?? []) : [];

describe('debrief lines on the ending', () => {
  test('a shipped play has some to show', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(3);
  });

  for (const viewport of [PHONE, LAPTOP]) {
    test(`shows this play's lines under the debrief (${viewport.width}x${viewport.height})`, async () => {
      const { page } = await session.open({ viewport, reducedMotion: 'reduce', canvas: true });
      await startScenario(page, scenario.id, 'canvas');
      const ending = await playToEnding(page, play.steps, 'canvas');
      expect(ending.result.debriefLines).toEqual(expected);
      const text = await domText(page);
      for (const line of expected) expect(text).toContain(line);
      expect(text.indexOf(expected[0]!)).toBeGreaterThan(text.indexOf(ending.ending.debrief.slice(0, 40)));
      // The lines sit under the debrief, below the fold: scroll there as a reader would, then look.
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel(0, viewport.height * 0.8);
      await page.waitForTimeout(500);
      await screenshot(page, `debrief-lines-${viewport.width}x${viewport.height}`);
    });
  }
});
