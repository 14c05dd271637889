import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/window';
import { createMockSession } from '../../mocks/electron';

const ses = createMockSession() as unknown as Session;

describe('window options', () => {
  it('locks down webPreferences exactly', () => {
    expect(secureWebPreferences('/p/preload.cjs', ses, false)).toEqual({
      preload: '/p/preload.cjs',
      session: ses,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('uses the same secure preferences in every mode, and never devtools in kiosk mode', () => {
    for (const mode of ['personal', 'kiosk'] as const) {
      const opts = mainWindowOptions({ mode, preload: '/p.cjs', session: ses, devTools: true });
      expect(opts.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      if (mode === 'kiosk') {
        expect(opts.webPreferences?.devTools).toBe(false);
        expect(opts).toMatchObject({ kiosk: true, fullscreen: true, closable: false });
      } else {
        expect(opts.kiosk).toBeUndefined();
      }
    }
  });
});
