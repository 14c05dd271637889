import { AreaRoutes } from '../../components/AreaRoutes';
import { CaseForm } from './CaseForm';
import { TimelineView } from './TimelineView';
import './timeline.css';

/** Routes of "My timeline" (nested under /timeline, see app/App.tsx): the timeline, and the case form at /case. */
export function TimelineRoutes() {
  return <AreaRoutes main={TimelineView} pages={{ '/case': CaseForm }} />;
}
