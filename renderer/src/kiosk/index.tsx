import type { ComponentType } from 'react';

/**
 * Kiosk mode's part of every screen (the idle guard with its countdown, and the staff exit): a chunk of
 * its own, which only a kiosk loads, before its first screen (app/mount.tsx), so the guard is there from the
 * first render.
 */
let Guard: ComponentType | null = null;

export async function loadKiosk(): Promise<void> {
  Guard ??= (await import('./KioskGuard')).KioskGuard;
}

export function Kiosk() {
  return Guard ? <Guard /> : null;
}
