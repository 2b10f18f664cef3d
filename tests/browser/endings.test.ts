/**
 * Every shipped scenario played to every one of its endings in Chromium: each ending once by canvas
 * clicks and once by keyboard alone through the DOM layer (with no canvas at all). The game's ending and score (in the view
 * and in the DOM text a screen reader reads) must equal the engine's for the same play in Node.
 */
import { describe, expect, test } from 'vitest';
import { loadScenarioFiles } from '../scenarios/scenario-files';
import { findEndingPlays } from './ending-plays';
import { domText, LAPTOP, PHONE, useBrowser } from './harness';
import { playToEnding, startScenario, type InputMode } from './play-driver';

const session = useBrowser();

/** The first "score N" in the page's text: the DOM layer announces the ending's score as text. */
function scoreInText(text: string): number | null {
  const match = /\bscore\b\D{0,3}(\d{1,3})\b/i.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}

for (const { scenario } of loadScenarioFiles()) {
  describe(scenario.id, () => {
    const plays = findEndingPlays(scenario);
    const endings = Object.entries(scenario.nodes)
      .filter(([, node]) => node.type === 'ending')
      .map(([id]) => id)
      .sort();

    test('the engine finds a play to every ending', () => {
      expect(plays.map((play) => play.ending)).toEqual(endings);
    });

    for (const play of plays) {
      for (const mode of ['canvas', 'keyboard'] as const satisfies readonly InputMode[]) {
        // Canvas plays on a phone screen: the tightest layout, and a quarter of a laptop's pixels
        // for software WebGL to draw. Keyboard plays get no WebGL at all: the game is then its DOM
        // layer alone, as a screen reader meets it (layout.test.ts and a11y.test.ts play whole
        // scenarios with the canvas at 1280x720, by canvas and by keyboard).
        const canvas = mode === 'canvas';
        const viewport = canvas ? PHONE : LAPTOP;
        test(`${play.ending} by ${mode} (${canvas ? `canvas ${viewport.width}x${viewport.height}` : 'DOM layer only'}, ${play.steps.length} steps)`, async () => {
          const { page } = await session.open({ viewport, reducedMotion: 'reduce', canvas });
          await startScenario(page, scenario.id, mode);
          const ending = await playToEnding(page, play.steps, mode);
          expect(ending.result.ending).toBe(play.ending);
          expect(ending.result.score).toBe(play.score);
          expect(scoreInText(await domText(page))).toBe(play.score);
        });
      }
    }
  });
}
