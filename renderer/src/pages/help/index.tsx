import HelpArea from './HelpArea';

/** Routes of this area, nested under /help (see app/App.tsx, which loads this chunk when the area first opens). */
export function HelpRoutes() {
  return <HelpArea />;
}
