import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { start, type Started } from '../../renderer/src/app/start';
import { withPrerenderedPicker } from '../../electron/main/prerenderedPage';
import { firstStartPickerHtml } from '../../renderer/src/pages/pickerMarkup';
import { StartAgainView } from '../../renderer/src/components/StartAgainView';
import { previewInfo } from './render';
import enCommon from '../../locales/en/common.json';
import arCommon from '../../locales/ar/common.json';

// The rest of the app cannot be loaded (its files are damaged, say): importing it fails.
vi.mock('../../renderer/src/app/mount', () => {
  throw new Error('chunk load failed');
});

const roots: Started[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  vi.restoreAllMocks();
});

/** A first start's page, started, with a choice made by a click on the language named. */
async function chooseOnFirstStart(name: RegExp) {
  document.body.innerHTML = withPrerenderedPicker('<head></head><div id="root"></div>', firstStartPickerHtml());
  const root = document.getElementById('root')!;
  await act(async () => void roots.push(await start(root, { info: previewInfo, settings: {}, caseData: null })));
  fireEvent.click(within(root).getByRole('button', { name }));
  return root;
}

describe("a person's first start when the rest of the app cannot be loaded", () => {
  it('shows a calm "start again" in place of the picker, not busy, with its button focused', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await chooseOnFirstStart(/English/);
    expect(root.getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('heading', { level: 1, name: enCommon.app.errorTitle });
    expect(root.getAttribute('aria-busy')).toBeNull();
    expect(root.querySelector('.picker')).toBeNull();
    // Nothing of the error beyond its kind is logged.
    expect(logged.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringMatching(/^\[renderer\] the app could not start: \w+$/));
    expect(logged.mock.calls.flat().map(String).join(' ')).not.toContain('chunk load failed');
    // Its one button (which loads the page anew) has the focus.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: enCommon.app.errorRestart }));
    // It is the error boundary's view (made without React, as React may be what could not be loaded).
    const boundary = render(
      <StartAgainView title={enCommon.app.errorTitle} text={enCommon.app.errorText} button={enCommon.app.errorRestart} onRestart={() => undefined} />,
    );
    expect(root.innerHTML).toBe(boundary.container.innerHTML);
  });

  it('says it in the language just chosen, from its catalog, and in English beside it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await chooseOnFirstStart(/العربية/);
    await screen.findByRole('heading', { level: 1, name: arCommon.app.errorTitle });
    const view = root.querySelector('main')!;
    expect([view.lang, view.dir]).toEqual(['ar', 'rtl']);
    expect(within(view).getByText(arCommon.app.errorText)).toBeTruthy();
    const english = within(view).getByText(`${enCommon.app.errorTitle}. ${enCommon.app.errorText}`);
    expect([english.lang, english.dir]).toEqual(['en-GB', 'ltr']);
    const button = screen.getByRole('button', { name: `${arCommon.app.errorRestart} ${enCommon.app.errorRestart}` });
    expect(document.activeElement).toBe(button);
    const inEnglish = within(button).getByText(enCommon.app.errorRestart);
    expect([inEnglish.lang, inEnglish.dir]).toEqual(['en-GB', 'ltr']);
    // In Arabic's font, on the English picker's page.
    expect(view.dataset.script).toBe('arabic');
  });
});
