/**
 * Input that does what the player meant, and only that, in real Chromium with the canvas running:
 * a click on a DOM panel (the Settings dialog) never reaches the canvas under it; the first click of
 * a line still typing completes it and a double click never goes on past it unread; a press on a
 * focused choice of the DOM layer chooses it, while Enter with no button focused only finishes the
 * typing. And the canvas draws only what changes: no frame while the player reads or moves the
 * pointer over nothing, one for a step, and while a line types, a frame only when more of it shows.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../src/settings/settings-store';
import { findTarget, inspect, LAPTOP, nextStep, PHONE, screenshot, useBrowser, view, waitSettled } from './harness';
import { resumeScenario, type PlayView } from './play-driver';
import { openSavedPlay, pagePoint, savedPlayStorage, stepsTo, type SavedPlayOptions } from './saved-play';

const session = useBrowser({ reusePages: true });

/** The game continued from a save at the decision of `node` (the first play that reaches it). */
async function openAt(scenarioId: string, node: string, options: SavedPlayOptions = {}): Promise<Page> {
  const page = await openSavedPlay(session, scenarioId, stepsTo(scenarioId, node), options);
  expect(((await view(page)) as PlayView).screen.node).toBe(node);
  return page;
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

describe('the canvas draws only while something changes', () => {
  /**
   * Runs before the page's scripts: counts the animation frames the page runs (requestAnimationFrame
   * callbacks) and the frames the canvas draws (tasks with WebGL draw calls: Phaser draws a frame in one go).
   */
  function countFrames(): void {
    const counts = { animationFrames: 0, drawnFrames: 0 };
    (window as unknown as { frameCounts: typeof counts }).frameCounts = counts;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      request((time) => {
        counts.animationFrames += 1;
        callback(time);
      });
    let drawing = false;
    for (const gl of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const calls = gl as unknown as Record<string, (this: unknown, ...args: unknown[]) => void>;
      for (const name of ['drawElements', 'drawArrays']) {
        const draw = calls[name];
        if (!draw) continue;
        calls[name] = function (this: unknown, ...args: unknown[]) {
          if (!drawing) {
            drawing = true;
            counts.drawnFrames += 1;
            queueMicrotask(() => (drawing = false));
          }
          draw.apply(this, args);
        };
      }
    }
  }
  const frameCounts = (page: Page): Promise<{ animationFrames: number; drawnFrames: number }> =>
    page.evaluate(() => ({ ...(window as unknown as { frameCounts: { animationFrames: number; drawnFrames: number } }).frameCounts }));
  const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  test('no frame while a line waits to be read; a click on Continue draws the next screen in at most 2 frames (phone, reduced motion)', async () => {
    const storage = savedPlayStorage('fact-quiz-week', stepsTo('fact-quiz-week', 'how-it-works'));
    await session.withGame({ viewport: PHONE, reducedMotion: 'reduce', storage, initScript: countFrames }, async ({ page }) => {
      await resumeScenario(page, 'fact-quiz-week', 'canvas');
      await waitSettled(page);
      // The pointer comes to rest on Continue first: its hover is drawn before the count starts (on a
      // loaded machine the move, the press and the release were drawn in three frames).
      const point = await pagePoint(page, 'continue');
      await page.mouse.move(point.x, point.y);
      await pause(300);
      const reading = await frameCounts(page);
      await pause(1_000);
      expect(await frameCounts(page), 'frames in a second of reading, the pointer on Continue').toEqual(reading);
      // Settled (what the step waits for) is published only once the frame that shows the new screen is drawn.
      const next = await nextStep(page, 'a click on Continue', async () => {
        await page.mouse.down();
        await page.mouse.up();
      });
      expect((next as PlayView).screen.node).not.toBe('how-it-works');
      await pause(1_000);
      const after = await frameCounts(page);
      expect(after.drawnFrames - reading.drawnFrames, 'frames drawn for the step (the counter sees them)').toBeGreaterThanOrEqual(1);
      expect(
        after.drawnFrames - reading.drawnFrames,
        'frames drawn for one press and release and the screen it brings, and a second after',
      ).toBeLessThanOrEqual(2);
    });
  });

  test('a pointer moving over the still screen draws nothing until it goes over a button, whose hover is then drawn (phone, reduced motion)', async () => {
    const storage = savedPlayStorage('fact-quiz-week', stepsTo('fact-quiz-week', 'how-it-works'));
    await session.withGame({ viewport: PHONE, reducedMotion: 'reduce', storage, initScript: countFrames }, async ({ page }) => {
      await resumeScenario(page, 'fact-quiz-week', 'canvas');
      await waitSettled(page);
      // Down the canvas's left margin, where nothing reacts to a pointer.
      const margin = await inspect(page, (ct) => {
        const box = document.querySelector('canvas')!.getBoundingClientRect();
        const scale = box.width / ct.gameSize().width;
        const x = 3;
        const over = ct.targets().filter((t) => t.x <= x && x <= t.x + t.width);
        return {
          x: box.left + x * scale,
          top: box.top + box.height * 0.2,
          bottom: box.top + box.height * 0.8,
          over: over.map((t) => t.id),
        };
      });
      expect(margin.over, 'targets across the margin').toEqual([]);
      await page.mouse.move(margin.x, margin.top);
      await pause(300);
      const still = await frameCounts(page);
      await page.mouse.move(margin.x, margin.bottom, { steps: 20 });
      await pause(300);
      expect((await frameCounts(page)).drawnFrames, 'frames drawn for 20 moves over nothing').toBe(still.drawnFrames);
      const point = await pagePoint(page, 'continue');
      await page.mouse.move(point.x, point.y);
      await pause(300);
      expect((await frameCounts(page)).drawnFrames, 'frames drawn for a move onto Continue').toBeGreaterThan(still.drawnFrames);
    });
  });

  test('a typing line draws a frame only when more of it shows, 30 a second at most, not one per animation frame (laptop, motion on)', async () => {
    const storage = savedPlayStorage('fact-quiz-week', stepsTo('fact-quiz-week', 'how-it-works'));
    await session.withGame({ viewport: LAPTOP, storage, initScript: countFrames }, async ({ page }) => {
      const countedAt = (): Promise<{ drawnFrames: number; at: number }> =>
        page.evaluate(() => ({
          drawnFrames: (window as unknown as { frameCounts: { drawnFrames: number } }).frameCounts.drawnFrames,
          at: performance.now(),
        }));
      // Enter on the card's Resume, then counted from the moment the line's screen is up and typing.
      await page.locator('[data-target="resume:fact-quiz-week"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.crisisTable?.scene() === 'play' && !window.crisisTable.settled(), undefined, { polling: 10 });
      const typing = await countedAt();
      await waitSettled(page);
      const typed = await countedAt();
      const seconds = (typed.at - typing.at) / 1000;
      // 97 characters at the normal 45 a second: over two seconds of typing.
      expect(seconds, 'seconds the line took to type').toBeGreaterThan(1);
      expect(typed.drawnFrames - typing.drawnFrames, `frames drawn in ${seconds.toFixed(2)} s of typing`).toBeLessThanOrEqual(
        Math.ceil(seconds * 30) + 2,
      );
    });
  });
});
