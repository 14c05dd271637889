import { AreaRoutes } from '../../components/AreaRoutes';
import { LetterPage } from './LetterPage';
import { LettersGallery } from './LettersGallery';

/** Routes of the letters, nested under /letters (app/routes.ts): the gallery, and a page per letter. */
export function LettersRoutes() {
  return <AreaRoutes main={LettersGallery} item={LetterPage} />;
}
