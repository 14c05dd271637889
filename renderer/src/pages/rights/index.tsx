import { AreaRoutes } from '../../components/AreaRoutes';
import { ItemPage } from './ItemPage';
import { RightsPage } from './RightsPage';

/** Routes of rights and duties, nested under /rights (app/routes.ts): the lists, and a page per item. */
export function RightsRoutes() {
  return <AreaRoutes main={RightsPage} item={ItemPage} />;
}
