import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AreaRoutes } from '../../components/AreaRoutes';
import { LetterPage } from './LetterPage';
import { LettersGallery } from './LettersGallery';

// The letter reader (and with it the OCR) is its own chunk, loaded only when the reader opens.
const ReaderPage = lazy(() => import('./reader/ReaderPage'));

/** Routes of the letters, nested under /letters (app/routes.ts): the gallery, the reader, and a page per letter. */
export function LettersRoutes() {
  return (
    <Switch>
      <Route path="/read">
        <Suspense fallback={null}>
          <ReaderPage />
        </Suspense>
      </Route>
      <Route>
        <AreaRoutes main={LettersGallery} item={LetterPage} />
      </Route>
    </Switch>
  );
}
