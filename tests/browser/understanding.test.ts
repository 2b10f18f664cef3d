/**
 * Understanding what happened, in real Chromium: the briefing explains the meters and names the
 * article; the pause menu says what undo does and has the vocabulary at hand; the ending shows the
 * play's path, the meters' whole-play change (also to a screen reader) and the article, and prints as
 * a clean page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { UNDO_RULE } from '../../src/app/wording';
import { findEndingPlays } from './ending-plays';
import { clickTarget, inspect, LAPTOP, PHONE, screenshot, useBrowser, waitForView, waitSettled } from './harness';
import { advance } from './play-driver';
import { openSavedPlay, scenarioById, stepsTo } from './saved-play';

const session = useBrowser();
const BRUSSELS = 'brussels-nato-council';
const scenario = scenarioById(BRUSSELS);
const article = scenario.sources[0];
if (!article) throw new Error(`${BRUSSELS} has no source`);

function shownText(page: Page, id: string): Promise<boolean> {
  return inspect(page, (ct, wanted) => ct.texts().some((t) => t.id === wanted), id);
}

/** Turns PageDown until the canvas text `id` is on screen. */
async function scrollToText(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 60 && !(await shownText(page, id)); i++) await page.keyboard.press('PageDown');
  expect(await shownText(page, id), `${id} reached`).toBe(true);
}

async function ending(viewport: { width: number; height: number }) {
  const play = findEndingPlays(scenario)[0];
  if (!play) throw new Error('no ending');
  const last = play.steps.map((step) => step.kind !== 'continue').lastIndexOf(true);
  const page = await openSavedPlay(session, BRUSSELS, play.steps.slice(0, last), { viewport, reducedMotion: 'reduce' });
  await waitSettled(page);
  await advance(page, play.steps.slice(last), 'keyboard');
  return { page, end: await waitForView(page, 'ending'), steps: play.steps };
}

describe('the briefing', () => {
  for (const viewport of [PHONE, LAPTOP]) {
    test(`explains each meter and which way is better, and names the article (${viewport.width}×${viewport.height})`, async () => {
      const { page } = await session.open({ viewport, reducedMotion: 'reduce' });
      await page.locator(`[data-target="card:${BRUSSELS}"]`).focus();
      await page.keyboard.press('Enter');
      await waitForView(page, 'briefing');
      const text = await page.locator('#ui').innerText();
      for (const meter of Object.values(scenario.meters)) {
        expect(text).toContain(meter.description);
        expect(text).toContain(`${meter.label}\n${meter.description} ${meter.better === 'higher' ? 'Higher' : 'Lower'} is better.`);
      }
      expect(text).toContain(article.title);
      expect(text).toContain(article.publisher);
      await scrollToText(page, 'briefing:meter-0');
      await screenshot(page, `understanding-briefing-meters-${viewport.width}`);
      await scrollToText(page, 'briefing:article-find');
      await screenshot(page, `understanding-briefing-article-${viewport.width}`);
    });
  }
});

describe('the pause menu', () => {
  test('says that undo goes back to the last decision and a quiz answer stays given, and lists the vocabulary', async () => {
    const page = await openSavedPlay(session, BRUSSELS, stepsTo(BRUSSELS, 'kask-call'), { viewport: PHONE, reducedMotion: 'reduce' });
    await waitSettled(page);
    await clickTarget(page, 'pause');
    expect(await shownText(page, 'pause:undo-rule')).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Paused' }).getAttribute('aria-describedby')).toBe('ct-pause-rule');
    expect(await page.locator('#ct-pause-rule').textContent()).toBe(UNDO_RULE);
    const vocabulary = scenario.vocabulary ?? [];
    expect(vocabulary.length).toBeGreaterThan(0);
    expect(await page.locator('.ct-pause dl').innerText()).toContain(vocabulary[0]?.definition ?? '');
    await screenshot(page, 'understanding-pause-360');
    await scrollToText(page, 'pause:term-0');
    await screenshot(page, 'understanding-pause-glossary-360');
  });

  for (const viewport of [PHONE, LAPTOP]) {
    test(`without WebGL, its title and every button can be scrolled to and clicked however long the vocabulary (${viewport.width}×${viewport.height})`, async () => {
      const page = await openSavedPlay(session, BRUSSELS, stepsTo(BRUSSELS, 'kask-call'), {
        viewport,
        reducedMotion: 'reduce',
        canvas: false,
      });
      await waitSettled(page);
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Paused' });
      for (const part of [dialog.getByRole('heading', { name: 'Paused' }), ...(await dialog.getByRole('button').all())]) {
        await part.scrollIntoViewIfNeeded();
        const box = (await part.boundingBox())!;
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        expect(y >= 0 && y <= viewport.height, `${await part.innerText()} at y ${y}`).toBe(true);
        expect(await part.evaluate((element, [px, py]) => element.contains(document.elementFromPoint(px!, py!)), [x, y])).toBe(true);
      }
      await screenshot(page, `understanding-pause-dom-${viewport.width}`);
      const resume = (await dialog.getByRole('button', { name: 'Resume' }).boundingBox())!;
      await page.mouse.click(resume.x + resume.width / 2, resume.y + resume.height / 2);
      await dialog.waitFor({ state: 'detached' });
    });
  }
});

describe('the ending', () => {
  for (const viewport of [PHONE, LAPTOP]) {
    test(`shows the path of decisions, whole-play meter changes and the article (${viewport.width}×${viewport.height})`, async () => {
      const { page, end, steps } = await ending(viewport);
      const decisions = steps.filter((step) => step.kind === 'choose');
      expect(end.path.length).toBe(decisions.length);
      const path = page.locator('.ct-path li');
      expect(await path.count()).toBe(decisions.length);
      for (const meter of end.meters) expect(meter.change).toBe(meter.value - (scenario.meters[meter.id]?.initial ?? 0));
      // The screen reader's summary is the whole play's, not the last step's.
      const log = await page.locator('#story-log').innerText();
      expect(log).toContain('Over the whole play:');
      const moved = end.meters.find((meter) => meter.change !== 0);
      if (moved)
        expect(log).toContain(
          `${moved.label} ${moved.value} of ${moved.max}, ${moved.change > 0 ? 'up' : 'down'} ${Math.abs(moved.change)}`,
        );
      await screenshot(page, `understanding-ending-meters-${viewport.width}`);
      await scrollToText(page, 'path-0:choice');
      await screenshot(page, `understanding-ending-path-${viewport.width}`);
      await scrollToText(page, 'ending:article:find');
      expect(await page.locator('.ct-article').innerText()).toContain(article.title);
    });
  }

  test('prints as a clean page: the ending in black on white, no canvas, no transcript, no buttons', async () => {
    const { page } = await ending(LAPTOP);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('canvas').isVisible()).toBe(false);
    expect(await page.locator('#story-log').isVisible()).toBe(false);
    expect(await page.locator('[data-target="play-again"]').isVisible()).toBe(false);
    const section = page.locator('.ct-ending');
    const box = await section.boundingBox();
    expect(box && box.x >= 0 && box.width > 200).toBe(true);
    for (const part of ['.ct-path', '.ct-article']) expect(await page.locator(part).isVisible(), part).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(page, 'understanding-ending-print-a4');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
