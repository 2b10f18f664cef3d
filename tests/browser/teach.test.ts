/**
 * The teacher's page in real Chromium: an assignment made with clicks and keys on the named
 * controls (its link decodes to what was set, copies, opens the game, prints as a sheet); result
 * codes of real plays pasted in (the right student, ending and score; a tampered code flagged; a
 * name with markup shown as text; the CSV download byte for byte the results module's; a reload keeps
 * them); files dropped on the page (text, JSON, a zip of many, a zip with junk); codes of another
 * assignment shown as such; a scenario file added verifies the codes that waited for it; lesson guide
 * and roster; axe on every panel; no request off the origin, no CSP violation.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  decodeAssignment,
  decodeResultCode,
  encodeResultCode,
  libraryOfFiles,
  playsCsv,
  reportOf,
  unreadableLine,
  unreadableOf,
  verifyCode,
  type CodeSource,
} from '../../src/core/results';
import { compileScenario, Play } from '../../src/core/engine';
import { validateScenarioText } from '../../src/core/validator';
import { scenariosDir } from '../scenarios/scenario-files';
import { codeOf, endingResults, shippedScenarios } from '../teach/real-codes';
import { scenarioFileEntries } from '../teach/scenario-file-entries';
import { wcagViolations } from './axe';
import { gameUrl, LAPTOP, PHONE, resultsDir, screenshot, useBrowser } from './harness';
import { openTeachPage, showPanel, useTeachPages, waitReady } from './teach-page';

const session = useBrowser();
useTeachPages();
const scenarios = shippedScenarios();
const story = scenarios.find((s) => s.id === 'geneva-us-delegation')!;
const quiz = scenarios.find((s) => s.id === 'fact-quiz-week')!;
const { library } = libraryOfFiles(scenarioFileEntries());

async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name, exact: true }).click();
  await page.keyboard.type(text);
}

async function addResults(page: Page, text: string): Promise<string> {
  await page.getByRole('textbox', { name: 'Result codes' }).fill(text);
  await page.getByRole('button', { name: 'Add results' }).click();
  const message = page.locator('.tt-drop [role=status]');
  await expect.poll(() => message.textContent(), { timeout: 30_000 }).toMatch(/^(Added|No result code)/);
  return (await message.textContent()) ?? '';
}

/** The intake's words once what was added is verified and kept. */
async function intakeWords(page: Page, expected: RegExp): Promise<string> {
  const message = page.locator('.tt-drop [role=status]');
  await expect.poll(() => message.textContent(), { timeout: 60_000 }).toMatch(expected);
  return (await message.textContent()) ?? '';
}

interface DroppedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** Files dropped on the drop zone as a browser does: dragenter, dragover, drop, with a real DataTransfer. */
async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    (list) => {
      const data = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        data.items.add(new File([bytes], file.name, { type: file.type }));
      }
      return data;
    },
    files.map((file) => ({ name: file.name, type: file.type, base64: Buffer.from(file.bytes).toString('base64') })),
  );
  const zone = page.locator('.tt-drop');
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer: transfer });
}

/** A scenario file as a teacher would have one: a shipped file with some fields changed, and a real play of it. */
function editedScenario(id: string, edit: Record<string, string>): { name: string; text: string; code: (student: string) => string } {
  const json = JSON.parse(readFileSync(path.join(scenariosDir, `${id}.json`), 'utf8')) as Record<string, unknown>;
  const text = JSON.stringify({ ...json, ...edit }, null, 2);
  const { scenario } = validateScenarioText(text, { file: String(edit.id ?? id), explorationLimit: 0 });
  if (!scenario) throw new Error('the edited scenario does not validate');
  const compiled = compileScenario(scenario);
  const replayed = Play.replay(compiled, endingResults(story)[0]!.steps);
  if (!replayed.ok || !replayed.play.result) throw new Error('the play does not replay on the edited scenario');
  const result = replayed.play.result;
  return { name: `${scenario.id}-${scenario.version}.json`, text, code: (student) => codeOf(result, { student }) };
}

/** The "Could not read" list, one line each. */
function unreadableLines(page: Page): Promise<string[]> {
  return page.locator('.tt-unreadable li').allTextContents();
}

/** The line the shared wording gives a code found at `source`. */
function unreadableWords(code: string, source: CodeSource): string {
  const unreadable = unreadableOf(reportOf(verifyCode(code, library)), source);
  if (!unreadable) throw new Error(`${code} can be read`);
  return unreadableLine(unreadable);
}

/** The class table's body rows as cell texts. */
function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('.tt-class-table tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

describe("the teacher's page", () => {
  test('an assignment made with clicks and keys: its link holds what was set, copies, opens the game and prints as a sheet', async () => {
    const { page } = await openTeachPage(session.browser());
    await page.getByRole('checkbox', { name: story.title, exact: true }).click();
    await page.getByRole('checkbox', { name: quiz.title, exact: true }).click();
    await typeInto(page, 'Class', 'History 10B');
    await typeInto(page, 'Note to students', 'Both before Friday, please.');
    await page.getByLabel('Due date').fill('2026-12-11');
    await page.getByRole('checkbox', { name: 'Allow undo' }).click();
    await page.getByRole('radio', { name: 'Only at the end' }).click();
    await page.getByLabel('Attempts allowed per scenario').selectOption('2');
    // The quiz goes first: moved up by keyboard.
    await page.getByRole('button', { name: `Move ${quiz.title} up` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Create link' }).click();

    const field = page.getByRole('textbox', { name: 'Assignment link' });
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const link = await field.inputValue();
    expect(link.startsWith(new URL('index.html#assign=', gameUrl()).href)).toBe(true);
    const decoded = decodeAssignment(link);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.assignment.content).toMatchObject({
      class: 'History 10B',
      note: 'Both before Friday, please.',
      due: '2026-12-11',
      scenarios: [{ id: quiz.id }, { id: story.id }],
      options: { undo: false, feedback: 'end', showScore: true, attempts: 2 },
    });
    expect(decoded.assignment.trial).toBe(false);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const trial = decodeAssignment((await page.getByRole('link', { name: 'Trial run' }).getAttribute('href')) ?? '');
    if (!trial.ok) throw new Error(trial.message);
    expect(trial.assignment.trial).toBe(true);
    expect(trial.assignment.id).toBe(decoded.assignment.id);

    expect(await page.getByRole('img', { name: /QR code of the assignment link/ }).count()).toBe(1);
    expect(await wcagViolations(page, 'assignment')).toEqual([]);
    await screenshot(page, 'teach-assignment-1280');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Create link' }).isVisible()).toBe(false);
    const sheet = page.getByRole('article', { name: 'Assignment sheet' });
    expect(await sheet.isVisible()).toBe(true);
    const sheetText = (await sheet.textContent()) ?? '';
    for (const words of [
      'History 10B',
      'Both before Friday, please.',
      quiz.title,
      story.title,
      `about ${quiz.estimatedMinutes} minutes`,
      link,
    ])
      expect(sheetText).toContain(words);
    await screenshot(page, 'teach-assignment-print');
    await page.emulateMedia({ media: 'screen' });

    // The link opens the game (what it does with an assignment is the game's business).
    const game = await page.context().newPage();
    await game.goto(link);
    await game.waitForFunction(() => window.crisisTable?.settled() === true, undefined, { timeout: 30_000 });
    await game.close();
  });

  test('pasted codes of real plays: the right student, ending and score; tampered and damaged codes flagged; markup names as text; CSV as the results module writes it; a reload keeps them', async () => {
    const { page } = await openTeachPage(session.browser(), LAPTOP, 'results');
    const [first, second] = endingResults(story);
    const ana = codeOf(first!, { student: 'Ana Lopez' });
    const markup = '<img src=x onerror="document.title=1">Mallory';
    const mallory = codeOf(second!, { student: markup });
    const decoded = decodeResultCode(codeOf(second!, { student: 'Eve' }));
    if (!decoded.ok) throw new Error(decoded.message);
    const altered = encodeResultCode({ ...decoded.code, claimed: { ...decoded.code.claimed, score: 100 } });
    const damaged = `${ana.slice(0, 40)}${ana[40] === 'x' ? 'y' : 'x'}${ana.slice(41)}`;
    const cut = codeOf(first!, { student: 'Ben' }).slice(0, -15);
    const pasted = `From the class thread:\nAna: ${ana}\n\n${markup} wrote "${mallory}", and Eve ${altered}; and ${damaged}\nAna again: ${ana}\nBen: ${cut} (sorry, or CTR1.oops)`;

    expect(await addResults(page, pasted)).toMatch(
      /^Added 6 new codes \(.*2 verified.*1 altered.*3 damaged.*\); 1 already kept, counted once\.$/,
    );
    // The codes that cannot be read: which input, and why, in the results module's words.
    const couldNotRead = [
      unreadableWords(damaged, { file: null, line: 4 }),
      unreadableWords(cut, { file: null, line: 6 }),
      unreadableWords('CTR1.oops', { file: null, line: 6 }),
    ];
    expect((await unreadableLines(page)).sort()).toEqual([...couldNotRead].sort());
    expect(couldNotRead[0]).toMatch(new RegExp(`^Pasted text, line 4: “${damaged.slice(0, 24).replace(/\./g, '\\.')}…” Changed: `));
    expect(couldNotRead[1]).toMatch(/^Pasted text, line 6: “CTR1\.[0-9a-f]{8}\.[\w-]{10}…” Copied incompletely: /);
    expect(await page.getByRole('heading', { name: 'Could not read (3)' }).count()).toBe(1);
    const rows = await tableRows(page);
    const row = (student: string): string[] => rows.find((cells) => cells[0] === student) ?? [];
    expect(row('Ana Lopez').slice(1, 6)).toEqual([
      story.title,
      '1',
      first!.endingTitle,
      expect.any(String) as string,
      String(first!.score),
    ]);
    expect(row('Ana Lopez')[8]).toBe('Verified');
    expect(row(markup)[5]).toBe(String(second!.score));
    expect(row('Eve')[8]).toMatch(/^Altered/);
    expect(await page.locator('.tt-class-table img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    expect(await page.locator('.tt-summary').textContent()).toContain('3 damaged');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV (one row per play)' }).click();
    // Saved through the browser's connection: the run's one Chromium is remote to this file, so the
    // download has no local path.
    const csvFile = path.join(resultsDir, 'teach-plays.csv');
    await (await download).saveAs(csvFile);
    const csv = await readFile(csvFile, 'utf8');
    const lines = [2, 4, 4, 4, 6, 6];
    const given = [ana, mallory, altered, damaged, cut, 'CTR1.oops'];
    const sources = new Map(given.map((code, i) => [code, { file: null, line: lines[i]! }]));
    expect(csv).toBe(
      playsCsv(
        given.map((code) => reportOf(verifyCode(code, library))),
        (report) => sources.get(report.code),
      ),
    );

    // The map of choices, laid out in the worker: every box in a place of its own, arrows between them.
    await page.getByLabel('Scenario to look at').selectOption({ label: story.title });
    const map = page.locator('svg.tt-map');
    await expect
      .poll(() => map.getAttribute('aria-label'))
      .toMatch(new RegExp(`^Map of ${story.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`));
    const places = await map
      .locator('.tt-map-node rect')
      .evaluateAll((rects) => rects.map((r) => `${r.getAttribute('x')},${r.getAttribute('y')}`));
    expect(places.length).toBeGreaterThan(3);
    expect(new Set(places).size).toBe(places.length);
    expect(await map.locator('.tt-map-edge').count()).toBeGreaterThan(places.length - 1);

    // One student's play, step by step.
    await page.getByRole('button', { name: `Ana Lopez: their play of ${story.title}, step by step` }).click();
    const told = page.getByRole('article', { name: `Ana Lopez, ${story.title}` });
    await expect.poll(() => told.locator('.tt-steps li').count()).toBeGreaterThan(3);
    expect(await told.textContent()).toContain(`Ending: ${first!.endingTitle}.`);
    expect(await wcagViolations(page, 'results')).toEqual([]);
    await screenshot(page, 'teach-results-1280');

    await page.reload();
    await waitReady(page);
    expect((await tableRows(page)).map((cells) => cells[0]).sort()).toEqual(['Ana Lopez', 'Eve', markup].sort());
    expect((await unreadableLines(page)).sort()).toEqual([...couldNotRead].sort());
    expect(await addResults(page, ana)).toBe('Added 0 new codes; 1 already kept, counted once.');

    await page.getByRole('button', { name: 'Clear all results' }).click();
    await page.getByRole('button', { name: 'Yes, delete every kept code' }).click();
    await expect.poll(() => tableRows(page)).toEqual([]);
    expect(await unreadableLines(page)).toEqual([]);
  });

  test('files dropped on the page: a .txt, a .json, a .zip of many and a zip with junk; every code in them added, the junk named', async () => {
    const { page } = await openTeachPage(session.browser(), LAPTOP, 'results');
    const plays = endingResults(story);
    const code = (i: number): string => codeOf(plays[i % plays.length]!, { student: `Student ${String(i).padStart(2, '0')}` });
    const zipOfMany = zipSync(
      Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`class/student-${i}/submission.txt`, strToU8(`Here: ${code(i + 3)}`)])),
    );
    const junk = zipSync({
      'photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      'sorry.txt': strToU8('I lost my code, can I play again?'),
      'late.txt': strToU8(code(50)),
      'typo.txt': strToU8(
        `Code:\n${code(61).replace(/^(CTR1\.[0-9a-f]{8}\.\w{5})(\w)/, (_, head: string, c: string) => head + (c === 'Q' ? 'R' : 'Q'))}`,
      ),
    });
    await dropFiles(page, [
      { name: 'codes.txt', type: 'text/plain', bytes: strToU8(`${code(0)}\n${code(1)}\n\n${code(60).slice(0, -9)}`) },
      {
        name: 'classroom.json',
        type: 'application/json',
        bytes: strToU8(JSON.stringify({ submissions: [{ comment: `done: ${code(2)}` }] })),
      },
      { name: 'class.zip', type: 'application/zip', bytes: zipOfMany },
      { name: 'junk.zip', type: 'application/zip', bytes: junk },
    ]);
    const words = await intakeWords(page, /^Added/);
    expect(words).toContain('Added 46 new codes (44 verified, 2 damaged).');
    expect(words).toContain('Not text, a JSON file or a zip, so no code could be in it: junk.zip/photo.png.');
    expect(words).toContain('No result code in: junk.zip/sorry.txt.');
    const students = (await tableRows(page)).map((cells) => cells[0]);
    expect(students).toHaveLength(44);
    expect(await unreadableLines(page)).toEqual([
      expect.stringMatching(/^codes\.txt, line 4: “CTR1\.[^”]+…” Copied incompletely: /) as string,
      expect.stringMatching(/^junk\.zip\/typo\.txt, line 2: “CTR1\.[^”]+…” Changed: /) as string,
    ]);
    expect(await wcagViolations(page, 'results, 44 rows')).toEqual([]);
    for (const i of [0, 1, 2, 3, 42, 50]) expect(students).toContain(`Student ${String(i).padStart(2, '0')}`);
    await screenshot(page, 'teach-dropped-1280');
  });

  test('codes of another assignment say so and filter by status; a scenario file added verifies the codes that waited for it', async () => {
    const { page } = await openTeachPage(session.browser(), LAPTOP);
    await page.getByRole('checkbox', { name: story.title, exact: true }).click();
    await typeInto(page, 'Class', 'History 10B');
    await page.getByRole('button', { name: 'Create link' }).click();
    const made = decodeAssignment(await page.getByRole('textbox', { name: 'Assignment link' }).inputValue());
    if (!made.ok) throw new Error(made.message);
    const mine = made.assignment.id;

    const [first, second] = endingResults(story);
    const ours = editedScenario(story.id, { id: 'our-own-crisis', title: 'Our own crisis' });
    const earlier = editedScenario(story.id, { version: '0.9.0' });
    await showPanel(page, 'Results');
    await addResults(
      page,
      [
        codeOf(first!, { student: 'Ana', assignment: mine }),
        codeOf(second!, { student: 'Ana', assignment: 'fedcba9876543210' }),
        codeOf(first!, { student: 'Ben' }),
        ours.code('Cy'),
        earlier.code('Dee'),
      ].join('\n'),
    );
    await page.getByLabel('Show results for').selectOption({ index: 1 });
    const status = async (student: string): Promise<string[]> =>
      (await tableRows(page))
        .filter((cells) => cells[0] === student)
        .map((cells) => cells[8]!)
        .sort();
    await expect.poll(() => status('Ana')).toEqual(['Another assignment', 'Verified']);
    expect(await status('Ben')).toEqual(['Another assignment']);
    expect(await status('Cy')).toEqual(['Another assignment']);
    expect(await page.locator('.tt-summary').textContent()).toContain('5 codes: 1 verified, 4 another assignment.');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Another assignment' });
    expect((await tableRows(page)).map((cells) => cells[0]).sort()).toEqual(['Ana', 'Ben', 'Cy', 'Dee']);
    expect(await wcagViolations(page, 'results, one assignment')).toEqual([]);
    await page.locator('.tt-class-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'teach-other-assignment-1280');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Any status' });

    await page.getByLabel('Show results for').selectOption({ label: 'All codes' });
    await expect.poll(() => status('Cy')).toEqual(['Unknown scenario']);
    expect(await status('Dee')).toEqual(['Another scenario version']);
    await showPanel(page, 'Assignment');
    const scenarioFile = page.getByLabel('Add a scenario file (for example one shared from the studio)');
    await scenarioFile.setInputFiles({ name: ours.name, mimeType: 'application/json', buffer: Buffer.from(ours.text) });
    await intakeWords(page, /^Verified 2 codes again with the scenario files now kept: 1 verified, 1 another scenario version\.$/);
    await scenarioFile.setInputFiles({ name: earlier.name, mimeType: 'application/json', buffer: Buffer.from(earlier.text) });
    await showPanel(page, 'Results');
    await intakeWords(page, /^Verified 1 code again with the scenario files now kept: 1 verified\.$/);
    expect(await status('Cy')).toEqual(['Verified']);
    expect(await status('Dee')).toEqual(['Verified']);
    // Kept that way: a reload shows what the second verification found.
    await page.reload();
    await waitReady(page);
    await showPanel(page, 'Results');
    expect(await status('Cy')).toEqual(['Verified']);
    expect(await status('Dee')).toEqual(['Verified']);
  });

  test('roster: a name typed another way is the same student, who has not submitted is listed; lesson guide with spoilers behind a toggle', async () => {
    const { page } = await openTeachPage(session.browser(), PHONE, 'roster');
    await page.getByRole('textbox', { name: 'Class roster (one name a line)' }).fill('Ana Lopez\nBen Okafor\nChloé Martin');
    await page.getByRole('button', { name: 'Save roster' }).click();
    expect(await wcagViolations(page, 'roster (phone)')).toEqual([]);
    await screenshot(page, 'teach-roster-360');

    await showPanel(page, 'Results');
    const [first, second] = endingResults(story);
    await addResults(
      page,
      `${codeOf(first!, { student: 'ana  LOPEZ', attempt: 1 })} ${codeOf(second!, { student: 'A. Lopez', attempt: 2 })} ${codeOf(first!, { student: 'Zed' })}`,
    );
    const rows = await tableRows(page);
    expect(rows.map((cells) => cells[0]).sort()).toEqual(['Ana Lopez', 'Zed']);
    expect(rows.find((cells) => cells[0] === 'Ana Lopez')![2]).toMatch(/2 plays/);
    expect(rows.find((cells) => cells[0] === 'Zed')![8]).toContain('name not on the roster');
    expect(await page.locator('.tt-summary').textContent()).toContain('Not submitted yet (2): Ben Okafor, Chloé Martin.');
    await page.locator('.tt-summary').scrollIntoViewIfNeeded();
    await screenshot(page, 'teach-results-360');

    await showPanel(page, 'Lesson guides');
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: story.title });
    const guide = page.getByRole('article', { name: story.title });
    const text = (await guide.textContent()) ?? '';
    for (const words of [
      story.learningObjectives[0]!,
      story.role.briefing,
      ...(story.teacherNotes ?? []).slice(0, 1),
      story.sources[0]!.title,
    ])
      expect(text).toContain(words);
    const endingTitles = Object.values(story.nodes).flatMap((node) => (node.type === 'ending' ? [node.title] : []));
    expect(await guide.getByText(endingTitles[0]!).isVisible()).toBe(false);
    await guide.getByRole('button', { name: 'Show endings (spoilers)' }).click();
    expect(await guide.getByText(endingTitles[0]!).isVisible()).toBe(true);
    expect(await wcagViolations(page, 'lesson guide (phone)')).toEqual([]);
    await screenshot(page, 'teach-guide-360');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'teach-guide-print');
  });
});
