/**
 * Every shipped scenario played to every one of its endings in Chromium: each ending once by canvas
 * clicks and once by keyboard alone through the DOM layer (with no canvas at all). The game's ending and score (in the view
 * and in the DOM text a screen reader reads) must equal the engine's for the same play in Node.
 *
 * A scenario's first play in each mode goes from the menu's card to its ending. The others share
 * their first steps with an earlier play, which has already played those screens in that mode: each
 * starts from the engine's save at the decision where it leaves the earlier play (Resume on the
 * menu's card) and plays on from there. The plays run side by side, each in a page of its own in the
 * one browser.
 */
import { describe, test } from 'vitest';
import type { Step } from '../../src/core/engine';
import { loadScenarioFiles } from '../scenarios/scenario-files';
import { findEndingPlays, type EndingPlay } from './ending-plays';
import { domText, LAPTOP, PHONE, useBrowser } from './harness';
import { playToEnding, resumeScenario, startScenario, type InputMode } from './play-driver';
import { savedPlayStorage } from './saved-play';

const session = useBrowser();

/** The first "score N" in the page's text: the DOM layer announces the ending's score as text. */
function scoreInText(text: string): number | null {
  const match = /\bscore\b\D{0,3}(\d{1,3})\b/i.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function sameStep(a: Step | undefined, b: Step | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** How many first steps of `play` some earlier play of the list also takes (they part at a decision). */
function sharedSteps(plays: readonly EndingPlay[], index: number): number {
  const steps = plays[index]?.steps ?? [];
  let most = 0;
  for (const earlier of plays.slice(0, index)) {
    let shared = 0;
    while (shared < steps.length && sameStep(steps[shared], earlier.steps[shared])) shared++;
    most = Math.max(most, shared);
  }
  return most;
}

describe.concurrent('every ending of every scenario', () => {
  for (const { scenario } of loadScenarioFiles()) {
    describe(scenario.id, () => {
      const plays = findEndingPlays(scenario);
      const endings = Object.entries(scenario.nodes)
        .filter(([, node]) => node.type === 'ending')
        .map(([id]) => id)
        .sort();

      test('the engine finds a play to every ending', ({ expect }) => {
        expect(plays.map((play) => play.ending)).toEqual(endings);
      });

      plays.forEach((play, index) => {
        const from = sharedSteps(plays, index);
        const played = play.steps.length - from;
        for (const mode of ['canvas', 'keyboard'] as const satisfies readonly InputMode[]) {
          // Canvas plays on a phone screen: the tightest layout, and a quarter of a laptop's pixels
          // for software WebGL to draw. Keyboard plays get no WebGL at all: the game is then its DOM
          // layer alone, as a screen reader meets it (layout.test.ts and a11y.test.ts play whole
          // scenarios with the canvas at 1280x720, by canvas and by keyboard).
          const canvas = mode === 'canvas';
          const viewport = canvas ? PHONE : LAPTOP;
          const where = canvas ? `canvas ${viewport.width}x${viewport.height}` : 'DOM layer only';
          const start = from === 0 ? `all ${played} steps` : `the last ${played} of ${play.steps.length} steps, from a save`;
          test(`${play.ending} by ${mode} (${where}, ${start})`, async ({ expect }) => {
            const storage = from === 0 ? {} : savedPlayStorage(scenario.id, play.steps.slice(0, from));
            await session.withGame({ viewport, reducedMotion: 'reduce', canvas, storage }, async ({ page }) => {
              if (from === 0) await startScenario(page, scenario.id, mode);
              else await resumeScenario(page, scenario.id, mode);
              const ending = await playToEnding(page, play.steps.slice(from), mode);
              expect(ending.result.ending).toBe(play.ending);
              expect(ending.result.score).toBe(play.score);
              expect(scoreInText(await domText(page))).toBe(play.score);
            });
          });
        }
      });
    });
  }
});
