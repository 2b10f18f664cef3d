/**
 * `npm run bench:studio`: the studio (studio.html) in Debian's headless Chromium, beside a page of
 * plain CodeMirror with JSON and no linter (scripts/bench/plain-editor), both built by Vite and
 * measured in the same run, on every shipped scenario, a generated 300-node one and a 5,000-node one:
 *   1. keystroke → diagnostics of the new text shown (median of 10)   target < 100 ms; baseline: keystroke → painted
 *   2. the map's layout (in the check worker)                          target < 500 ms
 *   3. the longest main-thread task while typing 30 characters        target < 50 ms, beside the baseline's
 * It prints a report and exits 0 whatever the figures; a failure to measure exits 1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/browser/chromium';
import { repoRoot, startPreview, viteBuild } from '../../tests/browser/preview-server';
import { generatedScenario } from './generated-story';

const KEYSTROKES = 10;
const TYPED = 'abcdefghijklmnopqrstuvwxyz0123';
const VIEWPORT = { width: 1280, height: 720 };
const studioOut = path.join(repoRoot, 'dist-bench/studio');
const plainConfig = path.join(repoRoot, 'scripts/bench/plain-editor/vite.config.ts');

/** Installed before the page's scripts: key times, the times the studio's checks are shown, long tasks. */
const PROBES = `(() => {
  const probe = { keys: [], painted: [], checked: [], layouts: [], longTasks: [] };
  window.benchProbe = probe;
  addEventListener('keydown', () => {
    probe.keys.push(performance.now());
    requestAnimationFrame(() => setTimeout(() => probe.painted.push(performance.now()), 0));
  }, true);
  document.addEventListener('studio:checked', (event) => {
    if (!event.detail.deep) probe.layouts.push(event.detail.layoutMs);
    if (document.body.dataset.checked === 'current') probe.checked.push(performance.now());
  });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push(e.duration); }).observe({ type: 'longtask' });
})();`;

interface Probe {
  keys: number[];
  painted: number[];
  checked: number[];
  layouts: number[];
  longTasks: number[];
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function newPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(PROBES);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function studioChecked(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => ['current', 'deep'].includes(document.body.dataset.checked ?? ''), undefined, { timeout, polling: 5 });
}

/** Opens the text in the studio through its Open button, as an author would. */
async function openInStudio(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.click('#st-open');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction((n) => document.getElementById('st-file-name')?.textContent === n, name, { timeout: 60_000 });
  await studioChecked(page);
}

interface Figures {
  keystrokeMs: number;
  layoutMs: number;
  longestTaskMs: number;
}

/** Keystrokes at the end of the file (a space, then Backspace: the text stays a valid scenario). */
async function measure(page: Page, isStudio: boolean): Promise<Figures> {
  await page.click('.cm-content');
  await page.keyboard.press('Control+End');
  const before = await probe(page);
  const latencies: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const start = (await probe(page)).keys.length;
    await page.keyboard.press(i % 2 === 0 ? 'Space' : 'Backspace');
    if (isStudio) {
      await page.waitForFunction((n) => (window as unknown as { benchProbe: Probe }).benchProbe.keys.length > n, start);
      await studioChecked(page);
      const now = await probe(page);
      latencies.push((now.checked.at(-1) ?? NaN) - (now.keys[start] ?? NaN));
    } else {
      await page.waitForFunction((n) => (window as unknown as { benchProbe: Probe }).benchProbe.painted.length > n, start);
      const now = await probe(page);
      latencies.push((now.painted[start] ?? NaN) - (now.keys[start] ?? NaN));
    }
  }
  const tasksBefore = (await probe(page)).longTasks.length;
  await page.keyboard.type(TYPED, { delay: 30 });
  if (isStudio) await studioChecked(page);
  await page.waitForTimeout(200);
  const after = await probe(page);
  const typingTasks = after.longTasks.slice(tasksBefore);
  return {
    keystrokeMs: median(latencies),
    layoutMs: median(after.layouts.slice(before.layouts.length).concat(before.layouts.slice(-1))),
    // The long-task API reports only tasks over 50 ms; none means every task was shorter.
    longestTaskMs: typingTasks.length ? Math.max(...typingTasks) : 0,
  };
}

const fmt = (ms: number) => (Number.isNaN(ms) ? '  n/a' : `${ms.toFixed(1).padStart(6)} ms`);
const task = (ms: number) => (ms === 0 ? '   < 50 ms (none)' : `${ms.toFixed(0).padStart(6)} ms`);

async function main(): Promise<void> {
  await viteBuild({ args: ['--outDir', studioOut, '--emptyOutDir'] });
  await viteBuild({ args: ['--config', plainConfig] });
  const studio = await startPreview({ args: ['--outDir', studioOut] });
  const plain = await startPreview({ args: ['--config', plainConfig] });
  const browser = await launchChromium();
  try {
    const files: { name: string; text: string }[] = readdirSync(path.join(repoRoot, 'scenarios'))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(repoRoot, 'scenarios', name), 'utf8') }));
    files.push({ name: 'generated.json', text: `${JSON.stringify(generatedScenario(30), null, 2)}\n` });
    files.push({ name: 'generated.json', text: `${JSON.stringify(generatedScenario(500), null, 2)}\n` });
    const labels = files.map((f, i) =>
      i === files.length - 2 ? 'generated, 303 nodes' : i === files.length - 1 ? 'generated, 5,003 nodes' : f.name,
    );
    process.stdout.write(`bench:studio — Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}\n\n`);
    process.stdout.write(
      `${'file'.padEnd(40)} ${'key→diagnostics'.padStart(16)} ${'plain key→paint'.padStart(16)} ${'map layout'.padStart(11)} ${'longest task'.padStart(18)} ${'plain longest'.padStart(18)}\n`,
    );
    for (const [i, file] of files.entries()) {
      const studioPage = await newPage(browser, `${studio.url}studio.html`);
      await studioChecked(studioPage);
      await openInStudio(studioPage, file.name, file.text);
      const ours = await measure(studioPage, true);
      await studioPage.context().close();
      const plainPage = await newPage(browser, plain.url);
      await plainPage.evaluate((text) => (window as unknown as { benchLoad: (t: string) => void }).benchLoad(text), file.text);
      const base = await measure(plainPage, false);
      await plainPage.context().close();
      process.stdout.write(
        `${(labels[i] ?? file.name).padEnd(40)} ${fmt(ours.keystrokeMs).padStart(16)} ${fmt(base.keystrokeMs).padStart(16)} ${fmt(ours.layoutMs).padStart(11)} ${task(ours.longestTaskMs).padStart(18)} ${task(base.longestTaskMs).padStart(18)}\n`,
      );
    }
    process.stdout.write(
      '\ntargets: key→diagnostics < 100 ms, map layout < 500 ms, longest task while typing < 50 ms (the 5,000-node file is reported, not targeted)\n',
    );
  } finally {
    await browser.close();
    await Promise.all([studio.stop(), plain.stop()]);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:studio could not measure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
