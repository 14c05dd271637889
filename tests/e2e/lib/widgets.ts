/** The app's own input widgets as a person uses them in the browser, shared by the end-to-end files. */
import type { Locator } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Chooses a date in the app's date picker (a group of three selects: day, month by name, year). */
export async function pickDate(group: Locator, day: string, month: string, year: string): Promise<void> {
  await group.getByLabel('Day').selectOption(day);
  await group.getByLabel('Month').selectOption({ label: month });
  await group.getByLabel('Year').selectOption(year);
}

/** Reads the QR code shown in an image element, as a phone would: from a screenshot of it. */
export async function decodeQr(img: Locator): Promise<string> {
  const png = PNG.sync.read(await img.screenshot());
  const result = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  if (!result) throw new Error(`no QR code found in a ${png.width}×${png.height} screenshot`);
  return result.data;
}
