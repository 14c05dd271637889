import LettersArea from './LettersArea';

/** Routes of this area, nested under /letters (see app/App.tsx, which loads this chunk when the area first opens). */
export function LettersRoutes() {
  return <LettersArea />;
}
