/**
 * The browser-test harness: one Chromium for the run, a fresh context per test, problems (console
 * errors, page errors, failed requests) collected per page, and helpers that drive the game through
 * its test inspector `window.crisisTable` exactly as a player would: canvas clicks and key presses.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { AppView } from '../../src/app/view';
import type { CrisisTableInspector, TargetInfo } from '../../src/app/inspector';
import { connectChromium } from './chromium';
import { aimOnPage, signatureOnPage, whenReady, type Aim, type Awaited, type Ready } from './in-page';
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
  /**
   * openGame on this run's build; the page is checked for problems and closed after the test. Not for
   * concurrent tests (the first to finish would close the others' pages): they use withGame.
   */
  open(options?: OpenOptions): Promise<GamePage>;
  /**
   * openGame on this run's build for the length of `use`, then checked for problems and closed: each
   * call owns its page, so concurrent tests can share the browser.
   */
  withGame<R>(options: OpenOptions, use: (game: GamePage) => Promise<R>): Promise<R>;
}

export interface SessionOptions {
  /**
   * Keep each page open after a test that passed and give it to a later test of the file that asks
   * for the same viewport, motion and canvas, which loads the game in it afresh with its own storage
   * (see reloadGame). A new page costs a new renderer process, over half a second of CPU on a 2-core
   * machine; a reload about a third of that. For files whose tests need nothing of a fresh page but a
   * fresh load and fresh storage: none routes requests, listens on the page, emulates media or
   * resizes the page (those outlive a load).
   */
  reusePages?: boolean;
  /**
   * With reusePages: a kept page that its test left on an ending goes back to the menu by the
   * ending's Menu button (a click on the canvas; by keyboard without it), with its storage replaced,
   * instead of loading the game afresh, which costs a few times more. For files whose tests read
   * nothing the game keeps in memory from one play to the next (settings, progress) and open no path.
   */
  backToMenu?: boolean;
}

/**
 * The run's one Chromium (launched by global-setup.ts), connected to before the file's tests and
 * disconnected after them; a fresh context for every page a test opens, unless the file reuses pages.
 */
export function useBrowser(sessionOptions: SessionOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  /** Pages opened by `open` for the test running now, closed (or kept) after it. */
  const opened: Array<{ kind: string | null; game: GamePage }> = [];
  /** Pages kept for reuse, under the options they were opened with (reusePages). */
  const idle: Array<{ kind: string; game: GamePage }> = [];
  /** What a page must have been opened with to be reused for `options`; null: never reused. */
  const kindOf = (options: OpenOptions): string | null =>
    sessionOptions.reusePages === true && options.initScript === undefined && !(options.path ?? '').includes('#')
      ? JSON.stringify([options.viewport ?? LAPTOP, options.reducedMotion ?? 'no-preference', options.canvas ?? true])
      : null;
  const take = async (options: OpenOptions): Promise<{ kind: string | null; game: GamePage }> => {
    const kind = kindOf(options);
    const kept = kind === null ? -1 : idle.findIndex((entry) => entry.kind === kind);
    const reused = kept < 0 ? undefined : idle.splice(kept, 1)[0];
    const game = !reused
      ? await openGame(session.browser(), gameUrl(), options)
      : sessionOptions.backToMenu === true && !options.path && (await view(reused.game.page)).name === 'ending'
        ? await backToMenu(reused.game, options)
        : await reloadGame(reused.game, gameUrl(), options);
    return { kind, game };
  };
  // A page whose test failed may be in any state: it is closed, never handed on.
  const putBack = (kind: string | null, game: GamePage, passed: boolean): Promise<void> => {
    if (!passed || kind === null) return game.context.close();
    idle.push({ kind, game });
    return Promise.resolve();
  };
  beforeAll(async () => {
    browser = await connectChromium(inject('browserEndpoint'));
  }, 60_000);
  afterEach(async ({ task }) => {
    const games = opened.splice(0);
    let passed = task.result?.state !== 'fail';
    try {
      for (const { game } of games) expectNoProblems(game);
    } catch (error) {
      passed = false;
      throw error;
    } finally {
      await Promise.all(games.map(({ kind, game }) => putBack(kind, game, passed)));
    }
  });
  afterAll(async () => {
    await Promise.all(idle.splice(0).map(({ game }) => game.context.close()));
    await browser?.close();
  });
  const session: BrowserSession = {
    browser() {
      if (!browser) throw new Error('useBrowser(): the browser is not launched yet (use it inside a test)');
      return browser;
    },
    async open(options = {}) {
      const taken = await take(options);
      opened.push(taken);
      return taken.game;
    },
    async withGame(options, use) {
      const { kind, game } = await take(options);
      let passed = false;
      try {
        const result = await use(game);
        expectNoProblems(game);
        passed = true;
        return result;
      } finally {
        await putBack(kind, game, passed);
      }
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
  /** Wait for the menu, drawn on the running canvas and settled (default true). */
  waitForMenu?: boolean;
  /**
   * false: the page gets no WebGL, as on a device without it, so the game runs in its DOM layer
   * alone, the way a screen-reader user meets it (default true).
   */
  canvas?: boolean;
  /** localStorage entries written before the page's first script runs (a save, settings). */
  storage?: Record<string, string>;
  /** Runs in the page before any of its scripts, on every load (e.g. to watch for CSP violations). */
  initScript?: () => void;
}

/** Runs before the page's scripts: every WebGL context request fails, as without a GPU driver. */
const NO_WEBGL = `(() => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return /webgl/i.test(String(type)) ? null : getContext.call(this, type, ...rest);
  };
})();`;

/**
 * Runs before the page's scripts on every load (sent as source, so self-contained). A context's first
 * page is seeded once with `initial`, so a reload keeps what the game itself stored since; a page that
 * reloadGame hands to another test has its storage cleared and seeded with that test's entries.
 */
function seedStorage(initial: Record<string, string>): void {
  let entries: Record<string, string> | null;
  try {
    const handedOn = sessionStorage.getItem('ct-test-next-storage');
    entries =
      handedOn !== null ? (JSON.parse(handedOn) as Record<string, string>) : sessionStorage.getItem('ct-test-seeded') ? null : initial;
  } catch {
    return; // a document with no storage of its own (a new window's about:blank) has nothing to seed
  }
  if (!entries) return;
  localStorage.clear();
  sessionStorage.clear();
  sessionStorage.setItem('ct-test-seeded', '1');
  for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
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
  if (!(options.canvas ?? true)) await context.addInitScript(NO_WEBGL);
  await context.addInitScript(seedStorage, options.storage ?? {});
  if (options.initScript) await context.addInitScript(options.initScript);
  await loadGame(game, url, options);
  return game;
}

/**
 * Loads the game afresh in a page an earlier test has used (same viewport, motion and canvas), with
 * the storage of `options` in place of whatever the page stored before, and problems counted anew.
 */
async function reloadGame(game: GamePage, url: string, options: OpenOptions): Promise<GamePage> {
  const { page } = game;
  await page.evaluate((entries) => sessionStorage.setItem('ct-test-next-storage', entries), JSON.stringify(options.storage ?? {}));
  // Where a fresh page has it: a pointer left over a meter would hover it in the new load.
  await page.mouse.move(0, 0);
  await page.goto(new URL(options.path ?? '', url).href, { waitUntil: 'commit' });
  // The requests of the page left behind end as aborted when it goes: not this test's problems.
  game.problems.length = 0;
  await page.waitForLoadState('load');
  await firstScreen(page, options);
  return game;
}

/** From the ending a page shows, back to the menu with the storage of `options` (see SessionOptions.backToMenu). */
async function backToMenu(game: GamePage, options: OpenOptions): Promise<GamePage> {
  const { page } = game;
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, options.storage ?? {});
  if (options.canvas ?? true) await clickTarget(page, 'menu');
  else await activateByKeyboard(page, 'menu');
  await firstScreen(page, options);
  return game;
}

async function loadGame({ page }: GamePage, url: string, options: OpenOptions): Promise<void> {
  await page.goto(new URL(options.path ?? '', url).href);
  await firstScreen(page, options);
}

async function firstScreen(page: Page, options: OpenOptions): Promise<void> {
  if (options.waitForMenu ?? true) {
    await waitForView(page, 'menu');
    if (options.canvas ?? true) await waitForCanvas(page);
  }
}

/** Records console errors, uncaught exceptions and failed or erroring requests of a page. */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) =>
    problems.push(`page error: ${error.message} ${error.stack?.split('\n').slice(1, 3).join(' ').trim() ?? ''}`),
  );
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
  return page.evaluate<R>(
    `(() => { const ct = window.crisisTable; if (!ct) throw new Error('window.crisisTable is not installed'); return (${fn.toString()})(ct, ${JSON.stringify(arg ?? null)}); })()`,
  );
}

export function view(page: Page): Promise<AppView> {
  return inspect(page, (ct) => ct.view());
}

async function describeState(page: Page): Promise<string> {
  try {
    return await inspect(page, (ct) => {
      const v = ct.view();
      const screen = v.name === 'play' ? ` ${v.screen.kind} ${v.screen.node}${v.pendingOutcome ? ' (outcome pending)' : ''}` : '';
      return `view ${v.name}${screen}, scene ${ct.scene()}, settled ${ct.settled()}, paused ${ct.paused()}, targets [${ct
        .targets()
        .map((t) => t.id)
        .join(', ')}]`;
    });
  } catch (error) {
    return `inspector unavailable (${String(error)})`;
  }
}

/**
 * Waits, in one round trip, until the game is ready with what is awaited (see whenReady), and returns
 * what it found; on timeout the error says what was awaited and what the game showed instead.
 */
async function waitInPage(page: Page, what: string, awaited: Awaited, timeoutMs = STEP_TIMEOUT_MS): Promise<Ready> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let found: Ready | null;
    try {
      found = await page.evaluate<Ready | null>(
        `(${whenReady.toString()})(${JSON.stringify(awaited)}, ${Math.max(0, deadline - Date.now())}, ${aimOnPage.toString()}, ${signatureOnPage.toString()})`,
      );
    } catch (error) {
      // A load in the page (a reload, an edited link) ends the evaluation: wait on in the new document.
      if (!/context was destroyed|navigat/i.test(String(error)) || Date.now() >= deadline) throw error;
      continue;
    }
    if (found) return found;
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${await describeState(page)}`);
  }
}

/** Waits until the current screen is drawn by the view's own scene and accepts input; returns what it found. */
export function waitSettled(page: Page, timeoutMs = STEP_TIMEOUT_MS): Promise<Ready> {
  return waitInPage(page, "settled() in the view's scene", {}, timeoutMs);
}

/** Waits until the app shows the named view and it is settled; returns that view. */
export async function waitForView<N extends AppView['name']>(
  page: Page,
  name: N,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<Extract<AppView, { name: N }>> {
  const { view: shown } = await waitInPage(page, `view "${name}" settled`, { view: name }, timeoutMs);
  return shown as Extract<AppView, { name: N }>;
}

/** Waits until the Phaser canvas runs: it has a size, and the screen it draws has settled. */
export async function waitForCanvas(page: Page, timeoutMs = STEP_TIMEOUT_MS): Promise<void> {
  await waitInPage(page, 'the canvas to run', { canvas: true }, timeoutMs);
}

/**
 * Runs an input action on a game as `ready` found it and waits for the step it causes: the view (or
 * pause state or scene) changes and the new screen settles. Returns the new view.
 */
export async function stepFrom(page: Page, ready: Pick<Ready, 'signature'>, what: string, action: () => Promise<void>): Promise<AppView> {
  await action();
  return (await waitInPage(page, `the step after ${what}`, { leftSignature: ready.signature })).view;
}

/**
 * Runs an input action and waits for the step it causes; returns the new view. For tests that drive
 * input of their own, whether or not the screen has settled before it.
 */
export async function nextStep(page: Page, what: string, action: () => Promise<void>): Promise<AppView> {
  return stepFrom(page, { signature: await inspect(page, signatureOnPage) }, what, action);
}

/** The ids of the menu's cards, in the menu's order (the menu is drawn by the page; its buttons carry them). */
export function menuCards(page: Page): Promise<string[]> {
  return page.locator('[data-target^="card:"]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-target') ?? ''));
}

export async function findTarget(page: Page, id: string): Promise<TargetInfo | undefined> {
  return inspect(page, (ct, wanted) => ct.targets().find((t) => t.id === wanted), id);
}

function aimAt(page: Page, id: string): Promise<Aim> {
  return inspect(page, aimOnPage, id);
}

/**
 * Clicks a button by its inspector id at its centre, on the canvas or on a view the page draws
 * itself, then waits for the step it causes and returns the new view. Game coordinates map to the
 * page through the canvas's box and the game size. Fails if the button is missing or disabled, if the
 * point is covered by something else (a click there would not reach the button), or if the click
 * changes nothing: a player clicks once.
 */
export async function clickTarget(page: Page, id: string): Promise<AppView> {
  let ready = await waitInPage(page, `settled() in the view's scene, to click "${id}"`, { aimAt: id });
  if (ready.aim && 'error' in ready.aim && ready.aim.scroll) {
    await scrollToTarget(page, id, ready.aim.distance);
    ready = await waitInPage(page, `settled() in the view's scene, to click "${id}"`, { aimAt: id });
  }
  const aim = ready.aim;
  if (!aim || 'error' in aim) throw new Error(`${aim?.error ?? 'no aim'}; ${await describeState(page)}`);
  return stepFrom(page, ready, `clicking "${id}"`, () => page.mouse.click(aim.x, aim.y));
}

// Enough wheel turns for the longest page: the phone's menu of seven tall cards is about six screens.
const WHEEL_TRIES = 40;

/**
 * Resolves once the page's scroll position has held for two frames: a wheel turn scrolls after
 * page.mouse.wheel returns, and a long one scrolls over several frames. On the canvas, whose content
 * scrolls inside the game, that is two frames, after which what the wheel changed is published.
 */
function scrollHeld(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = Number.NaN;
        let still = 0;
        const frame = (): void => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 2) resolve(null);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** Whether the view on screen is one the page draws itself (the menu, the assignment's home), which scrolls as a web page. */
function drawnByPage(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.dataset.pageView !== undefined);
}

/**
 * Turns the mouse wheel by `dy` over the middle of the canvas (or of the page, on a view the page
 * draws itself) and waits until the scrolled page is drawn and settled.
 */
export async function scrollBy(page: Page, dy: number): Promise<void> {
  const viewport = page.viewportSize();
  const canvas = (await drawnByPage(page)) ? null : await page.locator('canvas').first().boundingBox();
  const area = canvas ?? (viewport ? { x: 0, y: 0, ...viewport } : null);
  if (!area) throw new Error('no canvas to scroll');
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  await page.mouse.wheel(0, dy);
  await scrollHeld(page);
  await waitSettled(page);
}

/**
 * A content button scrolled out of view is not a target until it is scrolled back: turn the mouse
 * wheel, as a player would, down first and then up, until the target is listed (on the canvas) or
 * uncovered inside the window (on a view the page draws itself). Each turn is followed by the scroll
 * coming to rest and the settled signal, so a loaded machine that is slow to draw does not look like
 * the end of the page. Where the page knows the button's place (`distance`), one turn of that length
 * goes straight there, as a player who sees the card below flings the page to it.
 */
async function scrollToTarget(page: Page, id: string, distance?: number): Promise<void> {
  const layout = () => inspect(page, (ct) => JSON.stringify([window.scrollY, ct.targets(), ct.texts().map((t) => [t.id, t.y])]));
  const reachable = async (): Promise<boolean> => {
    const aim = await aimAt(page, id);
    return !('error' in aim) || !aim.scroll;
  };
  if (distance !== undefined) {
    await scrollBy(page, distance);
    if (await reachable()) return;
  }
  for (const direction of [1, -1]) {
    for (let tries = 0; tries < WHEEL_TRIES; tries++) {
      await waitSettled(page);
      if (await reachable()) return;
      const height = page.viewportSize()?.height ?? 0;
      const before = await layout();
      await scrollBy(page, (direction * height) / 3);
      // A wheel at the end of the content changes nothing: then turn the other way.
      if ((await layout()) === before) break;
    }
  }
}

/**
 * Presses one key (playwright key name) and lets the page handle it for a frame; no step is awaited.
 * Returns the `data-target` of the DOM-layer element focused then, if any.
 */
export async function pressKey(page: Page, key: string): Promise<string | null> {
  await page.keyboard.press(key);
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) =>
        requestAnimationFrame(() => {
          const element =
            document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-target]') : null;
          resolve(element?.dataset.target ?? null);
        }),
      ),
  );
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
 * group of choices or options, for a roving focus), as a keyboard user would. `from`: where focus is
 * now, if the caller knows. Returns whether it pressed any key.
 */
export async function focusByKeyboard(page: Page, id: string, from?: string | null): Promise<boolean> {
  const group = (target: string | null): string | null => target?.split(':')[0] ?? null;
  let focused = from === undefined ? await focusedTarget(page) : from;
  let arrowsStuck = false;
  for (let moves = 0; moves < MAX_FOCUS_MOVES; moves++) {
    if (focused === id) return moves > 0;
    if (!arrowsStuck && focused !== null && focused.includes(':') && group(focused) === group(id)) {
      const before = focused;
      focused = await pressKey(page, 'ArrowDown');
      arrowsStuck = focused === before;
    } else {
      focused = await pressKey(page, 'Tab');
      arrowsStuck = false;
    }
  }
  throw new Error(`Tab and arrow keys never reached [data-target="${id}"]; focus is on ${focused}`);
}

/** Activates a DOM-layer button by keyboard alone (focus it, press Enter), waits for the step and returns the new view. */
export async function activateByKeyboard(page: Page, id: string): Promise<AppView> {
  const ready = await waitSettled(page);
  // A key that moved focus may have changed the view too (a meter's tip): then the step starts from there.
  const moved = await focusByKeyboard(page, id, ready.focused);
  const before = moved ? { signature: await inspect(page, signatureOnPage) } : ready;
  return stepFrom(page, before, `Enter on [data-target="${id}"]`, () => page.keyboard.press('Enter'));
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
