/**
 * What the player sees, at a phone's 360x640 and a laptop's 1280x720: every canvas screen of a whole
 * play (briefing, lines, choices, quizzes, feedback, ending) keeps each text inside its box and each
 * box inside the game; the menu, which the page draws, keeps its cards' lines inside them and the
 * page no wider than the screen; the game is laid out for the real size, not a shrunk canvas; and a
 * screenshot of each kind of screen is really drawn (many distinct colours, not a blank canvas).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isStory, loadScenarioFiles } from '../scenarios/scenario-files';
import { findEndingPlays } from './ending-plays';
import type { Rect } from '../../src/app/inspector';
import { clickTarget, inspect, LAPTOP, PHONE, screenshot, useBrowser, waitForView } from './harness';
import { decodePng, distinctColours } from './png';
import { playToEnding, screenKind } from './play-driver';

const session = useBrowser({ reusePages: true });

const story = loadScenarioFiles().find(({ scenario }) => isStory(scenario));
if (!story) throw new Error('no story scenario is shipped');
const { scenario } = story;
const play = findEndingPlays(scenario).at(-1);
if (!play) throw new Error(`${scenario.id} has no reachable ending`);

/** A drawn screen has antialiased text, emblems and shading: far more than a flat background's few colours. */
const MIN_COLOURS = 64;
/** Text metrics are fractional; half a pixel over is rounding, not overflow. */
const SLACK = 0.5;

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - SLACK &&
    inner.y >= outer.y - SLACK &&
    inner.x + inner.width <= outer.x + outer.width + SLACK &&
    inner.y + inner.height <= outer.y + outer.height + SLACK
  );
}

const show = (r: Rect): string => `(${r.x.toFixed(1)}, ${r.y.toFixed(1)}, ${r.width.toFixed(1)}×${r.height.toFixed(1)})`;

/** Every text within its box, every box within the game; the game as big as its canvas on the page. */
async function expectTextsInBoxes(page: Page, where: string): Promise<void> {
  const { texts, size } = await inspect(page, (ct) => ({ texts: ct.texts(), size: ct.gameSize() }));
  const game: Rect = { x: 0, y: 0, ...size };
  const overflows = texts.flatMap((text) => [
    ...(inside(text, text.box) ? [] : [`${where}: text "${text.id}" ${show(text)} leaves its box ${show(text.box)}`]),
    ...(inside(text.box, game) ? [] : [`${where}: box of "${text.id}" ${show(text.box)} leaves the game ${show(game)}`]),
  ]);
  expect(texts.length, `${where}: texts() lists the drawn texts`).toBeGreaterThan(0);
  expect(overflows).toEqual([]);
}

/**
 * The menu is drawn by the page: nothing wider than the screen (no sideways scrolling), and every
 * line of a card inside the card.
 */
async function expectMenuFits(page: Page, where: string): Promise<void> {
  const { pageWidth, screenWidth, cards, overflows } = await page.evaluate((slack) => {
    const cards = [...document.querySelectorAll('.ct-menu .ct-card')];
    const overflows = cards.flatMap((card) => {
      const box = card.getBoundingClientRect();
      return [...card.querySelectorAll('*')]
        .filter((part) => {
          const r = part.getBoundingClientRect();
          return r.width > 0 && (r.left < box.left - slack || r.right > box.right + slack || r.bottom > box.bottom + slack);
        })
        .map((part) => `${card.getAttribute('aria-labelledby') ?? '?'}: ${part.tagName} "${(part.textContent ?? '').slice(0, 40)}"`);
    });
    return { pageWidth: document.documentElement.scrollWidth, screenWidth: innerWidth, cards: cards.length, overflows };
  }, SLACK);
  expect(cards, `${where}: cards on the page`).toBeGreaterThan(0);
  expect(pageWidth, `${where}: the page's width`).toBeLessThanOrEqual(screenWidth);
  expect(overflows, `${where}: parts leaving their card`).toEqual([]);
}

async function expectLaidOutForViewport(page: Page, viewport: { width: number; height: number }): Promise<void> {
  const size = await inspect(page, (ct) => ct.gameSize());
  const box = await page.locator('canvas').first().boundingBox();
  expect(size).toEqual(viewport);
  expect(box && { width: Math.round(box.width), height: Math.round(box.height) }).toEqual(viewport);
}

async function expectDrawn(page: Page, name: string): Promise<void> {
  const colours = distinctColours(decodePng(await screenshot(page, name)));
  expect(colours, `${name}.png has ${colours} distinct colours`).toBeGreaterThanOrEqual(MIN_COLOURS);
}

for (const viewport of [PHONE, LAPTOP]) {
  const size = `${viewport.width}x${viewport.height}`;
  describe(`at ${size}`, () => {
    test(`menu, briefing and every screen of a play of ${scenario.id} to ${play.ending}`, async () => {
      const { page } = await session.open({ viewport, reducedMotion: 'reduce' });
      await expectLaidOutForViewport(page, viewport);
      await expectMenuFits(page, 'menu');
      await expectDrawn(page, `${size}-menu`);

      await clickTarget(page, `card:${scenario.id}`);
      await waitForView(page, 'briefing');
      await expectTextsInBoxes(page, 'briefing');
      await expectDrawn(page, `${size}-briefing`);

      await clickTarget(page, 'start');
      const shot = new Set<string>();
      await playToEnding(page, play.steps, 'canvas', {
        onScreen: async (current) => {
          const kind = screenKind(current);
          const node = current.name === 'play' ? current.screen.node : current.result.ending;
          await expectTextsInBoxes(page, `${kind} at ${node}`);
          if (shot.has(kind)) return;
          shot.add(kind);
          await expectDrawn(page, `${size}-${kind.replace(/[:+]/g, '-')}`);
        },
      });
      expect([...shot]).toEqual(expect.arrayContaining(['play:choice', 'ending']));
    });
  });
}
