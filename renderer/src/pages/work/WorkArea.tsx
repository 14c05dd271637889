import { Redirect, Route, Switch } from 'wouter';
import { WorkPage } from './WorkPage';

export default function WorkArea() {
  return (
    <Switch>
      <Route path="/">
        <WorkPage />
      </Route>
      <Route>
        <Redirect to="/" />
      </Route>
    </Switch>
  );
}
