/**
 * Once per browser-test run: one production build of the game, served by `vite preview`, and one
 * Chromium; the URL and the browser's endpoint reach the tests through `inject`. The build goes to a folder of its own per run so a
 * concurrent `npm run build` (or a second test run) cannot replace files under the server.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './chromium';
import { repoRoot, startPreview, viteBuild } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    gameUrl: string;
    /** The run's one Chromium, which every test file connects to (tests/browser/harness.ts). */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = path.join(repoRoot, 'test-results', `build-${process.pid}`);
  const [browser] = await Promise.all([launchChromiumServer(), viteBuild({ args: ['--outDir', outDir, '--emptyOutDir'] })]);
  const server = await startPreview({ args: ['--outDir', outDir] });
  project.provide('gameUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.stop();
    await rm(outDir, { recursive: true, force: true });
  };
}
