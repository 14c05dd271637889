/**
 * Where the person was before opening the language picker, so that switching
 * language keeps their place. Reset by a kiosk wipe.
 */
let lastPlace = '/home';

export function rememberPlace(path: string): void {
  if (path !== '/' && path !== '/language') lastPlace = path;
}

export function placeToReturnTo(): string {
  return lastPlace;
}

export function forgetPlace(): void {
  lastPlace = '/home';
}
