import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/protocol';
import { withoutPrerenderedPicker, withPrerenderedPicker } from '../../../electron/main/prerenderedPage';

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
  const source = '<!doctype html><script src="a.js"></script><body><div id="root"></div></body>';
  const built = withPrerenderedPicker(source, '<main><h1>Choose your language</h1><div>…</div></main>');
  writeFileSync(path.join(base, 'renderer', 'index.html'), built);
  writeFileSync(path.join(base, 'renderer', 'other.html'), built);
  const page = async (showsPrerendered?: () => Promise<boolean>, file = 'index.html') =>
    (await createAppProtocolHandler(path.join(base, 'renderer'), { showsPrerendered })(new Request(`app://wegwijs/${file}`))).text();

  it('serves index.html with the picker to a start that shows it', async () => {
    expect(await page(async () => true)).toBe(built);
    expect(await page(async () => true, '')).toBe(built);
  });

  it('serves it with an empty root to any other start, or when that cannot be told', async () => {
    const throws = (): Promise<boolean> => {
      throw new Error('settings unreadable');
    };
    for (const shows of [async () => false, () => Promise.reject(new Error('settings unreadable')), throws, undefined]) {
      expect(await page(shows)).toBe(source);
    }
  });

  it('does not keep the page waiting for a slow answer: it goes without the picker', async () => {
    const never = () => new Promise<boolean>(() => undefined);
    expect(await page(never)).toBe(source);
  });

  it('takes a damaged picker out too: a page without its first screen is slower, a wrong first screen is worse', () => {
    const noEnd = built.replace('<!--/first-screen-->', '');
    const noEndNoBody = noEnd.replace('</body>', '');
    const reordered = built.replace('data-first-screen="picker" aria-busy="true"', 'aria-busy="true" data-first-screen="picker"');
    for (const damaged of [noEnd, noEndNoBody, reordered]) {
      const page = withoutPrerenderedPicker(damaged);
      expect(page).not.toContain('Choose your language');
      expect(page.match(/<div id="root"/g)).toEqual(['<div id="root"']);
      expect(page).toContain('<div id="root"></div>');
    }
  });

  it('changes no other file', async () => {
    expect(await page(async () => false, 'other.html')).toBe(built);
  });
});
