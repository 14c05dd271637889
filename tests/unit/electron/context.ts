import { vi } from 'vitest';
import type { AppInfo } from '@core/ipc/contract';
import { defaultKioskConfig, type KioskConfig } from '@core/kiosk/config';
import type { IpcContext } from '../../../electron/main/ipc/types';
import { createExitGate, hashCode } from '../../../electron/main/kiosk/exitGate';
import { createMemoryStore } from '../../../electron/main/store/memoryStore';

/** An IPC context for command tests: a memory store, a recording wiper, and (optionally) a kiosk config. */
export function testContext(opts: { kiosk?: Partial<KioskConfig> } = {}) {
  const store = createMemoryStore();
  const kiosk = opts.kiosk ? { ...defaultKioskConfig(), ...opts.kiosk } : null;
  const ctx = {
    store,
    appInfo: (): AppInfo => ({ version: 't', mode: kiosk ? 'kiosk' : 'personal', encryption: 'os', notices: [] }),
    kiosk,
    wiper: {
      clearData: vi.fn(async () => {
        await store.deleteAll();
        return true;
      }),
      wipe: vi.fn(async () => {
        await store.deleteAll();
        return true;
      }),
    },
    exitGate: kiosk?.adminExitCode ? createExitGate(hashCode(kiosk.adminExitCode)) : null,
    quit: vi.fn(() => undefined),
    log: vi.fn((_event: string, _detail?: string) => undefined),
  };
  return ctx satisfies IpcContext;
}
