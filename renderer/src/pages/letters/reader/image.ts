import { estimateSkew, evenLight, toGray } from './preprocess';

/** The longest side the reader works on: a phone photo is made smaller (faster, and no worse to read). */
const MAX_SIDE = 2200;
/** The longest side the skew is measured on. */
const SKEW_SIDE = 900;

function canvas(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = Math.max(1, Math.round(width));
  c.height = Math.max(1, Math.round(height));
  return c;
}

function context(c: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = c.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas');
  return ctx;
}

/**
 * A photo or scan made ready for the OCR: smaller when large, grey with even
 * light and stretched contrast, and turned straight. Lives in memory only.
 */
export function prepareImage(source: CanvasImageSource, width: number, height: number): { canvas: HTMLCanvasElement; skew: number } {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  const work = canvas(w, h);
  const ctx = context(work);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(source, 0, 0, w, h);
  const pixels = ctx.getImageData(0, 0, w, h);
  const even = evenLight(toGray(pixels), w, h);
  for (let i = 0, j = 0; j < even.length; i += 4, j++) {
    pixels.data[i] = pixels.data[i + 1] = pixels.data[i + 2] = even[j]!;
    pixels.data[i + 3] = 255;
  }
  ctx.putImageData(pixels, 0, 0);

  // Measure the skew on a smaller copy.
  const s = Math.min(1, SKEW_SIDE / Math.max(w, h));
  const small = canvas(w * s, h * s);
  const sctx = context(small);
  sctx.drawImage(work, 0, 0, small.width, small.height);
  const skew = estimateSkew(toGray(sctx.getImageData(0, 0, small.width, small.height)), small.width, small.height);
  if (Math.abs(skew) < 0.3) return { canvas: work, skew: 0 };

  const a = (-skew * Math.PI) / 180;
  const out = canvas(Math.abs(w * Math.cos(a)) + Math.abs(h * Math.sin(a)), Math.abs(w * Math.sin(a)) + Math.abs(h * Math.cos(a)));
  const octx = context(out);
  octx.fillStyle = '#fff';
  octx.fillRect(0, 0, out.width, out.height);
  octx.translate(out.width / 2, out.height / 2);
  octx.rotate(a);
  octx.drawImage(work, -w / 2, -h / 2);
  // The intermediate canvas is emptied at once: no copy of the letter lingers.
  work.width = 0;
  return { canvas: out, skew };
}

/** An image file (never written anywhere) as something a canvas can draw. */
export async function decodeFile(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close(): void }> {
  const bitmap = await createImageBitmap(file);
  return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
}
