import type { ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';

/**
 * The routes inside an area (nested under its path, see app/routes.ts): its main page at `/` and, where
 * it has them, one page per item at `/:id`. Any other path goes back to the main page.
 */
export function AreaRoutes({ main: Main, item: Item }: { main: ComponentType; item?: ComponentType<{ id: string }> }) {
  return (
    <Switch>
      <Route path="/">
        <Main />
      </Route>
      {Item && <Route path="/:id">{(params) => <Item id={params.id} />}</Route>}
      <Route>
        <Redirect to="/" />
      </Route>
    </Switch>
  );
}
