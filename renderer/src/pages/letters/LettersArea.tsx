import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { LetterPage } from './LetterPage';
import { LettersGallery } from './LettersGallery';

// The letter reader (and with it the OCR) is its own chunk, loaded only when the reader opens.
const ReaderPage = lazy(() => import('./reader/ReaderPage'));

export default function LettersArea() {
  return (
    <Switch>
      <Route path="/">
        <LettersGallery />
      </Route>
      <Route path="/read">
        <Suspense fallback={null}>
          <ReaderPage />
        </Suspense>
      </Route>
      <Route path="/:id">{(params) => <LetterPage id={params.id} />}</Route>
    </Switch>
  );
}
