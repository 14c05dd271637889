import type { BrowserWindow, Clipboard, Session } from 'electron';
import type { DataStore } from '../store/types';

export interface WipeDeps {
  store: DataStore;
  session: Pick<Session, 'clearStorageData' | 'clearCache'>;
  /** Linux also has the selection buffer (middle-click paste) as `clipboard.selection`; elsewhere it is undefined. */
  clipboard: (Pick<Clipboard, 'clear'> & { readonly selection?: Pick<Clipboard, 'clear'> | undefined }) | null;
  window(): BrowserWindow | null;
  startUrl: string;
  log(event: string, detail?: string): void;
}

/**
 * Forgetting a person, owned by main so that it never depends on the page.
 * Every step runs even when one before it failed: a wipe fails closed.
 */
export function createWiper(deps: WipeDeps) {
  async function step(name: string, fn: () => unknown): Promise<boolean> {
    try {
      await fn();
      return true;
    } catch (error) {
      deps.log('wipe-step-failed', `${name}:${(error as Error).name}`);
      return false;
    }
  }

  /** The data: store, the session's storage and cache, and (kiosk) the clipboard and Linux's selection. */
  async function clearData(): Promise<boolean> {
    const results = [
      await step('store', () => deps.store.deleteAll()),
      await step('storage', () => deps.session.clearStorageData()),
      await step('cache', () => deps.session.clearCache()),
    ];
    if (deps.clipboard) {
      const clipboard = deps.clipboard;
      results.push(await step('clipboard', () => clipboard.clear()));
      const selection = clipboard.selection;
      if (selection) results.push(await step('selection', () => selection.clear()));
    }
    return results.every(Boolean);
  }

  /** The whole session: the data, then a fresh start page with no history to go back to. */
  async function wipe(reason: string): Promise<boolean> {
    deps.log('kiosk-wipe', reason);
    const cleared = await clearData();
    const win = deps.window();
    if (!win || win.isDestroyed()) return cleared;
    const loaded = await step('load', () => win.loadURL(deps.startUrl));
    const forgot = await step('history', () => win.webContents.navigationHistory.clear());
    return cleared && loaded && forgot;
  }

  return { clearData, wipe };
}
export type Wiper = ReturnType<typeof createWiper>;
