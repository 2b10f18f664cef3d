/**
 * Input that does what the player meant, and only that, in real Chromium with the canvas running:
 * a click on a DOM panel (the Settings dialog) never reaches the canvas under it; the first click of
 * a line still typing completes it and a double click never goes on past it unread; a press on a
 * focused choice of the DOM layer chooses it, while Enter with no button focused only finishes the
 * typing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SAVE_KEY_PREFIX } from '../../src/app/saves';
import { SETTINGS_KEY } from '../../src/settings/settings-store';
import { compileScenario, Play, type Step } from '../../src/core/engine';
import { scenariosDir } from '../scenarios/scenario-files';
import { validateScenarioText } from '../../src/core/validator';
import type { Scenario } from '../../src/core/model/schema';
import { findEndingPlays } from './ending-plays';
import { findTarget, inspect, LAPTOP, screenshot, useBrowser, view, waitSettled } from './harness';
import type { PlayView } from './play-driver';

const session = useBrowser();

/** The scenario as the game reads it (validated from its text), so its hash is the game's. */
function scenarioById(id: string): Scenario {
  const file = `${id}.json`;
  const { scenario } = validateScenarioText(readFileSync(path.join(scenariosDir, file), 'utf8'), { file });
  if (!scenario) throw new Error(`${file} is not a valid scenario`);
  return scenario;
}

/** The steps of a shortest play up to (not including) the decision at `node`. */
function stepsTo(scenarioId: string, node: string): Step[] {
  const scenario = scenarioById(scenarioId);
  for (const play of findEndingPlays(scenario)) {
    const at = play.steps.findIndex((step) => step.node === node);
    if (at >= 0) return play.steps.slice(0, at);
  }
  throw new Error(`no play of ${scenarioId} passes ${node}`);
}

/** The engine's own save of a play that has taken `steps`, as the game would have written it. */
function saveAfter(scenarioId: string, steps: Step[]): string {
  const replayed = Play.replay(compileScenario(scenarioById(scenarioId)), steps);
  if (!replayed.ok) throw new Error(`replay refused at ${replayed.at}: ${replayed.message}`);
  const data = JSON.stringify(replayed.play.save());
  replayed.play.stop();
  return data;
}

/** Opens the game with a save of `scenarioId` at `node` and continues it from the menu's card. */
async function openAt(
  scenarioId: string,
  node: string,
  options: { viewport?: { width: number; height: number }; reducedMotion?: 'reduce' | 'no-preference'; settings?: object } = {},
): Promise<Page> {
  const save = saveAfter(scenarioId, stepsTo(scenarioId, node));
  const stored: Record<string, string> = { [SAVE_KEY_PREFIX + scenarioId]: save };
  if (options.settings) stored[SETTINGS_KEY] = JSON.stringify(options.settings);
  const { page } = await session.open({
    viewport: options.viewport ?? LAPTOP,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    storage: stored,
  });
  // Clicked without waiting for the screen to settle: the tests below act while the line still types.
  await waitSettled(page);
  const resume = await pagePoint(page, `resume:${scenarioId}`);
  await page.mouse.click(resume.x, resume.y);
  await page.waitForFunction(() => window.crisisTable?.view().name === 'play' && window.crisisTable.scene() === 'play', undefined, {
    polling: 10,
  });
  const shown = (await view(page)) as PlayView;
  expect(shown.screen.node).toBe(node);
  return page;
}

/** The page point at the centre of a canvas target. */
async function pagePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await inspect(
    page,
    (ct, wanted) => {
      const target = ct.targets().find((t) => t.id === wanted);
      const canvas = document.querySelector('canvas');
      if (!target || !canvas) return null;
      const box = canvas.getBoundingClientRect();
      const scale = box.width / ct.gameSize().width;
      return { x: box.left + (target.x + target.width / 2) * scale, y: box.top + (target.y + target.height / 2) * scale };
    },
    id,
  );
  if (!point) throw new Error(`no canvas target ${id}`);
  return point;
}

async function openSettings(page: Page) {
  await page.locator('.ct-sound-controls').getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

/** Clicks the dialog's Done with the mouse at its centre, as a player does, and waits for it to close. */
async function clickDone(page: Page): Promise<void> {
  const done = page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Done' });
  // On a small screen the dialog scrolls; the player scrolls down to Done first.
  await done.scrollIntoViewIfNeeded();
  const box = await done.boundingBox();
  if (!box) throw new Error('Done is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'hidden' });
  // Two frames: time for a click that went through to act.
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

const BRUSSELS = 'brussels-nato-council';

describe('a click on a DOM panel stays on the panel', () => {
  test('Done of the Settings dialog over a choice (kask-call, Large text) picks nothing', async () => {
    const page = await openAt(BRUSSELS, 'kask-call', { reducedMotion: 'reduce', settings: { textSize: 'large' } });
    await waitSettled(page);
    await openSettings(page);
    await screenshot(page, 'input-settings-over-choices-1280');
    await clickDone(page);
    const after = (await view(page)) as PlayView;
    expect(after.screen.node).toBe('kask-call');
    expect(after.pendingOutcome).toBeUndefined();
  });

  test('Done of the Settings dialog over the menu (Large text) opens no scenario', async () => {
    const { page } = await session.open({ viewport: LAPTOP, storage: { [SETTINGS_KEY]: JSON.stringify({ textSize: 'large' }) } });
    await openSettings(page);
    await clickDone(page);
    expect((await view(page)).name).toBe('menu');
  });
});

describe('a line still typing is completed by the first click, never skipped', () => {
  test('a double click on Continue of a typing line (fact-quiz-week) leaves it on screen, whole', async () => {
    // Where Continue is drawn once a line has typed out: learnt on a page with the typing off.
    const learn = await openAt('fact-quiz-week', 'how-it-works', { reducedMotion: 'reduce' });
    await waitSettled(learn);
    const at = await pagePoint(learn, 'continue');

    const page = await openAt('fact-quiz-week', 'how-it-works');
    expect(await inspect(page, (ct) => ct.settled())).toBe(false);
    await page.mouse.dblclick(at.x, at.y);
    await waitSettled(page);
    const after = (await view(page)) as PlayView;
    expect(after.screen.node).toBe('how-it-works');
    // Shown whole, with its Continue: the next click goes on.
    expect(await findTarget(page, 'continue')).toBeDefined();
    await screenshot(page, 'input-line-completed-1280');
  });

  test('a double click where the choices will appear (kask-call, typing) chooses nothing', async () => {
    const learn = await openAt(BRUSSELS, 'kask-call', { reducedMotion: 'reduce' });
    await waitSettled(learn);
    const at = await pagePoint(learn, 'choice:reassure-reciprocal');

    const page = await openAt(BRUSSELS, 'kask-call');
    expect(await inspect(page, (ct) => ct.settled())).toBe(false);
    await page.mouse.dblclick(at.x, at.y);
    await waitSettled(page);
    const after = (await view(page)) as PlayView;
    expect(after.screen.node).toBe('kask-call');
    expect(after.pendingOutcome).toBeUndefined();
  });

  test('a double click on a whole line goes on once, to a line that then types out', async () => {
    const page = await openAt('fact-quiz-week', 'start', { settings: { textSpeed: 'instant' } });
    await waitSettled(page);
    const at = await pagePoint(page, 'continue');
    await page.mouse.dblclick(at.x, at.y);
    await waitSettled(page);
    expect(((await view(page)) as PlayView).screen.node).toBe('how-it-works');
  });
});

describe('the DOM layer', () => {
  test('Enter on a focused DOM choice while the canvas still types chooses it', async () => {
    const page = await openAt(BRUSSELS, 'kask-call');
    // A screen reader has read the line from the log and moves to the first choice at once.
    await page.focus('[data-target="choice:reassure-reciprocal"]');
    await page.keyboard.press('Enter');
    await waitSettled(page);
    // The choice's feedback waits over the next node.
    const after = (await view(page)) as PlayView;
    expect(after.pendingOutcome?.step).toMatchObject({ kind: 'choose', choice: 'reassure-reciprocal' });
  });

  test('Enter with no button focused, while the line types, only completes it', async () => {
    const page = await openAt(BRUSSELS, 'kask-call');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Enter');
    await waitSettled(page);
    const after = (await view(page)) as PlayView;
    expect(after.screen.node).toBe('kask-call');
    expect(after.pendingOutcome).toBeUndefined();
  });
});
