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
    loadCase: async () => (caseData ? structuredClone(caseData) : null),
    saveCase: async (data) => {
      caseData = structuredClone(data);
    },
    loadSettings: async () => ({ ...settings }),
    hasSettings: () => Object.keys(settings).length > 0,
    saveSettings: async (next) => {
      settings = { ...next };
    },
    deleteAll: async () => {
      caseData = null;
      settings = {};
    },
  };
}
