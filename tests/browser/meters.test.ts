/**
 * The meters on the canvas, in real Chromium: at a phone's 360×640 and a laptop's 1280×720, at every
 * text size the settings offer, every shipped scenario's meter labels are on one line with the value
 * beside them, inside the game, and overlap neither their value nor another meter.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { TextInfo } from '../../src/app/inspector';
import { TEXT_SIZES } from '../../src/settings/settings';
import { SETTINGS_KEY } from '../../src/settings/settings-store';
import { loadScenarioFiles } from '../scenarios/scenario-files';
import { clickTarget, inspect, LAPTOP, PHONE, screenshot, useBrowser, waitForCanvas, waitForView } from './harness';

const session = useBrowser();
const scenarios = loadScenarioFiles().map(({ scenario }) => scenario);

const show = (t: TextInfo): string => `"${t.text}" (${t.x}, ${t.y}, ${t.width}×${t.height})`;

function overlap(a: TextInfo, b: TextInfo): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Opens a scenario's first screen by its `#play=` link and Start, as a player would. */
async function startScenario(page: Page, id: string): Promise<void> {
  // The page opened on the first scenario's link: setting the same fragment again would change nothing.
  await page.evaluate((hash) => {
    if (location.hash !== hash) location.hash = hash;
  }, `#play=${id}`);
  await waitForView(page, 'briefing');
  await clickTarget(page, 'start');
  await waitForView(page, 'play');
}

/** What is wrong with the meter labels on screen: each a sentence, none when all is well. */
async function meterProblems(page: Page, meterIds: string[]): Promise<string[]> {
  const { texts, size } = await inspect(page, (ct) => ({ texts: ct.texts(), size: ct.gameSize() }));
  const problems: string[] = [];
  const drawn: TextInfo[] = [];
  for (const id of meterIds) {
    const label = texts.find((t) => t.id === `meter:${id}:label`);
    const value = texts.find((t) => t.id === `meter:${id}:value`);
    if (!label || !value) {
      problems.push(`meter ${id}: ${label ? 'value' : 'label'} not on screen`);
      continue;
    }
    // One line: a label no taller than its value's single line, on the same line as it, left of it.
    if (label.height > value.height + 1) problems.push(`${show(label)} is taller than one line (${show(value)})`);
    if (Math.abs(label.y - value.y) > 1) problems.push(`${show(label)} is not beside its value ${show(value)}`);
    if (label.x + label.width > value.x) problems.push(`${show(label)} runs into its value ${show(value)}`);
    // On screen: texts are clipped to the screen as published, so one that reaches its edge went past it.
    for (const text of [label, value])
      if (text.x < 1 || text.x + text.width > size.width - 1) problems.push(`${show(text)} reaches the edge of the ${size.width} px game`);
    drawn.push(label, value);
  }
  for (const [i, a] of drawn.entries())
    for (const b of drawn.slice(i + 1)) if (overlap(a, b)) problems.push(`${show(a)} overlaps ${show(b)}`);
  return problems;
}

describe('meter labels', () => {
  for (const viewport of [PHONE, LAPTOP]) {
    for (const textSize of TEXT_SIZES) {
      const where = `${viewport.width}×${viewport.height}, ${textSize} text`;
      test(`every shipped scenario's meter labels are one line beside their values, on screen (${where})`, async () => {
        const { page } = await session.open({
          viewport,
          reducedMotion: 'reduce',
          path: `#play=${scenarios[0]?.id ?? ''}`,
          waitForMenu: false,
          storage: { [SETTINGS_KEY]: JSON.stringify({ textSize }) },
        });
        await waitForCanvas(page);
        const problems: string[] = [];
        for (const scenario of scenarios) {
          await startScenario(page, scenario.id);
          const found = await meterProblems(page, Object.keys(scenario.meters));
          problems.push(...found.map((problem) => `${scenario.id}: ${problem}`));
          if (scenario.id === 'geneva-moscow-russian-delegation')
            await screenshot(page, `meters-${viewport.width}x${viewport.height}-${textSize}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
