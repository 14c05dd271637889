import { createContext, Fragment, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import type { CaseInputData, NareisProgress } from '@core/domain/case';
import type { AppInfo, Settings } from '@core/ipc/contract';
import { DEFAULT_LANGUAGE, type LanguageCode } from '@core/i18n/languages';
import { api } from '../api';
import { prepareLanguage, setLanguage } from '../i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { forgetPlace } from './lastPlace';
import { forgetRehearsals } from './rehearsal';

export interface AppState {
  info: AppInfo;
  settings: Settings;
  caseData: CaseInputData | null;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  /** Switches the app to `lng` and saves it; `then` runs with the switch, in the same render (the picker's way back). */
  chooseLanguage(lng: LanguageCode, then?: () => void): Promise<void>;
  saveCase(data: CaseInputData): Promise<void>;
  /**
   * Issue 15: the nareis checklist's ticks. Saved inside the case record (so
   * encrypted and deleted with it; in kiosk mode the store is memory only),
   * but kept out of `caseData`, which the timeline reads as it is.
   */
  nareisDone: readonly string[];
  saveNareisDone(done: readonly string[]): Promise<void>;
  deleteAll(): Promise<void>;
  /**
   * Ends a session on a shared terminal. Main owns the wipe (store, session
   * storage and cache, clipboard, a fresh page without history); the page
   * also forgets every screen's state and returns to the language picker,
   * whatever main answers: a wipe fails closed.
   */
  wipeSession(): Promise<void>;
}

/** The case as the rest of the app reads it: without the nareis ticks (the timeline refuses unknown fields). */
function withoutNareis(data: CaseInputData): CaseInputData;
function withoutNareis(data: CaseInputData | null): CaseInputData | null;
function withoutNareis(data: CaseInputData | null): CaseInputData | null {
  if (!data) return null;
  const { nareis: _ticks, ...rest } = data;
  return rest;
}

function withNareis(data: CaseInputData, done: readonly string[]): CaseInputData {
  const progress: NareisProgress = { done: [...done] };
  return done.length > 0 ? { ...data, nareis: progress } : data;
}

const Ctx = createContext<AppState | null>(null);

export function useApp(): AppState {
  const value = useContext(Ctx);
  if (!value) throw new Error('useApp outside AppProvider');
  return value;
}

export function AppProvider(props: {
  i18n: I18n;
  info: AppInfo;
  initialSettings: Settings;
  initialCase: CaseInputData | null;
  children: ReactNode;
}) {
  const { i18n } = props;
  const [settings, setSettings] = useState<Settings>(props.initialSettings);
  const [caseData, setCaseData] = useState<CaseInputData | null>(() => withoutNareis(props.initialCase));
  const [nareisDone, setNareisDone] = useState<readonly string[]>(() => props.initialCase?.nareis?.done ?? []);

  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    let next: Settings = {};
    setSettings((prev) => (next = { ...prev, ...patch }));
    await api.saveSettings(next);
  }, []);

  const chooseLanguage = useCallback(
    async (lng: LanguageCode, then?: () => void) => {
      await prepareLanguage(i18n, lng);
      // Its catalogs are there, so the change is made now, and `then`'s navigation with it: React renders
      // both in one pass, and the page's direction changes as that is committed (App's
      // useDocumentLanguage). The screen is drawn once, in the new language, not first the picker in it.
      const changed = i18n.changeLanguage(lng);
      then?.();
      await changed;
      await updateSettings({ language: lng });
    },
    [i18n, updateSettings],
  );

  const saveCase = useCallback(
    async (data: CaseInputData) => {
      const plain = withoutNareis(data);
      await api.saveCase(withNareis(plain, nareisDone));
      setCaseData(plain);
    },
    [nareisDone],
  );

  const saveNareisDone = useCallback(
    async (done: readonly string[]) => {
      setNareisDone(done);
      // Ticks without a case yet start a bare asylum case (as a letter's date does: letters/addDate.ts).
      await api.saveCase(withNareis(caseData ?? { procedure: 'asylum', dates: {} }, done));
      if (!caseData) setCaseData({ procedure: 'asylum', dates: {} });
    },
    [caseData],
  );

  const deleteAll = useCallback(async () => {
    await api.deleteAll();
    setCaseData(null);
    setNareisDone([]);
    setSettings({});
  }, []);

  const [sessionKey, setSessionKey] = useState(0);
  const kioskDefault = props.info.kiosk?.defaultLanguage;
  const wipeSession = useCallback(async () => {
    try {
      await api.endSession();
    } catch {
      // Main's own idle backstop still wipes; the page resets itself below in any case.
    }
    try {
      window.sessionStorage.clear();
      window.localStorage.clear();
    } catch {
      // Storage may be unavailable; there is nothing of ours in it anyway.
    }
    setCaseData(null);
    setNareisDone([]);
    setSettings({});
    forgetPlace();
    forgetRehearsals(); // which areas this person opened, too
    window.location.hash = '#/';
    setSessionKey((k) => k + 1);
    await setLanguage(i18n, (kioskDefault as LanguageCode | undefined) ?? DEFAULT_LANGUAGE).catch(() => undefined);
  }, [i18n, kioskDefault]);

  const value = useMemo<AppState>(
    () => ({
      info: props.info,
      settings,
      caseData,
      updateSettings,
      chooseLanguage,
      saveCase,
      nareisDone,
      saveNareisDone,
      deleteAll,
      wipeSession,
    }),
    [props.info, settings, caseData, updateSettings, chooseLanguage, saveCase, nareisDone, saveNareisDone, deleteAll, wipeSession],
  );
  // A new key on wipe: every component's own state (half-filled forms included) is thrown away.
  // A screen that breaks shows a calm "start again" (on a kiosk that is a wipe) instead of a blank page.
  const restart = useCallback(() => {
    if (props.info.mode === 'kiosk') return wipeSession();
    window.location.hash = '#/';
    setSessionKey((k) => k + 1);
  }, [props.info.mode, wipeSession]);
  return (
    <Ctx.Provider value={value}>
      <ErrorBoundary key={sessionKey} onRestart={restart}>
        <Fragment key={sessionKey}>{props.children}</Fragment>
      </ErrorBoundary>
    </Ctx.Provider>
  );
}
