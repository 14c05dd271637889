import { AreaRoutes } from '../../components/AreaRoutes';
import { NareisOverview, NareisTaskPage } from './Guide';
import './nareis.css';

/** Routes of the nareis guide (nested under /nareis, see app/App.tsx): the overview, and a page per task. */
export function NareisRoutes() {
  return <AreaRoutes main={NareisOverview} item={NareisTaskPage} />;
}
