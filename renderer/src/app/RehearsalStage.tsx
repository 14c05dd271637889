import { Activity, Component, Suspense, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Route, Router } from 'wouter';
import { currentRehearsal, markRehearsed, subscribeRehearsal } from './rehearsal';

/**
 * The hidden stage of the rehearsals (./rehearsal.ts): mounted by App once the first rehearsal is asked
 * for. A rehearsal is hidden (React's <Activity mode="hidden">: rendered when the page has nothing else
 * to do, its effects never run) and outside the document (a portal into an element that is never
 * attached), so it is nothing anyone can see, reach or read, and it does nothing: no focus, no storage,
 * no timer, no call to the main process. A screen that throws while rehearsed is simply not rehearsed.
 */

/** Renders nothing, after the screen before it rendered: so a rehearsal counts only once it happened. */
function Rendered({ id }: { id: string }) {
  markRehearsed(id);
  return null;
}

/** A screen that throws while rehearsed is left out; its visit will show the error as any visit does. */
class LeaveOut extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

export function RehearsalStage() {
  const rehearsal = useSyncExternalStore(subscribeRehearsal, currentRehearsal, () => null);
  const [stage] = useState(() => document.createElement('div'));
  // Built once per rehearsal: App's own renders (every navigation) do not render the hidden area again.
  const tree = useMemo(() => {
    if (!rehearsal) return null;
    const { path, Screen, key } = rehearsal;
    // The area's routes see its own path, as on a visit, whatever is on screen.
    const here = (): [string, (to: string) => void] => [path, () => undefined];
    return (
      <Activity mode="hidden">
        <LeaveOut key={key}>
          {/* A part still loading waits here: were the hidden Activity itself the boundary, React
              would retry it after the rehearsal is gone and fail (a null retry cache). */}
          <Suspense fallback={null}>
            <Router hook={here}>
              <Route path={path} nest>
                <Screen />
              </Route>
            </Router>
            <Rendered id={key} />
          </Suspense>
        </LeaveOut>
      </Activity>
    );
  }, [rehearsal]);
  return tree ? createPortal(tree, stage, rehearsal?.key) : null;
}
