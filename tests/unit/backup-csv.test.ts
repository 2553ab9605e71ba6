// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkInsCsv, csvFileName } from '@/utils/backup/backup-csv';

const rows = (checkIns: string[], notes: Record<string, string> = {}) =>
  checkInsCsv({ days: checkIns }, { days: notes }).split('\r\n').slice(1, -1);

describe('checkInsCsv', () => {
  it('starts with its header, and ends every line with CRLF', () => {
    expect(checkInsCsv({ days: ['2024-02-29'] }, { days: {} })).toBe('date,connected,note\r\n2024-02-29,yes,\r\n');
    expect(checkInsCsv({ days: [] }, { days: {} })).toBe('date,connected,note\r\n');
  });

  it('gives one row per day she connected or wrote about, oldest first, across a leap day and a year end', () => {
    expect(
      rows(['2024-03-01', '2023-12-31', '2024-02-29'], { '2024-01-01': 'New year.', '2024-02-29': 'Leap.' }),
    ).toEqual(['2023-12-31,yes,', '2024-01-01,no,New year.', '2024-02-29,yes,Leap.', '2024-03-01,yes,']);
  });

  it.each([
    ['plain words', 'We walked', 'We walked'],
    ['a comma', 'Tea, then a walk', '"Tea, then a walk"'],
    ['quotes', 'He said "thanks"', '"He said ""thanks"""'],
    ['a line break', 'First.\nSecond.', '"First.\nSecond."'],
    ['two texts kept side by side', 'Mine.\n\nFrom the laptop.', '"Mine.\n\nFrom the laptop."'],
    ['Japanese', 'いっしょに散歩した', 'いっしょに散歩した'],
    ['a formula', '=HYPERLINK("http://evil","x")', '"\'=HYPERLINK(""http://evil"",""x"")"'],
    ['a plus', '+1 for pancakes', "'+1 for pancakes"],
    ['a minus', '-2 degrees, still went out', '"\'-2 degrees, still went out"'],
    ['an at sign', '@home all day', "'@home all day"],
    ['a tab', '\tindented', "'\tindented"],
    ['an equals sign inside', 'Score 2=2', 'Score 2=2'],
  ])('writes a note with %s safely', (_, note, field) => {
    expect(rows([], { '2024-02-29': note })).toEqual([`2024-02-29,no,${field}`]);
  });

  it('speaks her language in its header and its yes and no, written safely like any field', () => {
    const words = { date: 'дата', connected: 'нашли минутку', note: 'заметка', yes: 'да', no: 'нет' };
    expect(checkInsCsv({ days: ['2024-02-29'] }, { days: { '2024-03-01': 'Гуляли.' } }, words)).toBe(
      'дата,нашли минутку,заметка\r\n2024-02-29,да,\r\n2024-03-01,нет,Гуляли.\r\n',
    );
    const odd = { date: 'day, date', connected: '=connected', note: 'note', yes: 'y', no: 'n' };
    expect(checkInsCsv({ days: [] }, { days: {} }, odd)).toBe('"day, date",\'=connected,note\r\n');
  });

  it('names the file by the day', () => {
    expect(csvFileName('2024-12-31')).toBe('closer-days-2024-12-31.csv');
  });
});
