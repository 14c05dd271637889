import type { BrowserWindow, Input } from 'electron';

/**
 * Kiosk lock-down: keys that would leave or break the app are swallowed.
 * Kept as a pure function of the key so it is tested key by key.
 */
export function isBlockedShortcut(input: Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift' | 'type'>): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (/^f(5|11|12)$/.test(key)) return true; // reload, full screen toggle, devtools
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright' || key === 'home')) return true; // close, history, home page
  if (key === 'browserback' || key === 'browserforward' || key === 'browserrefresh' || key === 'browserhome') return true;
  if (!mod) return false;
  // Ctrl+P too, always: the system print dialog offers "Save as PDF", a file chooser, a way out.
  if (['r', 'w', 'q', 'n', 't', 'm', 'h', 'o', 's', 'u', 'l', 'j', 'g', 'f', 'd', 'p'].includes(key)) return true;
  if (['0', '+', '-', '=', '_'].includes(key)) return true; // zoom and zoom reset
  if (input.shift && ['i', 'j', 'c', 'delete'].includes(key)) return true; // devtools, clear data dialog
  if (key === 'tab' || key === 'pageup' || key === 'pagedown') return true; // tab switching
  return false;
}

export interface KioskGuard {
  /** Lets the window close: only after the staff exit code was given. */
  allowClose(): void;
}

export function lockDownKioskWindow(win: BrowserWindow): KioskGuard {
  let closing = false;
  const contents = win.webContents;
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  contents.on('context-menu', (event) => event.preventDefault());
  contents.setVisualZoomLevelLimits(1, 1);
  // A page's "leave this page?" (beforeunload) must never veto main's wipe, which loads the start page anew.
  contents.on('will-prevent-unload', (event) => event.preventDefault());
  // Without its preload the page would think it runs in the browser preview: no kiosk, no idle
  // wipe, and printing through the system dialog. Fail closed: crash it; the crash recovery wipes and reloads.
  contents.on('preload-error', () => contents.forcefullyCrashRenderer());
  win.on('close', (event) => {
    if (!closing) event.preventDefault();
  });
  win.on('leave-full-screen', () => win.setFullScreen(true));
  return {
    allowClose() {
      closing = true;
    },
  };
}
