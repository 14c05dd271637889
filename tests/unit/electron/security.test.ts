import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  allowDevServer,
  CSP,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isTrustedUrl,
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
    expect(CSP).toMatch(/script-src 'self'(;|$)/);
    expect(CSP).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
  });
});
