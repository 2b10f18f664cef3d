/**
 * Every shipped scenario played to every one of its endings in Chromium: each ending once by canvas
 * clicks and once by keyboard alone through the DOM layer (with no canvas at all). The game's ending and score (in the view
 * and in the DOM text a screen reader reads) must equal the engine's for the same play in Node.
 *
 * A scenario's first play in each mode goes from the menu's card to its ending. Each of the others
 * starts from the engine's save at its last decision whose way there earlier plays have played by
 * input (Resume on the menu's card) and plays on from there. The plays run side by side in the one
 * browser, each page reused by a later play once its own has passed: that play goes back to the menu
 * from the ending the page shows, by its Menu button, with its own save in the page's storage.
 */
import { describe, test } from 'vitest';
import { loadScenarioFiles } from '../scenarios/scenario-files';
import { findEndingPlays, type EndingPlay } from './ending-plays';
import { domText, LAPTOP, PHONE, useBrowser } from './harness';
import { playToEnding, resumeScenario, startScenario, type InputMode } from './play-driver';
import { savedPlayStorage } from './saved-play';

// The plays need nothing of a page but the menu with their own storage: a page is reused, and goes
// back to the menu from the ending its last play reached.
const session = useBrowser({ reusePages: true, backToMenu: true });

/** The first "score N" in the page's text: the DOM layer announces the ending's score as text. */
function scoreInText(text: string): number | null {
  const match = /\bscore\b\D{0,3}(\d{1,3})\b/i.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * How many steps each play takes from a save before it plays on by input. A scenario's first play
 * starts at the menu; each later one at its last decision whose way there goes only through nodes
 * that earlier plays have already played by input (the screens before it are covered), so every
 * node a play passes is played by input at least once, in each mode.
 */
function startingPoints(plays: readonly EndingPlay[]): number[] {
  const played = new Set<string>();
  return plays.map((play, index) => {
    let from = 0;
    if (index > 0)
      play.steps.forEach((step, at) => {
        if (step.kind !== 'continue' && play.steps.slice(0, at).every((before) => played.has(before.node))) from = at;
      });
    for (const step of play.steps.slice(from)) played.add(step.node);
    return from;
  });
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

      const starts = startingPoints(plays);
      plays.forEach((play, index) => {
        const from = starts[index] ?? 0;
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
