// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Width and height from a PNG's header. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the store pictures (npm run screenshots)', () => {
  it.each(['1-new-tab-light.png', '2-new-tab-dark.png', '3-popup.png'])('%s is a 1280×800 screenshot', (file) => {
    expect(pngSize(`docs/store/${file}`)).toEqual([1280, 800]);
  });

  it('has Chrome’s small promo tile, 440×280', () => {
    expect(pngSize('docs/store/promo-440x280.png')).toEqual([440, 280]);
  });
});
