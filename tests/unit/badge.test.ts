// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BADGE_CONNECTED, BADGE_OPEN, badgeFor } from '@/utils/background/badge';

/** `#rrggbb` as its red, green and blue, 0 to 255. */
const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** WCAG 2.x relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Hue in degrees, 0 to 360. */
function hue(hex: string): number {
  const [r, g, b] = channels(hex);
  const max = Math.max(r, g, b);
  const span = max - Math.min(r, g, b);
  if (span === 0) return 0;
  const h = max === r ? (g - b) / span : max === g ? (b - r) / span + 2 : (r - g) / span + 4;
  return (h * 60 + 360) % 360;
}

describe('badge colours', () => {
  it.each([
    ['connected', BADGE_CONNECTED],
    ['open', BADGE_OPEN],
  ])('%s (%s) carries white text at WCAG AA contrast', (_, colour) => {
    expect(contrast('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the two states apart clearly: hues far apart, and the open day the lighter', () => {
    const apart = Math.abs(hue(BADGE_CONNECTED) - hue(BADGE_OPEN));
    expect(Math.min(apart, 360 - apart)).toBeGreaterThanOrEqual(90);
    expect(luminance(BADGE_OPEN)).toBeGreaterThan(luminance(BADGE_CONNECTED) * 1.2);
  });

  it('is never a warning colour while today is open: no red, orange or amber hue', () => {
    const h = hue(BADGE_OPEN);
    expect(h > 70 && h < 330).toBe(true);
  });

  it('checks the maths against known pairs', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
    expect(hue('#ff0000')).toBe(0);
    expect(hue('#0000ff')).toBe(240);
  });

  it.each([
    [{ connectedToday: false, current: 0, longest: 0 }, '', BADGE_OPEN],
    [{ connectedToday: false, current: 2, longest: 5 }, '2', BADGE_OPEN],
    [{ connectedToday: true, current: 3, longest: 3 }, '3', BADGE_CONNECTED],
  ])('for %o shows %j on %s', (streak, text, color) => {
    expect(badgeFor(streak)).toMatchObject({ text, color });
  });
});
