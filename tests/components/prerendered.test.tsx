import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AppInfo, Settings } from '@core/ipc/contract';
import { LANGUAGE_CODES } from '@core/i18n/languages';
import { defaultKioskConfig, type KioskConfig } from '@core/kiosk/config';
import { startPageFor } from '../../electron/main/firstScreen';
import { start, startsWithPickerAlone, takesOverPrerendered, type StartData, type Started } from '../../renderer/src/app/start';
import { api } from '../../renderer/src/api';
import { firstStartPickerHtml } from '../../renderer/src/pages/pickerMarkup';
import { withPrerenderedPicker } from '../../electron/main/prerenderedPage';
import { previewInfo } from './render';
import nlCommon from '../../locales/nl/common.json';
import arCommon from '../../locales/ar/common.json';

const kioskInfo = (kiosk: Partial<NonNullable<AppInfo['kiosk']>>): AppInfo => ({
  ...previewInfo,
  mode: 'kiosk',
  kiosk: { idleSeconds: 120, countdownSeconds: 30, languages: [...LANGUAGE_CODES], defaultLanguage: 'en', allowPrint: false, hasAdminExit: false, ...kiosk },
});

/** A root as the built index.html has it: the first start's picker, prerendered (electron.vite.config.ts). */
function prerenderedRoot(): HTMLElement {
  document.body.innerHTML = withPrerenderedPicker('<head></head><div id="root"></div>', firstStartPickerHtml());
  return document.getElementById('root')!;
}

const roots: Started[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  vi.restoreAllMocks();
  window.location.hash = '';
  // A choice sets the page's language; the next test's page starts as a first start's does.
  Object.assign(document.documentElement, { lang: 'en-GB', dir: 'ltr' });
  document.documentElement.dataset.script = 'latin';
});

/** Starts the app over the prerendered root, as main.tsx does; what React reports as a mismatch is collected. */
async function mount(settings: Settings, info: AppInfo = previewInfo) {
  const root = prerenderedRoot();
  const before = within(root).getByRole('button', { name: /Nederlands/ });
  // Elements or text that differ React reports here (and then renders afresh); attributes that differ only
  // as a warning in development (in production the page's attribute silently stays).
  const reported = vi.fn();
  const warned = vi.spyOn(console, 'error');
  const data: StartData = { info, settings, caseData: null };
  await act(async () => void roots.push(await start(root, data, { onRecoverableError: reported })));
  const mismatches = () => [...reported.mock.calls, ...warned.mock.calls.filter((c) => /hydrat/i.test(String(c[0])))];
  return { root, before, mismatches };
}

/** Whether React has taken the picker over (app/pickerAlone.ts marks it). */
const marks = () => vi.spyOn(performance, 'mark');
const hydrated = (marked: ReturnType<typeof marks>) => marked.mock.calls.some(([name]) => name === 'picker-hydrated');

/** What the whole app renders in an empty root for the same start (its own picker, app/App.tsx). */
async function freshRender(settings: Settings, info: AppInfo): Promise<string> {
  const fresh = document.body.appendChild(document.createElement('div'));
  await act(async () => void roots.push(await start(fresh, { info, settings, caseData: null })));
  await waitFor(() => expect(fresh.querySelector('.picker__grid')).not.toBeNull());
  const html = fresh.innerHTML;
  fresh.remove();
  return html;
}

describe('the prerendered first screen', () => {
  it('has no inline style: the CSP refuses it in a page, and React would not set an attribute the page already has', () => {
    expect(firstStartPickerHtml()).not.toMatch(/\sstyle=/);
  });

  it('at a first start, the prerendered picker works as it is, before React is there: nothing drawn again, a choice goes home', async () => {
    const html = prerenderedRoot().innerHTML;
    const marked = marks();
    const { root, before } = await mount({});
    // Working now (the mark), with the page's own elements, untouched.
    expect(document.documentElement.dataset.ready).toBe('true');
    expect(root.getAttribute('aria-busy')).toBeNull();
    expect(root.innerHTML).toBe(html);
    expect(hydrated(marked)).toBe(false);
    fireEvent.click(before);
    expect(root.getAttribute('aria-busy')).toBe('true');
    // The button chosen shows it while the rest of the app loads.
    expect(before.classList).toContain('picker__button--chosen');
    await screen.findByRole('heading', { level: 1, name: nlCommon.home.title });
    // The choice is the person's language from now on: on the page, and saved.
    expect(document.documentElement.lang).toBe('nl');
    await waitFor(async () => expect((await api.loadSettings()).language).toBe('nl'));
    expect(root.getAttribute('aria-busy')).toBeNull();
  });

  it('then React takes it over as it is (same elements, nothing more: what the whole app renders), and a choice goes home', async () => {
    const removed = vi.spyOn(HTMLElement.prototype, 'removeEventListener');
    const marked = marks();
    const { root, before, mismatches } = await mount({});
    await waitFor(() => expect(hydrated(marked)).toBe(true));
    expect(mismatches()).toEqual([]);
    // From then on React's handler takes the clicks, not the one the page had before React.
    expect(removed.mock.contexts.some((target, i) => target === root && removed.mock.calls[i]![0] === 'click')).toBe(true);
    expect(within(root).getByRole('button', { name: /Nederlands/ })).toBe(before);
    // Nothing more, nothing less than the whole app renders there: its own picker (React leaves an extra
    // element it skips).
    expect(root.innerHTML).toBe(await freshRender({}, previewInfo));
    const saved = vi.spyOn(api, 'saveSettings');
    fireEvent.click(before);
    await screen.findByRole('heading', { level: 1, name: nlCommon.home.title });
    expect(document.documentElement.lang).toBe('nl');
    await waitFor(() => expect(saved.mock.calls).toEqual([[{ language: 'nl' }]]));
    expect(root.getAttribute('aria-busy')).toBeNull();
  });

  it('a second choice made while the first one loads changes nothing', async () => {
    const { root } = await mount({});
    const saved = vi.spyOn(api, 'saveSettings');
    fireEvent.click(within(root).getByRole('button', { name: /Nederlands/ }));
    expect(root.getAttribute('aria-busy')).toBe('true');
    fireEvent.click(within(root).getByRole('button', { name: /العربية/ }));
    await screen.findByRole('heading', { level: 1, name: nlCommon.home.title });
    expect(document.documentElement.lang).toBe('nl');
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(saved.mock.calls).toEqual([[{ language: 'nl' }]]);
    expect(root.getAttribute('aria-busy')).toBeNull();
  });

  it('keeps the English picker as it is until home replaces it (the page turns right to left with home, not before)', async () => {
    const { root } = await mount({});
    const dirs: string[] = [];
    const seen = new MutationObserver(() => {
      // Each time the page's direction changes: is the picker still there?
      dirs.push(`${document.documentElement.dir} ${root.querySelector('.picker') ? 'picker' : 'home'}`);
    });
    seen.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] });
    fireEvent.click(within(root).getByRole('button', { name: /العربية/ }));
    await screen.findByRole('heading', { level: 1, name: arCommon.home.title });
    seen.disconnect();
    // (React's StrictMode, in tests, runs the effect that sets it twice.)
    expect(new Set(dirs)).toEqual(new Set(['rtl home']));
  });

  it('a person who chose a language before sees their home, and nothing of the picker stays', async () => {
    const { root, mismatches } = await mount({ language: 'nl' });
    await screen.findByRole('heading', { level: 1, name: nlCommon.home.title });
    expect(within(root).queryByRole('button', { name: /Nederlands/ })).toBeNull();
    expect(mismatches()).toEqual([]);
  });

  it('takes it over only at a start whose first screen it is; alone, before the rest of the app, at a person\'s own first start', () => {
    const cases: [string, Omit<StartData, 'caseData'>, string, boolean, boolean][] = [
      // name, start, hash, takes over, as the picker alone
      ['first start', { info: previewInfo, settings: {} }, '', true, true],
      ['first start at #/', { info: previewInfo, settings: {} }, '#/', true, true],
      ['a language chosen (home first)', { info: previewInfo, settings: { language: 'en' } }, '', false, false],
      ['opened at another route', { info: previewInfo, settings: {} }, '#/help', false, false],
      // A kiosk's guard is part of its every screen: the whole app takes the picker over.
      ['kiosk, English, every language', { info: kioskInfo({}), settings: {} }, '', true, false],
      ['kiosk starting in Dutch', { info: kioskInfo({ defaultLanguage: 'nl' }), settings: {} }, '', false, false],
      ['kiosk offering fewer languages', { info: kioskInfo({ languages: ['en', 'ar'] }), settings: {} }, '', false, false],
      ["a kiosk's set-up in another mode", { info: { ...kioskInfo({}), mode: 'preview' }, settings: {} }, '', true, false],
    ];
    for (const [name, data, hash, expected, alone] of cases) {
      window.location.hash = hash;
      expect(takesOverPrerendered(prerenderedRoot(), data), name).toBe(expected);
      expect(startsWithPickerAlone(prerenderedRoot(), { ...data, caseData: null }), `${name}, alone`).toBe(alone);
    }
    const empty = document.body.appendChild(document.createElement('div'));
    expect(takesOverPrerendered(empty, cases[0]![1]), 'an empty root').toBe(false);
    expect(startsWithPickerAlone(empty, { ...cases[0]![1], caseData: null }), 'an empty root, alone').toBe(false);
  });

  it('the main process serves the picker to exactly the starts that take it over, and the rest of the app at once to those that need it', () => {
    // Starts Electron makes (no hash, no pseudo-locale): main's answer and the app's agree.
    const kiosks: (Partial<KioskConfig> | null)[] = [
      null,
      {},
      { defaultLanguage: 'en', languages: [...LANGUAGE_CODES] },
      { defaultLanguage: 'nl', languages: [...LANGUAGE_CODES] },
      { defaultLanguage: 'en', languages: ['en', 'ar'] },
    ];
    const chosen: Settings[] = [{}, { language: 'en' }, { language: 'ar' }];
    for (const k of kiosks) {
      for (const settings of chosen) {
        const kiosk = k && { ...defaultKioskConfig(), ...k };
        const info: AppInfo = kiosk ? kioskInfo({ languages: kiosk.languages, defaultLanguage: kiosk.defaultLanguage }) : previewInfo;
        const name = `${JSON.stringify(k)} ${JSON.stringify(settings)}`;
        const alone = startsWithPickerAlone(prerenderedRoot(), { info, settings, caseData: null });
        expect({ picker: takesOverPrerendered(prerenderedRoot(), { info, settings }), wholeApp: !alone }, name).toEqual(startPageFor(kiosk, settings));
      }
    }
  });

  it('so does a kiosk whose sessions start in English with every language', async () => {
    // Last in this file: once loaded, the kiosk's guard is part of every render.
    const info = kioskInfo({});
    const { root, before, mismatches } = await mount({}, info);
    expect(mismatches()).toEqual([]);
    expect(within(root).getByRole('button', { name: /Nederlands/ })).toBe(before);
    expect(root.innerHTML).toBe(await freshRender({}, info));
  });
});
