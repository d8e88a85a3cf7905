import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /** Send the headers of the build's `_headers` file, as Netlify and Cloudflare Pages do. */
  headers?: boolean;
}

export interface StaticServer {
  /** Origin plus base path, e.g. `http://127.0.0.1:40123/portfolio/`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built `dist/` on loopback the way a static host does: under a base path, with
 * `index.html` for folders and the site's 404 page for anything missing; with `headers`, the
 * build's `_headers` rules applied.
 */
export async function serve(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const rules = options.headers ? parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const target = found ? file : join(dir, '404.html');
    const headers: Record<string, string> = { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' };
    for (const [name, values] of headersFor(rules, path)) headers[name] = values.join(', ');
    response.writeHead(found ? 200 : 404, headers);
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
