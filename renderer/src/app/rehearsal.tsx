import { Activity, Component, useMemo, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Route, Router } from 'wouter';

/**
 * A rehearsal of an area's first screen: once the prefetch (App.tsx) has an area's code and catalogs,
 * it renders the area's first screen once where nobody sees it, then drops it for the next area. The
 * browser runs a page's code the first time slower than later (it compiles each function when first
 * called), and a first visit cost about twice a later one; after the rehearsal it costs what a later
 * one does.
 *
 * It is hidden (React's <Activity mode="hidden">: rendered when the page has nothing else to do, its
 * effects never run) and outside the document (a portal into an element that is never attached), so
 * it is nothing anyone can see, reach or read, and it does nothing: no focus, no storage, no timer, no
 * call to the main process. A screen that throws while rehearsed is simply not rehearsed.
 */
export interface Rehearsal {
  /** The area's path: its routes see it as their location. */
  path: string;
  /** The area's routes (its code). */
  Screen: ComponentType;
  /** What `isRehearsed` knows it by once it has rendered (area and language). */
  key: string;
}

let current: Rehearsal | null = null;
const listeners = new Set<() => void>();
/** Rehearsals that have rendered, and areas visited (a visit is a rehearsal too), by area and language. */
const done = new Set<string>();

/** Puts a rehearsal on the hidden stage (or clears it, with null). */
export function rehearse(next: Rehearsal | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export const rehearsalKey = (areaId: string, lng: string) => `${lng}:${areaId}`;
export const isRehearsed = (key: string) => done.has(key);
export const markRehearsed = (key: string) => void done.add(key);

/** Forgets which areas were rehearsed or visited, and clears the stage (when a kiosk session ends). */
export function forgetRehearsals(): void {
  done.clear();
  rehearse(null);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

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

/** The hidden stage: mounted once in App, renders the current rehearsal if there is one. */
export function RehearsalStage() {
  const rehearsal = useSyncExternalStore(subscribe, () => current, () => null);
  const [stage] = useState(() => (typeof document === 'undefined' ? null : document.createElement('div')));
  // Built once per rehearsal: App's own renders (every navigation) do not render the hidden area again.
  const tree = useMemo(() => {
    if (!rehearsal) return null;
    const { path, Screen, key } = rehearsal;
    // The area's routes see its own path, as on a visit, whatever is on screen.
    const here = (): [string, (to: string) => void] => [path, () => undefined];
    return (
      <Activity mode="hidden">
        <LeaveOut key={key}>
          <Router hook={here}>
            <Route path={path} nest>
              <Screen />
            </Route>
          </Router>
          <Rendered id={key} />
        </LeaveOut>
      </Activity>
    );
  }, [rehearsal]);
  if (!tree || !stage) return null;
  return createPortal(tree, stage, rehearsal?.key);
}
