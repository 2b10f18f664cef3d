/**
 * Saves in the browser: a reload in the middle of a play resumes at the same node with the same
 * meters; a corrupted save gives a notice and a fresh start, with no console error.
 */
import { describe, test } from 'vitest';
import { UNREADABLE_SAVE_NOTICE } from '../../src/app/controller';
import { SAVE_KEY_PREFIX } from '../../src/app/saves';
import { compileScenario, Play, type Step } from '../../src/core/engine';
import { loadScenarioFiles, isStory } from '../scenarios/scenario-files';
import { findEndingPlays } from './ending-plays';
import { activateByKeyboard, clickTarget, domText, LAPTOP, PHONE, useBrowser, view, waitForView } from './harness';
import { advance, resumeScenario, startScenario, type PlayView } from './play-driver';
import { saveAfter, savedPlayStorage } from './saved-play';

const session = useBrowser({ reusePages: true });

const story = loadScenarioFiles().find(({ scenario }) => isStory(scenario));
if (!story) throw new Error('no story scenario is shipped');
const { scenario } = story;
const play = findEndingPlays(scenario)[0];
if (!play) throw new Error(`${scenario.id} has no reachable ending`);
/** Three decisions in: past the opening, far from the end. */
const someDecisions = play.steps.filter((step) => step.kind !== 'continue').slice(0, 3);

/** Node and meter values: what must survive a reload. */
function position(current: PlayView): { node: string; meters: Record<string, number> } {
  return { node: current.screen.node, meters: Object.fromEntries(current.meters.map((m) => [m.id, m.value])) };
}

// Each test has a page of its own in the one browser, and they run side by side.
describe.concurrent(`saves of ${scenario.id}`, () => {
  test('a reload in the middle resumes at the same node with the same meters (Continue on the menu, by canvas)', async ({ expect }) => {
    // Motion on: the typewriter and tweens run here, unlike the long plays. The first two decisions
    // come from a save and the third is made here, so what the reload must bring back is the game's
    // own save of it. The whole way by canvas, typed out at 1280x720, cost 50 s of CPU (about 7 % of
    // the browser tests') for screens other tests play.
    const third = play.steps.indexOf(someDecisions[2] as Step);
    const storage = savedPlayStorage(scenario.id, play.steps.slice(0, third));
    await session.withGame({ viewport: LAPTOP, storage }, async ({ page }) => {
      await resumeScenario(page, scenario.id, 'canvas');
      const before = await advance(page, someDecisions.slice(2), 'canvas');
      if (before.name !== 'play') throw new Error('the play ended within three decisions');

      await page.reload();
      const menu = await waitForView(page, 'menu');
      expect(menu.cards.find((card) => card.id === scenario.id)?.hasSave).toBe(true);
      await clickTarget(page, `resume:${scenario.id}`);
      expect(position(await waitForView(page, 'play'))).toEqual(position(before));
    });
  });

  test('a reload resumes from the briefing too (keyboard, phone size)', async ({ expect }) => {
    await session.withGame({ viewport: PHONE, reducedMotion: 'reduce' }, async ({ page }) => {
      await startScenario(page, scenario.id, 'keyboard');
      const before = await advance(page, someDecisions.slice(0, 2), 'keyboard');
      if (before.name !== 'play') throw new Error('the play ended within two decisions');

      await page.reload();
      await waitForView(page, 'menu');
      await activateByKeyboard(page, `card:${scenario.id}`);
      expect((await waitForView(page, 'briefing')).hasSave).toBe(true);
      await activateByKeyboard(page, 'resume');
      expect(position(await waitForView(page, 'play'))).toEqual(position(before));
    });
  });

  const fresh = Play.start(compileScenario(scenario));
  const freshPosition = { node: fresh.screen.node, meters: Object.fromEntries(fresh.meters.map((m) => [m.id, m.value])) };
  fresh.stop();

  /** The engine's save after the first decision, with its first step lying about where it was taken. */
  const firstDecision = play.steps.slice(0, play.steps.findIndex((step) => step.kind !== 'continue') + 1);
  const tampered = JSON.parse(saveAfter(scenario.id, firstDecision)) as { steps: Array<{ node: string }> };
  const firstStep = tampered.steps[0];
  if (!firstStep) throw new Error('the save has no steps after a decision');
  firstStep.node = 'nowhere';

  const corruptions = {
    'text that is not JSON': '{"format":"crisis-table/save", "steps": [',
    'JSON that is not a save': JSON.stringify({
      format: 'crisis-table/save',
      saveVersion: 2,
      scenario: { id: scenario.id, version: scenario.version, hash: 'x' },
      steps: 42,
      undos: 0,
    }),
    'a save whose steps were tampered with': JSON.stringify(tampered),
  } as const;

  // The corrupted save is in the page's storage when it loads, where the game's own save would be
  // (the first test shows that the game writes one).
  const saveKey = SAVE_KEY_PREFIX + scenario.id;
  for (const [what, garbage] of Object.entries(corruptions)) {
    test(`a corrupted save (${what}) shows a notice and starts fresh`, async ({ expect }) => {
      await session.withGame({ viewport: LAPTOP, reducedMotion: 'reduce', storage: { [saveKey]: garbage } }, async ({ page }) => {
        await clickTarget(page, `resume:${scenario.id}`);
        const current = await waitForView(page, 'play');
        expect(position(current)).toEqual(freshPosition);
        expect(await domText(page)).toContain(UNREADABLE_SAVE_NOTICE);
        expect((await view(page)).name).toBe('play');
      });
    });
  }
});
