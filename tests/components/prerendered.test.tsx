import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import type { AppInfo, Settings } from '@core/ipc/contract';
import { LANGUAGE_CODES, startLanguage } from '@core/i18n/languages';
import { defaultKioskConfig, type KioskConfig } from '@core/kiosk/config';
import { showsPrerenderedPicker } from '../../electron/main/firstScreen';
import { mountApp, takesOverPrerendered } from '../../renderer/src/app/mount';
import { createI18n } from '../../renderer/src/i18n';
import { firstStartPickerHtml } from '../../renderer/src/pages/pickerMarkup';
import { withPrerenderedPicker } from '../../electron/main/prerenderedPage';
import { previewInfo } from './render';
import { loadKiosk } from '../../renderer/src/kiosk';
import nlCommon from '../../locales/nl/common.json';

const kioskInfo = (kiosk: Partial<NonNullable<AppInfo['kiosk']>>): AppInfo => ({
  ...previewInfo,
  mode: 'kiosk',
  kiosk: { idleSeconds: 120, countdownSeconds: 30, languages: [...LANGUAGE_CODES], defaultLanguage: 'en', allowPrint: false, hasAdminExit: false, ...kiosk },
});

/** A root as the built index.html has it: the first start's picker, prerendered (electron.vite.config.ts). */
function prerenderedRoot(): HTMLElement {
  document.body.innerHTML = withPrerenderedPicker('<div id="root"></div>', firstStartPickerHtml());
  return document.getElementById('root')!;
}

const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  vi.restoreAllMocks();
  window.location.hash = '';
});

/** Mounts the app over the prerendered root; what React reports as a mismatch is collected. */
async function mount(settings: Settings, info: AppInfo = previewInfo, lng = settings.language ?? 'en') {
  const root = prerenderedRoot();
  const before = within(root).getByRole('button', { name: /Nederlands/ });
  const i18n = await createI18n(lng);
  // Elements or text that differ React reports here (and then renders afresh); attributes that differ only
  // as a warning in development (in production the page's attribute silently stays).
  const reported = vi.fn();
  const warned = vi.spyOn(console, 'error');
  await act(async () => void roots.push(mountApp(root, { i18n, info, settings, caseData: null }, { onRecoverableError: reported })));
  const mismatches = () => [...reported.mock.calls, ...warned.mock.calls.filter((c) => /hydrat/i.test(String(c[0])))];
  return { root, before, mismatches, i18n };
}

/** What the app itself renders in an empty root for the same start. */
async function freshRender(settings: Settings, info: AppInfo): Promise<string> {
  const fresh = document.body.appendChild(document.createElement('div'));
  const i18n = await createI18n('en');
  await act(async () => void roots.push(mountApp(fresh, { i18n, info, settings, caseData: null })));
  await waitFor(() => expect(fresh.querySelector('.picker__grid')).not.toBeNull());
  const html = fresh.innerHTML;
  fresh.remove();
  return html;
}

describe('the prerendered first screen', () => {
  it('has no inline style: the CSP refuses it in a page, and React would not set an attribute the page already has', () => {
    expect(firstStartPickerHtml()).not.toMatch(/\sstyle=/);
  });

  it('at a first start, the app takes the prerendered picker over as it is: same elements, nothing more, then working', async () => {
    const { root, before, mismatches } = await mount({});
    await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
    expect(mismatches()).toEqual([]);
    expect(within(root).getByRole('button', { name: /Nederlands/ })).toBe(before);
    expect(root.getAttribute('aria-busy')).toBeNull();
    // Nothing more, nothing less than the app itself renders there (React leaves an extra element it skips).
    expect(root.innerHTML).toBe(await freshRender({}, previewInfo));
    fireEvent.click(before);
    await screen.findByRole('heading', { level: 1, name: nlCommon.home.title });
  });

  it('a person who chose a language before sees their home, and nothing of the picker stays', async () => {
    const { root, mismatches } = await mount({ language: 'nl' });
    await screen.findByRole('heading', { level: 1, name: nlCommon.home.title });
    expect(within(root).queryByRole('button', { name: /Nederlands/ })).toBeNull();
    expect(mismatches()).toEqual([]);
  });

  it('takes it over only at a start whose first screen it is', async () => {
    const en = await createI18n('en');
    const nl = await createI18n('nl');
    const cases: [string, Parameters<typeof takesOverPrerendered>[1], string, boolean][] = [
      ['first start', { i18n: en, info: previewInfo, settings: {} }, '', true],
      ['first start at #/', { i18n: en, info: previewInfo, settings: {} }, '#/', true],
      ['a language chosen (home first)', { i18n: en, info: previewInfo, settings: { language: 'en' } }, '', false],
      ['opened at another route', { i18n: en, info: previewInfo, settings: {} }, '#/help', false],
      ['kiosk, English, every language', { i18n: en, info: kioskInfo({}), settings: {} }, '', true],
      ['kiosk starting in Dutch', { i18n: nl, info: kioskInfo({ defaultLanguage: 'nl' }), settings: {} }, '', false],
      ['kiosk offering fewer languages', { i18n: en, info: kioskInfo({ languages: ['en', 'ar'] }), settings: {} }, '', false],
    ];
    for (const [name, start, hash, expected] of cases) {
      window.location.hash = hash;
      expect(takesOverPrerendered(prerenderedRoot(), start), name).toBe(expected);
    }
    const empty = document.body.appendChild(document.createElement('div'));
    expect(takesOverPrerendered(empty, cases[0]![1]), 'an empty root').toBe(false);
  });

  it('the main process serves the picker to exactly the starts that take it over', async () => {
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
        const i18n = await createI18n(startLanguage(settings.language, kiosk?.defaultLanguage));
        const name = `${JSON.stringify(k)} ${JSON.stringify(settings)}`;
        expect(takesOverPrerendered(prerenderedRoot(), { i18n, info, settings }), name).toBe(showsPrerenderedPicker(kiosk, settings));
      }
    }
  });

  it('so does a kiosk whose sessions start in English with every language', async () => {
    // Last in this file: once loaded, the kiosk's guard is part of every render (main.tsx loads it first).
    await loadKiosk();
    const info = kioskInfo({});
    const { root, before, mismatches } = await mount({}, info);
    expect(mismatches()).toEqual([]);
    expect(within(root).getByRole('button', { name: /Nederlands/ })).toBe(before);
    expect(root.innerHTML).toBe(await freshRender({}, info));
  });
});
