/**
 * Opening the teacher's page in a test: a fresh context, problems watched from the first request
 * (console errors, page errors, failed requests), every Content-Security-Policy violation reported
 * as a console error, and every request's URL kept so a test can check that none leaves the origin.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { gameUrl, LAPTOP, watchProblems } from './harness';

export interface TeachPage {
  context: BrowserContext;
  page: Page;
  problems: string[];
  requests: string[];
}

const REPORT_CSP = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI);
});`;

const opened: TeachPage[] = [];

/**
 * For a test file that opens the teacher's page: after each test, the pages it opened are checked
 * and closed. Called by the file itself, since a hook registered by this module when it loads would
 * serve only the first file of a worker (the browser tests share their modules, see vite.config.ts).
 */
export function useTeachPages(): void {
  afterEach(async () => {
    const pages = opened.splice(0);
    try {
      for (const teach of pages) {
        expect(teach.problems, 'console errors, page errors, failed requests or CSP violations').toEqual([]);
        const origin = new URL(gameUrl()).origin;
        expect(teach.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
      }
    } finally {
      await Promise.all(pages.map((teach) => teach.context.close()));
    }
  });
}

export async function openTeachPage(
  browser: Browser,
  viewport: { width: number; height: number } = LAPTOP,
  panel = '',
): Promise<TeachPage> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(gameUrl()).origin });
  await context.addInitScript(REPORT_CSP);
  const page = await context.newPage();
  const teach: TeachPage = { context, page, problems: [], requests: [] };
  watchProblems(page, teach.problems);
  // Worker scripts are requests of the page too.
  context.on('request', (request) => teach.requests.push(request.url()));
  opened.push(teach);
  await page.goto(new URL(`teach.html${panel ? `#${panel}` : ''}`, gameUrl()).href);
  await waitReady(page);
  return teach;
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
}

export async function showPanel(page: Page, name: 'Assignment' | 'Lesson guides' | 'Roster' | 'Results'): Promise<void> {
  await page.getByRole('navigation', { name: "Teacher's tools" }).getByRole('button', { name, exact: true }).click();
}
