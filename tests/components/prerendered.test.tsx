import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Settings } from '@core/ipc/contract';
import { mountApp } from '../../renderer/src/app/mount';
import { createI18n } from '../../renderer/src/i18n';
import { firstStartPickerHtml } from '../../renderer/src/pages/pickerMarkup';
import { withPrerenderedPicker } from '../../electron/main/prerenderedPage';
import { previewInfo } from './render';
import nlCommon from '../../locales/nl/common.json';

/** A root as the built index.html has it: the first start's picker, prerendered (electron.vite.config.ts). */
function prerenderedRoot(): HTMLElement {
  document.body.innerHTML = withPrerenderedPicker('<div id="root"></div>', firstStartPickerHtml());
  return document.getElementById('root')!;
}

async function mount(settings: Settings) {
  const root = prerenderedRoot();
  const before = within(root).getByRole('button', { name: /Nederlands/ });
  const i18n = await createI18n(settings.language ?? 'en');
  // React reports a mismatch of elements or text through reportError (and then renders afresh), and one of
  // attributes only as a warning in development (in production the page's attribute silently stays).
  const reported = vi.fn();
  vi.stubGlobal('reportError', reported);
  const warned = vi.spyOn(console, 'error');
  await act(async () => mountApp(root, { i18n, info: previewInfo, settings, caseData: null }));
  const mismatches = () => [...reported.mock.calls, ...warned.mock.calls.filter((c) => /hydrat/i.test(String(c[0])))];
  return { root, before, mismatches };
}

describe('the prerendered first screen', () => {
  it('at a first start, the app takes the prerendered picker over as it is: same elements, then working', async () => {
    window.location.hash = '';
    const { root, before, mismatches } = await mount({});
    await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
    expect(mismatches()).toEqual([]);
    expect(within(root).getByRole('button', { name: /Nederlands/ })).toBe(before);
    // Nothing more, nothing less than the app itself renders there (React leaves an extra element it skips).
    const fresh = document.body.appendChild(document.createElement('div'));
    await act(async () => mountApp(fresh, { i18n: await createI18n('en'), info: previewInfo, settings: {}, caseData: null }));
    await waitFor(() => expect(fresh.querySelector('.picker__grid')).not.toBeNull());
    expect(root.innerHTML).toBe(fresh.innerHTML);
    fresh.remove();
    fireEvent.click(before);
    await screen.findByRole('heading', { level: 1, name: nlCommon.home.title });
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('a person who chose a language before sees their home, and nothing of the picker stays', async () => {
    window.location.hash = '';
    const { root } = await mount({ language: 'nl' });
    await screen.findByRole('heading', { level: 1, name: nlCommon.home.title });
    expect(within(root).queryByRole('button', { name: /Nederlands/ })).toBeNull();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
});
