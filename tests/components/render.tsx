import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { AppInfo, Settings } from '@core/ipc/contract';
import type { CaseInputData } from '@core/domain/case';
import type { LanguageCode } from '@core/i18n/languages';
import { AppProvider } from '../../renderer/src/app/AppContext';
import { App } from '../../renderer/src/app/App';
import { createI18n } from '../../renderer/src/i18n';
import { loadKiosk } from '../../renderer/src/kiosk';

export const previewInfo: AppInfo = { version: 't', mode: 'preview', encryption: 'memory', notices: [] };

/** Renders the whole app as main.tsx does, with the in-memory API. */
export async function renderApp(opts: {
  lng?: LanguageCode;
  settings?: Settings;
  caseData?: CaseInputData | null;
  info?: AppInfo;
  hash?: string;
}) {
  window.location.hash = opts.hash ?? '';
  const [i18n] = await Promise.all([createI18n(opts.lng ?? 'en'), opts.info?.kiosk ? loadKiosk() : undefined]);
  const settings = opts.settings ?? {};
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <AppProvider i18n={i18n} info={opts.info ?? previewInfo} initialSettings={settings} initialCase={opts.caseData ?? null}>
        <App startAtPicker={!settings.language} />
      </AppProvider>
    </I18nextProvider>,
  );
  return { ...utils, i18n };
}
