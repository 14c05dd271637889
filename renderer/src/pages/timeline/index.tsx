import { Redirect, Route, Switch } from 'wouter';
import { CaseForm } from './CaseForm';
import { TimelineView } from './TimelineView';
import './timeline.css';

/** Routes of "My timeline" (nested under /timeline, see app/App.tsx). */
export function TimelineRoutes() {
  return (
    <Switch>
      <Route path="/case">
        <CaseForm />
      </Route>
      <Route path="/">
        <TimelineView />
      </Route>
      <Route>
        <Redirect to="/" />
      </Route>
    </Switch>
  );
}
