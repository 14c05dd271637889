import { createContext, lazy, Suspense, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { afterFirstScreen, markFirstScreen } from './firstScreen';
import { loadOnce } from './loadOnce';
import { loadAllIcons } from '../components/Icon';
import { loadTerms } from '../content/termsData';
import { currentRehearsal, markRehearsed, rehearsalKey, rehearse, subscribeRehearsal } from './rehearsal';

/**
 * Each area of app/routes.ts as a route component: its code is a chunk of its own and its catalogs are
 * loaded, both at once, when the area first opens (until then the nearest Suspense shows its fallback),
 * or before that by the prefetch below. Once its code is there the area renders straight away: it does
 * not suspend again (a suspended screen is revealed no sooner than React's fallback throttle allows).
 */
function areaRoutes(area: Area): { Routes: ComponentType; preload: () => Promise<ComponentType>; loadedCode: () => ComponentType | undefined } {
  let loaded: ComponentType | undefined;
  // What every area shares but the first screens lack comes with the area's own code: the Dutch terms
  // for the markers in its texts and the icons that are not inlined (components/Icon.tsx). A failed load is tried
  // again on the next visit.
  const { load } = loadOnce(() =>
    Promise.all([area.load(), loadTerms(), loadAllIcons()]).then(([component]) => (loaded = component)),
  );
  const Code = lazy(async () => ({ default: await load() }));
  function AreaRoutes() {
    // Decided once per mount: switching from <Code> to the loaded component later would remount the area.
    const [Loaded] = useState(() => loaded);
    if (!Loaded) void load().catch(() => undefined); // the chunk loads while useTranslation waits for the catalogs
    const { i18n } = useTranslation([...area.namespaces]);
    // A visit is a rehearsal: the prefetch skips the area (in this language).
    useEffect(() => markRehearsed(rehearsalKey(area.id, i18n.language)), [i18n.language]);
    return Loaded ? <Loaded /> : <Code />;
  }
  return { Routes: AreaRoutes, preload: load, loadedCode: () => loaded };
}
const AREA_ROUTES = AREAS.map((area) => ({
  id: area.id,
  path: area.path,
  ...areaRoutes(area),
  namespaces: area.namespaces,
  rehearse: HOME_AREAS.some((a) => a.id === area.id),
}));

const areaAt = (location: string) =>
  AREA_ROUTES.find((a) => location === a.path || location.startsWith(`${a.path}/`));
const areaReady = (area: (typeof AREA_ROUTES)[number], i18n: I18n) =>
  area.loadedCode() !== undefined && area.namespaces.every((ns) => i18n.hasLoadedNamespace(ns));

/**
 * The hash location, held on the current screen while an area that is not yet loaded (its code or this
 * language's catalogs) loads, as a router with lazy routes does: the new screen then shows as soon as
 * it is there, instead of a loading placeholder first (React shows content that replaces a fallback no
 * sooner than 300 ms after the fallback). Areas already loaded (the prefetch's work) show at once. A load
 * that fails lets the location through, to the Suspense and error boundaries.
 */
type HashLocation = ReturnType<typeof useHashLocation>;
function useLoadedHashLocation(): HashLocation {
  const [location, navigate] = useHashLocation();
  const { i18n } = useTranslation();
  const [shown, setShown] = useState(location);
  const [settled, setSettled] = useState<string | null>(null);
  const area = areaAt(location);
  const ready = !area || settled === location || areaReady(area, i18n);
  if (ready && shown !== location) setShown(location);
  useEffect(() => {
    if (ready || !area) return;
    let live = true;
    const settle = () => live && setSettled(location);
    Promise.all([area.preload(), i18n.loadNamespaces([...area.namespaces])]).then(settle, settle);
    return () => {
      live = false;
    };
  }, [area, i18n, location, ready]);
  const current = ready ? location : shown;
  return useMemo(() => [current, navigate], [current, navigate]);
}
// Computed once in App, read by every route and link (wouter calls its location hook in each).
const LocationCtx = createContext<HashLocation | null>(null);
function useAppLocation(): HashLocation {
  const value = useContext(LocationCtx);
  if (!value) throw new Error('useAppLocation outside App');
  return value;
}

/** The areas' code before the app is on screen (a person's first start's picker, app/pickerAlone.ts). */
export function prefetchAreaCode(): Promise<void> {
  return import('./prefetch').then(({ prefetchCode }) => prefetchCode(AREA_ROUTES));
}

function usePrefetch() {
  const { i18n } = useTranslation();
  useEffect(() => {
    let run = 0;
    let lng = '';
    let gone = false;
    const start = () => {
      if (gone) return; // queued for after the first paint by an effect since cleaned up (StrictMode)
      if (i18n.language === lng) return; // choosing the language already shown changes nothing to load
      lng = i18n.language;
      const mine = ++run;
      void import('./prefetch')
        .then(({ prefetch }) => prefetch(AREA_ROUTES, i18n, () => mine === run))
        .catch(() => undefined); // a prefetch that fails leaves each area to load on its visit
    };
    afterFirstScreen(start);
    const onLanguage = () => afterFirstScreen(start);
    i18n.on('languageChanged', onLanguage);
    return () => {
      gone = true;
      run++;
      rehearse(null);
      i18n.off('languageChanged', onLanguage);
    };
  }, [i18n]);
}
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Layout } from '../components/Layout';
import { Kiosk } from '../kiosk';
import { Home } from '../pages/Home';
import { LanguagePicker } from '../pages/LanguagePicker';
import { useDisplaySettings } from './displaySettings';
import { SecondLanguageProvider } from '../i18n/secondLanguage';
import { TermDisplayProvider } from '../i18n/termDisplay';
import { useApp } from './AppContext';
import { AREAS, HOME_AREAS, type Area } from './routes';

/** The rehearsals' hidden stage (./RehearsalStage.tsx): its code loads with the first rehearsal. */
const RehearsalStage = lazy(() => import('./RehearsalStage').then((m) => ({ default: m.RehearsalStage })));
function Rehearsals() {
  const [asked, setAsked] = useState(false);
  const now = useSyncExternalStore(subscribeRehearsal, currentRehearsal, () => null);
  if (now && !asked) setAsked(true);
  return asked ? (
    <Suspense fallback={null}>
      <RehearsalStage />
    </Suspense>
  ) : null;
}

/** Marks the first interactive screen: benchmarks and end-to-end tests wait for it. */
function useReadyMarker() {
  useEffect(() => markFirstScreen(), []);
}

/**
 * The route on screen, on <html data-route>: while a not-yet-loaded area loads, the hash already names the
 * new route but the screen is still the old one (useLoadedHashLocation). Set after the new screen is
 * committed, so the end-to-end tests wait for it before they check a page (tests/e2e/lib/app.ts `go`).
 */
function useShownRouteMarker(path: string) {
  useEffect(() => {
    document.documentElement.dataset.route = path;
  }, [path]);
}

export function App({ startAtPicker }: { startAtPicker: boolean }) {
  useReadyMarker();
  usePrefetch();
  const { settings } = useApp();
  useDisplaySettings(settings);
  const location = useLoadedHashLocation();
  useShownRouteMarker(location[0]);
  return (
    <SecondLanguageProvider lng={settings.secondLanguage ?? null}>
    <TermDisplayProvider value={settings.termDisplay}>
    <LocationCtx.Provider value={location}>
    {/* Links are written as the hash location writes them (#/…). */}
    <Router hook={useAppLocation} hrefs={(href) => `#${href}`}>
      <Kiosk />
      <Rehearsals />
      <Switch>
        <Route path="/">{startAtPicker ? <LanguagePicker /> : <Redirect to="/home" />}</Route>
        <Route path="/language">
          <LanguagePicker />
        </Route>
        <Route>
          <Layout>
            <Switch>
              <Route path="/home">
                <Home />
              </Route>
              {/* Each area owns its sub-routes (nest: paths inside are relative to the area). */}
              {AREA_ROUTES.map(({ id, path, Routes }) => (
                <Route key={id} path={path} nest>
                  <Routes />
                </Route>
              ))}
              <Route>
                <Redirect to="/home" />
              </Route>
            </Switch>
          </Layout>
        </Route>
      </Switch>
    </Router>
    </LocationCtx.Provider>
    </TermDisplayProvider>
    </SecondLanguageProvider>
  );
}
