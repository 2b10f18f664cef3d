/**
 * Vite plugin: pages other than the game (the teacher's page, …) built each in a build of its own,
 * into the same folder, once the game's build is written. Given to one build as extra entries, they
 * would share chunks with the game (the core's libraries, Vite's preload helper) and so split the
 * student's first screen into more, and larger, downloads. A separate build shares nothing: the
 * first screen stays exactly what the game alone makes. The dev server serves every page as is.
 */
import path from 'node:path';
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';

/** `plugins` makes the plugins each page's build needs (new ones per build: a plugin may keep state). */
export function separatePages(pages: readonly string[], plugins: () => PluginOption[] = () => []): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'crisis-table:separate-pages',
    apply: (_, env) => env.command === 'build' && !env.isPreview,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config) return;
      const { root, base, build: game } = config;
      for (const page of pages) {
        await build({
          configFile: false,
          root,
          base,
          publicDir: false,
          logLevel: config.logLevel,
          plugins: plugins(),
          worker: { format: 'es', plugins: plugins },
          build: {
            outDir: path.resolve(root, game.outDir),
            emptyOutDir: false,
            target: game.target,
            sourcemap: false,
            rolldownOptions: { input: { [path.basename(page, '.html')]: path.resolve(root, page) } },
          },
        });
      }
    },
  };
}
