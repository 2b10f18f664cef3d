/**
 * Long canvas pages with the keyboard, and what a press says, in real Chromium: the briefing and the
 * ending scroll with PageUp/PageDown, Space, Home/End and the arrows; every keyboard stop shows its
 * focus ring on the canvas; the first quiz option has no ring for a mouse player; a locked choice
 * answers a click; "Start afresh" asks before throwing the save away.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { compileScenario, Play } from '../../src/core/engine';
import { findEndingPlays } from './ending-plays';
import { clickTarget, inspect, LAPTOP, PHONE, pressKey, screenshot, useBrowser, view, waitForView, waitSettled } from './harness';
import { advance, type PlayView } from './play-driver';
import { openSavedPlay, pagePoint, scenarioById, stepsTo } from './saved-play';

const session = useBrowser({ reusePages: true });
const BRUSSELS = 'brussels-nato-council';

/** Ids of the texts drawn on screen now (scrolled out of view is not drawn). */
function shownTexts(page: Page): Promise<string[]> {
  return inspect(page, (ct) => ct.texts().map((t) => t.id));
}

/** Opens the Brussels card from the menu by keyboard (wherever the menu has it). */
async function openCard(page: Page): Promise<void> {
  await waitForView(page, 'menu');
  await page.locator(`[data-target="card:${BRUSSELS}"]`).focus();
  await page.keyboard.press('Enter');
}

async function briefingOnPhone(): Promise<Page> {
  const { page } = await session.open({ viewport: PHONE, reducedMotion: 'reduce' });
  await openCard(page);
  await waitForView(page, 'briefing');
  return page;
}

describe('keyboard scrolling of long canvas pages', () => {
  test('the briefing scrolls to its end and back with End, Home, PageDown, Space and the arrows (phone)', async () => {
    const page = await briefingOnPhone();
    expect(await shownTexts(page)).toContain('briefing:role');
    expect(await shownTexts(page)).not.toContain('briefing:source-note');

    await pressKey(page, 'End');
    expect(await shownTexts(page)).toContain('briefing:source-note');
    await screenshot(page, 'pages-briefing-end-360');
    await pressKey(page, 'Home');
    expect(await shownTexts(page)).toContain('briefing:role');

    for (const key of ['PageDown', 'Space', 'ArrowDown']) {
      const before = JSON.stringify(await inspect(page, (ct) => ct.texts().map((t) => [t.id, t.y])));
      await pressKey(page, key);
      expect(JSON.stringify(await inspect(page, (ct) => ct.texts().map((t) => [t.id, t.y]))), `${key} scrolls`).not.toBe(before);
    }
    for (let i = 0; i < 30 && !(await shownTexts(page)).includes('briefing:source-note'); i++) await pressKey(page, 'PageDown');
    expect(await shownTexts(page)).toContain('briefing:source-note');
    await pressKey(page, 'ArrowUp');
    expect((await view(page)).name).toBe('briefing');
  });

  test("the ending's debrief, history and discussion are reached with PageDown alone (phone)", async () => {
    const scenario = scenarioById(BRUSSELS);
    const play = findEndingPlays(scenario)[0];
    if (!play) throw new Error('no ending');
    const lastDecision = play.steps.map((step) => step.kind !== 'continue').lastIndexOf(true);
    const page = await openSavedPlay(session, BRUSSELS, play.steps.slice(0, lastDecision), { viewport: PHONE, reducedMotion: 'reduce' });
    await waitSettled(page);
    await advance(page, play.steps.slice(lastDecision), 'keyboard');
    await waitForView(page, 'ending');
    const seen = new Set(await shownTexts(page));
    for (let i = 0; i < 60; i++) {
      await pressKey(page, 'PageDown');
      for (const id of await shownTexts(page)) seen.add(id);
    }
    await screenshot(page, 'pages-ending-end-360');
    const all = [...seen];
    for (const part of ['debrief', 'history', 'discussion'])
      expect(
        all.some((id) => id.includes(part)),
        part,
      ).toBe(true);
  });
});

describe('focus rings', () => {
  test('every keyboard stop of the briefing is a canvas button whose ring is drawn; of the menu, a page button with its ring, in view', async () => {
    const page = await briefingOnPhone();
    for (const [name, stops] of [
      ['briefing', 4],
      ['menu', 8],
    ] as const) {
      if (name === 'menu') {
        await clickTarget(page, 'menu');
        await waitForView(page, 'menu');
      }
      for (let i = 0; i < stops; i++) {
        await pressKey(page, 'Tab');
        await waitSettled(page);
        const stop = await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          const box = active?.getBoundingClientRect();
          return {
            target: active?.dataset.target ?? null,
            inPage: !!active?.closest('#controls'),
            tag: active?.tagName ?? '',
            ring: !!active?.matches(':focus-visible') && getComputedStyle(active).outlineStyle === 'solid',
            inView: !!box && box.top >= 0 && box.bottom <= innerHeight,
          };
        });
        // The page's own controls (sound, settings) are real buttons on screen with a CSS focus ring.
        if (stop.inPage || stop.tag === 'BODY') continue;
        expect(stop.target, `${name}: Tab stop ${i + 1} (${stop.tag}) is a game button`).not.toBeNull();
        if (name === 'briefing') {
          expect(await inspect(page, (ct) => ct.focusRing()), `${name}: ring of ${stop.target}`).toBe(stop.target);
        } else {
          expect(stop, `${name}: ${stop.target} shows its ring, in view`).toMatchObject({ ring: true, inView: true });
        }
      }
    }
  });

  test('the first quiz option shows no ring to a mouse player, and the ring follows the keyboard', async () => {
    const page = await openSavedPlay(session, 'fact-quiz-week', stepsTo('fact-quiz-week', 'q-peskov'), { reducedMotion: 'reduce' });
    await waitSettled(page);
    expect(((await view(page)) as PlayView).screen.kind).toBe('quiz');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-target'))).toBe('option:0');
    expect(await inspect(page, (ct) => ct.focusRing())).toBeNull();
    await screenshot(page, 'pages-quiz-mouse-1280');
    await pressKey(page, 'ArrowDown');
    expect(await inspect(page, (ct) => ct.focusRing())).toBe('option:1');
  });
});

describe('what a press says', () => {
  /** A play of brussels in which the promise to Kask locks the risk-reduction choice at troops-choice. */
  function stepsToLockedChoice() {
    const play = Play.start(compileScenario(scenarioById(BRUSSELS)));
    for (let i = 0; i < 300 && play.screen.node !== 'troops-choice'; i++) {
      const screen = play.screen;
      if (screen.kind === 'line') play.continue();
      else if (screen.kind === 'quiz') play.answer(0);
      else if (screen.kind === 'choice')
        play.choose(screen.node === 'kask-call' ? 'promise-no-limits' : (screen.choices.find((c) => c.available)?.id ?? ''));
      else break;
    }
    const steps = [...play.steps];
    play.stop();
    return steps;
  }

  test('a click on a locked choice shakes it and chooses nothing', async () => {
    const page = await openSavedPlay(session, BRUSSELS, stepsToLockedChoice(), { viewport: LAPTOP, settings: { textSpeed: 'instant' } });
    await waitSettled(page);
    const locked = 'choice:propose-risk-reduction';
    expect(await inspect(page, (ct, id) => ct.targets().find((t) => t.id === id)?.enabled, locked)).toBe(false);
    const at = await pagePoint(page, locked);
    await page.mouse.click(at.x, at.y);
    // The shake is an animation: the screen is briefly not settled, then settles where it was.
    await page.waitForFunction(() => window.crisisTable?.settled() === false, undefined, { polling: 5, timeout: 2_000 });
    await waitSettled(page);
    const after = (await view(page)) as PlayView;
    expect(after.screen.node).toBe('troops-choice');
    expect(after.pendingOutcome).toBeUndefined();
    await screenshot(page, 'pages-locked-choice-1280');
  });

  for (const viewport of [PHONE, LAPTOP]) {
    test(`"Start afresh" beside "Continue" asks first; keeping the save keeps it (${viewport.width}×${viewport.height})`, async () => {
      const page = await openSavedPlay(session, BRUSSELS, stepsTo(BRUSSELS, 'kask-call'), { viewport, reducedMotion: 'reduce' });
      await waitSettled(page);
      await clickTarget(page, 'pause');
      await clickTarget(page, 'pause:menu');
      await openCard(page);
      expect((await waitForView(page, 'briefing')).hasSave).toBe(true);

      const question = page.getByRole('dialog', { name: 'Start afresh?' });
      const start = await pagePoint(page, 'start');
      await page.mouse.click(start.x, start.y);
      await question.waitFor({ state: 'visible' });
      await screenshot(page, `pages-start-afresh-${viewport.width}`);
      await question.getByRole('button', { name: 'Keep my saved game' }).click();
      await question.waitFor({ state: 'hidden' });
      expect((await view(page)).name).toBe('briefing');
      await clickTarget(page, 'resume');
      expect((await waitForView(page, 'play')).screen.node).toBe('kask-call');

      await clickTarget(page, 'pause');
      await clickTarget(page, 'pause:menu');
      await openCard(page);
      await waitForView(page, 'briefing');
      await page.mouse.click(start.x, start.y);
      await question.getByRole('button', { name: 'Start afresh' }).click();
      expect((await waitForView(page, 'play')).screen.node).toBe(scenarioById(BRUSSELS).start);
    });
  }
});
