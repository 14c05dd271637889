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

/** The hidden stage's element (./RehearsalStage.tsx), never attached to the document. */
let stageElement: HTMLElement | null = null;
export const setRehearsalStage = (element: HTMLElement | null) => void (stageElement = element);

/**
 * Lays a rehearsed screen out once, as the page would, where nobody sees it: a copy of what the hidden
 * stage holds (no React, no handlers), put in the page's `main` for one moment, unseen (not painted, of no
 * size, hidden from assistive technology and input), laid out and taken out again in the same task, so
 * nothing is ever drawn. The rehearsal ran the screen's code once; a first visit still laid its screen
 * out for the first time (the browser shapes each text and matches each style once, then keeps them),
 * and took about half again as long as a later visit. Returns whether it did (the screen rehearsed is on
 * the stage, and a page `main` is there to lay it out in).
 */
export function layOutRehearsal(key: string): boolean {
  const main = document.getElementById('main');
  if (!stageElement || current?.key !== key || !done.has(key) || !main || !stageElement.firstElementChild) return false;
  const copy = document.createElement('div');
  copy.id = 'rehearsal-layout';
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  copy.style.cssText = 'contain:strict;block-size:0;overflow:hidden;visibility:hidden;pointer-events:none';
  for (const node of stageElement.children) {
    const element = node.cloneNode(true) as HTMLElement;
    // Shown here: React hides a hidden Activity's elements (display: none), which would leave them unlaid.
    element.style.removeProperty('display');
    copy.append(element);
  }
  main.append(copy);
  void copy.scrollHeight; // the layout, now
  copy.remove();
  return true;
}

/** Forgets which areas were rehearsed or visited, and clears the stage (when a kiosk session ends). */
export function forgetRehearsals(): void {
  done.clear();
  rehearse(null);
}
