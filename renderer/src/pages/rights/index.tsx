import { Placeholder } from '../Placeholder';

/** Routes of this area (see app/App.tsx): replaced when the area's UI lands. */
export function RightsRoutes() {
  return <Placeholder area="rights" />;
}
