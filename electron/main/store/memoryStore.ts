import type { CaseInputData } from '@core/domain/case';
import type { Settings } from '@core/ipc/contract';
import type { DataStore } from './types';

/** Kiosk and tests: the same interface, held in memory only and gone on wipe. */
export function createMemoryStore(): DataStore {
  let caseData: CaseInputData | null = null;
  let settings: Settings = {};
  return {
    encryption: 'memory',
    notices: [],
    loadCase: () => (caseData ? structuredClone(caseData) : null),
    saveCase: (data) => {
      caseData = structuredClone(data);
    },
    loadSettings: () => ({ ...settings }),
    saveSettings: (next) => {
      settings = { ...next };
    },
    deleteAll: () => {
      caseData = null;
      settings = {};
    },
  };
}
