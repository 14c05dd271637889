import { startLanguage } from '@core/i18n/languages';
import { api } from './api';
import { mountApp } from './app/mount';
import { createI18n } from './i18n';
import { installPrintExpansion } from './components/PrintButton';
import { loadKiosk } from './kiosk';
import './styles/base.css';

async function boot(): Promise<void> {
  performance.mark('boot');
  const [info, settings, caseData] = await Promise.all([api.getAppInfo(), api.loadSettings(), api.loadCase()]);
  performance.mark('boot:data');
  const lng = startLanguage(settings.language, info.kiosk?.defaultLanguage);
  // Files dropped on the window are never opened: there is nothing to open, and on a kiosk it could leave the app.
  installPrintExpansion();
  for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());
  // A kiosk's guard is a chunk of its own (kiosk/index.tsx): loaded alongside the catalogs, there from the first render.
  const [i18n] = await Promise.all([createI18n(lng), info.kiosk ? loadKiosk() : undefined]);
  performance.mark('boot:i18n');
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  mountApp(root, { i18n, info, settings, caseData });
}

void boot().catch((error: unknown) => {
  // A start that failed leaves no prerendered picker on screen that looks usable but is not.
  const root = document.getElementById('root');
  if (root?.dataset.firstScreen) {
    root.replaceChildren();
    delete root.dataset.firstScreen;
    root.removeAttribute('aria-busy');
  }
  throw error;
});
