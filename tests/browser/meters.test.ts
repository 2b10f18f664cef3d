/**
 * The meters on the canvas, in real Chromium: at a phone's 360×640 and a laptop's 1280×720, at every
 * text size the settings offer, every shipped scenario's meter labels are on one line with the value
 * beside them, inside the game, and overlap neither their value nor another meter. During play each
 * meter's tip (what it measures, which way is better) shows on hovering it, focusing it by keyboard
 * (Tab goes through the meters on to the choices, each with its focus ring) and tapping it; the tap
 * and the press that closes the tip act on nothing else; Esc closes it; the DOM layer's meter has the
 * same words as its description.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { TextInfo } from '../../src/app/inspector';
import { TEXT_SIZES } from '../../src/settings/settings';
import { SETTINGS_KEY } from '../../src/settings/settings-store';
import { loadScenarioFiles } from '../scenarios/scenario-files';
import {
  clickTarget,
  findTarget,
  focusedTarget,
  inspect,
  LAPTOP,
  nextStep,
  PHONE,
  pressKey,
  screenshot,
  scrollBy,
  useBrowser,
  view,
  waitForCanvas,
  waitForView,
  waitSettled,
} from './harness';
import type { PlayView } from './play-driver';
import { openSavedPlay, pagePoint, scenarioById, stepsTo } from './saved-play';

const session = useBrowser({ reusePages: true });
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

const BRUSSELS = 'brussels-nato-council';
const brussels = scenarioById(BRUSSELS);
const meterIds = Object.keys(brussels.meters);

/** The tip the canvas draws now: the meter's label and its words, or null when none shows. */
function canvasTip(page: Page): Promise<{ label: string; text: string } | null> {
  return inspect(page, (ct) => {
    const texts = ct.texts();
    const label = texts.find((t) => t.id === 'meter-tip:label');
    const text = texts.find((t) => t.id === 'meter-tip:text');
    return label && text ? { label: label.text, text: text.text } : null;
  });
}

/** The description the DOM layer gives the meter (its aria-describedby), as a screen reader reads it. */
function domDescription(page: Page, meterId: string): Promise<string | null> {
  return page.evaluate((id) => {
    const meter = document.querySelector(`[data-target="meter:${id}"]`);
    const described = meter?.getAttribute('aria-describedby');
    return described ? (document.getElementById(described)?.textContent ?? null) : null;
  }, meterId);
}

/** What the screen shows, to tell that a press changed nothing in the play. */
async function screenOf(page: Page): Promise<string> {
  const shown = (await view(page)) as PlayView;
  return `${shown.screen.node}|${shown.pendingOutcome ? 'outcome' : 'screen'}|${String(await inspect(page, (ct) => ct.paused()))}`;
}

/** Turns the wheel (up: dy < 0) until the target is on screen: on a phone the meters and the choices may not fit together. */
async function scrollToTarget(page: Page, id: string, dy: number): Promise<void> {
  for (let tries = 0; tries < 10 && !(await findTarget(page, id)); tries++) await scrollBy(page, dy);
  expect(await findTarget(page, id), `${id} on screen`).toBeDefined();
}

async function openAtChoice(viewport: { width: number; height: number }, textSize = 'normal'): Promise<Page> {
  const page = await openSavedPlay(session, BRUSSELS, stepsTo(BRUSSELS, 'kask-call'), {
    viewport,
    reducedMotion: 'reduce',
    settings: { textSize },
  });
  await waitSettled(page);
  return page;
}

describe('meter tips during play', () => {
  test('hovering a meter with the mouse shows its tip, in the same words as the DOM layer gives it; moving away closes it (1280×720)', async () => {
    const page = await openAtChoice(LAPTOP);
    const shown = (await view(page)) as PlayView;
    for (const meter of shown.meters) {
      const point = await pagePoint(page, `meter:${meter.id}`);
      await page.mouse.move(point.x, point.y);
      await waitSettled(page);
      expect(await canvasTip(page)).toEqual({ label: meter.label, text: meter.words.about });
      expect(await domDescription(page, meter.id)).toBe(meter.words.about);
      expect(meter.words.about).toContain(brussels.meters[meter.id]?.description);
      if (meter.id === 'escalation') await screenshot(page, 'meters-tip-hover-1280x720-normal');
    }
    await page.mouse.move(5, 700);
    await waitSettled(page);
    expect(await canvasTip(page)).toBeNull();
  });

  test('Tab goes from Pause through every meter, each showing its ring and tip, on to the first choice; Esc closes a tip without pausing (1280×720)', async () => {
    const page = await openAtChoice(LAPTOP, 'larger');
    const shown = (await view(page)) as PlayView;
    if (shown.screen.kind !== 'choice') throw new Error('not at a choice');
    await page.locator('[data-target="pause"]').focus();
    const order: (string | null)[] = [];
    for (const id of meterIds) {
      await pressKey(page, 'Tab');
      await waitSettled(page);
      order.push(await focusedTarget(page));
      expect(await inspect(page, (ct) => ct.focusRing())).toBe(`meter:${id}`);
      expect(await canvasTip(page)).toEqual({ label: brussels.meters[id]?.label, text: await domDescription(page, id) });
      if (id === 'escalation') await screenshot(page, 'meters-tip-focus-1280x720-larger');
    }
    await pressKey(page, 'Escape');
    await waitSettled(page);
    expect(await canvasTip(page), 'Esc closes the tip').toBeNull();
    expect(await inspect(page, (ct) => ct.paused()), 'and does not pause').toBe(false);
    await pressKey(page, 'Tab');
    order.push(await focusedTarget(page));
    expect(order).toEqual([...meterIds.map((id) => `meter:${id}`), `choice:${shown.screen.choices[0]?.id ?? ''}`]);
    await waitSettled(page);
    expect(await canvasTip(page)).toBeNull();
  });

  /** Taps the centre of a canvas target (or of a canvas text), as a finger would, and lets the frame after it draw. */
  async function tap(page: Page, point: { x: number; y: number }): Promise<void> {
    await page.mouse.click(point.x, point.y);
    await waitSettled(page);
  }

  /** A phone player at a choice, with no keyboard focus (a touch player moves none). */
  async function phoneAtChoice(textSize: string): Promise<{ page: Page; before: string; choice: string }> {
    const page = await openAtChoice(PHONE, textSize);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const shown = (await view(page)) as PlayView;
    const choice = `choice:${shown.screen.kind === 'choice' ? (shown.screen.choices[0]?.id ?? '') : ''}`;
    return { page, before: await screenOf(page), choice };
  }

  async function openTipByTap(page: Page, before: string, textSize: string): Promise<void> {
    await scrollToTarget(page, 'meter:escalation', -200);
    await tap(page, await pagePoint(page, 'meter:escalation'));
    // The pointer stays where it tapped, as a lifted finger would not; the tip stays open either way.
    expect(await canvasTip(page)).toEqual({ label: 'Escalation risk', text: await domDescription(page, 'escalation') });
    expect(await screenOf(page), 'the tap on the meter chose nothing').toBe(before);
    await screenshot(page, `meters-tip-tap-360x640-${textSize}`);
  }

  test('a tap on a meter shows its tip and the play does not advance; a tap on a choice while the tip shows only closes it (360×640, normal text)', async () => {
    const { page, before, choice } = await phoneAtChoice('normal');
    await openTipByTap(page, before, 'normal');
    const point = await pagePoint(page, choice);
    await tap(page, point);
    expect(await canvasTip(page)).toBeNull();
    expect(await screenOf(page), 'the tap that closed the tip chose nothing').toBe(before);
    await nextStep(page, `a second tap on ${choice}`, () => page.mouse.click(point.x, point.y));
    expect(await screenOf(page)).not.toBe(before);
  });

  test('a tap on the tip closes it; a tip scrolled away is closed, so the next tap on a choice chooses (360×640, larger text)', async () => {
    const { page, before, choice } = await phoneAtChoice('larger');
    await openTipByTap(page, before, 'larger');
    const tipText = await inspect(page, (ct) => ct.texts().find((t) => t.id === 'meter-tip:text'));
    const canvas = await page.locator('canvas').boundingBox();
    if (!tipText || !canvas) throw new Error('no tip text or canvas');
    await tap(page, { x: canvas.x + tipText.x + tipText.width / 2, y: canvas.y + tipText.y + tipText.height / 2 });
    expect(await canvasTip(page)).toBeNull();
    expect(await screenOf(page)).toBe(before);
    await openTipByTap(page, before, 'larger');
    await scrollToTarget(page, choice, 200);
    expect(await canvasTip(page), 'scrolling closed the tip').toBeNull();
    await nextStep(page, `a tap on ${choice}`, () => pagePoint(page, choice).then((p) => page.mouse.click(p.x, p.y)));
    expect(await screenOf(page)).not.toBe(before);
  });
});
