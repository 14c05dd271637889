import { createContext, lazy, useContext, useEffect, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { allNamespaces } from '../i18n';
import { afterFirstScreen, markFirstScreen } from './firstScreen';
import { loadOnce } from './loadOnce';
import { loadAllIcons, warmIcons } from '../components/Icon';
import { loadTerms } from '../content/termsData';
import { isRehearsed, markRehearsed, rehearsalKey, rehearse, RehearsalStage } from './rehearsal';

/**
 * Each area of app/routes.ts as a route component: its code is a chunk of its own and its catalogs are
 * loaded, both at once, when the area first opens (until then the nearest Suspense shows its fallback),
 * or before that by the prefetch below. Once its code is there the area renders straight away: it does
 * not suspend again (a suspended screen is revealed no sooner than React's fallback throttle allows).
 */
function areaRoutes(area: Area): { Routes: ComponentType; preload: () => Promise<ComponentType>; loadedCode: () => ComponentType | undefined } {
  let loaded: ComponentType | undefined;
  // What every area shares but the first screens lack comes with the area's own code: the Dutch terms
  // for the markers in its texts and the icons that are not in the main chunk. A failed load is tried
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

/** One step of the prefetch at a time, each when the page is idle, so input stays responsive meanwhile. */
function whenIdle(): Promise<void> {
  // A page being torn down (or a test environment after its test) has no window left: the prefetch stops.
  if (typeof window === 'undefined') return new Promise<void>(() => undefined);
  return new Promise((resolve) => {
    if (window.requestIdleCallback) window.requestIdleCallback(() => resolve(), { timeout: 200 });
    else window.setTimeout(resolve, 0);
  });
}

/**
 * Once the first screen is up, the areas' code and this language's catalogs load while the person reads:
 * area by area in the home page's order (the order people go), the first screen of each area with a
 * home tile rehearsed once in this language (./rehearsal.tsx), then the remaining catalogs. After a
 * change of language the new language's catalogs load, and the areas are rehearsed in it, the same way.
 */
async function prefetch(i18n: I18n, current: () => boolean): Promise<void> {
  rehearse(null); // one a run in the language before left
  try {
    await prefetchAreas(i18n, current);
  } finally {
    // A run that ends (or that a change of language ends) leaves nothing on the hidden stage.
    if (current()) rehearse(null);
  }
  await whenIdle();
  if (current()) await allNamespaces().then((all) => i18n.loadNamespaces(all)).catch(() => undefined);
  // For the end-to-end tests: everything is there (the last run's end, after a change of language).
  if (current()) performance.mark('prefetch-done');
}

async function prefetchAreas(i18n: I18n, current: () => boolean): Promise<void> {
  for (const [i, area] of AREA_ROUTES.entries()) {
    // The first area (the one people go to first) is requested as soon as the first screen is painted,
    // without waiting for an idle moment: its files load meanwhile, and a person who taps its tile at
    // once does not wait for the whole load. The others each wait for one.
    if (i > 0) await whenIdle();
    if (!current()) return;
    // The code loads once (later runs find it there), with the terms and icons the areas share (the
    // first area brings them); the catalogs are this language's.
    await Promise.all([area.preload(), i18n.loadNamespaces([...area.namespaces])]).catch(() => undefined);
    // Only the areas people open from home: the search's first screen builds the whole search index,
    // work for when someone searches, and settings and the nareis guide are a step further away.
    const Screen = area.loadedCode();
    const key = rehearsalKey(area.id, i18n.language);
    if (Screen && area.rehearse && !isRehearsed(key)) {
      await whenIdle();
      if (!current()) return;
      if (!isRehearsed(key)) rehearse({ path: area.path, Screen, key }); // unless visited meanwhile
    }
    if (i === 0) {
      // The icons are all there now: make them ready before the next area (see warmIcons).
      await whenIdle();
      if (!current()) return;
      warmIcons();
    }
  }
}

function usePrefetch() {
  const { i18n } = useTranslation();
  useEffect(() => {
    let run = 0;
    let lng = '';
    const start = () => {
      if (i18n.language === lng) return; // choosing the language already shown changes nothing to load
      lng = i18n.language;
      const mine = ++run;
      void prefetch(i18n, () => mine === run);
    };
    afterFirstScreen(start);
    const onLanguage = () => afterFirstScreen(start);
    i18n.on('languageChanged', onLanguage);
    return () => {
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
      <RehearsalStage />
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
