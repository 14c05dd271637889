import { api } from './api';
import { start } from './app/start';
import { loadWholeApp } from './app/wholeApp';
import './styles/base.css';

async function boot(): Promise<void> {
  performance.mark('boot');
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  // Only a first start's picker (prerendered into the page) can show before the rest of the app is there
  // (app/pickerAlone.ts): any other start loads it alongside the start's data.
  if (!root.dataset.firstScreen) void loadWholeApp().catch(() => undefined);
  const [info, settings, caseData] = await Promise.all([api.getAppInfo(), api.loadSettings(), api.loadCase()]);
  performance.mark('boot:data');
  // Files dropped on the window are never opened: there is nothing to open, and on a kiosk it could leave the app.
  for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());
  await start(root, { info, settings, caseData });
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
