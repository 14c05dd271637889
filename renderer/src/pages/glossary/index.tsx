import GlossaryArea from './GlossaryArea';

/** Routes of this area, nested under /glossary (see app/App.tsx, which loads this chunk when the area first opens). */
export function GlossaryRoutes() {
  return <GlossaryArea />;
}
