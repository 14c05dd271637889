import { Route, Switch } from 'wouter';
import { HelpList, OrganisationPage } from './HelpPages';

export default function HelpArea() {
  return (
    <Switch>
      <Route path="/">
        <HelpList />
      </Route>
      <Route path="/:id">{(params) => <OrganisationPage id={params.id} />}</Route>
    </Switch>
  );
}
