/**
 * A rehearsal of an area's first screen: once the prefetch (./prefetch.ts) has an area's code and catalogs,
 * it renders the area's first screen once where nobody sees it, then drops it for the next area. The
 * browser runs a page's code the first time slower than later (it compiles each function when first
 * called), and a first visit cost about twice a later one; after the rehearsal it costs what a later
 * one does.
 *
 * This is its bookkeeping, small enough for the first screen's code; the hidden stage that renders it
 * (./RehearsalStage.tsx) is a chunk of its own, loaded with the first rehearsal.
 */
import type { ComponentType } from 'react';

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

export const currentRehearsal = () => current;
export const subscribeRehearsal = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export const rehearsalKey = (areaId: string, lng: string) => `${lng}:${areaId}`;
export const isRehearsed = (key: string) => done.has(key);
export const markRehearsed = (key: string) => void done.add(key);

/** Forgets which areas were rehearsed or visited, and clears the stage (when a kiosk session ends). */
export function forgetRehearsals(): void {
  done.clear();
  rehearse(null);
}
