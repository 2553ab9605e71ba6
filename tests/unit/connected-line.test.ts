// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { connectedLine } from '@/utils/days/connected-line';
import { addDays } from '@/utils/days/day';
import { t } from '@/utils/i18n/i18n';

const DAY = '2026-11-25';
const week = (from: string) => Array.from({ length: 7 }, (_, i) => addDays(from, i));

describe('connectedLine', () => {
  it('is the same line all day, whatever the streak (milestones aside)', () => {
    expect(connectedLine(DAY, 1)).toBe(connectedLine(DAY, 2));
    expect(connectedLine(DAY, 12)).toBe(connectedLine(DAY, 40));
  });

  it.each([['2026-11-25'], ['2026-12-28'], ['2027-02-25'], ['2028-02-26']])(
    'says something different on each of the seven days from %s',
    (from) => {
      const lines = week(from).map((day) => connectedLine(day, 1));
      expect(new Set(lines).size).toBe(7);
    },
  );

  it('takes eight lines in turn, and every one is a real message', () => {
    const lines = new Set(Array.from({ length: 40 }, (_, i) => connectedLine(addDays(DAY, i), 2)));
    expect(lines.size).toBe(8);
    for (const line of lines) expect(t(line)).not.toBe('');
  });

  it.each([3, 7, 30, 100, 365])('has its own words on the day the streak reaches %i, any day', (streak) => {
    const words = week(DAY).map((day) => connectedLine(day, streak));
    expect(new Set(words).size).toBe(1);
    expect(words[0]).toBe(`milestone${streak}`);
    expect(t(words[0]!)).not.toBe('');
  });

  it('keeps milestone words for the milestone day itself', () => {
    for (const streak of [2, 4, 8, 31, 101, 366]) expect(connectedLine(DAY, streak)).toMatch(/^connectedLine\d$/);
  });

  it('never repeats the dry "Recorded."', () => {
    const all = Array.from({ length: 8 }, (_, i) => t(connectedLine(addDays(DAY, i), 1)));
    for (const line of all) expect(line).not.toMatch(/recorded/i);
  });
});
