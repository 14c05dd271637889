import SearchArea from './SearchArea';

/** Routes of this area, nested under /search (see app/App.tsx, which loads this chunk when the area first opens). */
export function SearchRoutes() {
  return <SearchArea />;
}
