/**
 * Vite plugin: links in index.html that start, while the page's own script is still loading, the
 * downloads the first screen cannot do without but that the browser would only request once the
 * stylesheet is applied: the game's font files. Phaser gets no such link: the menu is drawn by the
 * page, and a preload of Phaser's chunk would share a slow link with the menu's own files.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function preloadFirstScreen(options: { fontFiles: RegExp }): Plugin {
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
