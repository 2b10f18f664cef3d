/**
 * Vite plugin: the game page's strict Content-Security-Policy, written into the built index.html: no
 * inline script and no eval; the page's one inline style (the navy shown before any stylesheet) is
 * allowed by its hash, worked out here from the built page because the build minifies that style.
 * The dev server serves the page without it: Vite's development client injects every stylesheet as
 * an inline style, which the policy would refuse. (teach.html and studio.html carry their own.)
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // Howler unlocks HTML5 audio with a data: sound.
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'crisis-table:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
          ([, css]) =>
            `'sha256-${createHash('sha256')
              .update(css ?? '')
              .digest('base64')}'`,
        );
        const policy = [...DIRECTIVES, ["style-src 'self'", ...styles].join(' ')].join('; ');
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }];
      },
    },
  };
}
