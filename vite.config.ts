import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The game's Phaser code (src/game) gets Phaser's own "core" entry point, which leaves out what the
 * game does not use (physics, tilemaps, particles, sound, most game objects), instead of the whole
 * prebuilt bundle. Only imports from src/game are redirected, so any other page (e.g. the stock
 * baseline of the web benchmark) still gets stock Phaser.
 */
const PHASER_CORE = fileURLToPath(new URL('./node_modules/phaser/src/phaser-core.js', import.meta.url));

function phaserCoreForGame(): Plugin {
  return {
    name: 'crisis-table:phaser-core-for-game',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source === 'phaser' && importer !== undefined && importer.includes('/src/game/')) return PHASER_CORE;
      return null;
    },
    // The core entry ends with webpack's `global.Phaser = Phaser`; browsers have no `global`.
    transform(code, id) {
      if (id !== PHASER_CORE) return null;
      return { code: code.replace('global.Phaser = Phaser;', 'globalThis.Phaser = Phaser;'), map: null };
    },
  };
}

export default defineConfig({
  base: './',
  // assets/ is served as-is: audio at assets/audio/ is fetched as audio/… relative to the page.
  publicDir: 'assets',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  plugins: [phaserCoreForGame()],
  // Phaser's source is written for webpack's DefinePlugin: these pick WebGL only, no debug, no Phaser sound (Howler plays audio).
  define: {
    'typeof CANVAS_RENDERER': JSON.stringify(false),
    'typeof WEBGL_RENDERER': JSON.stringify(true),
    'typeof WEBGL_DEBUG': JSON.stringify(false),
    'typeof FEATURE_SOUND': JSON.stringify(false),
    'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
    'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
  },
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
        },
      },
      {
        // Real Chromium against one production build (tests/browser/global-setup.ts). One file at a
        // time: each file runs its own Chromium, and two of them starve each other on 2 cores.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
