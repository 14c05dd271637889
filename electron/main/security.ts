import type { Session, WebContents } from 'electron';

/**
 * The lock-down of Electron's security checklist, in one place. The app is
 * offline by design: the only thing a page may load is the app's own files.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'wegwijs';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Sent as a header with every response of the app:// handler (protocol.ts); index.html carries no meta tag of its own. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
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
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
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
