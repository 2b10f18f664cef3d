/**
 * The student's side of an assignment, end to end in real Chromium: a teacher makes the assignment on
 * teach.html through its form, the student opens the link, types a name, plays to an ending by
 * keyboard, copies the result code, and the teacher's results page shows that student, ending and
 * score; "My results" survives a reload; an edited link leaves free play open; undo switched off shows
 * no Undo; a name with markup stays text; axe on the assignment home and the code panel; the pause
 * menu's way out named by where it leads; offline once the link is open, a play still ends in a code
 * the teacher's page (offline too) verifies.
 */
import { copyFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ASSIGNMENT_LABELS } from '../../src/app/assignment-wording';
import type { AppView } from '../../src/app/view';
import { decodeAssignment } from '../../src/core/results';
import { endingResults, shippedScenarios } from '../teach/real-codes';
import { wcagViolations } from './axe';
import {
  activateByKeyboard,
  clickTarget,
  focusByKeyboard,
  gameUrl,
  inspect,
  LAPTOP,
  PHONE,
  pressKey,
  screenshot,
  useBrowser,
  waitForCanvas,
  waitSettled,
  waitForView,
  type GamePage,
} from './harness';
import { playToEnding, startScenario } from './play-driver';
import { openTeachPage, showPanel, useTeachPages } from './teach-page';

const session = useBrowser();
useTeachPages();
const scenarios = shippedScenarios();
const story = scenarios.find((s) => s.id === 'geneva-us-delegation')!;
const quiz = scenarios.find((s) => s.id === 'fact-quiz-week')!;
const [storyPlay] = endingResults(story);

/** A request for the sound: Howler's chunk or one of the audio files. */
const SOUND_FETCH = /\/(assets\/howler-[\w-]+\.js|audio\/[\w-]+\.(webm|mp3))\b/;

/**
 * Waits until the page has fetched what it fetches by itself once its first screen is up and it is idle:
 * every scenario's file, the validator and the engine (src/main.ts, preloadWhenShown). Vite names each
 * chunk after its module, so the page's resource timing tells when each has arrived.
 */
async function waitForPreload(page: Page): Promise<void> {
  const chunks = [...scenarios.map((s) => s.id), 'validate-for-play', 'engine'];
  await page.waitForFunction(
    (names) => {
      const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
      return names.every((name) => fetched.some((url) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(url)));
    },
    chunks,
    { timeout: 30_000 },
  );
}

/** The teacher's form, filled in as a teacher does; returns the assignment link. */
async function makeAssignment(page: Page, options: { undo?: boolean } = {}): Promise<string> {
  await page.getByRole('checkbox', { name: story.title, exact: true }).click();
  await page.getByRole('checkbox', { name: quiz.title, exact: true }).click();
  await page.getByRole('textbox', { name: 'Class', exact: true }).fill('History 10B');
  await page.getByRole('textbox', { name: 'Note to students', exact: true }).fill('Both before Friday, please.');
  await page.getByLabel('Due date').fill('2026-12-11');
  if (options.undo === false) await page.getByRole('checkbox', { name: 'Allow undo' }).click();
  await page.getByRole('button', { name: 'Create link' }).click();
  return page.getByRole('textbox', { name: 'Assignment link' }).inputValue();
}

async function openLink(link: string, viewport: { width: number; height: number } = LAPTOP): Promise<GamePage> {
  const game = await session.open({ viewport, path: link.slice(link.indexOf('#')), waitForMenu: false, reducedMotion: 'reduce' });
  await game.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(gameUrl()).origin });
  // The canvas runs beneath (the assignment's pages are drawn by the page itself, over it).
  await game.page.waitForFunction(() => document.documentElement.dataset.canvas === 'on', undefined, { timeout: 20_000 });
  await waitSettled(game.page);
  return game;
}

/** Tab from the heading to the name field, type the name, Enter: all by keyboard. */
async function typeName(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 10; presses++) {
    if (await page.evaluate(() => document.activeElement?.id === 'ct-student-name')) break;
    await pressKey(page, 'Tab');
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.ct-playing-as') !== null);
}

type EndingView = Extract<AppView, { name: 'ending' }>;

/** From the assignment home, once a name is confirmed, into the story's first line, by keyboard alone. */
async function startStoryByKeyboard(page: Page): Promise<void> {
  await activateByKeyboard(page, `assign:open:${story.id}`);
  await waitForView(page, 'briefing');
  await activateByKeyboard(page, 'start');
  await waitForView(page, 'play');
}

/** From the assignment home to the ending of the story's first real play, by keyboard alone. */
async function playStoryByKeyboard(page: Page): Promise<EndingView> {
  await startStoryByKeyboard(page);
  return playToEnding(page, storyPlay!.steps, 'keyboard');
}

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, `student-${name}`);
  await copyFile(`test-results/student-${name}.png`, `/tmp/student-${name}.png`).catch(() => undefined);
}

/** The teacher pastes the text on the results page: its first row is the student's play of the story, verified. */
async function expectVerified(page: Page, pasted: string, student: string): Promise<void> {
  await showPanel(page, 'Results');
  await page.getByRole('textbox', { name: 'Result codes' }).fill(pasted);
  await page.getByRole('button', { name: 'Add results' }).click();
  const row = page.locator('.tt-class-table tbody tr').first();
  await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain(student);
  const cells = await row.locator('td, th').allTextContents();
  expect(cells.slice(0, 6)).toEqual([student, story.title, '1', storyPlay!.endingTitle, expect.any(String), String(storyPlay!.score)]);
  expect(cells[8]).toBe('Verified');
}

describe("the student's side of an assignment", () => {
  test('teacher makes it, student plays it by keyboard and copies the code, teacher sees the right student, ending and score; My results survives a reload', async () => {
    const teach = await openTeachPage(session.browser());
    const link = await makeAssignment(teach.page);
    const decoded = decodeAssignment(link);
    if (!decoded.ok) throw new Error(decoded.message);

    const { page } = await openLink(link);
    const home = await waitForView(page, 'assignment');
    expect(home.banner).toMatchObject({ className: 'History 10B', note: 'Both before Friday, please.', due: 'Due 11 Dec 2026' });
    const shown = (await page.locator('.ct-assignment').innerText()).replace(/\s+/g, ' ');
    for (const words of [
      'History 10B',
      'Both before Friday, please.',
      'Due 11 Dec 2026',
      'Nothing is sent anywhere',
      story.title,
      quiz.title,
    ])
      expect(shown).toContain(words);
    expect(await page.locator('.ct-assignment').isVisible()).toBe(true);
    // Nothing opens before the student has confirmed a name.
    expect(await page.locator(`[data-target="assign:open:${story.id}"]`).getAttribute('aria-disabled')).toBe('true');
    expect(await wcagViolations(page, 'assignment home')).toEqual([]);
    await shoot(page, 'home-1280');

    await typeName(page, 'Ana Lopez');
    const ending = await playStoryByKeyboard(page);
    expect(ending.handIn).toMatchObject({ student: 'Ana Lopez', className: 'History 10B' });
    const code = ending.handIn!.code;
    expect(await page.locator('.ct-hand-in textarea').first().inputValue()).toBe(code);
    await focusByKeyboard(page, 'code:copy');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ct-hand-in [role=status]').textContent()).toMatch(/^Copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(code);
    expect(await wcagViolations(page, 'ending with the code')).toEqual([]);
    await shoot(page, 'ending-1280');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.ct-hand-in').innerText();
    for (const words of ['Ana Lopez', 'History 10B', code]) expect(printed).toContain(words);
    await page.emulateMedia({ media: 'screen' });

    const download = page.waitForEvent('download');
    await focusByKeyboard(page, 'code:download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`crisis-table-${story.id}-attempt-1.txt`);

    await page.reload();
    const again = await waitForView(page, 'assignment');
    expect(again.student.name).toBeNull();
    expect(await page.locator('#ct-student-name').inputValue()).toBe('Ana Lopez');
    expect(
      await page.locator('.ct-my-results textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value)),
    ).toEqual([code]);
    expect(again.scenarios[0]).toMatchObject({ state: 'done' });

    await expectVerified(teach.page, `Here is mine: ${copied}`, 'Ana Lopez');
  });

  test('at 360×640: the home and the code panel fit and pass axe; a name with markup is shown as text', async () => {
    const teach = await openTeachPage(session.browser());
    const link = await makeAssignment(teach.page);
    const { page } = await openLink(link, PHONE);
    await waitForView(page, 'assignment');
    await shoot(page, 'home-360');
    const markup = '<img src=x onerror="document.title=1">Mallory';
    await typeName(page, markup);
    expect(await page.locator('.ct-playing-as').textContent()).toBe(`Playing as ${markup}`);
    expect(await wcagViolations(page, 'assignment home (phone)')).toEqual([]);
    const ending = await playStoryByKeyboard(page);
    expect(ending.handIn?.student).toBe(markup);
    expect(await page.locator('.ct-layer img').count()).toBe(0);
    expect(await page.locator('.ct-hand-in dd').first().textContent()).toBe(markup);
    expect(await page.title()).not.toBe('1');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(await wcagViolations(page, 'ending with the code (phone)')).toEqual([]);
    await shoot(page, 'ending-360');
    // The ending's way out is named by where it leads (the page draws this ending; the canvas is empty under it), and leads there.
    expect(ending.leaveLabel).toBe(ASSIGNMENT_LABELS.backToAssignment);
    const leave = page.locator('.ct-layer [data-target="menu"]');
    expect(await leave.textContent()).toBe(ending.leaveLabel);
    await leave.click();
    expect((await waitForView(page, 'assignment')).scenarios[0]).toMatchObject({ id: story.id, state: 'done' });
  });

  test('an edited link: the student sees what is wrong and free play still works', async () => {
    const teach = await openTeachPage(session.browser());
    const link = await makeAssignment(teach.page);
    const at = link.length - 40;
    const edited = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    const { page } = await openLink(edited);
    await waitForCanvas(page);
    const menu = await waitForView(page, 'menu');
    expect(menu.notice).toMatch(/^The assignment link .*You can still play freely: pick a scenario below\.$/);
    const notice = page.locator('.ct-layer-notices .ct-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toBe(menu.notice);
    await startScenario(page, quiz.id, 'keyboard');
  });

  test('undo switched off by the teacher: no Undo in the pause menu, on the canvas or in the page', async () => {
    const teach = await openTeachPage(session.browser());
    const link = await makeAssignment(teach.page, { undo: false });
    const { page } = await openLink(link);
    await waitForView(page, 'assignment');
    await typeName(page, 'Ana Lopez');
    await startStoryByKeyboard(page);
    const decisions = storyPlay!.steps.filter((step) => step.kind !== 'continue');
    await import('./play-driver').then(({ advance }) => advance(page, decisions.slice(0, 1), 'keyboard'));
    await pressKey(page, 'Escape');
    await page.waitForFunction(() => window.crisisTable?.scene() === 'pause' && window.crisisTable.settled());
    const targets = await inspect(page, (ct) => ct.targets().map((t) => t.id));
    expect(targets).toContain('pause:resume');
    expect(targets).not.toContain('pause:undo');
    expect(await page.locator('[data-target="pause:undo"]').count()).toBe(0);
    expect(await page.locator('#ct-pause-rule').textContent()).toMatch(/Undo is switched off/);
  });

  test('the pause menu names its way out by where it leads, on the canvas and in the page, and a click there leads to the assignment', async () => {
    const teach = await openTeachPage(session.browser());
    const { page } = await openLink(await makeAssignment(teach.page));
    await waitForView(page, 'assignment');
    await typeName(page, 'Ana Lopez');
    await startStoryByKeyboard(page);
    await clickTarget(page, 'pause');
    const paused = await waitForView(page, 'play');
    expect(paused).toMatchObject({ paused: true, leaveLabel: ASSIGNMENT_LABELS.pauseBackToAssignment });
    // The words drawn on the canvas's button, and the DOM layer's twin of it.
    expect(await inspect(page, (ct) => ct.texts().find((t) => t.id === 'pause:menu:label')?.text)).toBe(paused.leaveLabel);
    expect(await page.locator('.ct-pause [data-target="pause:menu"]').textContent()).toBe(paused.leaveLabel);
    await clickTarget(page, 'pause:menu');
    expect((await waitForView(page, 'assignment')).scenarios[0]).toMatchObject({ id: story.id, state: 'in-progress' });
  });

  test('offline once the link is open and the game has fetched its files: a play to an ending by mouse gives a code, which the teacher’s page, also offline, verifies', async () => {
    const teach = await openTeachPage(session.browser());
    const link = await makeAssignment(teach.page);
    const game = await openLink(link);
    await waitForView(game.page, 'assignment');
    await waitForPreload(game.page);
    // A request either page makes from here fails, and fails the test (every page's problems are checked after it).
    await game.context.setOffline(true);
    await teach.context.setOffline(true);
    await typeName(game.page, 'Ana Lopez');
    await activateByKeyboard(game.page, `assign:open:${story.id}`);
    await waitForView(game.page, 'briefing');
    await clickTarget(game.page, 'start');
    const ending = await playToEnding(game.page, storyPlay!.steps, 'canvas');
    expect(ending.handIn?.student).toBe('Ana Lopez');
    await expectVerified(teach.page, ending.handIn!.code, 'Ana Lopez');
    // Sound alone is fetched at the first key or click (Howler, then its files): offline it is silence, as
    // src/audio/sound-board.ts intends, and the browser's log of that failed fetch is the only problem allowed.
    const others = game.problems.filter((problem) => !SOUND_FETCH.test(problem));
    expect(others).toEqual([]);
    game.problems.splice(0, game.problems.length, ...others);
  });
});
