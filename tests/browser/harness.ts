/**
 * The browser-test harness: one Chromium per test file, a fresh context per test, problems (console
 * errors, page errors, failed requests) collected per page, and helpers that drive the game through
 * its test inspector `window.crisisTable` exactly as a player would: canvas clicks and key presses.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { AppView } from '../../src/app/view';
import type { CrisisTableInspector, TargetInfo } from '../../src/app/inspector';
import { launchChromium } from './chromium';
import { repoRoot } from './preview-server';

export { launchChromium } from './chromium';

export const PHONE = { width: 360, height: 640 } as const;
export const LAPTOP = { width: 1280, height: 720 } as const;

export const resultsDir = path.join(repoRoot, 'test-results');

const STEP_TIMEOUT_MS = 20_000;

/** The URL of the built game served for this run (see global-setup.ts). */
export function gameUrl(): string {
  return inject('gameUrl');
}

export interface GamePage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors and failed requests seen so far, in order. */
  problems: string[];
}

export interface BrowserSession {
  browser(): Browser;
  /** openGame on this run's build; the page is checked for problems and closed after the test. */
  open(options?: OpenOptions): Promise<GamePage>;
}

/**
 * One Chromium for the whole test file, launched before its tests and closed after them; a fresh
 * context for every page a test opens.
 */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  const opened: GamePage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterEach(async () => {
    const games = opened.splice(0);
    try {
      for (const game of games) expectNoProblems(game);
    } finally {
      await Promise.all(games.map((game) => game.context.close()));
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  const session: BrowserSession = {
    browser() {
      if (!browser) throw new Error('useBrowser(): the browser is not launched yet (use it inside a test)');
      return browser;
    },
    async open(options) {
      const game = await openGame(session.browser(), gameUrl(), options);
      opened.push(game);
      return game;
    },
  };
  return session;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** 'reduce' turns the typewriter and tweens off, which makes long plays fast. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Path relative to the game URL, e.g. '?x=1'. */
  path?: string;
  /** Wait for the menu to be drawn and settled (default true). */
  waitForMenu?: boolean;
}

/** A fresh context and page on the game at `url`, watched for problems from the first request. */
export async function openGame(browser: Browser, url: string, options: OpenOptions = {}): Promise<GamePage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? LAPTOP,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const game: GamePage = { context, page, problems: [] };
  watchProblems(page, game.problems);
  await page.goto(new URL(options.path ?? '', url).href);
  if (options.waitForMenu ?? true) await waitForView(page, 'menu');
  return game;
}

/** Records console errors, uncaught exceptions and failed or erroring requests of a page. */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

export function expectNoProblems(game: GamePage): void {
  expect(game.problems, 'console errors, page errors or failed requests').toEqual([]);
}

/**
 * Runs `fn(window.crisisTable, arg)` in the page. The function is sent as source text, so it must be
 * self-contained (no references to anything outside it but its two parameters).
 */
export function inspect<R, A = undefined>(page: Page, fn: (ct: CrisisTableInspector, arg: A) => R, arg?: A): Promise<R> {
  return page.evaluate(
    `(() => { const ct = window.crisisTable; if (!ct) throw new Error('window.crisisTable is not installed'); return (${fn.toString()})(ct, ${JSON.stringify(arg ?? null)}); })()`,
  ) as Promise<R>;
}

export function view(page: Page): Promise<AppView> {
  return inspect(page, (ct) => ct.view());
}

async function poll<T>(page: Page, what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      // The inspector may not be installed yet while the page loads.
      lastError = error;
    }
    if (Date.now() > deadline) {
      const state = await describeState(page);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${state}${lastError ? `; last error: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function describeState(page: Page): Promise<string> {
  try {
    return await inspect(page, (ct) => {
      const v = ct.view();
      const screen = v.name === 'play' ? ` ${v.screen.kind} ${v.screen.node}${v.pendingOutcome ? ' (outcome pending)' : ''}` : '';
      return `view ${v.name}${screen}, scene ${ct.scene()}, settled ${ct.settled()}, paused ${ct.paused()}, targets [${ct.targets().map((t) => t.id).join(', ')}]`;
    });
  } catch (error) {
    return `inspector unavailable (${String(error)})`;
  }
}

/** Waits until the current screen is drawn and accepts input. */
export async function waitSettled(page: Page, timeoutMs = STEP_TIMEOUT_MS): Promise<void> {
  await poll(page, 'settled()', async () => ((await inspect(page, (ct) => ct.settled())) ? true : undefined), timeoutMs);
}

/** Waits until the app shows the named view and it is settled; returns that view. */
export async function waitForView<N extends AppView['name']>(page: Page, name: N, timeoutMs = STEP_TIMEOUT_MS): Promise<Extract<AppView, { name: N }>> {
  return poll(
    page,
    `view "${name}" settled`,
    async () => {
      const state = await inspect(page, (ct) => ({ view: ct.view(), settled: ct.settled() }));
      return state.view.name === name && state.settled ? (state.view as Extract<AppView, { name: N }>) : undefined;
    },
    timeoutMs,
  );
}

/** What changes when the game takes a step: the view, the pause state or the active scene. */
function stepSignature(page: Page): Promise<string> {
  return inspect(page, (ct) => JSON.stringify([ct.view(), ct.paused(), ct.scene()]));
}

/**
 * Runs an input action and waits for the game step it causes: the view (or pause state or scene)
 * changes and the new screen settles. Export for tests that drive input of their own.
 */
export async function nextStep(page: Page, what: string, action: () => Promise<void>): Promise<void> {
  const before = await stepSignature(page);
  await action();
  await poll(
    page,
    `the step after ${what}`,
    async () => {
      const state = await inspect(page, (ct) => ({ signature: JSON.stringify([ct.view(), ct.paused(), ct.scene()]), settled: ct.settled() }));
      return state.signature !== before && state.settled ? true : undefined;
    },
    STEP_TIMEOUT_MS,
  );
}

export async function findTarget(page: Page, id: string): Promise<TargetInfo | undefined> {
  return inspect(page, (ct, wanted) => ct.targets().find((t) => t.id === wanted), id);
}

/** Where a point of the game (game coordinates) is on the page, through the canvas's box and the game size. */
export async function pageCoordinates(page: Page, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas').first().boundingBox();
  if (!box) throw new Error('the game canvas is not visible');
  const size = await inspect(page, (ct) => ct.gameSize());
  return { x: box.x + (point.x * box.width) / size.width, y: box.y + (point.y * box.height) / size.height };
}

/**
 * Clicks a Phaser button by its inspector id at its centre on the canvas, then waits for the step it
 * causes. Fails if the button is missing or disabled, or if the point is covered by something other
 * than the canvas (a click there would not be a canvas click).
 */
export async function clickTarget(page: Page, id: string): Promise<void> {
  await waitSettled(page);
  const target = await findTarget(page, id);
  if (!target) throw new Error(`no target "${id}"; ${await describeState(page)}`);
  if (!target.enabled) throw new Error(`target "${id}" is disabled`);
  const point = await pageCoordinates(page, { x: target.x + target.width / 2, y: target.y + target.height / 2 });
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName ?? 'nothing', point);
  if (hit !== 'CANVAS') throw new Error(`target "${id}" at page (${point.x}, ${point.y}) is covered by ${hit}, not the canvas`);
  await nextStep(page, `clicking "${id}"`, () => page.mouse.click(point.x, point.y));
}

/** Presses one key (playwright key name) and lets the page handle it; no step is awaited. */
export async function pressKey(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

/** The `data-target` of the focused DOM-layer element, if any. */
export function focusedTarget(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-target]') : null;
    return element?.dataset.target ?? null;
  });
}

const MAX_FOCUS_MOVES = 60;

/**
 * Moves keyboard focus to the DOM-layer button `[data-target=id]` with Tab (and arrow keys inside a
 * group of choices or options, for a roving focus), as a keyboard user would.
 */
export async function focusByKeyboard(page: Page, id: string): Promise<void> {
  const group = (target: string | null): string | null => target?.split(':')[0] ?? null;
  let arrowsStuck = false;
  for (let moves = 0; moves < MAX_FOCUS_MOVES; moves++) {
    const focused = await focusedTarget(page);
    if (focused === id) return;
    if (!arrowsStuck && focused !== null && focused.includes(':') && group(focused) === group(id)) {
      await pressKey(page, 'ArrowDown');
      arrowsStuck = (await focusedTarget(page)) === focused;
    } else {
      await pressKey(page, 'Tab');
      arrowsStuck = false;
    }
  }
  throw new Error(`Tab and arrow keys never reached [data-target="${id}"]; focus is on ${await focusedTarget(page)}`);
}

/** Activates a DOM-layer button by keyboard alone (focus it, press Enter) and waits for the step. */
export async function activateByKeyboard(page: Page, id: string): Promise<void> {
  await waitSettled(page);
  await focusByKeyboard(page, id);
  await nextStep(page, `Enter on [data-target="${id}"]`, () => page.keyboard.press('Enter'));
}

/** Saves a PNG of the page under test-results/ (gitignored) and returns its bytes. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  await mkdir(resultsDir, { recursive: true });
  const png = await page.screenshot();
  await writeFile(path.join(resultsDir, `${name}.png`), png);
  return png;
}

/** The text a screen reader gets from the DOM layer (everything but the canvas). */
export function domText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
