/**
 * Vite plugin: links in index.html that start, while the page's own script is still loading, the
 * downloads the first screen cannot do without but that Vite would only request later: the game's
 * Phaser chunk (a dynamic import, so the page still works without it) and the game's font files.
 * Chromium also compiles a preloaded module off the main thread as soon as it arrives.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function preloadFirstScreen(options: { chunkEntry: string; fontFiles: RegExp }): Plugin {
  let base = './';
  return {
    name: 'crisis-table:preload-first-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const tags: HtmlTagDescriptor[] = [];
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && output.facadeModuleId?.endsWith(options.chunkEntry)) {
            tags.push({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${output.fileName}` },
              injectTo: 'head',
            });
          }
          if (output.type === 'asset' && options.fontFiles.test(output.fileName)) {
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${output.fileName}` },
              injectTo: 'head',
            });
          }
        }
        return tags;
      },
    },
  };
}
