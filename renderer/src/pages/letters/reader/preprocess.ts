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

/**
 * The brightness of the paper under each pixel: the brightest value in each
 * block (ink is darker than paper, so a block's maximum is its paper),
 * smoothed over neighbouring blocks, and read back bilinearly.
 */
function paperLight(gray: Uint8ClampedArray, width: number, height: number): Float32Array {
  const bs = Math.max(4, Math.round(Math.min(width, height) / 40));
  const bw = Math.ceil(width / bs);
  const bh = Math.ceil(height / bs);
  const max = new Float32Array(bw * bh);
  for (let y = 0; y < height; y++) {
    const by = Math.floor(y / bs) * bw;
    for (let x = 0; x < width; x++) {
      const b = by + Math.floor(x / bs);
      const v = gray[y * width + x]!;
      if (v > max[b]!) max[b] = v;
    }
  }
  const smooth = new Float32Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || yy >= bh || xx < 0 || xx >= bw) continue;
          sum += max[yy * bw + xx]!;
          n++;
        }
      }
      smooth[y * bw + x] = sum / n;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(bh - 1, Math.max(0, (y + 0.5) / bs - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(bh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(bw - 1, Math.max(0, (x + 0.5) / bs - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(bw - 1, x0 + 1);
      const tx = fx - x0;
      const top = smooth[y0 * bw + x0]! * (1 - tx) + smooth[y0 * bw + x1]! * tx;
      const bottom = smooth[y1 * bw + x0]! * (1 - tx) + smooth[y1 * bw + x1]! * tx;
      out[y * width + x] = top * (1 - ty) + bottom * ty;
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
  const paper = paperLight(gray, width, height);
  const ratio = new Float32Array(gray.length);
  for (let i = 0; i < gray.length; i++) ratio[i] = Math.min(1, gray[i]! / Math.max(1, paper[i]!));
  // Stretch between the 1st and 99th percentile (read from a 1024-bin histogram: no sort of millions of pixels).
  const BINS = 1024;
  const hist = new Uint32Array(BINS);
  for (const r of ratio) hist[Math.min(BINS - 1, Math.floor(r * (BINS - 1)))]!++;
  const at = (share: number) => {
    let seen = 0;
    for (let b = 0; b < BINS; b++) {
      seen += hist[b]!;
      if (seen > share * ratio.length) return b / (BINS - 1);
    }
    return 1;
  };
  const lo = at(0.01);
  const hi = at(0.99);
  const span = Math.max(1e-3, hi - lo);
  const out = new Uint8ClampedArray(gray.length);
  for (let i = 0; i < gray.length; i++) out[i] = ((ratio[i]! - lo) / span) * 255;
  return out;
}

/** Otsu's threshold: the grey value that best splits ink (at or below it) from paper (above it). */
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
      if (gray[y * width + x]! <= threshold) {
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
