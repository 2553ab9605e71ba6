// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { connectedLine } from '@/utils/days/connected-line';
import { addDays } from '@/utils/days/day';
import { t, tCount } from '@/utils/i18n/i18n';
import { THEMES, themeMessage } from '@/utils/tips/tips';

describe('i18n (English messages through the stubbed browser.i18n)', () => {
  it('reads a plain message', () => {
    expect(t('checkinQuestion')).toBe('Did we connect today?');
  });

  it('fills in a placeholder', () => {
    expect(t('streakNone', 0)).toBe('0 days so far');
  });

  it.each([
    ['streakDays', 1, '1 day so far'],
    ['streakDays', 3, '3 days in a row'],
    ['longestDays', 1, 'Longest run: 1 day'],
    ['longestDays', 12, 'Longest run: 12 days'],
    ['badgeOpen', 1, 'Closer: today is still open. 1 day so far.'],
    ['badgeConnected', 2, 'Closer: you two connected today. 2 days in a row.'],
  ])('picks the plural form of %s for %i: %j', (base, count, expected) => {
    expect(tCount(base, count)).toBe(expected);
  });
});

describe('messages named by rule, not by a list', () => {
  it.each([...THEMES])('the theme %s has its label', (theme) => {
    expect(t(themeMessage(theme))).not.toBe('');
  });

  it('each of the lines a connected day takes turns with has its words, and there are eight', () => {
    const lines = new Set(Array.from({ length: 8 }, (_, i) => connectedLine(addDays('2026-12-01', i), 1)));
    expect(lines.size).toBe(8);
    for (const line of lines) expect(t(line)).not.toBe('');
  });
});
