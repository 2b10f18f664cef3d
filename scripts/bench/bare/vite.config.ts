// The benchmark's baseline page, built on its own (no game config) to dist-bench/bare.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  // Same target as the game's build, so the two bundles are compared like for like.
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: fileURLToPath(new URL('../../../dist-bench/bare', import.meta.url)),
    emptyOutDir: true,
  },
});
