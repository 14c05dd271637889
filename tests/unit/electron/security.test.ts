import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  allowDevServer,
  CSP,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isReaderCameraRequest,
  isTrustedUrl,
  READER_ROUTE,
} from '../../../electron/main/security';
import { createMockSession } from '../../mocks/electron';

describe('request filter', () => {
  it('allows only the app origin', () => {
    allowDevServer(undefined);
    expect(isAllowedRequest('app://wegwijs/index.html')).toBe(true);
    expect(isAllowedRequest('app://wegwijs/assets/x.js')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5173/',
      'app://evil/index.html',
      'file:///etc/passwd',
      'ws://localhost:5173/',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('allows the dev server only when one is set', () => {
    allowDevServer('http://localhost:5173/');
    expect(isTrustedUrl('http://localhost:5173/index.html')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/')).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/')).toBe(false);
    allowDevServer(undefined);
    expect(isTrustedUrl('http://localhost:5173/index.html')).toBe(false);
  });

  it('cancels foreign requests at the session and denies every permission', () => {
    const ses = createMockSession();
    hardenSession(ses as unknown as Session);
    const filter = ses.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const cb = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    filter({ url: 'https://tracker.example/pixel.gif' }, cb);
    expect(cb).toHaveBeenLastCalledWith({ cancel: true });
    filter({ url: 'app://wegwijs/index.html' }, cb);
    expect(cb).toHaveBeenLastCalledWith({ cancel: false });

    const permission = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      permission(null, p, answer);
      expect(answer).toHaveBeenCalledWith(false);
    }
    const check = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('denies navigation away, new windows and webviews', () => {
    const handlers: Record<string, (e: { preventDefault: () => void; url?: string }, url?: string) => void> = {};
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (typeof handlers)[string]) => (handlers[name] = fn),
      setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn),
    };
    hardenWebContents(contents as unknown as WebContents);
    const prevent = vi.fn();
    handlers['will-navigate']?.({ preventDefault: prevent }, 'https://example.org/');
    expect(prevent).toHaveBeenCalledTimes(1);
    handlers['will-navigate']?.({ preventDefault: prevent }, 'app://wegwijs/index.html#/home');
    expect(prevent).toHaveBeenCalledTimes(1);
    handlers['will-attach-webview']?.({ preventDefault: prevent });
    expect(prevent).toHaveBeenCalledTimes(2);
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });

  it('has a CSP with no remote origins and no inline script', () => {
    expect(CSP).toContain("default-src 'none'");
    // 'wasm-unsafe-eval' (the letter reader's OCR) compiles WebAssembly only; JavaScript eval stays forbidden.
    expect(CSP).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(CSP).not.toMatch(/https?:|unsafe-inline|(?<!wasm-)unsafe-eval|\*/);
  });
});

describe('letter reader camera (issue 14)', () => {
  const READER = 'app://wegwijs/index.html#/letters/read';
  const ask = (permission: string, details: unknown, page: string | undefined) =>
    isReaderCameraRequest(permission, details, page);

  it('grants the camera, video only, to the app page that shows the reader', () => {
    expect(ask('media', { mediaTypes: ['video'], requestingUrl: READER, securityOrigin: 'app://wegwijs' }, READER)).toBe(true);
    expect(ask('media', { mediaType: 'video', requestingUrl: READER }, READER)).toBe(true);
  });

  it('refuses the microphone, other pages, other origins and other permissions', () => {
    const video = { mediaTypes: ['video'], requestingUrl: READER };
    expect(ask('media', { mediaTypes: ['video', 'audio'], requestingUrl: READER }, READER)).toBe(false);
    expect(ask('media', { mediaTypes: ['audio'], requestingUrl: READER }, READER)).toBe(false);
    expect(ask('media', { mediaTypes: [], requestingUrl: READER }, READER)).toBe(false);
    expect(ask('media', { mediaType: 'unknown', requestingUrl: READER }, READER)).toBe(false);
    expect(ask('media', video, 'app://wegwijs/index.html#/letters')).toBe(false);
    expect(ask('media', video, 'app://wegwijs/index.html#/letters/reader-fake')).toBe(false);
    expect(ask('media', video, 'app://wegwijs/index.html#/home')).toBe(false);
    expect(ask('media', video, undefined)).toBe(false);
    expect(ask('media', { mediaTypes: ['video'], requestingUrl: 'https://evil.example/#/letters/read' }, READER)).toBe(false);
    expect(ask('media', { mediaTypes: ['video'], securityOrigin: 'app://evil' }, READER)).toBe(false);
    expect(ask('media', video, 'https://evil.example/index.html#/letters/read')).toBe(false);
    expect(ask('media', undefined, READER)).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'display-capture']) {
      expect(ask(p, video, READER), p).toBe(false);
    }
  });

  it('is what the session handlers answer', () => {
    const ses = createMockSession();
    hardenSession(ses as unknown as Session);
    const request = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as unknown as (
      wc: { getURL(): string } | null,
      p: string,
      cb: (ok: boolean) => void,
      details: unknown,
    ) => void;
    const at = (url: string) => ({ getURL: () => url });
    const answer = vi.fn();
    request(at(READER), 'media', answer, { mediaTypes: ['video'], requestingUrl: READER });
    expect(answer).toHaveBeenLastCalledWith(true);
    request(at('app://wegwijs/index.html#/home'), 'media', answer, { mediaTypes: ['video'], requestingUrl: READER });
    expect(answer).toHaveBeenLastCalledWith(false);
    request(null, 'media', answer, { mediaTypes: ['video'], requestingUrl: READER });
    expect(answer).toHaveBeenLastCalledWith(false);
    const check = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as unknown as (
      wc: { getURL(): string } | null,
      p: string,
      origin: string,
      details: unknown,
    ) => boolean;
    expect(check(at(READER), 'media', 'app://wegwijs', { mediaType: 'video', requestingUrl: READER })).toBe(true);
    expect(check(at(READER), 'media', 'app://wegwijs', { mediaType: 'audio', requestingUrl: READER })).toBe(false);
  });

  it('the reader route is where the renderer shows the reader', () => {
    // The areas table (app/routes.ts) puts the letters at /letters; the letters' own routes put the reader at /read.
    const areas = readFileSync('renderer/src/app/routes.ts', 'utf8');
    const letters = readFileSync('renderer/src/pages/letters/index.tsx', 'utf8');
    expect(READER_ROUTE).toBe('#/letters/read');
    expect(areas).toMatch(/id: 'letters', path: '\/letters'/);
    expect(letters).toMatch(/path="\/read"/);
  });

  it('the CSP allows WebAssembly and workers from the app only, and still no eval, no inline script', () => {
    const script = CSP.split('; ').find((d) => d.startsWith('script-src '));
    expect(script).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP).toContain("worker-src 'self'");
    expect(CSP).not.toMatch(/'unsafe-eval'|'unsafe-inline'|blob:|https?:/);
  });
});
