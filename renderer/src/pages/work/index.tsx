import WorkArea from './WorkArea';

/** Routes of this area, nested under /work (see app/App.tsx, which loads this chunk when the area first opens). */
export function WorkRoutes() {
  return <WorkArea />;
}
