import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, CSP } from './security';
// The content types by file ending, one table for the app and the preview server (scripts/serve.mjs).
// `.mjs` is pdf.js's worker (a module worker is refused without a JavaScript type); `.wasm` its
// decoders (pdfjs/wasm/), which pdf.js reads as bytes.
import mimeTypes from './mime.json';
import { withoutPrerenderedPicker } from './prerenderedPage';

const MIME: Record<string, string> = mimeTypes;

/** How long the page waits for the answer at most; then it goes without the prerendered picker. */
const PRERENDERED_ANSWER_MS = 250;

async function askShowsPrerendered(ask: (() => Promise<boolean>) | undefined): Promise<boolean> {
  if (!ask) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PRERENDERED_ANSWER_MS)));
  try {
    return await Promise.race([Promise.resolve().then(ask), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Serves the built renderer on `app://wegwijs/`. Only files inside `root`
 * are served; every response carries the CSP. No network, no file:// origin.
 * `showsPrerendered` says whether this start's first screen is the one
 * prerendered into index.html (./firstScreen.ts); when it is not, cannot
 * tell or does not answer in time, index.html is served without it.
 */
export function createAppProtocolHandler(root: string, { showsPrerendered }: { showsPrerendered?: () => Promise<boolean> } = {}) {
  const base = path.resolve(root);
  // Symbolic links are resolved: a link inside the root that points outside it is not served.
  let realBase: Promise<string> | null = null;
  return async (request: Request): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404 });
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    if (pathname === '/' || pathname === '') pathname = '/index.html';
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return new Response('Forbidden', { status: 403 });
    try {
      realBase ??= fs.realpath(base);
      const root = await realBase;
      const real = await fs.realpath(file);
      if (!real.startsWith(root + path.sep)) return new Response('Forbidden', { status: 403 });
      const raw = await fs.readFile(real);
      const body =
        real === path.join(root, 'index.html') && !(await askShowsPrerendered(showsPrerendered))
          ? withoutPrerenderedPicker(raw.toString('utf8'))
          : raw;
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CSP,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
