import { Route, Switch } from 'wouter';
import { GlossaryList } from './GlossaryList';
import { TermPage } from './TermPage';

export default function GlossaryArea() {
  return (
    <Switch>
      <Route path="/">
        <GlossaryList />
      </Route>
      <Route path="/:id">{(params) => <TermPage id={params.id} />}</Route>
    </Switch>
  );
}
