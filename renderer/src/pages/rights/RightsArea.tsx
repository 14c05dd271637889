import { Route, Switch } from 'wouter';
import { ItemPage } from './ItemPage';
import { RightsPage } from './RightsPage';

export default function RightsArea() {
  return (
    <Switch>
      <Route path="/">
        <RightsPage />
      </Route>
      <Route path="/:id">{(params) => <ItemPage id={params.id} />}</Route>
    </Switch>
  );
}
