import { AreaRoutes } from '../../components/AreaRoutes';
import { ProcedureMap } from './ProcedureMap';
import { ProcedureProvider } from './state';
import { StepPage } from './StepPage';
import { TrackQuiz } from './TrackQuiz';
import './procedure.css';

/**
 * Routes of "The procedure step by step" (nested under /procedure, see app/App.tsx):
 * `/` the map, `/step/:id` a step, `/track` the questions "Which track am I in?".
 * The chosen rule period and track are shared by the three while the person stays here.
 */
export function ProcedureRoutes() {
  return (
    <ProcedureProvider>
      <AreaRoutes main={ProcedureMap} pages={{ '/track': TrackQuiz }} item={StepPage} itemPath="/step/:id" />
    </ProcedureProvider>
  );
}
