import { Placeholder } from '../Placeholder';

/** Routes of this area (see app/App.tsx): replaced when the area's UI lands. */
export function TimelineRoutes() {
  return <Placeholder area="timeline" />;
}
