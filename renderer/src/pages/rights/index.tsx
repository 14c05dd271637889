import RightsArea from './RightsArea';

/** Routes of this area, nested under /rights (see app/App.tsx, which loads this chunk when the area first opens). */
export function RightsRoutes() {
  return <RightsArea />;
}
