/**
 * Before the OCR reads a photo of a letter: grey, even light, and straight.
 * Pure pixel arithmetic on RGBA buffers (the canvas part is in `image.ts`), so
 * it is tested without a browser.
 */

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, as in ImageData. */
  data: Uint8ClampedArray;
}

/** Grey values (0 = black, 255 = white), one byte per pixel. */
export function toGray({ width, height, data }: Pixels): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0, j = 0; j < out.length; i += 4, j++) {
    out[j] = (data[i]! * 299 + data[i + 1]! * 587 + data[i + 2]! * 114) / 1000;
  }
  return out;
}

/** Mean of each pixel's square neighbourhood (radius r), via an integral image. */
function boxMean(gray: Uint8ClampedArray, width: number, height: number, r: number): Float32Array {
  const w1 = width + 1;
  const sum = new Float64Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += gray[y * width + x]!;
      sum[(y + 1) * w1 + x + 1] = sum[y * w1 + x + 1]! + row;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(height, y + r + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(width, x + r + 1);
      const s = sum[y1 * w1 + x1]! - sum[y0 * w1 + x1]! - sum[y1 * w1 + x0]! + sum[y0 * w1 + x0]!;
      out[y * width + x] = s / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

/**
 * Evens out the light and stretches the contrast: each pixel is divided by the
 * brightness of the paper around it (a shadow or a lamp's hot spot then no
 * longer matters), and the result is spread over the full grey range.
 */
export function evenLight(gray: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  // The paper's brightness around a pixel: the local mean, lifted a little so that text strokes do not darken it.
  const r = Math.max(8, Math.round(Math.min(width, height) / 24));
  const mean = boxMean(gray, width, height, r);
  const ratio = new Float32Array(gray.length);
  for (let i = 0; i < gray.length; i++) ratio[i] = Math.min(1.5, gray[i]! / Math.max(1, mean[i]! * 1.1));
  // Stretch between the 1st and 99th percentile.
  const sorted = Float32Array.from(ratio).sort();
  const lo = sorted[Math.floor(sorted.length * 0.01)] ?? 0;
  const hi = sorted[Math.floor(sorted.length * 0.99)] ?? 1;
  const span = Math.max(1e-3, hi - lo);
  const out = new Uint8ClampedArray(gray.length);
  for (let i = 0; i < gray.length; i++) out[i] = ((ratio[i]! - lo) / span) * 255;
  return out;
}

/** Otsu's threshold: the grey value that best splits ink from paper. */
export function otsu(gray: Uint8ClampedArray): number {
  const hist = new Float64Array(256);
  for (const v of gray) hist[v]!++;
  const total = gray.length;
  let sumAll = 0;
  for (let t = 0; t < 256; t++) sumAll += t * hist[t]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 127;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const between = wB * wF * (sumB / wB - (sumAll - sumB) / wF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * The angle (degrees, clockwise positive, as canvas rotates) by which the
 * lines of text are tilted, between −maxDeg and +maxDeg: the angle at which
 * the ink, projected onto rows, makes the sharpest peaks (lines) and valleys
 * (the white between them).
 */
export function estimateSkew(gray: Uint8ClampedArray, width: number, height: number, maxDeg = 10, stepDeg = 0.25): number {
  const threshold = otsu(gray);
  const xs: number[] = [];
  const ys: number[] = [];
  // Sample the ink on a grid: enough for the profile, cheap on a large photo.
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / 250_000)));
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      if (gray[y * width + x]! < threshold) {
        xs.push(x - width / 2);
        ys.push(y - height / 2);
      }
    }
  }
  if (xs.length < 20) return 0;
  const diag = Math.ceil(Math.hypot(width, height));
  const bins = new Float64Array(diag + 2);
  let bestAngle = 0;
  let bestScore = -1;
  for (let deg = -maxDeg; deg <= maxDeg + 1e-9; deg += stepDeg) {
    const a = (deg * Math.PI) / 180;
    const sin = Math.sin(a);
    const cos = Math.cos(a);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      // The row this ink would be on after turning the page back by `deg`.
      const row = Math.round(ys[i]! * cos - xs[i]! * sin + diag / 2);
      if (row >= 0 && row < bins.length) bins[row]!++;
    }
    let score = 0;
    for (const b of bins) score += b * b;
    if (score > bestScore + 1e-6 || (Math.abs(score - bestScore) <= 1e-6 && Math.abs(deg) < Math.abs(bestAngle))) {
      bestScore = score;
      bestAngle = deg;
    }
  }
  return Math.round(bestAngle * 100) / 100;
}
