import { createContext, Fragment, useCallback, useContext, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import type { CaseInputData, NareisProgress } from '@core/domain/case';
import type { AppInfo, Settings } from '@core/ipc/contract';
import { DEFAULT_LANGUAGE, isLanguageCode, type LanguageCode } from '@core/i18n/languages';
import { api } from '../api';
import { applyDocumentLanguage, prepareLanguage, setLanguage } from '../i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { forgetPlace } from './lastPlace';
import { forgetRehearsals } from './rehearsal';

export interface AppState {
  info: AppInfo;
  settings: Settings;
  caseData: CaseInputData | null;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  /** Switches the app to `lng` and saves it; `then` (the picker's way back) runs with the switch, in the same render. */
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

/**
 * The page's language attributes (`lang`, `dir`, the script the stylesheet reads) follow the app's
 * language, set as a render in a new language is committed, before it is painted: a change of language
 * is drawn once, in its direction, with no frame of the screen before it turned right to left. Outside the
 * error boundary: a screen that breaks in the new language shows its "start again" in that language's
 * direction, and a screen reader reads it in that language.
 */
function DocumentLanguage({ i18n }: { i18n: I18n }) {
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const current = () => i18n.language;
  // (The same on hydration: a kiosk's prerendered picker is taken over in the language it shows.)
  const lng = useSyncExternalStore(subscribe, current, current);
  useLayoutEffect(() => {
    if (isLanguageCode(lng)) applyDocumentLanguage(lng);
  }, [lng]);
  return null;
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
      // `then` (the picker's way back) runs as the language changes, inside i18next's languageChanged, as
      // the app's own listeners do: React renders the new language and the way back in one pass, and the
      // page's direction changes as that is committed (DocumentLanguage above). The screen is drawn once, in
      // the new language, not first the picker in it. With the catalogs there (prepareLanguage) that is
      // at once; should one still be loading, it is when it is there.
      let done = false;
      const goBack = () => {
        if (done) return;
        done = true;
        try {
          then?.();
        } catch (error) {
          // Not into i18next's event: the change and the saving of the choice go on.
          console.error('[renderer] after a change of language:', error);
        }
      };
      const onChanged = (changed: string) => {
        if (changed === lng) goBack();
      };
      i18n.on('languageChanged', onChanged);
      try {
        await i18n.changeLanguage(lng);
      } finally {
        i18n.off('languageChanged', onChanged);
        goBack(); // (a change that failed still goes back)
        await updateSettings({ language: lng });
      }
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
      <DocumentLanguage i18n={i18n} />
      <ErrorBoundary key={sessionKey} onRestart={restart}>
        <Fragment key={sessionKey}>{props.children}</Fragment>
      </ErrorBoundary>
    </Ctx.Provider>
  );
}
