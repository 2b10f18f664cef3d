/**
 * Once per browser-test run: one production build of the game, served by `vite preview`; the URL
 * reaches the tests through `inject('gameUrl')`. The build goes to a folder of its own per run so a
 * concurrent `npm run build` (or a second test run) cannot replace files under the server.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot, startPreview, viteBuild } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    gameUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = path.join(repoRoot, 'test-results', `build-${process.pid}`);
  await viteBuild({ args: ['--outDir', outDir, '--emptyOutDir'] });
  const server = await startPreview({ args: ['--outDir', outDir] });
  project.provide('gameUrl', server.url);
  return async () => {
    await server.stop();
    await rm(outDir, { recursive: true, force: true });
  };
}
