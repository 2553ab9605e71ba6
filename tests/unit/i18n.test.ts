// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { t, tCount } from '@/utils/i18n';

describe('i18n (English messages through the stubbed browser.i18n)', () => {
  it('reads a plain message', () => {
    expect(t('checkinQuestion')).toBe('Did we connect today?');
  });

  it.each([
    ['streakDays', 0, '0 days in a row'],
    ['streakDays', 1, '1 day in a row'],
    ['streakDays', 3, '3 days in a row'],
    ['longestDays', 1, 'Longest run: 1 day'],
    ['longestDays', 12, 'Longest run: 12 days'],
    ['badgeOpen', 1, 'Closer: 1 day in a row. Today is still open.'],
    ['badgeConnected', 2, 'Closer: 2 days in a row, and you connected today.'],
  ])('picks the plural form of %s for %i: %j', (base, count, expected) => {
    expect(tCount(base, count)).toBe(expected);
  });
});
