/**
 * Plays that start in the middle: the engine's own save of some steps, written to the page's storage
 * before it loads, continued from the menu's card by keyboard. For tests of one screen
 * deep in a scenario (a choice node, a quiz, the ending) that need not click their way there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SAVE_KEY_PREFIX } from '../../src/app/saves';
import { compileScenario, Play, type Step } from '../../src/core/engine';
import type { Scenario } from '../../src/core/model/schema';
import { validateScenarioText } from '../../src/core/validator';
import { SETTINGS_KEY } from '../../src/settings/settings-store';
import { scenariosDir } from '../scenarios/scenario-files';
import { findEndingPlays, type EndingPlay } from './ending-plays';
import { inspect, LAPTOP, view, waitSettled, type BrowserSession } from './harness';
import type { PlayView } from './play-driver';

const scenarios = new Map<string, Scenario>();
const endingPlays = new Map<string, EndingPlay[]>();

/** The scenario as the game reads it (validated from its text), so its hash is the game's; read once per test file. */
export function scenarioById(id: string): Scenario {
  let scenario = scenarios.get(id);
  if (!scenario) {
    const file = `${id}.json`;
    scenario = validateScenarioText(readFileSync(path.join(scenariosDir, file), 'utf8'), { file }).scenario;
    if (!scenario) throw new Error(`${file} is not a valid scenario`);
    scenarios.set(id, scenario);
  }
  return scenario;
}

/** findEndingPlays of a shipped scenario, found once per test file. */
export function endingPlaysOf(id: string): EndingPlay[] {
  let plays = endingPlays.get(id);
  if (!plays) endingPlays.set(id, (plays = findEndingPlays(scenarioById(id))));
  return plays;
}

/** The steps of a shortest play up to (not including) the decision at `node`. */
export function stepsTo(scenarioId: string, node: string): Step[] {
  for (const play of endingPlaysOf(scenarioId)) {
    const at = play.steps.findIndex((step) => step.node === node);
    if (at >= 0) return play.steps.slice(0, at);
  }
  throw new Error(`no play of ${scenarioId} passes ${node}`);
}

/** The engine's own save of a play that has taken `steps`, as the game would have written it. */
export function saveAfter(scenarioId: string, steps: Step[]): string {
  const replayed = Play.replay(compileScenario(scenarioById(scenarioId)), steps);
  if (!replayed.ok) throw new Error(`replay refused at ${replayed.at}: ${replayed.message}`);
  const data = JSON.stringify(replayed.play.save());
  replayed.play.stop();
  return data;
}

/** The page storage that holds the engine's save of `scenarioId` after `steps`, as the game keeps it. */
export function savedPlayStorage(scenarioId: string, steps: Step[]): Record<string, string> {
  return { [SAVE_KEY_PREFIX + scenarioId]: saveAfter(scenarioId, steps) };
}

export interface SavedPlayOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Settings stored before the page loads (any valid subset). */
  settings?: object;
  /** false: no WebGL, the game in its DOM layer alone; the save is continued by its DOM button. */
  canvas?: boolean;
}

/**
 * Opens the game with a save of `scenarioId` after `steps` and continues it from the menu's card;
 * returns once the play scene shows, without waiting for it to settle (its line may still type).
 */
export async function openSavedPlay(
  session: BrowserSession,
  scenarioId: string,
  steps: Step[],
  options: SavedPlayOptions = {},
): Promise<Page> {
  const stored = savedPlayStorage(scenarioId, steps);
  if (options.settings) stored[SETTINGS_KEY] = JSON.stringify(options.settings);
  const { page } = await session.open({
    viewport: options.viewport ?? LAPTOP,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    storage: stored,
    canvas: options.canvas ?? true,
  });
  // Clicked without waiting for the screen to settle: a test may act while the line still types.
  await waitSettled(page);
  // By keyboard, as the card may be anywhere on the menu: focus on its Continue, then Enter.
  await page.locator(`[data-target="resume:${scenarioId}"]`).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.crisisTable?.view().name === 'play' && window.crisisTable.scene() === 'play', undefined, {
    polling: 10,
  });
  const shown = (await view(page)) as PlayView;
  expect(shown.name).toBe('play');
  return page;
}

/** The page point at the centre of a canvas target. */
export async function pagePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
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
