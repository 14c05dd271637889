import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { start } from '../../renderer/src/app/start';
import { withPrerenderedPicker } from '../../electron/main/prerenderedPage';
import { firstStartPickerHtml } from '../../renderer/src/pages/pickerMarkup';
import { previewInfo } from './render';
import enCommon from '../../locales/en/common.json';

// The rest of the app cannot be started (its files cannot be loaded, say).
vi.mock('../../renderer/src/app/mount', () => ({
  wholeAppTree: () => Promise.reject(new Error('chunk load failed')),
  startWholeApp: () => Promise.reject(new Error('chunk load failed')),
  prefetchAreaCode: () => Promise.resolve(),
}));

const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  vi.restoreAllMocks();
});

describe("a person's first start when the rest of the app cannot be started", () => {
  it('shows a calm "start again" in place of the picker, not busy, with its button focused', async () => {
    document.body.innerHTML = withPrerenderedPicker('<head></head><div id="root"></div>', firstStartPickerHtml());
    const root = document.getElementById('root')!;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => void roots.push(await start(root, { info: previewInfo, settings: {}, caseData: null })));
    fireEvent.click(within(root).getByRole('button', { name: /Nederlands/ }));
    expect(root.getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('heading', { level: 1, name: enCommon.app.errorTitle });
    expect(root.getAttribute('aria-busy')).toBeNull();
    expect(root.querySelector('.picker')).toBeNull();
    // Nothing of the error beyond its kind is logged.
    expect(logged.mock.calls.map((c) => String(c[0]))).toContain('[renderer] the app could not start: Error');
    expect(logged.mock.calls.flat().map(String).join(' ')).not.toContain('chunk load failed');
    // Its one button (which loads the page anew) has the focus.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: enCommon.app.errorRestart }));
  });
});
