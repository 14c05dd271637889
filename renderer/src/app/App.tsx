import { useEffect } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Layout } from '../components/Layout';
import { KioskGuard } from '../kiosk/KioskGuard';
import { Home } from '../pages/Home';
import { LanguagePicker } from '../pages/LanguagePicker';
import { GlossaryRoutes } from '../pages/glossary';
import { HelpRoutes } from '../pages/help';
import { LettersRoutes } from '../pages/letters';
import { ProcedureRoutes } from '../pages/procedure';
import { RightsRoutes } from '../pages/rights';
import { SearchRoutes } from '../pages/search';
import { TimelineRoutes } from '../pages/timeline';
import { WorkRoutes } from '../pages/work';
import { Settings, useDisplaySettings } from '../pages/Settings';
import { SecondLanguageProvider } from '../i18n/secondLanguage';
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
  const { settings } = useApp();
  useDisplaySettings(settings);
  return (
    <SecondLanguageProvider lng={settings.secondLanguage ?? null}>
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
              <Route>
                <Redirect to="/home" />
              </Route>
            </Switch>
          </Layout>
        </Route>
      </Switch>
    </Router>
    </SecondLanguageProvider>
  );
}
