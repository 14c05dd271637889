import { AreaRoutes } from '../../components/AreaRoutes';
import { WorkPage } from './WorkPage';

/** Routes of "Can I work?", nested under /work (app/routes.ts): one page. */
export function WorkRoutes() {
  return <AreaRoutes main={WorkPage} />;
}
