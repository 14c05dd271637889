import type { ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';

/**
 * The routes inside an area (nested under its path, see app/routes.ts): its main page at `/`, its other
 * pages at their own paths (`pages`), and, where it has them, one page per item at `itemPath` (`/:id`),
 * started afresh for each item. Any other path goes back to the main page.
 */
export function AreaRoutes({
  main: Main,
  pages = {},
  item: Item,
  itemPath = '/:id',
}: {
  main: ComponentType;
  pages?: Readonly<Record<string, ComponentType>>;
  item?: ComponentType<{ id: string }>;
  itemPath?: `${string}/:id`;
}) {
  return (
    <Switch>
      <Route path="/">
        <Main />
      </Route>
      {Object.entries(pages).map(([path, Page]) => (
        <Route key={path} path={path}>
          <Page />
        </Route>
      ))}
      {Item && <Route path={itemPath}>{(params) => <Item key={params.id} id={params.id} />}</Route>}
      <Route>
        <Redirect to="/" />
      </Route>
    </Switch>
  );
}
