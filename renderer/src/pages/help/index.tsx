import { AreaRoutes } from '../../components/AreaRoutes';
import { HelpList, OrganisationPage } from './HelpPages';

/** Routes of "Who can help", nested under /help (app/routes.ts): the list, and a page per organisation. */
export function HelpRoutes() {
  return <AreaRoutes main={HelpList} item={OrganisationPage} />;
}
