import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/protocol';
import { startPage, withPrerenderedPicker, type StartPage } from '../../../electron/main/prerenderedPage';

const root = mkdtempSync(path.join(tmpdir(), 'wegwijs-proto-'));
mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>ok</title>');
writeFileSync(path.join(root, 'renderer', 'assets', 'a.js'), 'console.log(1)');
writeFileSync(path.join(root, 'renderer', 'assets', 'pdf.worker.min-x.mjs'), 'export {}');
writeFileSync(path.join(root, 'renderer', 'assets', 'jbig2.wasm'), '\0asm');
writeFileSync(path.join(root, 'secret.txt'), 'secret');
const handle = createAppProtocolHandler(path.join(root, 'renderer'));

describe('app:// protocol', () => {
  it('serves the app files with the CSP', async () => {
    const res = await handle(new Request('app://wegwijs/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toContain('<title>ok</title>');
    const js = await handle(new Request('app://wegwijs/assets/a.js'));
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it("serves the letter reader's pdf.js worker as JavaScript (a module worker of another type is refused) and its decoders as WebAssembly", async () => {
    const worker = await handle(new Request('app://wegwijs/assets/pdf.worker.min-x.mjs'));
    expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(worker.headers.get('content-security-policy')).toContain("worker-src 'self'");
    const wasm = await handle(new Request('app://wegwijs/assets/jbig2.wasm'));
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of ['app://wegwijs/../secret.txt', 'app://wegwijs/%2e%2e/secret.txt', 'app://wegwijs/assets/..%2f..%2fsecret.txt']) {
      const res = await handle(new Request(url));
      expect(res.status, url).not.toBe(200);
    }
  });

  it('answers only its own host', async () => {
    expect((await handle(new Request('app://other/index.html'))).status).toBe(404);
  });
});

describe('app:// protocol and symbolic links', () => {
  it('serves no file a symbolic link inside the root points to outside it', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'wegwijs-proto-link-'));
    mkdirSync(path.join(base, 'renderer'));
    writeFileSync(path.join(base, 'outside.txt'), 'outside');
    writeFileSync(path.join(base, 'renderer', 'real.js'), 'ok');
    symlinkSync(path.join(base, 'outside.txt'), path.join(base, 'renderer', 'link.js'));
    symlinkSync(base, path.join(base, 'renderer', 'up'));
    const serve = createAppProtocolHandler(path.join(base, 'renderer'));
    expect((await serve(new Request('app://wegwijs/real.js'))).status).toBe(200);
    expect((await serve(new Request('app://wegwijs/link.js'))).status).toBe(403);
    expect((await serve(new Request('app://wegwijs/up/outside.txt'))).status).toBe(403);
  });
});

describe('app:// protocol and the prerendered first screen', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'wegwijs-proto-first-'));
  mkdirSync(path.join(base, 'renderer'));
  const source = '<!doctype html><head><script type="module" src="a.js"></script></head><body><div id="root"></div></body>';
  const picker = '<main><h1>Choose your language</h1><div>…</div></main>';
  // The rest of the app, as the build lists it (electron.vite.config.ts); hashed names may hold "--".
  const links = '<script type="module" src="./assets/mount-a--b.js"></script><link rel="modulepreload" href="./assets/i18n-c.js">';
  const built = withPrerenderedPicker(source, picker, links);
  writeFileSync(path.join(base, 'renderer', 'index.html'), built);
  writeFileSync(path.join(base, 'renderer', 'other.html'), built);
  const page = async (ask?: () => Promise<StartPage>, file = 'index.html') =>
    (await createAppProtocolHandler(path.join(base, 'renderer'), { startPage: ask })(new Request(`app://wegwijs/${file}`))).text();
  /** What a browser would load and show of a page: its elements, not what a comment holds. */
  const live = (html: string) => {
    const elements = html.replace(/<!--[\s\S]*?-->/g, '');
    return {
      picker: /<div id="root"[^>]*>.*?<h1>([^<]*)<\/h1>/.exec(elements)?.[1] ?? null,
      wholeApp: [...elements.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="(\.\/assets\/[^"]+)">/g)].map((m) => m[1]),
      rootBusy: /<div id="root"[^>]*aria-busy/.test(elements),
    };
  };
  const wholeApp = ['./assets/mount-a--b.js', './assets/i18n-c.js'];

  it("serves a person's first start the picker, and nothing of the rest of the app", async () => {
    for (const file of ['index.html', '']) {
      const served = await page(async () => ({ picker: true, wholeApp: false }), file);
      expect(served).toBe(built);
      expect(live(served)).toEqual({ picker: 'Choose your language', wholeApp: [], rootBusy: true });
    }
  });

  it('serves a kiosk the picker with the rest of the app at once', async () => {
    expect(live(await page(async () => ({ picker: true, wholeApp: true })))).toEqual({ picker: 'Choose your language', wholeApp, rootBusy: true });
  });

  it('serves a start at home an empty root and the rest of the app at once, and so when the start cannot be told', async () => {
    const throws = (): Promise<StartPage> => {
      throw new Error('settings unreadable');
    };
    const home = async () => ({ picker: false, wholeApp: true });
    for (const ask of [home, () => Promise.reject(new Error('settings unreadable')), throws, undefined]) {
      const served = await page(ask);
      expect(served).toBe(source.replace('</head>', `${links}</head>`));
      expect(live(served)).toEqual({ picker: null, wholeApp, rootBusy: false });
    }
  });

  it('does not keep the page waiting for a slow answer: it is served as to a start at home', async () => {
    const never = () => new Promise<StartPage>(() => undefined);
    expect(live(await page(never))).toEqual({ picker: null, wholeApp, rootBusy: false });
  });

  it('takes a damaged picker out too: a page without its first screen is slower, a wrong first screen is worse', () => {
    const noEnd = built.replace('<!--/first-screen-->', '');
    const noEndNoBody = noEnd.replace('</body>', '');
    const reordered = built.replace('data-first-screen="picker" aria-busy="true"', 'aria-busy="true" data-first-screen="picker"');
    for (const damaged of [noEnd, noEndNoBody, reordered]) {
      const served = startPage(damaged, { picker: false, wholeApp: true });
      expect(served).not.toContain('Choose your language');
      expect(served.match(/<div id="root"/g)).toEqual(['<div id="root"']);
      expect(served).toContain('<div id="root"></div>');
    }
  });

  it('takes a damaged rest-of-the-app comment out (left open, it would hide the page), and the build refuses what a comment cannot hold', () => {
    const unclosed = built.replace(/-->(?=<\/head>)/, '');
    for (const choice of [
      { picker: true, wholeApp: true },
      { picker: true, wholeApp: false },
      { picker: false, wholeApp: true },
    ]) {
      const served = startPage(unclosed, choice);
      expect(served, JSON.stringify(choice)).not.toContain('whole-app');
      expect(live(served).wholeApp, JSON.stringify(choice)).toEqual([]);
      expect(served, JSON.stringify(choice)).toContain('</head><body><div id="root"');
    }
    // An opening with no </head> after it: no comment opens at all.
    const misplaced = built.replace(/<!--whole-app:/, '').replace('<body>', '<body><!--whole-app:');
    for (const wholeApp of [true, false]) expect(startPage(misplaced, { picker: true, wholeApp })).not.toContain('<!--whole-app:');
    expect(() => withPrerenderedPicker(source, picker, '<link href="x-->y">')).toThrow();
  });

  it('changes no other file', async () => {
    expect(await page(async () => ({ picker: false, wholeApp: true }), 'other.html')).toBe(built);
  });
});
