// A tiny HTTP server on 127.0.0.1 for the demo, tests and benchmarks: fixed routes and/or a folder.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

export interface StaticServer {
  url: string;
  /** Adds or replaces a route served from memory. */
  set(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

export async function serveStatic(routes: Record<string, string> = {}, dir?: string): Promise<StaticServer> {
  const mem = new Map<string, { body: string; type: string }>();
  for (const [p, body] of Object.entries(routes)) mem.set(p, { body, type: TYPES[extname(p)] ?? TYPES['.html'] });
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const hit = mem.get(path);
    if (hit) {
      res.writeHead(200, { 'content-type': hit.type });
      res.end(hit.body);
      return;
    }
    if (dir) {
      const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
      if (file.startsWith(normalize(dir))) {
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return;
        } catch {
          /* fall through to 404 */
        }
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (p, body, type) => mem.set(p, { body, type: type ?? TYPES[extname(p)] ?? TYPES['.html'] }),
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
