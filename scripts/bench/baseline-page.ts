/**
 * The Vite config of a benchmark's baseline page (bare Phaser for bench:web, plain CodeMirror for
 * bench:studio): built on its own, with no game config, to dist-bench/<name>, with the game build's
 * target so the two bundles are compared like for like.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

/** `folder` is the page's folder URL (`new URL('.', import.meta.url)` in its config). */
export function baselinePageConfig(folder: URL, name: string): UserConfig {
  return defineConfig({
    root: fileURLToPath(folder),
    base: './',
    publicDir: false,
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: fileURLToPath(new URL(`../../dist-bench/${name}`, new URL('.', import.meta.url))),
      emptyOutDir: true,
    },
  });
}
