/**
 * A static server for a built folder that sends text files gzip-encoded, as a school's web server
 * would. `vite preview` sends them uncompressed, which is fine on a loopback without limits but not
 * under an emulated 1.6 Mbit/s line: there the bytes on the wire are the measure.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PreviewServer } from '../../tests/browser/preview-server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.webm': 'audio/webm',
};

/** Already compressed formats go as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

export function serveGzipped(folder: string): Promise<PreviewServer> {
  const root = path.resolve(folder);
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) {
        response.writeHead(404).end();
        return;
      }
      const extension = path.extname(file);
      const body = await readFile(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[extension] ?? 'application/octet-stream',
        // As a school's server would for a Vite build: the page itself revalidated, the hashed assets
        // kept. Each cold load is a fresh browser, so nothing comes from a cache; but under no-store
        // Chromium fetched every preloaded font a second time for the stylesheet that uses it.
        'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body, { level: 6 }));
      } else {
        response.writeHead(200, headers).end(body);
      }
    })();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        pid: process.pid,
        stop: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
