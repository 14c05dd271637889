import { lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NAMESPACES } from '../i18n';

// Each area is its own chunk, loaded when first opened: the first screen needs none of them.
const AREA_CHUNKS = {
  procedure: () => import('../pages/procedure'),
  timeline: () => import('../pages/timeline'),
  rights: () => import('../pages/rights'),
  work: () => import('../pages/work'),
  letters: () => import('../pages/letters'),
  help: () => import('../pages/help'),
  glossary: () => import('../pages/glossary'),
  search: () => import('../pages/search'),
  nareis: () => import('../pages/nareis'),
};
const ProcedureRoutes = lazy(() => AREA_CHUNKS.procedure().then((m) => ({ default: m.ProcedureRoutes })));
const TimelineRoutes = lazy(() => AREA_CHUNKS.timeline().then((m) => ({ default: m.TimelineRoutes })));
const RightsRoutes = lazy(() => AREA_CHUNKS.rights().then((m) => ({ default: m.RightsRoutes })));
const WorkRoutes = lazy(() => AREA_CHUNKS.work().then((m) => ({ default: m.WorkRoutes })));
const LettersRoutes = lazy(() => AREA_CHUNKS.letters().then((m) => ({ default: m.LettersRoutes })));
const HelpRoutes = lazy(() => AREA_CHUNKS.help().then((m) => ({ default: m.HelpRoutes })));
const GlossaryRoutes = lazy(() => AREA_CHUNKS.glossary().then((m) => ({ default: m.GlossaryRoutes })));
const SearchRoutes = lazy(() => AREA_CHUNKS.search().then((m) => ({ default: m.SearchRoutes })));
const NareisRoutes = lazy(() => AREA_CHUNKS.nareis().then((m) => ({ default: m.NareisRoutes })));

/** Once the first screen is up, the rest (code and this language's texts) loads while the person reads. */
function useIdlePrefetch() {
  const { i18n } = useTranslation();
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 300));
    idle(() => {
      for (const load of Object.values(AREA_CHUNKS)) void load().catch(() => undefined);
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
              <Route path="/procedure" nest>
                <ProcedureRoutes />
              </Route>
              <Route path="/timeline" nest>
                <TimelineRoutes />
              </Route>
              <Route path="/rights" nest>
                <RightsRoutes />
              </Route>
              <Route path="/work" nest>
                <WorkRoutes />
              </Route>
              <Route path="/letters" nest>
                <LettersRoutes />
              </Route>
              <Route path="/help" nest>
                <HelpRoutes />
              </Route>
              <Route path="/glossary" nest>
                <GlossaryRoutes />
              </Route>
              <Route path="/search" nest>
                <SearchRoutes />
              </Route>
              {/* Issue 15: the nareis guide (reached from the nareis step), not a tile of its own. */}
              <Route path="/nareis" nest>
                <NareisRoutes />
              </Route>
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
