import { Route, Switch } from 'wouter';
import { SearchPage } from './SearchPage';

function decode(q: string | undefined): string {
  if (!q) return '';
  try {
    return decodeURIComponent(q);
  } catch {
    return q;
  }
}

export default function SearchArea() {
  return (
    <Switch>
      {/* One route for both, so typing never remounts the page: `/search` and `/search/<what to look for>`. */}
      <Route path="/:q?">{(params) => <SearchPage initial={decode(params.q)} />}</Route>
    </Switch>
  );
}
