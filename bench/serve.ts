/**
 * A static server for the search measurements, on loopback only.
 *
 * It behaves like a typical static host (GitHub Pages, Netlify, S3 + CDN) rather than the
 * bare test server in tests/helpers: text files are gzip-compressed when the browser asks,
 * and responses carry Content-Length, Last-Modified and a short max-age, so "transferred
 * bytes" and the warm/hot cache behaviour are what a visitor would see. Pagefind's own
 * `.pf_*` and `.pagefind` files are already gzip inside, so they are sent as they are.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg']);

export interface BenchServer {
  /** Origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  close: () => Promise<void>;
}

export async function serveStatic(dir: string, options: { gzip: boolean }): Promise<BenchServer> {
  const root = normalize(dir);
  // Compressed bodies are cached: the measurement is the network, not our zlib.
  const compressed = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    let stat = statOrNull(file);
    if (stat?.isDirectory()) {
      file = join(file, 'index.html');
      stat = statOrNull(file);
    }
    const status = stat ? 200 : 404;
    if (!stat) {
      file = join(root, '404.html');
      stat = statOrNull(file);
      if (!stat) return void response.writeHead(404).end();
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'last-modified': stat.mtime.toUTCString(),
      'cache-control': 'public, max-age=600',
    };
    let body: Buffer = readFileSync(file);
    if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      let cached = compressed.get(file);
      if (!cached) {
        cached = gzipSync(body);
        compressed.set(file, cached);
      }
      body = cached;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function statOrNull(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
