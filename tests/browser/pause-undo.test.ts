/**
 * The pause menu's Undo when it cannot act, in real Chromium: greyed on the canvas and aria-disabled in
 * the DOM layer, with a line saying why ("A quiz answer once given stays given." after an answer,
 * "Nothing to undo yet." before any decision), and a press on it, by mouse or by keyboard, changes nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  clickTarget,
  findTarget,
  focusByKeyboard,
  focusedTarget,
  inspect,
  LAPTOP,
  PHONE,
  screenshot,
  useBrowser,
  view,
  waitSettled,
} from './harness';
import { openSavedPlay, pagePoint, scenarioById, stepsTo } from './saved-play';
import type { PlayView } from './play-driver';

const session = useBrowser({ reusePages: true });
const BRUSSELS = 'brussels-nato-council';
const QUIZ = 'quiz-budge';
const ANSWER_GIVEN = 'A quiz answer once given stays given.';
const NOTHING_YET = 'Nothing to undo yet.';

function shownText(page: Page, id: string): Promise<string | undefined> {
  return inspect(page, (ct, wanted) => ct.texts().find((t) => t.id === wanted)?.text, id);
}

/** What the DOM layer's Undo says to a screen reader: disabled or not, and its description. */
function domUndo(page: Page): Promise<{ disabled: string | null; description: string }> {
  return page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('[data-target="pause:undo"]');
    const described = (button?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return {
      disabled: button?.getAttribute('aria-disabled') ?? null,
      description: described.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    };
  });
}

/** The view and pause state, to show that a press changed nothing. */
async function state(page: Page): Promise<string> {
  return JSON.stringify([await view(page), await inspect(page, (ct) => ct.paused())]);
}

/** Undo is greyed on the canvas and says `why` there and in the DOM layer. */
async function expectUndoClosed(page: Page, why: string): Promise<void> {
  expect((await findTarget(page, 'pause:undo'))?.enabled, 'Undo on the canvas is disabled').toBe(false);
  expect(await shownText(page, 'pause:undo:note')).toBe(why);
  expect(await domUndo(page)).toEqual({ disabled: 'true', description: why });
}

describe('the pause menu’s Undo when it cannot act', () => {
  for (const viewport of [PHONE, LAPTOP]) {
    test(`after a quiz answer: greyed, says a given answer stays given, and neither a click nor Enter undoes it (${viewport.width}×${viewport.height})`, async () => {
      const scenario = scenarioById(BRUSSELS);
      const quiz = scenario.nodes[QUIZ];
      if (quiz?.type !== 'quiz') throw new Error(`${QUIZ} is not a quiz`);
      const wrong = quiz.options.findIndex((_, i) => i !== quiz.answer);
      const page = await openSavedPlay(session, BRUSSELS, stepsTo(BRUSSELS, QUIZ), { viewport, reducedMotion: 'reduce' });
      await waitSettled(page);
      // Before the answer, a decision lies behind: Undo is open.
      await clickTarget(page, 'pause');
      expect((await findTarget(page, 'pause:undo'))?.enabled).toBe(true);
      expect(await domUndo(page)).toEqual({ disabled: null, description: '' });
      await clickTarget(page, 'pause:resume');

      await clickTarget(page, `option:${wrong}`);
      const answered = (await view(page)) as PlayView;
      expect(answered.pendingOutcome?.quiz?.correct).toBe(false);
      await clickTarget(page, 'pause');
      await expectUndoClosed(page, ANSWER_GIVEN);
      await screenshot(page, `pause-undo-answer-given-${viewport.width}`);

      // A mouse click on it: the reason lights up, nothing is undone.
      const before = await state(page);
      const at = await pagePoint(page, 'pause:undo');
      await page.mouse.click(at.x, at.y);
      await waitSettled(page);
      expect(await state(page)).toBe(before);

      // By keyboard: focus reaches it (the canvas rings it), Enter undoes nothing either.
      await focusByKeyboard(page, 'pause:undo');
      expect(await focusedTarget(page)).toBe('pause:undo');
      expect(await inspect(page, (ct) => ct.focusRing())).toBe('pause:undo');
      await page.keyboard.press('Enter');
      await page.keyboard.press(' ');
      await waitSettled(page);
      expect(await state(page)).toBe(before);
      await screenshot(page, `pause-undo-answer-given-focus-${viewport.width}`);
    });
  }

  test('before any decision: greyed and says there is nothing to undo yet', async () => {
    const page = await openSavedPlay(session, BRUSSELS, [], { viewport: PHONE, reducedMotion: 'reduce' });
    await waitSettled(page);
    await clickTarget(page, 'pause');
    await expectUndoClosed(page, NOTHING_YET);
  });
});
