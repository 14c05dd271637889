import { Redirect, Route, Switch } from 'wouter';
import { NareisOverview, NareisTaskPage } from './Guide';
import './nareis.css';

/** Routes of the nareis guide (nested under /nareis, see app/App.tsx). */
export function NareisRoutes() {
  return (
    <Switch>
      <Route path="/">
        <NareisOverview />
      </Route>
      <Route path="/:task">{(params) => <NareisTaskPage key={params.task} id={params.task} />}</Route>
      <Route>
        <Redirect to="/" />
      </Route>
    </Switch>
  );
}
