import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vite/content-security-policy.ts';
import { preloadFirstScreen } from './scripts/vite/preload-first-screen.ts';
import { scenarioCards } from './scripts/vite/scenario-cards.ts';
import { separatePages } from './scripts/vite/separate-pages.ts';

/**
 * In the build, the game's Phaser code (src/game) gets src/game/phaser-entry.js, which loads only the
 * parts of Phaser the game uses (no physics, loader, sprites, particles, sound, …), instead of the
 * whole prebuilt bundle. Only imports from src/game are redirected, so any other page (e.g. the stock
 * baseline of the web benchmark) still gets stock Phaser. The dev server keeps the prebuilt bundle:
 * it serves modules as ESM and Phaser's source is CommonJS.
 */
const PHASER_ENTRY = fileURLToPath(new URL('./src/game/phaser-entry.js', import.meta.url));

function phaserEntryForGame(): Plugin {
  return {
    name: 'crisis-table:phaser-entry-for-game',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source === 'phaser' && importer !== undefined && importer.includes('/src/game/')) return PHASER_ENTRY;
      return null;
    },
  };
}

const SCENARIOS_DIR = fileURLToPath(new URL('./scenarios', import.meta.url));
const SCHEMA_MARKDOWN = fileURLToPath(new URL('./src/studio/schema-markdown.ts', import.meta.url));

/** The studio's hover and completion docs render as escaped text: see src/studio/schema-markdown.ts for why. */
function plainSchemaDocs(): Plugin {
  return {
    name: 'crisis-table:plain-schema-docs',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.endsWith('/utils/markdown') && importer?.includes('/codemirror-json-schema/')) return SCHEMA_MARKDOWN;
      return null;
    },
  };
}

export default defineConfig({
  base: './',
  // assets/ is served as-is: audio at assets/audio/ is fetched as audio/… relative to the page.
  publicDir: 'assets',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  plugins: [
    phaserEntryForGame(),
    // For the dev server, which serves every page with this config; the studio's build gets its own below.
    plainSchemaDocs(),
    scenarioCards(SCENARIOS_DIR),
    // The two faces the menu and src/game/fonts.ts use (Latin, regular and bold), not the .woff fallbacks.
    contentSecurityPolicy(),
    preloadFirstScreen({ fontFiles: /atkinson-hyperlegible-latin-(400|700)-normal-[\w-]+\.woff2$/ }),
    // The teacher's page: a build of its own, so the student's first screen does not grow for it.
    // The studio needs the card manifest (its shipped-scenario list) and the plain schema docs.
    separatePages(['teach.html', 'studio.html'], () => [plainSchemaDocs(), scenarioCards(SCENARIOS_DIR)]),
  ],
  // Phaser's package exports only its prebuilt bundles; the game's entry picks modules from its source.
  resolve: { alias: [{ find: /^phaser-src\//, replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)) }] },
  // Phaser's source is written for webpack's DefinePlugin: these pick WebGL only, no debug, no Phaser sound (Howler plays audio).
  define: {
    'typeof CANVAS_RENDERER': JSON.stringify(false),
    'typeof WEBGL_RENDERER': JSON.stringify(true),
    'typeof WEBGL_DEBUG': JSON.stringify(false),
    'typeof FEATURE_SOUND': JSON.stringify(false),
    'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
    'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
  },
  // The Phaser chunk is ~750 kB before gzip by nature; warn only if it grows well past that.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
  // The dev server pre-bundles dependencies without the plugins above; this one must go through them.
  // Left out, it is served as is, so its CommonJS dependencies must be pre-bundled by name, or the
  // browser gets them raw ("does not provide an export named 'default'" for loglevel) and the studio
  // never starts under `npm run dev`.
  optimizeDeps: {
    exclude: ['codemirror-json-schema'],
    include: [
      'codemirror-json-schema > loglevel',
      'codemirror-json-schema > best-effort-json-parser',
      'codemirror-json-schema > json-schema-library',
      'codemirror-json-schema > yaml',
      'codemirror-json-schema > json5',
      'codemirror-json-schema > codemirror-json5',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          globalSetup: ['tests/source-note.ts'],
          // Tests that start a CLI (tsx) or run property checks take seconds on a loaded 2-core machine;
          // 5 s (Vitest's default) failed them there while they passed in 1-2 s on a quiet one.
          testTimeout: 30_000,
          // Two files at a time (Vitest's default on 2 cores is one): a CLI test mostly waits for its
          // child process. The Node tests run first, then the browser tests, never both at once.
          maxWorkers: 2,
          // The Node tests share a worker's modules instead of importing them afresh per file: no test
          // here relies on a module's state being new (the project passes with --sequence.shuffle too), and
          // the imports were a sixth of the project's CPU (52.8 s -> 44.1 s on a 2-core machine).
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Real Chromium against one production build (tests/browser/global-setup.ts). One Chromium for
        // the run, which two files at a time share (two Chromiums starved each other on 2 cores), and
        // up to four pages at a time in a file whose tests are concurrent (most of a play is waiting for
        // the page, which another page's play can use).
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          maxWorkers: 2,
          maxConcurrency: 4,
          // The test files share a worker's modules, as the Node tests do: importing the harness, the
          // engine and the validator afresh cost each file over a second of CPU. A hook a file needs is
          // registered by the file itself (useBrowser, useTeachPages), never by a shared module.
          isolate: false,
          sequence: { groupOrder: 1 },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // expect.poll waits for what the page does after an input (a re-run preview, a status); its 1 s
          // default failed on a loaded 2-core machine ("an edit of the node being played…" in the studio).
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
