/**
 * The first screen is the menu, drawn by the page from the card manifest alone: the app (XState, the
 * controller, the DOM layer), Phaser, the scenario texts, the validator and the engine are requested
 * only once it is up. A card clicked before the app has arrived is kept and opened once it has, with
 * the loading view shown in the canvas's place until the canvas draws the briefing. A card opened
 * before its scenario has arrived shows the loading view and then its briefing; one whose download
 * fails returns to the menu with a notice.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadScenarioFiles } from '../scenarios/scenario-files';
import { clickTarget, gameUrl, LAPTOP, useBrowser, view, waitForCanvas, waitForView, watchProblems } from './harness';

const session = useBrowser();

/** The built chunks the menu must not wait for: one per scenario file, the validator, the engine and Phaser's (the canvas). */
const scenarioIds = loadScenarioFiles().map(({ scenario }) => scenario.id);
const LATER_CHUNK = new RegExp(`/assets/(${[...scenarioIds, 'validate-for-play', 'engine', 'create-game'].join('|')})-[\\w-]+\\.js$`);
const firstId = scenarioIds[0];
if (!firstId) throw new Error('no scenario is shipped');

/** Stamps, in the page, the moment a card button of the menu (drawn by the page) is first on screen. */
const MENU_READY_STAMP = `(() => {
  const timer = setInterval(() => {
    const ct = window.crisisTable;
    const card = document.querySelector('[data-target^="card:"]');
    if (ct && ct.settled() && document.documentElement.dataset.pageView === 'menu' && card && card.getBoundingClientRect().width > 0) {
      window.__menuReadyAt = performance.now();
      clearInterval(timer);
    }
  }, 4);
})();`;

interface Opened {
  page: Page;
  problems: string[];
}

/** A page on the game whose later chunks are handled by `route` (when given), and stamped at menu ready. */
async function openWith(route?: (route: Route) => Promise<void>): Promise<Opened> {
  const context = await session.browser().newContext({ viewport: LAPTOP, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  watchProblems(page, problems);
  await context.addInitScript(MENU_READY_STAMP);
  // Phaser's chunk always arrives: these tests are about the scenario files, the validator and the engine.
  if (route)
    await page.route(LATER_CHUNK, (request) => (request.request().url().includes('/create-game-') ? request.continue() : route(request)));
  await page.goto(gameUrl());
  await page.waitForFunction(() => (window as { __menuReadyAt?: number }).__menuReadyAt !== undefined, undefined, { timeout: 60_000 });
  return { page, problems };
}

/** Resource-timing entries of the later chunks: name and the time the request started. */
function laterRequests(page: Page): Promise<Array<{ name: string; startTime: number }>> {
  return page.evaluate<Array<{ name: string; startTime: number }>>(
    `performance.getEntriesByType('resource').filter((r) => ${LATER_CHUNK}.test(new URL(r.name).pathname)).map((r) => ({ name: r.name, startTime: r.startTime }))`,
  );
}

describe('the first screen', () => {
  test('ships a strict Content-Security-Policy: an inline script is refused, and nothing the game loads on the way to a play is', async () => {
    const game = await session.open({ viewport: LAPTOP });
    const policy = await game.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    const ran = await game.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      return (window as { inlineScriptRan?: boolean }).inlineScriptRan === true;
    });
    expect(ran).toBe(false);
    expect(game.problems.splice(0)).toEqual([
      expect.stringMatching(/Executing inline script violates the following Content Security Policy/),
    ]);
    // The fonts, the inline navy style, Phaser's textures, the sounds (loaded at the first click) and the
    // engine: any of them refused is a console error, which the check after the test reports.
    await clickTarget(game.page, `card:${firstId}`);
    await clickTarget(game.page, 'start');
    expect((await waitForView(game.page, 'play')).scenarioId).toBe(firstId);
  });

  test('is drawn before any scenario text, the validator or the engine is requested; they follow, and a card then opens', async () => {
    const { page, problems } = await openWith();
    const readyAt = await page.evaluate(() => (window as { __menuReadyAt?: number }).__menuReadyAt ?? NaN);
    const beforeReady = (await laterRequests(page)).filter((r) => r.startTime <= readyAt);
    expect(beforeReady.map((r) => r.name)).toEqual([]);
    // Everything the menu leaves for later arrives once it is up: one chunk per scenario, the validator, the engine, Phaser.
    await page.waitForFunction(
      ({ pattern, count }) =>
        performance
          .getEntriesByType('resource')
          .filter((r) => new RegExp(pattern).test(new URL(r.name).pathname) && (r as PerformanceResourceTiming).responseEnd > 0).length >=
        count,
      { pattern: LATER_CHUNK.source, count: scenarioIds.length + 3 },
      { timeout: 30_000 },
    );
    await clickTarget(page, `card:${firstId}`);
    expect((await waitForView(page, 'briefing')).scenarioId).toBe(firstId);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a card opened while its scenario is still downloading shows the loading view, then the briefing', async () => {
    const { page, problems } = await openWith(async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.evaluate((id) => (document.querySelector(`[data-target="card:${id}"]`) as HTMLElement).click(), firstId);
    expect((await view(page)).name).toBe('loading');
    const briefing = await waitForView(page, 'briefing');
    expect(briefing.scenarioId).toBe(firstId);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a card clicked before the app has arrived opens its briefing, with the loading view on screen until the canvas draws it', async () => {
    const context = await session.browser().newContext({ viewport: LAPTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems: string[] = [];
    watchProblems(page, problems);
    /** A chunk held back until `release()`d. */
    const hold = async (pattern: RegExp): Promise<() => void> => {
      let release = (): void => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(pattern, async (route) => {
        await released;
        await route.continue();
      });
      return release;
    };
    const releaseApp = await hold(/\/assets\/start-app-[\w-]+\.js$/);
    const releaseCanvas = await hold(/\/assets\/create-game-[\w-]+\.js$/);
    await page.goto(gameUrl());
    // The menu's first card, on the first screen.
    const card = page.locator('[data-target^="card:"]').first();
    await card.waitFor({ state: 'visible' });
    const id = (await card.getAttribute('data-target'))?.slice('card:'.length);
    expect(await page.evaluate(() => window.crisisTable === undefined)).toBe(true);
    const box = await card.boundingBox();
    if (!box) throw new Error('the card button has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    /** What a sighted player sees at the middle of the screen: the loading view's words, or what else is there. */
    const atCentre = (): Promise<string> =>
      page.evaluate(() => {
        const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        const cover = hit?.closest('.ct-cover');
        return cover ? `cover: ${cover.textContent ?? ''}` : (hit?.tagName ?? 'nothing');
      });
    await expect.poll(atCentre).toMatch(/^cover: Crisis Table.*Loading scenarios… 0%$/);
    releaseApp();
    // The app has the click: the briefing is its view, while the canvas is still held back.
    await page.waitForFunction((opened) => {
      const shown = window.crisisTable?.view();
      return shown?.name === 'briefing' && shown.scenarioId === opened;
    }, id);
    expect(await atCentre()).toMatch(/^cover: .*Loading scenarios… 67%$/);
    releaseCanvas();
    await waitForCanvas(page);
    expect((await waitForView(page, 'briefing')).scenarioId).toBe(id);
    expect(await page.evaluate(() => document.querySelector('.ct-cover'))).toBeNull();
    expect(await atCentre()).toBe('CANVAS');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a scenario whose download fails returns to the menu with a notice, and can be opened once the network is back', async () => {
    let failing = true;
    let failedInBackground = false;
    const { page, problems } = await openWith(async (route) => {
      if (!failing) return route.continue();
      if (route.request().url().includes(`/assets/${firstId}-`)) failedInBackground = true;
      await route.abort('internetdisconnected');
    });
    // The background preload fails first, so the card's download has failed in this page before it is opened:
    // Chromium keeps such an import failed for the page's life, and opening the card reloads the page at its link.
    await expect.poll(() => failedInBackground, { timeout: 20_000 }).toBe(true);
    const card = page.locator(`[data-target="card:${firstId}"]`);
    let reloaded = page.waitForEvent('load');
    await card.click();
    await reloaded;
    expect(new URL(page.url()).hash).toBe(`#play=${firstId}`);
    const menu = await waitForView(page, 'menu');
    expect(menu.notice).toMatch(/” could not be loaded\. Check the connection, then open it again\.$/);
    failing = false;
    reloaded = page.waitForEvent('load');
    await card.click();
    await reloaded;
    expect((await waitForView(page, 'briefing')).scenarioId).toBe(firstId);
    // The reloads cut the requests in flight; nothing else went wrong.
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED') && !p.includes('ERR_ABORTED'))).toEqual([]);
    await page.context().close();
  });
});
