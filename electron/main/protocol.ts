import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, CSP } from './security';
// The content types by file ending, one table for the app and the preview server (scripts/serve.mjs).
// `.mjs` is pdf.js's worker (a module worker is refused without a JavaScript type); `.wasm` its
// decoders (pdfjs/wasm/), which pdf.js reads as bytes.
import mimeTypes from './mime.json';
import { startPage, type StartPage } from './prerenderedPage';

const MIME: Record<string, string> = mimeTypes;

/** How long the page waits for the answer at most; then it gets the page of a start at home. */
const PAGE_ANSWER_MS = 250;
/** A start that cannot tell: without the prerendered picker, with the rest of the app at once. */
const UNTOLD: StartPage = { picker: false, wholeApp: true };

async function askStartPage(ask: (() => Promise<StartPage>) | undefined): Promise<StartPage> {
  if (!ask) return UNTOLD;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<StartPage>((resolve) => (timer = setTimeout(() => resolve(UNTOLD), PAGE_ANSWER_MS)));
  try {
    return await Promise.race([Promise.resolve().then(ask), late]);
  } catch {
    return UNTOLD;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Serves the built renderer on `app://wegwijs/`. Only files inside `root`
 * are served; every response carries the CSP. No network, no file:// origin.
 * `startPage` says which page this start gets (./firstScreen.ts): whether its
 * first screen is the one prerendered into index.html, and whether the rest
 * of the app loads at once. When it cannot tell or does not answer in time,
 * index.html is served as to a start at home: without the picker, with the
 * rest of the app at once.
 */
export function createAppProtocolHandler(root: string, { startPage: ask }: { startPage?: () => Promise<StartPage> } = {}) {
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
      const body = real === path.join(root, 'index.html') ? startPage(raw.toString('utf8'), await askStartPage(ask)) : raw;
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
