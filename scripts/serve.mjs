import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mimeTypes from '../electron/main/mime.json' with { type: 'json' };

const here = path.dirname(fileURLToPath(import.meta.url));
export const RENDERER_DIR = path.resolve(here, '../out/renderer');

/** @type {Record<string, string>} The app's own table (electron/main/protocol.ts serves by it too). */
const MIME = mimeTypes;

/**
 * The CSP the build wrote into `index.html` (electron.vite.config.ts), or null
 * when there is none. The page's meta tag does not reach Web Workers: a worker
 * (the letter reader's OCR and pdf.js) gets its policy from its own response.
 */
async function builtCsp(base) {
  try {
    const html = await readFile(path.join(base, 'index.html'), 'utf8');
    return /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * A static server for the built renderer on 127.0.0.1 only, with the same
 * CSP as the Electron app: in index.html, and as a header on every response
 * (as app:// sends it), so the workers run under it too. Used by `npm run
 * preview`, the end-to-end tests and the benchmark.
 */
export function startServer({ root = RENDERER_DIR, port = 0 } = {}) {
  const base = path.resolve(root);
  let csp = null;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname = decodeURIComponent(url.pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = path.resolve(base, `.${pathname}`);
      if (!file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      csp ??= builtCsp(base);
      const policy = await csp;
      res.writeHead(200, {
        ...(policy ? { 'content-security-policy': policy } : {}),
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
