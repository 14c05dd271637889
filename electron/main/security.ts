import type { Session, WebContents } from 'electron';

/**
 * The lock-down of Electron's security checklist, in one place. The app is
 * offline by design: the only thing a page may load is the app's own files.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'wegwijs';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a header with every response of the app:// handler (protocol.ts);
 * the build also writes it into index.html as a meta tag (electron.vite.config.ts).
 * 'wasm-unsafe-eval' lets the letter reader's OCR (tesseract.js, served from
 * 'self') compile its WebAssembly; it allows no eval of JavaScript. The OCR
 * runs in a Web Worker loaded from the app's own files (worker-src 'self').
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Development only (`npm run dev`): the electron-vite dev server's origin. Never set in a packaged app. */
let devOrigin: string | null = null;
export function allowDevServer(url: string | undefined): void {
  devOrigin = url ? new URL(url).origin : null;
}

export function isTrustedUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // Compare scheme and host: Node's URL gives non-special schemes an opaque "null" origin.
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    return devOrigin !== null && parsed.origin === devOrigin;
  } catch {
    return false;
  }
}

/** Every request that is not the app's own is cancelled at the session. */
export function isAllowedRequest(url: string): boolean {
  if (isTrustedUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  if (devOrigin !== null) {
    // Vite's hot-reload socket, in development only.
    const ws = devOrigin.replace(/^http/, 'ws');
    if (url.startsWith(`${ws}/`) || url === ws) return true;
    if (url.startsWith('devtools://')) return true;
  }
  return false;
}

export function hardenSession(ses: Session): void {
  // Every permission is denied, except the webcam (video only) for the letter reader: see isReaderCameraRequest.
  ses.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isReaderCameraRequest(permission, details, contents?.getURL())),
  );
  ses.setPermissionCheckHandler((contents, permission, _origin, details) =>
    isReaderCameraRequest(permission, details, contents?.getURL()),
  );
  ses.setDevicePermissionHandler(() => false);
  // The spell checker downloads dictionaries from the network; the app never does.
  ses.setSpellCheckerEnabled(false);
  // Nothing is ever downloaded: a saved file would stay behind, and a file chooser is a way out of a kiosk.
  ses.on('will-download', (event) => event.preventDefault());
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) console.warn(`[security] blocked a request with scheme ${safeScheme(details.url)}`);
    callback({ cancel: !allowed });
  });
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function safeScheme(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match?.[1] ?? 'unknown';
}

// ---------------------------------------------------------------- letter reader (issue 14)

/** The letter reader's route in the renderer (hash routing): the only place the webcam may be used. */
export const READER_ROUTE = '#/letters/read';

interface MediaDetails {
  requestingUrl?: string;
  securityOrigin?: string;
  /** Permission requests: what is asked for. */
  mediaTypes?: readonly string[];
  /** Permission checks: what is checked. */
  mediaType?: string;
}

function isAppPage(url: string | undefined): url is string {
  return url !== undefined && isTrustedUrl(url);
}

/**
 * The one permission the app grants: the camera, video only (never the
 * microphone), asked by the app's own page while it shows the letter reader.
 * On any other page, from any other origin, or with audio, the answer is no;
 * when the person leaves the reader, the page stops the camera and a new
 * request from elsewhere is refused.
 */
export function isReaderCameraRequest(permission: string, details: unknown, pageUrl: string | undefined): boolean {
  if (permission !== 'media' || !details || typeof details !== 'object') return false;
  const d = details as MediaDetails;
  const types = d.mediaTypes ?? (d.mediaType ? [d.mediaType] : []);
  if (types.length === 0 || types.some((t) => t !== 'video')) return false;
  if (d.requestingUrl !== undefined && !isAppPage(d.requestingUrl)) return false;
  if (d.securityOrigin !== undefined && !isAppPage(d.securityOrigin)) return false;
  if (!isAppPage(pageUrl)) return false;
  const hash = new URL(pageUrl).hash;
  return hash === READER_ROUTE || hash.startsWith(`${READER_ROUTE}?`) || hash.startsWith(`${READER_ROUTE}/`);
}
