/**
 * `npm run bench:web`: the game against a bare page of stock Phaser + XState + Howler, both built by
 * Vite, served gzip-encoded (as a school's server would) and measured in Debian's headless Chromium in
 * the same run, on two profiles: a desktop (no throttling) and a school Chromebook (CPU slowed 4×,
 * 1.6 Mbit/s down, 150 ms round trips, through CDP):
 *   1. gzip size of everything the first screen loads, and of the entry chunk alone
 *   2. navigation → a sighted player can click a card: a card button on screen, enabled, and
 *      document.elementFromPoint at its centre is that button (or the canvas that draws it), against
 *      the bare page's first frame; median of fresh browsers  (target ≤ 0.5× desktop, ≤ 0.25× Chromebook)
 *   3. cumulative layout shift from navigation until the canvas has booted behind the menu (≤ 0.05)
 *   4. a card clicked the moment it can be: time until its briefing is drawn (no lost click)
 *   5. main-thread busy time over 3 s while waiting for input  (target ≤ 10 %, desktop)
 *   6. JS heap after 50 plays in a row against after one      (target growth < 2 MB, desktop)
 * It prints a report and exits 0 whatever the figures; a failure to measure exits 1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page, Request } from 'playwright-core';
import { launchChromium } from '../../tests/browser/chromium';
import { repoRoot, viteBuild, type PreviewServer } from '../../tests/browser/preview-server';
import { serveGzipped } from './gzip-server';

const BUSY_WINDOW_MS = 3_000;
const PLAYS = 50;
const VIEWPORT = { width: 1280, height: 720 };
const gameOut = path.join(repoRoot, 'dist-bench/game');
const bareOut = path.join(repoRoot, 'dist-bench/bare');
const bareConfig = path.join(repoRoot, 'scripts/bench/bare/vite.config.ts');

/** Where the page runs: how slow its CPU and its network are, and what it is aimed at. */
interface Profile {
  name: string;
  /** Cold loads of each page (alternating game, bare). */
  runs: number;
  /** CDP Emulation.setCPUThrottlingRate; 1 is no throttling. */
  cpuSlowdown: number;
  /** CDP Network.emulateNetworkConditions, or none. */
  network?: { downloadBitsPerSecond: number; uploadBitsPerSecond: number; latencyMs: number };
  /** Target ratio of the game's clickable menu to the bare page's first frame. */
  target: number;
}

const PROFILES: readonly Profile[] = [
  { name: 'desktop', runs: 9, cpuSlowdown: 1, target: 0.5 },
  {
    name: 'Chromebook (CPU 4×, 1.6 Mbit/s, 150 ms)',
    runs: 5,
    cpuSlowdown: 4,
    network: { downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000, latencyMs: 150 },
    target: 0.25,
  },
];

/** Cards clicked the moment they can be, per profile: each run's time to its briefing. */
const CLICK_RUNS = 3;
/** The longest a page is given to boot its canvas behind the menu while layout shifts are summed. */
const TAKEOVER_TIMEOUT_MS = 60_000;

/** A page under measurement: where it is served and the in-page expression that is true once its first screen is usable. */
interface Subject {
  name: string;
  server: PreviewServer;
  /** JS expression, true when the first screen can be clicked. */
  ready: string;
}

/**
 * In the page, `window.__benchCard()`: the page point where a sighted player can click a scenario card
 * now, or null. A card button drawn as HTML counts when it is enabled, inside the viewport, not
 * transparent, and document.elementFromPoint at its centre is the button; a card drawn on the canvas
 * counts once the canvas has settled and elementFromPoint at its centre is the canvas. Being in the
 * accessibility tree (an invisible button) is not enough.
 */
const CARD_POINT = `window.__benchCard = () => {
  const inside = (element, x, y) => { const at = document.elementFromPoint(x, y); return !!at && (at === element || element.contains(at)); };
  for (const button of document.querySelectorAll('[data-target^="card:"]')) {
    if (button.getAttribute('aria-disabled') === 'true' || Number(getComputedStyle(button).opacity) < 0.5) continue;
    const r = button.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    if (r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && inside(button, x, y)) return { x, y, id: button.dataset.target };
  }
  const ct = window.crisisTable;
  const canvas = document.querySelector('canvas');
  if (!ct || !canvas || !ct.settled() || ct.view().name !== 'menu') return null;
  const box = canvas.getBoundingClientRect();
  const size = ct.gameSize();
  for (const t of ct.targets()) {
    if (!t.id.startsWith('card:') || !t.enabled) continue;
    const x = box.left + ((t.x + t.width / 2) * box.width) / size.width;
    const y = box.top + ((t.y + t.height / 2) * box.height) / size.height;
    if (y >= 0 && y <= innerHeight && inside(canvas, x, y)) return { x, y, id: t.id };
  }
  return null;
};`;

const GAME_READY = `window.__benchCard() !== null`;
const BARE_READY = `window.bareFirstFrame !== undefined`;

/** Sums every layout shift not caused by input (the CLS definition's hadRecentInput) into window.__benchShift. */
const LAYOUT_SHIFTS = `(() => {
  window.__benchShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__benchShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/**
 * Installed before any page script: polls the readiness expression every 4 ms and records
 * performance.now() (milliseconds since navigation start) when it first holds.
 */
function readyStamp(ready: string): string {
  return `(() => {
    ${CARD_POINT}
    ${LAYOUT_SHIFTS}
    const timer = setInterval(() => {
      let ok = false;
      try { ok = ${ready}; } catch { ok = false; }
      if (ok) { window.__benchReadyAt = performance.now(); clearInterval(timer); }
    }, 4);
  })();`;
}

/** A page in a fresh context, slowed as the profile says before anything is requested. */
async function newPage(browser: Browser, profile: Profile = PROFILES[0] as Profile): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latencyMs,
      downloadThroughput: profile.network.downloadBitsPerSecond / 8,
      uploadThroughput: profile.network.uploadBitsPerSecond / 8,
    });
  }
  return page;
}

/** The page's stamps (readyStamp); read by functions, since the game's CSP refuses the eval a string predicate needs. */
type Stamped = Window & { __benchReadyAt?: number };

async function waitReady(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as Stamped).__benchReadyAt !== undefined, undefined, { timeout: 60_000, polling: 50 });
  return page.evaluate<number>(`window.__benchReadyAt`);
}

interface LoadedFile {
  url: string;
  bytes: number;
  gzipBytes: number;
}

interface LoadRun {
  readyMs: number;
  /** Layout shift summed from navigation until the canvas booted behind the menu (the game) or 2 s after ready (bare). */
  shift: number;
  /** Every response requested before the first screen was ready: what it cost to show it. */
  files: LoadedFile[];
  /** Responses requested after that (the game preloads scenarios once the menu is up), for the record. */
  later: LoadedFile[];
}

/** How long after ready the later downloads are collected. */
const LATER_WINDOW_MS = 3_000;

/** Body size, raw and gzip -9, of each request's response. */
function measureFiles(requests: Request[], server: PreviewServer): Promise<LoadedFile[]> {
  return Promise.all(
    requests.map(async (request) => {
      const response = await request.response();
      const body = response ? await response.body() : Buffer.alloc(0);
      return { url: request.url().replace(server.url, '/'), bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    }),
  );
}

/**
 * One cold load in a fresh Chromium: time to ready, and the responses the first screen requested,
 * told apart from later ones by the page's own resource timing (request start ≤ ready).
 */
async function coldLoad(subject: Subject, profile: Profile, waitForLater: boolean): Promise<LoadRun> {
  const browser = await launchChromium();
  try {
    const page = await newPage(browser, profile);
    const requests: Request[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith('http')) requests.push(request);
    });
    await page.addInitScript(readyStamp(subject.ready));
    await page.goto(subject.server.url);
    const readyMs = await waitReady(page);
    // The canvas takes over behind what the student is looking at: shifts are counted until it has booted.
    if (subject.name === 'game')
      await page.waitForFunction(() => (window.crisisTable?.gameSize().width ?? 0) > 0, undefined, {
        timeout: TAKEOVER_TIMEOUT_MS,
        polling: 50,
      });
    await new Promise((resolve) => setTimeout(resolve, subject.name === 'game' ? 1_000 : 2_000));
    const shift = await page.evaluate<number>('window.__benchShift');
    if (waitForLater) await new Promise((resolve) => setTimeout(resolve, LATER_WINDOW_MS));
    const startedBeforeReady = new Set(
      await page.evaluate<string[]>(
        `performance.getEntriesByType('resource').filter((r) => r.startTime <= window.__benchReadyAt).map((r) => r.name)`,
      ),
    );
    const firstScreen = requests.filter((request) => request.isNavigationRequest() || startedBeforeReady.has(request.url()));
    const later = requests.filter((request) => !firstScreen.includes(request));
    return { readyMs, shift, files: await measureFiles(firstScreen, subject.server), later: await measureFiles(later, subject.server) };
  } finally {
    await browser.close();
  }
}

/**
 * A card clicked with the mouse the moment a sighted player could click it (Phaser and the scenario
 * files may still be on their way): milliseconds from the click until the briefing of that card is
 * drawn and settled. A lost click never gets there and fails the run.
 */
async function clickAtReady(game: Subject, profile: Profile): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await newPage(browser, profile);
    await page.addInitScript(readyStamp(game.ready));
    await page.goto(game.server.url);
    await waitReady(page);
    const card = await page.evaluate<{ x: number; y: number; id: string } | null>('window.__benchCard()');
    if (!card) throw new Error('bench: the card that was clickable is gone');
    const clickedAt = await page.evaluate<number>('performance.now()');
    await page.mouse.click(card.x, card.y);
    await page.waitForFunction(
      (id) => {
        // The card may be clicked before the app has arrived (the page keeps the click): no inspector yet.
        const ct = window.crisisTable;
        if (!ct) return false;
        const v = ct.view();
        return v.name === 'briefing' && v.scenarioId === id && ct.settled() && ct.scene() === 'briefing';
      },
      card.id.slice('card:'.length),
      { timeout: 60_000, polling: 20 },
    );
    return (await page.evaluate<number>('performance.now()')) - clickedAt;
  } finally {
    await browser.close();
  }
}

/** gzip -9 size of the entry chunk index.html loads (everything else it needs at once is listed with the first-screen files). */
function entryChunkGzip(out: string): { file: string; gzipBytes: number } {
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  const file = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!file) throw new Error(`bench: no module script in ${out}/index.html`);
  return { file, gzipBytes: gzipSync(readFileSync(path.join(out, file)), { level: 9 }).length };
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((metric) => metric.name === 'TaskDuration');
  if (!task) throw new Error('Performance.getMetrics has no TaskDuration');
  return task.value;
}

/** Share of wall time the main thread spent in tasks over BUSY_WINDOW_MS, with no input. */
async function busyShare(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await taskSeconds(cdp);
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, BUSY_WINDOW_MS));
  const busy = (await taskSeconds(cdp)) - before;
  return busy / ((Date.now() - started) / 1000);
}

/**
 * In-page driver, installed as `window.__bench`: it presses the DOM layer's `[data-target]` buttons
 * (the same controller methods a canvas click reaches) and waits for each step to be drawn. A play
 * acknowledges feedback, continues lines, takes the first available choice and answers option 0.
 */
const BENCH_DRIVER = `(() => {
  const ct = window.crisisTable;
  const state = () => JSON.stringify([ct.view(), ct.paused()]);
  // settled() of the scene the view calls for, not of the previous scene still on the canvas.
  const ready = () => ct.settled() && ct.scene() === (ct.paused() ? 'pause' : ct.view().name);
  const wait = (what, done) => new Promise((resolve, reject) => {
    const started = performance.now();
    const tick = () => {
      if (done()) return resolve(null);
      if (performance.now() - started > 60000) {
        const view = ct.view();
        const where = view.name + (view.screen ? ' ' + view.screen.kind + ' ' + view.screen.node : '') + ', scene ' + ct.scene() + ', settled ' + ct.settled();
        return reject(new Error('bench: timed out waiting for ' + what + ' in view ' + where));
      }
      setTimeout(tick, 20);
    };
    tick();
  });
  const step = async (id) => {
    const button = document.querySelector('[data-target="' + CSS.escape(id) + '"]');
    if (!button) throw new Error('bench: no DOM button [data-target="' + id + '"] in view ' + ct.view().name);
    const before = state();
    button.click();
    // A card clicked before its scenario has arrived shows the loading view first: the step is the screen after it.
    await wait('the step after ' + id, () => state() !== before && ready() && ct.view().name !== 'loading');
  };
  const decisionNow = () => {
    const view = ct.view();
    return view.name === 'play' && !view.pendingOutcome && (view.screen.kind === 'choice' || view.screen.kind === 'quiz');
  };
  const next = async () => {
    const view = ct.view();
    if (view.name !== 'play') throw new Error('bench: expected a play, got view ' + view.name);
    if (view.pendingOutcome) return step('acknowledge');
    if (view.screen.kind === 'line') return step('continue');
    if (view.screen.kind === 'choice') return step('choice:' + view.screen.choices.find((c) => c.available).id);
    if (view.screen.kind === 'quiz') return step('option:0');
  };
  window.__bench = {
    async startFirstScenario() {
      await wait('the menu', () => ct.view().name === 'menu' && ready());
      // The shortest scenario: plays in a row are many steps, and the first screen is the same.
      const card = ct.view().cards.filter((c) => !c.error).sort((a, b) => a.minutes - b.minutes)[0];
      await step('card:' + card.id);
      await step('start');
    },
    async toFirstDecision() {
      for (let i = 0; i < 200 && !decisionNow(); i++) await next();
    },
    async playOnce() {
      if (ct.view().name === 'ending') await step('play-again');
      for (let steps = 0; steps < 1000; steps++) {
        if (ct.view().name === 'ending') return steps;
        await next();
      }
      throw new Error('bench: the play did not end within 1000 steps');
    },
  };
})()`;

async function installDriver(page: Page): Promise<void> {
  await page.evaluate(BENCH_DRIVER);
}

async function heapUsedBytes(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

interface HeapFigures {
  afterOne: number;
  afterMany: number;
  steps: number;
}

async function heapAfterPlays(game: Subject): Promise<HeapFigures> {
  const browser = await launchChromium();
  try {
    // Reduced motion as a student may set it: no typewriter, so 50 plays take seconds, not minutes.
    // A phone-sized page: the same scenes for a quarter of the pixels software WebGL must fill.
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(readyStamp(game.ready));
    await page.goto(game.server.url);
    await waitReady(page);
    await installDriver(page);
    await page.evaluate('window.__bench.startFirstScenario()');
    const cdp = await context.newCDPSession(page);
    let steps = await page.evaluate<number>('window.__bench.playOnce()');
    const afterOne = await heapUsedBytes(cdp);
    for (let play = 1; play < PLAYS; play++) {
      steps += await page.evaluate<number>('window.__bench.playOnce()');
      if (play % 10 === 9) console.log(`  ${play + 1} plays`);
    }
    const afterMany = await heapUsedBytes(cdp);
    return { afterOne, afterMany, steps };
  } finally {
    await browser.close();
  }
}

/** Busy share of the game at its first choice of a play, and of the bare page at its screen. */
async function idleBusy(subject: Subject, atFirstChoice: boolean): Promise<number> {
  const browser = await launchChromium();
  try {
    // Reduced motion only to get to the first choice without waiting on the typewriter: the quiet
    // window is measured on a settled screen either way.
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(readyStamp(subject.ready));
    await page.goto(subject.server.url);
    await waitReady(page);
    if (atFirstChoice) {
      await installDriver(page);
      await page.evaluate('window.__bench.startFirstScenario().then(() => window.__bench.toFirstDecision())');
    }
    // Let the last transition's tweens finish before the quiet window starts.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return await busyShare(page);
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`;
const pct = (share: number): string => `${(share * 100).toFixed(1)} %`;
const sum = (files: LoadedFile[]): number => files.reduce((total, file) => total + file.gzipBytes, 0);

interface Row {
  measure: string;
  game: string;
  baseline: string;
  ratio: string;
  target: string;
  pass: boolean;
}

function printTable(rows: Row[]): void {
  const header = ['measure', 'game', 'baseline', 'ratio', 'target', 'verdict'];
  const cells = rows.map((row) => [row.measure, row.game, row.baseline, row.ratio, row.target, row.pass ? 'PASS' : 'OVER']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)));
  const format = (line: string[]): string => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of cells) console.log(format(line));
}

interface ProfileFigures {
  profile: Profile;
  game: LoadRun[];
  bare: LoadRun[];
  clicks: number[];
}

async function measureProfile(profile: Profile, game: Subject, bare: Subject): Promise<ProfileFigures> {
  console.log(`${profile.name}: cold loads (${profile.runs} each, alternating), then ${CLICK_RUNS} cards clicked at once …`);
  const figures: ProfileFigures = { profile, game: [], bare: [], clicks: [] };
  for (let run = 0; run < profile.runs; run++) {
    // Only the first load's files are listed, so only it waits to see the later downloads.
    figures.game.push(await coldLoad(game, profile, run === 0));
    figures.bare.push(await coldLoad(bare, profile, run === 0));
  }
  for (let run = 0; run < CLICK_RUNS; run++) figures.clicks.push(await clickAtReady(game, profile));
  return figures;
}

function printFiles(figures: ProfileFigures): void {
  const [gameFirst, bareFirst] = [figures.game[0], figures.bare[0]];
  if (!gameFirst || !bareFirst) throw new Error('no cold load measured');
  console.log(`\nFirst-screen files, ${figures.profile.name} (gzip -9 of each response body):`);
  for (const [label, run] of [
    ['game', gameFirst],
    ['bare', bareFirst],
  ] as const) {
    for (const file of run.files) console.log(`  ${label}  ${kib(file.gzipBytes).padStart(10)}  (${kib(file.bytes)} raw)  ${file.url}`);
  }
  for (const file of gameFirst.later) console.log(`  later ${kib(file.gzipBytes).padStart(9)}  (${kib(file.bytes)} raw)  ${file.url}`);
  console.log(
    `  (later: requested after the first screen was ready, within ${LATER_WINDOW_MS / 1000} s: ${kib(sum(gameFirst.later))} gzip, not counted below)`,
  );
  const times = (runs: LoadRun[]): string => runs.map((r) => r.readyMs.toFixed(0)).join(', ');
  console.log(`Clickable (ms): game ${times(figures.game)}; bare ${times(figures.bare)}`);
  console.log(`Layout shift: game ${figures.game.map((r) => r.shift.toFixed(3)).join(', ')}`);
  console.log(`Card clicked at once → its briefing drawn (ms): ${figures.clicks.map((ms) => ms.toFixed(0)).join(', ')}`);
}

function profileRows(figures: ProfileFigures): Row[] {
  const { profile } = figures;
  const [gameMs, bareMs] = [median(figures.game.map((r) => r.readyMs)), median(figures.bare.map((r) => r.readyMs))];
  const [gameBytes, bareBytes] = [sum(figures.game[0]?.files ?? []), sum(figures.bare[0]?.files ?? [])];
  const shift = Math.max(...figures.game.map((r) => r.shift));
  const click = median(figures.clicks);
  return [
    {
      measure: `${profile.name}: first-screen download (gzip)`,
      game: kib(gameBytes),
      baseline: kib(bareBytes),
      ratio: `${(gameBytes / bareBytes).toFixed(2)}×`,
      target: '≤ 0.75×',
      pass: gameBytes <= 0.75 * bareBytes,
    },
    {
      measure: `${profile.name}: card clickable on screen (median of ${profile.runs})`,
      game: `${gameMs.toFixed(0)} ms`,
      baseline: `${bareMs.toFixed(0)} ms`,
      ratio: `${(gameMs / bareMs).toFixed(2)}×`,
      target: `≤ ${profile.target.toFixed(2)}×`,
      pass: gameMs <= profile.target * bareMs,
    },
    {
      measure: `${profile.name}: layout shift until the canvas booted (worst of ${profile.runs})`,
      game: shift.toFixed(3),
      baseline: '',
      ratio: '',
      target: '≤ 0.05',
      pass: shift <= 0.05,
    },
    {
      measure: `${profile.name}: card clicked at once → briefing (median of ${CLICK_RUNS})`,
      game: `${click.toFixed(0)} ms`,
      baseline: '',
      ratio: '',
      target: 'opens',
      pass: true,
    },
  ];
}

async function main(): Promise<void> {
  console.log('Building the game and the bare page …');
  await viteBuild({ args: ['--outDir', gameOut, '--emptyOutDir'] });
  await viteBuild({ args: ['--config', bareConfig] });
  const gameServer = await serveGzipped(gameOut);
  const bareServer = await serveGzipped(bareOut);
  try {
    const game: Subject = { name: 'game', server: gameServer, ready: GAME_READY };
    const bare: Subject = { name: 'bare', server: bareServer, ready: BARE_READY };

    const profiles: ProfileFigures[] = [];
    for (const profile of PROFILES) profiles.push(await measureProfile(profile, game, bare));
    console.log('Main-thread busy time while waiting for input …');
    const gameBusy = await idleBusy(game, true);
    const bareBusy = await idleBusy(bare, false);
    console.log(`Heap after 1 and after ${PLAYS} plays …`);
    const heap = await heapAfterPlays(game);

    for (const figures of profiles) printFiles(figures);
    const [gameEntry, bareEntry] = [entryChunkGzip(gameOut), entryChunkGzip(bareOut)];
    console.log(`\nEntry chunks: game ${gameEntry.file}, bare ${bareEntry.file}`);
    console.log(`Plays driven for the heap: ${PLAYS} (${heap.steps} steps)\n`);

    const growth = heap.afterMany - heap.afterOne;
    printTable([
      {
        measure: 'entry chunk (gzip -9)',
        game: kib(gameEntry.gzipBytes),
        baseline: kib(bareEntry.gzipBytes),
        ratio: `${(gameEntry.gzipBytes / bareEntry.gzipBytes).toFixed(2)}×`,
        target: '',
        pass: true,
      },
      ...profiles.flatMap(profileRows),
      {
        measure: `main-thread busy, ${BUSY_WINDOW_MS / 1000} s idle`,
        game: pct(gameBusy),
        baseline: pct(bareBusy),
        ratio: `${(gameBusy / bareBusy).toFixed(2)}×`,
        target: '≤ 10 %',
        pass: gameBusy <= 0.1,
      },
      {
        measure: `JS heap after ${PLAYS} plays`,
        game: mb(heap.afterMany),
        baseline: `${mb(heap.afterOne)} (1 play)`,
        ratio: `+${mb(growth)}`,
        target: '< +2 MB',
        pass: growth < 2_000_000,
      },
    ]);
  } finally {
    await Promise.all([gameServer.stop(), bareServer.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
