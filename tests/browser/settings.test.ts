/**
 * The settings, in the built game in real Chromium: changed through the Settings dialog, remembered
 * over a reload, and followed by the game (reduced motion, larger text on a phone).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAPTOP, PHONE, clickTarget, inspect, menuCards, screenshot, useBrowser, view, waitForView, waitSettled } from './harness';

const session = useBrowser({ reusePages: true });

function settingsButton(page: Page) {
  return page.locator('.ct-sound-controls').getByRole('button', { name: 'Settings' });
}

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Settings' });
}

async function openSettings(page: Page) {
  await settingsButton(page).click();
  await dialog(page).waitFor({ state: 'visible' });
  return dialog(page);
}

async function closeSettings(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'hidden' });
}

async function changeSettings(page: Page, change: (panel: ReturnType<typeof dialog>) => Promise<void>): Promise<void> {
  await change(await openSettings(page));
  await closeSettings(page);
}

function documentFlags(page: Page): Promise<Record<string, string | undefined>> {
  return page.evaluate(() => ({ ...document.documentElement.dataset }));
}

/** Every drawn text inside its box, and every box across no more than the game's width. */
async function textsOutsideTheirBoxes(page: Page): Promise<string[]> {
  return inspect(page, (ct) => {
    const slack = 0.5;
    const { width } = ct.gameSize();
    return ct
      .texts()
      .filter((t) => {
        const b = t.box;
        const inBox =
          t.x >= b.x - slack && t.y >= b.y - slack && t.x + t.width <= b.x + b.width + slack && t.y + t.height <= b.y + b.height + slack;
        const boxOnScreen = b.x >= -slack && b.x + b.width <= width + slack;
        return !inBox || !boxOnScreen;
      })
      .map((t) => `${t.id} at ${t.x},${t.y} ${t.width}x${t.height} in box ${t.box.x},${t.box.y} ${t.box.width}x${t.box.height}`);
  });
}

/** Drawn height of each text by id (only texts on screen are listed). */
function textHeights(page: Page): Promise<Record<string, number>> {
  return inspect(page, (ct) => Object.fromEntries(ct.texts().map((t) => [t.id, t.height])));
}

async function firstCard(page: Page): Promise<string> {
  const cards = await menuCards(page);
  expect(cards.length).toBeGreaterThan(0);
  return cards[0]!;
}

/** From the menu into the first scenario's first line; returns how long the first line took to settle. */
async function startFirstScenario(page: Page, card: string): Promise<number> {
  await clickTarget(page, card);
  await waitForView(page, 'briefing');
  const started = Date.now();
  await clickTarget(page, 'start');
  return Date.now() - started;
}

describe('settings in the game', () => {
  it('are remembered over a reload and shown on <html> for the CSS', async () => {
    const { page } = await session.open({ viewport: LAPTOP });
    await changeSettings(page, async (panel) => {
      await panel.getByLabel('Instant', { exact: true }).check();
      await panel.getByLabel('Larger', { exact: true }).check();
      await panel.getByLabel('High contrast').check();
      await panel.getByLabel('Single-key shortcuts').uncheck();
      await panel.getByLabel('Music volume').fill('20');
    });
    // Esc closed the dialog and focus went back to the button that opened it.
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('.ct-sound-controls') !== null && document.activeElement?.getAttribute('aria-label'),
      ),
    ).toBe('Settings');
    expect(await documentFlags(page)).toMatchObject({ contrast: 'high', textSize: 'larger' });
    await screenshot(page, 'settings-high-contrast-larger-1280');

    await page.reload();
    await waitForView(page, 'menu');
    expect(await documentFlags(page)).toMatchObject({ contrast: 'high', textSize: 'larger' });
    const panel = await openSettings(page);
    expect(await panel.getByLabel('Instant', { exact: true }).isChecked()).toBe(true);
    expect(await panel.getByLabel('Larger', { exact: true }).isChecked()).toBe(true);
    expect(await panel.getByLabel('High contrast').isChecked()).toBe(true);
    expect(await panel.getByLabel('Single-key shortcuts').isChecked()).toBe(false);
    expect(await panel.getByLabel('Music volume').inputValue()).toBe('20');
    await screenshot(page, 'settings-dialog-after-reload-1280');
    await closeSettings(page);

    // Single-key shortcuts are off (WCAG 2.1.4): M no longer mutes.
    const mute = page.locator('.ct-sound-controls').getByRole('button', { name: 'Mute sound' });
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('m');
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows each line whole at once with reduced motion, even at the slowest text speed', async () => {
    const typed = await session.open({ viewport: LAPTOP });
    await changeSettings(typed.page, async (panel) => {
      await panel.getByLabel('Slow', { exact: true }).check();
      await panel.getByLabel('Reduce motion').uncheck();
    });
    const card = await firstCard(typed.page);
    const typingMs = await startFirstScenario(typed.page, card);
    const line = await view(typed.page);
    if (line.name !== 'play' || (line.screen.kind !== 'line' && line.screen.kind !== 'choice'))
      throw new Error(`expected a first line, got ${JSON.stringify(line)}`);
    // The control: at 20 characters a second the first line takes seconds to type out.
    expect(typingMs).toBeGreaterThan((line.screen.text.length / 20) * 1000 * 0.6);

    const whole = await session.open({ viewport: LAPTOP });
    await changeSettings(whole.page, async (panel) => {
      await panel.getByLabel('Slow', { exact: true }).check();
      await panel.getByLabel('Reduce motion').check();
    });
    expect(await documentFlags(whole.page)).toMatchObject({ reducedMotion: 'true' });
    const wholeMs = await startFirstScenario(whole.page, card);
    expect(await view(whole.page)).toEqual(line);
    expect(wholeMs).toBeLessThan(typingMs - 2000);
    // Choices or Continue are there at once: nothing was waiting for the text.
    const actions = await inspect(whole.page, (ct) => ct.targets().filter((t) => t.id === 'continue' || t.id.startsWith('choice:')).length);
    expect(actions).toBeGreaterThan(0);
  });

  it('keeps the larger text inside its boxes on a 360x640 phone', async () => {
    const { page } = await session.open({ viewport: PHONE });
    // The menu is the page's own HTML: its text grows with the setting; the canvas draws from the briefing on.
    const cardText = () =>
      page
        .locator('[data-target^="card:"]')
        .first()
        .evaluate((button) => parseFloat(getComputedStyle(button).fontSize));
    const normalMenu = await cardText();
    await clickTarget(page, await firstCard(page));
    await waitForView(page, 'briefing');
    const normal = await textHeights(page);
    await changeSettings(page, async (panel) => {
      await panel.getByLabel('Larger', { exact: true }).check();
      await panel.getByLabel('Instant', { exact: true }).check();
    });
    await waitSettled(page);
    // The game really did grow its text (×1.5: single lines like the title by at least ×1.3), and still nothing spills out.
    const larger = await textHeights(page);
    expect(larger['header:title']).toBeGreaterThan((normal['header:title'] ?? Number.POSITIVE_INFINITY) * 1.3);
    expect(await textsOutsideTheirBoxes(page)).toEqual([]);
    await screenshot(page, 'settings-larger-briefing-360');

    await clickTarget(page, 'start');
    await waitForView(page, 'play');
    expect(await textsOutsideTheirBoxes(page)).toEqual([]);
    await screenshot(page, 'settings-larger-play-360');
    await clickTarget(page, 'pause');
    await clickTarget(page, 'pause:menu');
    await waitForView(page, 'menu');
    expect(await cardText()).toBeGreaterThan(normalMenu * 1.3);
  });
});
