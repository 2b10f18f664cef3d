/**
 * Saves in the browser: a reload in the middle of a play resumes at the same node with the same
 * meters; a corrupted save gives a notice and a fresh start, with no console error.
 */
import { describe, expect, test } from 'vitest';
import { UNREADABLE_SAVE_NOTICE } from '../../src/app/controller';
import { SAVE_KEY_PREFIX } from '../../src/app/saves';
import { compileScenario, Play } from '../../src/core/engine';
import { loadScenarioFiles, isStory } from '../scenarios/scenario-files';
import { findEndingPlays } from './ending-plays';
import { activateByKeyboard, clickTarget, domText, LAPTOP, PHONE, useBrowser, view, waitForView } from './harness';
import { advance, startScenario, type PlayView } from './play-driver';

const session = useBrowser();

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

describe(`saves of ${scenario.id}`, () => {
  test('a reload in the middle resumes at the same node with the same meters (Continue on the menu, by canvas)', async () => {
    // Motion on: the typewriter and tweens run here, unlike the long plays.
    const { page } = await session.open({ viewport: LAPTOP });
    await startScenario(page, scenario.id, 'canvas');
    const before = await advance(page, someDecisions, 'canvas');
    if (before.name !== 'play') throw new Error('the play ended within three decisions');

    await page.reload();
    const menu = await waitForView(page, 'menu');
    expect(menu.cards.find((card) => card.id === scenario.id)?.hasSave).toBe(true);
    await clickTarget(page, `resume:${scenario.id}`);
    expect(position(await waitForView(page, 'play'))).toEqual(position(before));
  });

  test('a reload resumes from the briefing too (keyboard, phone size)', async () => {
    const { page } = await session.open({ viewport: PHONE, reducedMotion: 'reduce' });
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

  const fresh = Play.start(compileScenario(scenario));
  const freshPosition = { node: fresh.screen.node, meters: Object.fromEntries(fresh.meters.map((m) => [m.id, m.value])) };
  fresh.stop();

  const corruptions = {
    'text that is not JSON': '{"format":"crisis-table/save", "steps": [',
    'JSON that is not a save': JSON.stringify({
      format: 'crisis-table/save',
      saveVersion: 2,
      scenario: { id: scenario.id, version: scenario.version, hash: 'x' },
      steps: 42,
      undos: 0,
    }),
    'a save whose steps were tampered with': null,
  } as const;

  for (const [what, garbage] of Object.entries(corruptions)) {
    test(`a corrupted save (${what}) shows a notice and starts fresh`, async () => {
      const { page } = await session.open({ viewport: LAPTOP, reducedMotion: 'reduce' });
      await startScenario(page, scenario.id, 'canvas');
      await advance(page, someDecisions.slice(0, 1), 'canvas');
      const key = SAVE_KEY_PREFIX + scenario.id;
      await page.evaluate(
        ({ key, garbage }) => {
          const stored = localStorage.getItem(key);
          if (stored === null) throw new Error(`no save under ${key} after a decision`);
          // Tampering: keep the save's shape but make its first step lie about where it was taken.
          const save = JSON.parse(stored) as { steps: Array<{ node: string }> };
          const first = save.steps[0];
          if (!first) throw new Error('the save has no steps after a decision');
          first.node = 'nowhere';
          localStorage.setItem(key, garbage ?? JSON.stringify(save));
        },
        { key, garbage },
      );

      await page.reload();
      await waitForView(page, 'menu');
      await clickTarget(page, `resume:${scenario.id}`);
      const current = await waitForView(page, 'play');
      expect(position(current)).toEqual(freshPosition);
      expect(await domText(page)).toContain(UNREADABLE_SAVE_NOTICE);
      expect((await view(page)).name).toBe('play');
    });
  }
});
