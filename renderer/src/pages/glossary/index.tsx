import { AreaRoutes } from '../../components/AreaRoutes';
import { GlossaryList } from './GlossaryList';
import { TermPage } from './TermPage';

/** Routes of the glossary, nested under /glossary (app/routes.ts): the list, and a page per term. */
export function GlossaryRoutes() {
  return <AreaRoutes main={GlossaryList} item={TermPage} />;
}
