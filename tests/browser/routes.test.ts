/**
 * Getting around, in real Chromium: `#play=` links, `#scenario=` links of a real scenario file (and a
 * damaged one), a scenario file opened from the device through the menu's button, the menu's cue
 * that more cards follow below (the page draws the menu), and the same words on the canvas and in the DOM layer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { packText } from '../../src/core/codec';
import { scenariosDir } from '../scenarios/scenario-files';
import { clickTarget, inspect, LAPTOP, PHONE, screenshot, useBrowser, view, waitForCanvas, waitForView } from './harness';

const session = useBrowser({ reusePages: true });
const SCENARIO = 'geneva-us-delegation';
const scenarioFile = path.join(scenariosDir, `${SCENARIO}.json`);
const scenarioText = readFileSync(scenarioFile, 'utf8');
const title = (JSON.parse(scenarioText) as { title: string }).title;

/** The words the canvas draws under a text id, or undefined when it draws none. */
function canvasText(page: Page, id: string): Promise<string | undefined> {
  return inspect(page, (ct, wanted) => ct.texts().find((t) => t.id === wanted)?.text, id);
}

/** The notice shown on the menu (drawn by the page): checked to be on screen, not only in the page. */
async function menuNotice(page: Page): Promise<string> {
  const notice = page.locator('.ct-layer-notices .ct-notice');
  await expect(notice.isVisible()).resolves.toBe(true);
  return notice.innerText();
}

async function openAt(hash: string, viewport: { width: number; height: number } = LAPTOP) {
  const game = await session.open({ viewport, path: hash, waitForMenu: false });
  await waitForCanvas(game.page);
  return game;
}

describe('#play= links', () => {
  it('a known id opens that briefing directly', async () => {
    const { page } = await openAt(`#play=${SCENARIO}`);
    const briefing = await waitForView(page, 'briefing');
    expect(briefing).toMatchObject({ scenarioId: SCENARIO, title, notReviewed: false });
    expect(await canvasText(page, 'briefing:not-reviewed')).toBeUndefined();
  });

  it('an unknown id shows the menu with a notice that says so', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const { page } = await openAt('#play=no-such-scenario', viewport);
      const menu = await waitForView(page, 'menu');
      expect(menu.notice).toMatch(/“no-such-scenario”, which this game does not have/);
      expect(await menuNotice(page)).toBe(menu.notice);
      await screenshot(page, `route-unknown-${viewport.width}x${viewport.height}`);
    }
  });
});

describe('#scenario= links', () => {
  it('a link of a real scenario file opens its briefing, marked as not reviewed by the project (and its card)', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const { page } = await openAt(`#scenario=${packText(scenarioText)}`, viewport);
      const briefing = await waitForView(page, 'briefing');
      expect(briefing).toMatchObject({ title, notReviewed: true });
      expect(await canvasText(page, 'briefing:not-reviewed')).toMatch(/^Not reviewed by the project/);
      expect(await page.locator('.ct-not-reviewed').textContent()).toBe(briefing.notReviewedNote);
      await screenshot(page, `route-shared-briefing-${viewport.width}x${viewport.height}`);
      await clickTarget(page, 'menu');
      const menu = await waitForView(page, 'menu');
      expect(menu.cards.at(-1)).toMatchObject({ title, mark: 'Not reviewed by the project' });
    }
  });

  it('a damaged link shows the menu with a notice and opens nothing', async () => {
    const payload = packText(scenarioText);
    for (const damaged of [payload.slice(0, 200), packText('{ "format": "crisis-table/scenario" }')]) {
      const { page } = await openAt(`#scenario=${damaged}`);
      const menu = await waitForView(page, 'menu');
      expect(menu.notice).toMatch(/^The scenario in this link (could not be read|cannot be played)/);
      expect(menu.notice).toMatch(/Nothing was opened/);
      expect(await menuNotice(page)).toBe(menu.notice);
    }
    const { page } = await openAt(`#scenario=${payload.slice(0, 200)}`, PHONE);
    await waitForView(page, 'menu');
    await screenshot(page, 'route-damaged-360x640');
  });
});

describe('the menu', () => {
  it('opens a scenario file from the device with its button and the file picker, validated and marked', async () => {
    const { page } = await session.open();
    const chooser = page.waitForEvent('filechooser');
    const clicked = clickTarget(page, 'open-file');
    await (await chooser).setFiles(scenarioFile);
    await clicked;
    const briefing = await waitForView(page, 'briefing');
    expect(briefing).toMatchObject({ title, notReviewed: true });
  });

  it('a broken file from the device gives a notice with where the error is', async () => {
    const { page } = await session.open();
    const chooser = page.waitForEvent('filechooser');
    const clicked = clickTarget(page, 'open-file');
    await (await chooser).setFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') });
    await clicked;
    const menu = await waitForView(page, 'menu');
    expect(menu.notice).toMatch(
      /^The file “draft\.json” cannot be played: it has (an error|\d+ errors)\. The first, at line 1, column \d+/,
    );
  });

  it('shows that more cards follow below the fold, until the player scrolls', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const { page } = await session.open({ viewport });
      const cue = page.locator('.ct-more');
      expect(await cue.isVisible()).toBe(true);
      expect(await cue.innerText()).toBe('▼ More scenarios below');
      // At the foot of the screen, over the cards.
      const box = await cue.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      expect(box!.y).toBeGreaterThan(viewport.height / 2);
      await screenshot(page, `menu-more-below-${viewport.width}x${viewport.height}`);
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel(0, 300);
      await cue.waitFor({ state: 'hidden' });
    }
  });

  it('orders the cards by the week, dated scenarios first', async () => {
    const { page } = await session.open();
    const menu = await waitForView(page, 'menu');
    const dates = menu.cards.map((c) => c.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });
});

describe('the same words in both views', () => {
  it('on the menu, the briefing and the first line of a play', async () => {
    const { page } = await session.open();
    const menu = await waitForView(page, 'menu');
    // The page draws the menu: its words are the presenter's, and the canvas draws none of it.
    expect(await page.locator('.ct-lede').textContent()).toBe(menu.intro);
    expect(await canvasText(page, 'menu:intro')).toBeUndefined();
    expect(menu.intro).toMatch(/Choose a scenario\.$/);
    await clickTarget(page, `card:${SCENARIO}`);
    const briefing = await waitForView(page, 'briefing');
    expect(await canvasText(page, 'briefing:minutes')).toBe(briefing.minutesLine);
    expect(await page.locator('.ct-briefing').innerText()).toContain(briefing.minutesLine);
    await clickTarget(page, 'start');
    const play = await view(page);
    if (play.name !== 'play' || !play.line) throw new Error('expected a line');
    expect(await canvasText(page, 'line:text')).toBe(play.line.text);
    const logged = await page.locator('#story-log .ct-log-line').last().innerText();
    expect(logged).toContain(play.line.text);
    if (play.line.citation) {
      expect(await canvasText(page, 'line:citation')).toBe(play.line.citation);
      expect(logged).toContain(play.line.citation);
    }
  });
});
