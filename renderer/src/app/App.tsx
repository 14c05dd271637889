import { lazy, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NAMESPACES } from '../i18n';

/**
 * Each area of app/routes.ts as a route component: its code is a chunk of its own and its catalogs are
 * loaded, both at once, when the area first opens (until then the nearest Suspense shows its fallback).
 */
function areaRoutes(area: Area): { Routes: ComponentType; preload: () => Promise<ComponentType> } {
  let code: Promise<ComponentType> | undefined;
  const load = () => (code ??= area.load());
  const Code = lazy(async () => ({ default: await load() }));
  function AreaRoutes() {
    void load().catch(() => undefined); // the chunk loads while useTranslation waits for the catalogs
    useTranslation([...area.namespaces]);
    return <Code />;
  }
  return { Routes: AreaRoutes, preload: load };
}
const AREA_ROUTES = AREAS.map((area) => ({ id: area.id, path: area.path, ...areaRoutes(area) }));

/** Once the first screen is up, the rest (code and this language's texts) loads while the person reads. */
function useIdlePrefetch() {
  const { i18n } = useTranslation();
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 300));
    idle(() => {
      for (const area of AREA_ROUTES) void area.preload().catch(() => undefined);
      void i18n.loadNamespaces(NAMESPACES);
    });
  }, [i18n]);
}
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Layout } from '../components/Layout';
import { KioskGuard } from '../kiosk/KioskGuard';
import { Home } from '../pages/Home';
import { LanguagePicker } from '../pages/LanguagePicker';
import { Settings, useDisplaySettings } from '../pages/Settings';
import { SecondLanguageProvider } from '../i18n/secondLanguage';
import { TermDisplayProvider } from '../i18n/termDisplay';
import { useApp } from './AppContext';
import { AREAS, type Area } from './routes';

/** Marks the first interactive screen: benchmarks and end-to-end tests wait for it. */
function useReadyMarker() {
  useEffect(() => {
    if (document.documentElement.dataset.ready === 'true') return;
    performance.mark('app-ready');
    document.documentElement.dataset.ready = 'true';
  }, []);
}

export function App({ startAtPicker }: { startAtPicker: boolean }) {
  useReadyMarker();
  useIdlePrefetch();
  const { settings } = useApp();
  useDisplaySettings(settings);
  return (
    <SecondLanguageProvider lng={settings.secondLanguage ?? null}>
    <TermDisplayProvider value={settings.termDisplay}>
    <Router hook={useHashLocation}>
      <KioskGuard />
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
              <Route path="/settings">
                <Settings />
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
    </TermDisplayProvider>
    </SecondLanguageProvider>
  );
}
