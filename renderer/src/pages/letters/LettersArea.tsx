import { Route, Switch } from 'wouter';
import { LetterPage } from './LetterPage';
import { LettersGallery } from './LettersGallery';

export default function LettersArea() {
  return (
    <Switch>
      <Route path="/">
        <LettersGallery />
      </Route>
      <Route path="/:id">{(params) => <LetterPage id={params.id} />}</Route>
    </Switch>
  );
}
