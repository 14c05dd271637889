import { useEffect } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Layout } from '../components/Layout';
import { KioskGuard } from '../kiosk/KioskGuard';
import { Home } from '../pages/Home';
import { LanguagePicker } from '../pages/LanguagePicker';
import { Placeholder } from '../pages/Placeholder';
import { Settings, useDisplaySettings } from '../pages/Settings';
import { SecondLanguageProvider } from '../i18n/secondLanguage';
import { useApp } from './AppContext';
import { AREAS } from './routes';

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
              {AREAS.map((a) => (
                <Route key={a.id} path={a.path}>
                  <Placeholder area={a.id} />
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
    </SecondLanguageProvider>
  );
}
