import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:43210/zhidu/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `root` under `base` on 127.0.0.1, the way nginx would (directory → index.html,
 * unknown path → 404.html). Used by the browser tests, the search evaluation and the PDF renderer.
 *
 * Why not `astro preview` or sirv: `preview()` loads astro.config.ts, which builds the handbook model
 * and corpus (seconds per test process, more on the 1,000-regulation bench corpus) only to serve
 * files; sirv would be a new dependency that still needs the base prefix and the 404.html fallback
 * written here, saving some twenty lines. This file is the whole of what nginx does for the site.
 */
export async function startStaticServer(root: string, base = '/', port = 0): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(pathname.slice(prefix.length));
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) {
      response.writeHead(403).end();
      return;
    }
    let file = join(root, relative);
    try {
      const info = await stat(file);
      if (info.isDirectory()) file = join(file, 'index.html');
      await stat(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      createReadStream(join(root, '404.html'))
        .on('error', () => response.end())
        .pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
