import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { start, type Started } from '../../renderer/src/app/start';
import { withPrerenderedPicker } from '../../electron/main/prerenderedPage';
import { firstStartPickerHtml } from '../../renderer/src/pages/pickerMarkup';
import { api } from '../../renderer/src/api';
import { previewInfo } from './render';
import enCommon from '../../locales/en/common.json';
import nlCommon from '../../locales/nl/common.json';
import type * as Mount from '../../renderer/src/app/mount';

// The rest of the app loads, and React takes the picker over; but the app cannot start in the language
// chosen (its catalogs cannot be read, say).
vi.mock('../../renderer/src/app/mount', async (importOriginal) => ({
  ...(await importOriginal<typeof Mount>()),
  renderWholeApp: () => Promise.reject(new Error('catalog load failed')),
}));

const roots: Started[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  vi.restoreAllMocks();
});

describe("a person's first start when the app cannot start in the language chosen, after React took the picker over", () => {
  it('shows a calm "start again" in place of the picker, not busy, with its button focused, and saves nothing', async () => {
    document.body.innerHTML = withPrerenderedPicker('<head></head><div id="root"></div>', firstStartPickerHtml());
    const root = document.getElementById('root')!;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const saved = vi.spyOn(api, 'saveSettings');
    const marked = vi.spyOn(performance, 'mark');
    await act(async () => void roots.push(await start(root, { info: previewInfo, settings: {}, caseData: null })));
    await waitFor(() => expect(marked).toHaveBeenCalledWith('picker-hydrated'));
    await act(async () => void fireEvent.click(within(root).getByRole('button', { name: /Nederlands/ })));
    await screen.findByRole('heading', { level: 1, name: nlCommon.app.errorTitle });
    expect(root.getAttribute('aria-busy')).toBeNull();
    expect(root.querySelector('.picker')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `${nlCommon.app.errorRestart} ${enCommon.app.errorRestart}` }));
    expect(logged.mock.calls.flat().map(String).join(' ')).not.toContain('catalog load failed');
    expect(saved).not.toHaveBeenCalled();
  });
});
