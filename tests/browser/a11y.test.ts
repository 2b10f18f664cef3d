/**
 * axe-core on the DOM layer at the menu, the briefing, each kind of play screen (line, choice,
 * quiz, feedback), the pause menu and the ending: no violation of a WCAG 2.1 A or AA rule.
 */
import { describe, expect, test } from 'vitest';
import { isStory, loadScenarioFiles } from '../scenarios/scenario-files';
import { wcagViolations } from './axe';
import { findEndingPlays } from './ending-plays';
import { activateByKeyboard, LAPTOP, nextStep, PHONE, useBrowser, waitForView } from './harness';
import { playToEnding, screenKind, startScenario } from './play-driver';

const session = useBrowser({ reusePages: true });

const story = loadScenarioFiles().find(({ scenario }) => isStory(scenario));
if (!story) throw new Error('no story scenario is shipped');
const { scenario } = story;
const play = findEndingPlays(scenario).at(-1);
if (!play) throw new Error(`${scenario.id} has no reachable ending`);

describe('WCAG 2.1 A/AA (axe-core)', () => {
  test(`menu, briefing, every kind of play screen, pause and ending of ${scenario.id}`, async () => {
    const { page } = await session.open({ viewport: LAPTOP, reducedMotion: 'reduce' });
    const violations = await wcagViolations(page, 'menu');
    await activateByKeyboard(page, `card:${scenario.id}`);
    await waitForView(page, 'briefing');
    violations.push(...(await wcagViolations(page, 'briefing')));
    await activateByKeyboard(page, 'start');
    await waitForView(page, 'play');

    await nextStep(page, 'Esc', () => page.keyboard.press('Escape'));
    violations.push(...(await wcagViolations(page, 'pause')));
    await nextStep(page, 'Esc again', () => page.keyboard.press('Escape'));

    const checked = new Set<string>();
    await playToEnding(page, play.steps, 'keyboard', {
      onScreen: async (current) => {
        const kind = screenKind(current);
        if (checked.has(kind)) return;
        checked.add(kind);
        violations.push(...(await wcagViolations(page, kind)));
      },
    });
    expect(violations).toEqual([]);
  });

  test('menu and first screen on a phone', async () => {
    const { page } = await session.open({ viewport: PHONE, reducedMotion: 'reduce' });
    const violations = await wcagViolations(page, 'menu (phone)');
    await startScenario(page, scenario.id, 'keyboard');
    violations.push(...(await wcagViolations(page, 'first screen (phone)')));
    expect(violations).toEqual([]);
  });
});
