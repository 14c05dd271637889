import { describe, expect, it } from 'vitest';
import { estimateSkew, evenLight, otsu, toGray, type Pixels } from '../../renderer/src/pages/letters/reader/preprocess';

/** A page of text lines (dark bars with gaps, like words), turned clockwise by `deg` around the centre. */
function page(width: number, height: number, deg: number, paper: (x: number, y: number) => number = () => 235): Uint8ClampedArray {
  const gray = new Uint8ClampedArray(width * height);
  const a = (deg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this pixel was on the straight page.
      const dx = x - width / 2;
      const dy = y - height / 2;
      const sx = dx * cos + dy * sin + width / 2;
      const sy = -dx * sin + dy * cos + height / 2;
      const inLine = sy > 40 && sy < height - 40 && sy % 24 < 9;
      const inWord = sx > 30 && sx < width - 30 && sx % 50 < 38;
      gray[y * width + x] = inLine && inWord ? 30 : paper(x, y);
    }
  }
  return gray;
}

describe('letter photo pre-processing', () => {
  it.each([0, 2.5, -4, 7])('finds a tilt of %s° to within half a degree', (deg) => {
    const w = 500;
    const h = 400;
    expect(Math.abs(estimateSkew(page(w, h, deg), w, h) - deg)).toBeLessThanOrEqual(0.5);
  });

  it('says 0 for a blank page', () => {
    expect(estimateSkew(new Uint8ClampedArray(200 * 200).fill(240), 200, 200)).toBe(0);
  });

  it('evens out a shadow across the page: the paper becomes one white, the ink stays dark', () => {
    const w = 400;
    const h = 300;
    // The light falls off from full on the left to 30 % on the right: paper and ink alike get darker.
    const light = (x: number) => 1 - (0.7 * x) / w;
    const shaded = page(w, h, 0).map((v, i) => v * light(i % w));
    const ink = page(w, h, 0, () => 255).map((v) => (v < 128 ? 1 : 0));
    const out = evenLight(shaded, w, h);
    const paperLeft: number[] = [];
    const paperRight: number[] = [];
    const inkAll: number[] = [];
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = y * w + x;
        if (ink[i]) inkAll.push(out[i]!);
        else if (x < 60) paperLeft.push(out[i]!);
        else if (x > w - 60) paperRight.push(out[i]!);
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // Before: one threshold for the whole page gets much of it wrong.
    const t0 = otsu(shaded);
    expect([...shaded].filter((v, i) => (v <= t0) !== Boolean(ink[i])).length / shaded.length).toBeGreaterThan(0.1);
    expect(Math.abs(mean(paperLeft) - mean(paperRight))).toBeLessThan(25);
    expect(mean(paperRight)).toBeGreaterThan(200);
    expect(mean(inkAll)).toBeLessThan(100);
    // And after, one threshold splits ink from paper everywhere.
    const t = otsu(out);
    const wrong = [...out].filter((v, i) => (v <= t) !== Boolean(ink[i])).length;
    expect(wrong / out.length).toBeLessThan(0.03);
  });

  it('turns RGBA into grey by luminance', () => {
    const px: Pixels = { width: 3, height: 1, data: new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 255, 255, 255, 255, 255]) };
    expect([...toGray(px)]).toEqual([76, 150, 255]);
  });
});
