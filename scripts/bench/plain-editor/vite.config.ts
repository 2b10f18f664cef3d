// bench:studio's baseline page, built on its own (no game config) to dist-bench/plain-editor.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: fileURLToPath(new URL('../../../dist-bench/plain-editor', import.meta.url)),
    emptyOutDir: true,
  },
});
