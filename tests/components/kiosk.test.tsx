import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '@core/ipc/contract';
import { IpcError } from '@core/ipc/error';
import type { CaseInputData } from '@core/domain/case';
import { api } from '../../renderer/src/api';
import { createMemoryApi } from '../../renderer/src/api/memoryApi';
import { AppProvider } from '../../renderer/src/app/AppContext';
import { createI18n, setLanguage } from '../../renderer/src/i18n';
import { previewInfo, renderApp } from './render';
import common from '../../locales/en/common.json';
import arCommon from '../../locales/ar/common.json';

const kioskInfo = (over: Partial<NonNullable<AppInfo['kiosk']>> = {}): AppInfo => ({
  version: 't',
  mode: 'kiosk',
  encryption: 'memory',
  notices: [],
  kiosk: { idleSeconds: 180, countdownSeconds: 30, languages: ['en', 'nl'], defaultLanguage: 'en', allowPrint: false, hasAdminExit: false, ...over },
});
const caseData: CaseInputData = { procedure: 'asylum', track: 'general', dates: { application: '2026-01-12' } };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('kiosk: the page’s side of the wipe fails closed', () => {
  it('when main’s wipe fails, the page still forgets the person and returns to the language picker', async () => {
    const endSession = vi.spyOn(api, 'endSession').mockRejectedValue(new IpcError('internal', 'session:end: the app could not do this'));
    await renderApp({ hash: '#/timeline', caseData, info: kioskInfo() });
    await screen.findByRole('button', { name: 'Delete everything' });
    fireEvent.click(screen.getAllByRole('button', { name: common.kiosk.finish })[0]!);
    await screen.findByRole('heading', { name: common.picker.title });
    expect(endSession).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Delete everything' })).toBeNull();
    window.location.hash = '#/timeline';
    // The timeline is empty now: nothing of the previous person is left to show.
    await screen.findByRole('heading', { level: 1 });
    expect(document.body.textContent).not.toContain('12 January 2026');
  });
});

describe('error boundary', () => {
  function Broken(): never {
    throw new Error('a screen broke');
  }

  it('shows a calm "start again" instead of a blank window; on a kiosk that ends the session', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const endSession = vi.spyOn(api, 'endSession').mockResolvedValue(true);
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <AppProvider i18n={i18n} info={kioskInfo()} initialSettings={{}} initialCase={caseData}>
          <Broken />
        </AppProvider>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: common.app.errorTitle })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: common.app.errorRestart }));
    await vi.waitFor(() => expect(endSession).toHaveBeenCalled());
  });

  it('a screen that breaks in a new language says "start again" in that language, with the page turned to its direction', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function BreaksInArabic() {
      const { i18n } = useTranslation();
      if (i18n.language === 'ar') throw new Error('a screen broke in Arabic');
      return <h1>{i18n.language}</h1>;
    }
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <AppProvider i18n={i18n} info={previewInfo} initialSettings={{ language: 'en' }} initialCase={null}>
          <BreaksInArabic />
        </AppProvider>
      </I18nextProvider>,
    );
    expect(document.documentElement.dir).toBe('ltr');
    await act(() => setLanguage(i18n, 'ar'));
    expect(screen.getByRole('heading', { name: arCommon.app.errorTitle })).toBeTruthy();
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
  });
});

describe('staff exit', () => {
  it('is hidden behind a key chord; the PIN pad sends the code to main and says when it is locked', async () => {
    const exit = vi.spyOn(api, 'kioskExit').mockResolvedValue({ outcome: 'locked', retryAfterSeconds: 30 });
    await renderApp({ hash: '#/home', settings: { language: 'en' }, info: kioskInfo({ hasAdminExit: true }) });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('dialog', { name: common.kiosk.staffExitTitle })).toBeNull();
    act(() => {
      fireEvent.keyDown(window, { key: 'E', ctrlKey: true, altKey: true, shiftKey: true });
    });
    const dialog = await screen.findByRole('dialog', { name: common.kiosk.staffExitTitle });
    for (const d of '480193') fireEvent.click(screen.getByRole('button', { name: d }));
    expect((screen.getByLabelText(common.kiosk.staffExitCode) as HTMLInputElement).value).toBe('480193');
    fireEvent.click(screen.getByRole('button', { name: common.kiosk.staffExitSubmit }));
    await screen.findByText(common.kiosk.staffExitLocked);
    expect(exit).toHaveBeenCalledWith({ code: '480193' });
    expect(dialog).toBeTruthy();
  });

  it('does not exist on a terminal without an exit code', async () => {
    await renderApp({ hash: '#/home', settings: { language: 'en' }, info: kioskInfo({ hasAdminExit: false }) });
    await screen.findByRole('heading', { level: 1 });
    fireEvent.keyDown(window, { key: 'E', ctrlKey: true, altKey: true, shiftKey: true });
    expect(screen.queryByRole('dialog', { name: common.kiosk.staffExitTitle })).toBeNull();
  });
});

describe('one error type', () => {
  it('the preview API rejects a bad request with the same IpcError as the preload', async () => {
    const error = await createMemoryApi().saveCase({ procedure: 'nonsense' } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect(error).toMatchObject({ code: 'invalid-payload' });
  });
});
