import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.mp3': 'audio/mpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/** A static host for a built app whose folder can be swapped, as a deploy does. */
export interface StaticServer {
  readonly origin: string;
  /** Serve `dir` from the next request on. */
  serve(dir: string): void;
  /** Every path requested so far. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1; unknown paths get index.html (deep links), as `vite preview` does.
 * The port is one the system picks (free, so parallel workers and other checkouts never collide)
 * unless `port` names one.
 */
export async function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  let root = dir;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    void (async () => {
      let file = join(root, normalize(path));
      const found = await stat(file).catch(() => null);
      if (!found?.isFile()) file = join(root, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    })().catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return {
    origin: `http://127.0.0.1:${String(bound)}`,
    serve(next) {
      root = next;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
