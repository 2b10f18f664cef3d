/**
 * The studio (studio.html) in real Chromium, driven as an author drives it: clicks at positions on
 * the page, typing with the keyboard, files chosen through the file chooser.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { generatedScenario } from '../../scripts/bench/generated-story';
import { scenarioTemplateText } from '../../src/core/authoring/template';
import { unpackText } from '../../src/core/codec';
import type { Scenario } from '../../src/core/model/schema';
import schema from '../../scenarios/scenario.schema.json';
import { findEndingPlays } from './ending-plays';
import { clickTarget, inspect, LAPTOP, PHONE, screenshot, useBrowser, waitForCanvas, waitForView, watchProblems } from './harness';
import { playToEnding } from './play-driver';

const session = useBrowser();
const template = scenarioTemplateText({ id: 'my-scenario' });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface StudioEvent {
  type: 'checked' | 'deep' | 'laid-out';
  seq: number;
  /** The problems listed just after the event was handled. */
  problems: string;
}

/**
 * Records every Content-Security-Policy violation the page reports, from the first script on, and
 * the order in which the studio's checks and map layouts came in.
 */
function watchPage(): void {
  const seen: string[] = [];
  const events: StudioEvent[] = [];
  Object.assign(window, { cspViolations: seen, studioEvents: events });
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  const record = (type: (detail: { deep?: boolean }) => StudioEvent['type']) => (event: Event) => {
    const detail = (event as CustomEvent<{ seq: number; deep?: boolean }>).detail;
    const problems = [...document.querySelectorAll('.st-problem')].map((p) => p.textContent).join('\n');
    events.push({ type: type(detail), seq: detail.seq, problems });
  };
  document.addEventListener(
    'studio:checked',
    record((d) => (d.deep ? 'deep' : 'checked')),
  );
  document.addEventListener(
    'studio:laid-out',
    record(() => 'laid-out'),
  );
}

function studioEvents(page: Page): Promise<StudioEvent[]> {
  return page.evaluate(() => (window as unknown as { studioEvents: StudioEvent[] }).studioEvents);
}

/** The studio in a fresh context, watched for problems and CSP violations from the first request. */
async function openStudio(options: { viewport?: { width: number; height: number }; path?: string } = {}): Promise<Page> {
  const { page } = await session.open({
    viewport: options.viewport ?? LAPTOP,
    path: options.path ?? 'studio.html',
    waitForMenu: false,
    reducedMotion: 'reduce',
    initScript: watchPage,
  });
  await checked(page);
  return page;
}

/** Waits until the diagnostics shown are those of the text in the editor now. */
async function checked(page: Page): Promise<void> {
  // Functions, not strings: the studio's CSP forbids the eval a string predicate needs.
  await page.waitForFunction(() => ['current', 'deep'].includes(document.body.dataset.checked ?? ''), undefined, {
    timeout: 20_000,
    polling: 20,
  });
}

function draftKept(page: Page): Promise<unknown> {
  return page.waitForFunction(() => document.body.dataset.draft === 'kept', undefined, { timeout: 10_000 });
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`no "${needle}" in the text`);
  return text.slice(0, at).split('\n').length;
}

/**
 * Clicks the editor's line that contains `needle`, first turning the mouse wheel over the editor
 * until CodeMirror has drawn that line (it draws only the lines in view).
 */
async function clickLine(page: Page, needle: string, where: 'end' | 'middle' = 'end'): Promise<void> {
  const line = page.locator('.cm-line', { hasText: needle }).first();
  await page.locator('.cm-editor').scrollIntoViewIfNeeded();
  const editor = await page.locator('.cm-scroller').boundingBox();
  if (!editor) throw new Error('the editor is not on screen');
  for (const direction of [1, -1] as const) {
    // Turned until the line is drawn, or back the other way from the end of the text.
    for (let turns = 0; turns < 40 && !(await visibleIn(page, needle, editor)) && !(await atEnd(page, direction)); turns++) {
      await page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
      await page.mouse.wheel(0, direction * editor.height * 0.6);
      await scrollSettled(page);
    }
  }
  const box = await line.boundingBox();
  if (!box) throw new Error(`the line with "${needle}" never came into view`);
  await page.mouse.click(box.x + (where === 'end' ? box.width - 2 : box.width / 2), box.y + box.height / 2);
}

/**
 * Resolves with the editor's scroll position once it has held for two frames: a wheel turn scrolls
 * after page.mouse.wheel returns, and CodeMirror draws the lines it brings into view a frame later,
 * which on a loaded machine came after the check for the line (the line was never seen, turn after turn).
 */
function scrollSettled(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const scroller = document.querySelector('.cm-scroller');
        let last = -1;
        let still = 0;
        const frame = (): void => {
          const top = scroller?.scrollTop ?? 0;
          still = top === last ? still + 1 : 0;
          last = top;
          if (still >= 2) resolve(null);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** Whether the editor is scrolled to the end of its text in `direction` (1 down, -1 up). */
function atEnd(page: Page, direction: 1 | -1): Promise<boolean> {
  return page.evaluate((down) => {
    const scroller = document.querySelector('.cm-scroller');
    if (!scroller) return true;
    return down ? scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1 : scroller.scrollTop <= 0;
  }, direction === 1);
}

/**
 * Whether CodeMirror has drawn a line holding `needle` wholly inside the editor's box. Asked of the
 * page in one go: a locator with a short timeout answered "no" on a loaded machine for a line that was there.
 */
function visibleIn(page: Page, needle: string, editor: { y: number; height: number }): Promise<boolean> {
  return page.evaluate(
    ({ needle, top, bottom }) =>
      [...document.querySelectorAll('.cm-line')].some((line) => {
        const box = line.getBoundingClientRect();
        return (line.textContent ?? '').includes(needle) && box.top >= top && box.bottom <= bottom;
      }),
    { needle, top: editor.y, bottom: editor.y + editor.height },
  );
}

/** On the cursor's line, types `text` (or presses Backspace) before its last two characters (its `",`). */
async function typeBeforeLineEnd(page: Page, text: string): Promise<void> {
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  if (text === 'Backspace') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
  // Closes a completion list that typing may have opened.
  await page.keyboard.press('Escape');
}

async function cursorLine(page: Page): Promise<number> {
  return Number(await page.locator('.cm-activeLineGutter').first().textContent());
}

async function clickCentre(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Opens a file through the Open button and the file chooser, as an author does, and waits for its check. */
async function openFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await clickCentre(page, '#st-open');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect.poll(() => page.locator('#st-file-name').textContent()).toBe(name);
  await checked(page);
}

async function problems(page: Page): Promise<string[]> {
  return page.locator('.st-problem').allTextContents();
}

async function expectNoCspViolation(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
}

describe('the studio', () => {
  test('underlines a mistake as it is typed, at its line, lists it with a suggestion, and clears it once fixed', async () => {
    const page = await openStudio();
    expect(await problems(page)).toEqual([]);
    // In the decision's first choice: "next": "verdict" → "verdictt".
    const needle = '"text": "Ask what the other side needs';
    const choiceLine = lineOf(template, needle);
    const nextLine = choiceLine + 1;
    await clickLine(page, '"next": "verdict"');
    expect(await cursorLine(page)).toBe(nextLine);
    await typeBeforeLineEnd(page, 't');
    await checked(page);
    const listed = await problems(page);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain(`Line ${nextLine}, column`);
    expect(listed[0]).toContain('E_REF');
    expect(listed[0]).toContain("no node named 'verdictt'");
    expect(listed[0]).toContain('Suggestion: verdict');
    const underlined = page.locator('.cm-lintRange-error');
    await expect.poll(() => underlined.count()).toBe(1);
    expect(await underlined.textContent()).toBe('"verdictt"');
    // The click on the problem puts the cursor on its line.
    await clickLine(page, '"id": "my-scenario"');
    await clickCentre(page, '.st-problem');
    expect(await cursorLine(page)).toBe(nextLine);
    await typeBeforeLineEnd(page, 'Backspace');
    await checked(page);
    expect(await problems(page)).toEqual([]);
    expect(await page.locator('.st-problem-count').textContent()).toBe('No problems.');
    await expectNoCspViolation(page);
  });

  test("a large file's diagnostics come before its map's layout; a file too big to draw keeps its node list", async () => {
    const page = await openStudio();
    // 304 nodes: dagre takes a good part of a second on them, the validator a few milliseconds.
    const text = `${JSON.stringify(generatedScenario(30), null, 2)}\n`.replace('"next": "e12-quiz"', '"next": "e12-quizz"');
    const mistakeLine = lineOf(text, '"e12-quizz"');
    await openFile(page, 'generated.json', text);
    const listed = await problems(page);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain(`Line ${mistakeLine}, column`);
    expect(listed[0]).toContain("no node named 'e12-quizz'");
    await clickCentre(page, '.st-problem');
    expect(await cursorLine(page)).toBe(mistakeLine);
    await expect.poll(() => page.locator('.cm-lintRange-error').textContent()).toBe('"e12-quizz"');
    // The map follows once its layout is in: after the check that listed the mistake, never with or before it.
    await expect.poll(() => page.locator('.st-map-surface .st-node[data-node="e12-quiz"]').count(), { timeout: 20_000 }).toBe(1);
    const events = await studioEvents(page);
    const listedAt = events.findIndex((e) => e.problems.includes('e12-quizz'));
    expect(events[listedAt]?.type).toBe('checked');
    const laidOutAt = events.findIndex((e) => e.type === 'laid-out' && e.seq >= (events[listedAt]?.seq ?? Infinity));
    expect(laidOutAt).toBeGreaterThan(listedAt);
    expect(events.slice(0, listedAt).filter((e) => e.type === 'laid-out' && e.seq >= (events[listedAt]?.seq ?? Infinity))).toEqual([]);

    // 1,004 nodes, past what the map draws: it says so, and the node list still takes the author to any node.
    const bigScenario = generatedScenario(100);
    const big = `${JSON.stringify(bigScenario, null, 2)}\n`;
    await openFile(page, 'big.json', big);
    await expect
      .poll(() => page.locator('.st-map-status').textContent())
      .toContain(`${Object.keys(bigScenario.nodes).length.toLocaleString('en')} nodes, more than the 1,000 the map draws`);
    expect(await page.locator('.st-map-surface').isVisible()).toBe(false);
    expect(await page.locator('.st-node-list button').count()).toBe(Object.keys(bigScenario.nodes).length);
    await clickCentre(page, '.st-node-list button[data-node="e77-quiz"]');
    expect(await cursorLine(page)).toBe(lineOf(big, '"e77-quiz": {'));
    await expectNoCspViolation(page);
  });

  test('a click on a node of the map lands the cursor on that node in the text, and the map follows the cursor', async () => {
    const page = await openStudio();
    await clickCentre(page, '.st-map-surface .st-node[data-node="good-start"] rect');
    expect(await cursorLine(page)).toBe(lineOf(template, '"good-start": {'));
    expect(await page.locator('.st-node.st-current').getAttribute('data-node')).toBe('good-start');
    await clickLine(page, '"question": "Which meeting');
    await expect.poll(() => page.locator('.st-node.st-current').getAttribute('data-node')).toBe('check');
    expect(await page.locator('.st-node-list [aria-current="true"]').getAttribute('data-node')).toBe('check');
  });

  test('plays from a chosen node with chosen meters and flags, to the ending they lead to', async () => {
    const page = await openStudio();
    await clickCentre(page, '.st-node-list button[data-node="decision"]');
    await clickCentre(page, '.st-start-details summary');
    const trust = page.getByRole('spinbutton', { name: 'Trust' });
    await trust.click({ clickCount: 3 });
    await page.keyboard.type('70');
    await clickCentre(page, 'input[name="flag:checked-facts"]');
    await clickCentre(page, '.st-preview-tools button:has-text("Play from here")');
    expect(await page.locator('.st-preview-where').textContent()).toContain('Now at "decision"');
    expect(await page.locator('.st-preview .ct-meter').first().textContent()).toContain('Trust 70 of 100');
    expect(await page.locator('.st-flags').textContent()).toContain('checked-facts: yes');
    const cite = page.locator('.st-preview [data-target="choice:cite"]');
    expect(await cite.getAttribute('aria-disabled')).toBeNull();
    await clickCentre(page, '.st-preview [data-target="choice:cite"]');
    await expect.poll(() => page.locator('.st-preview .ct-ending h1').textContent()).toBe('A Good Start');
  });

  test('an edit of the node being played re-runs the preview on the same node, with the new text', async () => {
    const page = await openStudio();
    await clickCentre(page, '.st-preview [data-target="continue"]');
    await clickCentre(page, '.st-preview [data-target="option:0"]');
    await clickCentre(page, '.st-preview [data-target="acknowledge"]');
    expect(await page.locator('.st-preview-where').textContent()).toContain('Now at "decision"');
    await clickLine(page, '"text": "What do we say first?"');
    await typeBeforeLineEnd(page, ' Quickly');
    await checked(page);
    await expect.poll(() => page.locator('.st-preview .ct-log-entry').last().textContent()).toContain('What do we say first? Quickly');
    expect(await page.locator('.st-preview-where').textContent()).toContain('Now at "decision"');
    // The quiz answered on the way is still in the play: the trust it earned stands.
    expect(await page.locator('.st-preview .ct-meter').first().textContent()).toContain('Trust 60 of 100');
  });

  test('keeps every keystroke on the device: a reload brings the draft back', async () => {
    const page = await openStudio();
    await clickLine(page, '"title": "My New Scenario"');
    await typeBeforeLineEnd(page, ', Draft Two');
    await draftKept(page);
    await page.reload();
    await checked(page);
    expect(await page.locator('.cm-content').textContent()).toContain('"title": "My New Scenario, Draft Two"');
    expect(await page.locator('#st-notice').textContent()).toContain('Your draft of “my-scenario.json”');
  });

  test('"Play this scenario" makes a game link that carries the file', async () => {
    const page = await openStudio();
    await clickCentre(page, '#st-share');
    const url = new URL(await page.locator('.st-share-url').inputValue());
    expect(url.pathname.endsWith('/index.html')).toBe(true);
    expect(url.hash.startsWith('#scenario=')).toBe(true);
    expect(unpackText(url.hash.slice('#scenario='.length))).toBe(template);
    expect(await page.locator('#st-share-result').textContent()).toMatch(/It (fits in a QR code|is too long for a QR code)/);
  });

  test('"Open it in the game" plays the scenario in the game, marked not reviewed by the project, to an ending', async () => {
    const page = await openStudio();
    await clickCentre(page, '#st-share');
    const popup = page.context().waitForEvent('page');
    await clickCentre(page, '#st-share-result a:has-text("Open it in the game")');
    const game = await popup;
    const gameProblems: string[] = [];
    watchProblems(game, gameProblems);
    await waitForCanvas(game);
    const briefing = await waitForView(game, 'briefing');
    expect(briefing).toMatchObject({ title: 'My New Scenario', notReviewed: true });
    expect(await inspect(game, (ct) => ct.texts().find((t) => t.id === 'briefing:not-reviewed')?.text)).toMatch(
      /^Not reviewed by the project/,
    );
    await clickTarget(game, 'start');
    await waitForView(game, 'play');
    const [play] = findEndingPlays(JSON.parse(template) as Scenario);
    if (!play) throw new Error('the template has no ending a play reaches');
    const end = await playToEnding(game, play.steps, 'canvas');
    expect(end.result).toMatchObject({ ending: play.ending, score: play.score });
    expect(gameProblems).toEqual([]);
  });

  test('with a source text loaded, a quote that is not in it gets W_QUOTE and one that is gets none', async () => {
    const page = await openStudio();
    const quote = 'a meeting of the Organization for Security and Cooperation in Europe in Vienna on Thursday';
    // The test's own small text, not the article: the template's one quote is in it, word for word.
    const dir = await mkdtemp(path.join(tmpdir(), 'studio-source-'));
    const sourceFile = path.join(dir, 'ap-2022-01-11.txt');
    await writeFile(sourceFile, `A short text the test wrote.\nRussia said it would watch ${quote} closely.\n`);
    const chooser = page.waitForEvent('filechooser');
    await clickCentre(page, '#st-source-open');
    await (await chooser).setFiles(sourceFile);
    await expect.poll(() => page.locator('#st-source-list').textContent()).toContain('ap-2022-01-11 (');
    await checked(page);
    expect(await problems(page)).toEqual([]);
    // The quote as it would be misquoted: "Thursday" → "Thursday evening", which the source does not say.
    await clickLine(page, `"quote": "${quote}"`);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' evening');
    await page.keyboard.press('Escape');
    await checked(page);
    const listed = await problems(page);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain(`Line ${lineOf(template, `"quote": "${quote}"`)}, column`);
    expect(listed[0]).toContain('W_QUOTE');
    expect(listed[0]).toContain("not found word for word in source 'ap-2022-01-11'");
    for (let i = 0; i < ' evening'.length; i++) await page.keyboard.press('Backspace');
    await checked(page);
    expect(await problems(page)).toEqual([]);
  });

  test('hovering a key shows its description from the JSON Schema', async () => {
    const page = await openStudio();
    const line = lineOf(template, '"meters": {');
    await clickLine(page, '"meters": {');
    expect(await cursorLine(page)).toBe(line);
    // The key's place on screen: a range over its characters in the line CodeMirror drew.
    const key = await page.evaluate(() => {
      const line = document.querySelector('.cm-activeLine');
      const walker = line ? document.createTreeWalker(line, NodeFilter.SHOW_TEXT) : null;
      for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
        const at = node.textContent?.indexOf('meters') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'meters'.length);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    });
    if (!key) throw new Error('no "meters" key drawn on the cursor line');
    await page.mouse.move(key.x, key.y);
    const tooltip = page.locator('.cm-tooltip-hover');
    await expect.poll(() => tooltip.count()).toBe(1);
    const described = (schema as { properties: { meters: { description: string } } }).properties.meters.description;
    // The schema's `code` spans are drawn as code: their backticks are not in the text.
    expect(await tooltip.textContent()).toContain(described.replaceAll('`', ''));
  });

  test('refuses a binary file, a file over 5 MB and a newer format version with a message, and keeps the draft', async () => {
    const page = await openStudio();
    const open = async (name: string, buffer: Buffer): Promise<string> => {
      const chooser = page.waitForEvent('filechooser');
      await clickCentre(page, '#st-open');
      await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
      await page.waitForFunction((n) => document.getElementById('st-notice')?.textContent?.includes(n), name);
      return (await page.locator('#st-notice').textContent()) ?? '';
    };
    expect(await open('photo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0xff, 0xfe]))).toContain(
      'not a text file',
    );
    expect(await open('huge.json', Buffer.alloc(5 * 1024 * 1024 + 10, 0x20))).toContain('at most 5 MB');
    expect(await open('future.json', Buffer.from(template.replace('"formatVersion": 1', '"formatVersion": 2')))).toContain(
      'format version 2',
    );
    expect(await page.locator('.cm-content').textContent()).toContain('"title": "My New Scenario"');
    // A half-typed file opens: it is what a file being written looks like, and the problems say where.
    await open('half.json', Buffer.from(template.slice(0, 400)));
    await checked(page);
    expect((await problems(page))[0]).toContain('E_JSON');
    expect(await page.locator('.st-map-status').textContent()).toContain('last readable version');
    expect(await page.locator('.st-preview-errors').textContent()).toContain('The preview waits');
  });

  test('a dropped file opens; a share link cut short says so and leaves the draft alone', async () => {
    const page = await openStudio();
    await page.evaluate(
      (text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        document
          .querySelector('.cm-content')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      template.replace('My New Scenario', 'Dropped In'),
    );
    await expect.poll(() => page.locator('#st-file-name').textContent()).toBe('dropped.json');
    expect(await page.locator('.cm-content').textContent()).toContain('Dropped In');
    await draftKept(page);
    await page.goto(new URL('studio.html#scenario=1ZJBT8MwDIXv-xVR', page.url()).href);
    await checked(page);
    expect(await page.locator('#st-notice').textContent()).toContain('cut short');
    expect(await page.locator('.cm-content').textContent()).toContain('Dropped In');
  });

  test('no WCAG 2.1 A/AA violation (axe-core), every panel reachable by keyboard, stacked on a phone, no CSP violation', async () => {
    for (const viewport of [LAPTOP, PHONE, { width: 1600, height: 900 }]) {
      const page = await openStudio({ viewport });
      // Evaluated by the test driver, not injected as a script element, which the page's CSP would refuse.
      await page.evaluate(axeSource);
      const results = await page.evaluate(
        (tags) =>
          (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          }),
        WCAG_21_A_AA,
      );
      const violations = results.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`),
      );
      expect(violations, `${viewport.width}×${viewport.height}`).toEqual([]);
      await screenshot(page, `studio-${viewport.width}x${viewport.height}`);
      await expectNoCspViolation(page);
      if (viewport === PHONE) {
        const boxes = await Promise.all(['.st-text', '.st-map', '.st-preview'].map((s) => page.locator(s).boundingBox()));
        // One column: each panel starts below the one before, at the same left edge.
        expect(boxes.every((b) => b && Math.abs(b.x - boxes[0]!.x) < 1)).toBe(true);
        expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);
        expect(boxes[2]!.y).toBeGreaterThan(boxes[1]!.y + boxes[1]!.height - 1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      }
    }
    // Tab from the top of the page reaches the editor, the problems, the map's tools and node list, the preview's play and the share tools.
    const page = await openStudio();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const panel = await page.evaluate(() => document.activeElement?.closest('.st-panel, .st-bar')?.className ?? '');
      reached.add(panel.split(' ').find((c) => c !== 'st-panel') ?? panel);
      if (await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))) await page.keyboard.press('Escape');
    }
    expect([...reached]).toEqual(expect.arrayContaining(['st-bar', 'st-text', 'st-map', 'st-preview', 'st-side']));
  });
});
