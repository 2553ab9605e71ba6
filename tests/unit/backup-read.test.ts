// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importPlan } from '@/utils/backup/backup-merge';
import { MOST_BACKUP_BYTES, MOST_BACKUP_DAYS, readBackup, type BackupProblem } from '@/utils/backup/backup-read';
import { addDays } from '@/utils/days/day';

const YEAR = 2026;

/** A file of ours holding `items`, as JSON text. */
const fileOf = (items: Record<string, unknown>, envelope: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'closer-backup', version: 1, exported: '2026-03-01T09:30:00.000Z', items, ...envelope });

const read = (text: string, bytes = text.length) => readBackup(text, bytes, YEAR);

/** `count` days in a row from `from`. */
const daysFrom = (from: string, count: number) => Array.from({ length: count }, (_, i) => addDays(from, i));

const GOOD = {
  checkIns: { days: ['2023-12-31', '2024-01-01', '2024-02-29'], lastRecorded: { day: '2024-02-29', offset: 540 } },
  notes: { days: { '2024-02-29': 'A walk, "just us", then tea.\nHe talked.' } },
  away: { spans: [{ from: '2024-12-30', to: '2025-01-02' }, { from: '2025-06-01' }] },
  settings: {
    version: 1,
    sons: [{ birthYear: 2010, name: 'Daniel' }],
    way: 'words',
    moreThemes: [],
    fewerThemes: [],
    asked: true,
  },
  language: 'ru',
  favourites: { tips: [{ id: 't1', headline: 'Listen', body: 'Just listen.', theme: 'listen', keptOn: '2024-02-29' }] },
  notForUs: { tips: [{ id: 't2', headline: 'Cook', body: 'Cook together.', theme: 'play', setAsideOn: '2024-03-01' }] },
  pastTips: { days: { '2024-02-29': 't1', '2024-03-01': 't2' } },
  momentOfWeek: { moment: 'exams', from: '2024-02-26' },
};

describe('readBackup', () => {
  it('reads a file of ours whole', () => {
    expect(read(fileOf(GOOD))).toEqual({
      ok: true,
      backup: { format: 'closer-backup', version: 1, exported: '2026-03-01T09:30:00.000Z', items: GOOD },
    });
  });

  it.each([
    ['leap days and year ends', { checkIns: { days: ['2000-02-29', '2023-12-31', '2024-01-01', '2024-02-29'] } }],
    [
      'a note on a day she didn’t mark (her notes need a connected day on the page; a file may differ)',
      { notes: { days: { '2024-01-05': 'x' } } },
    ],
    ['a day’s two texts at the stored length', { notes: { days: { '2024-01-05': 'x'.repeat(4000) } } }],
    ['forty years of days', { checkIns: { days: daysFrom('1990-01-01', MOST_BACKUP_DAYS) } }],
    ['no items', {}],
    ['items of a later Closer it doesn’t know (left aside)', { checkIns: { days: [] }, diary: { pages: 3 } }],
  ])('takes %s', (_, items) => {
    expect(read(fileOf(items)).ok).toBe(true);
  });

  it('takes a file of exactly 5 MB', () => {
    expect(read(fileOf({}), MOST_BACKUP_BYTES).ok).toBe(true);
  });

  it.each<[string, string, BackupProblem, string?]>([
    ['a 6 MB file', fileOf({}), 'too-large'],
    ['an empty file', '', 'not-json'],
    ['text that is not JSON', 'Dear diary,\nToday we walked.', 'not-json'],
    ['a spreadsheet', 'date,connected,note\r\n2024-02-29,yes,\r\n', 'not-json'],
    ['a file of ours cut short', fileOf(GOOD).slice(0, 200), 'damaged'],
    ['JSON that is a list', '[1, 2, 3]', 'not-closer'],
    ['JSON that is text', '"closer-backup"', 'not-closer'],
    ['JSON null', 'null', 'not-closer'],
    ['an object of another program', '{"bookmarks": []}', 'not-closer'],
    ['another format name', fileOf(GOOD, { format: 'closer-export' }), 'not-closer'],
    ['a newer version', fileOf(GOOD, { version: 2 }), 'newer'],
    ['a version as text', fileOf(GOOD, { version: '1' }), 'damaged'],
    ['version 0', fileOf(GOOD, { version: 0 }), 'damaged'],
    ['no version', fileOf(GOOD, { version: undefined }), 'damaged'],
    ['no moment of export', fileOf(GOOD, { exported: undefined }), 'damaged'],
    ['items as a list', fileOf(GOOD, { items: [] }), 'damaged'],
    ['no items', fileOf(GOOD, { items: undefined }), 'damaged'],
    ['days as text', fileOf({ checkIns: { days: '2024-02-29' } }), 'damaged', 'checkIns'],
    ['a day twice', fileOf({ checkIns: { days: ['2024-02-28', '2024-02-28'] } }), 'damaged', 'checkIns'],
    ['Feb 29 of a year that has none', fileOf({ checkIns: { days: ['2023-02-29'] } }), 'damaged', 'checkIns'],
    ['Feb 29 of 2100', fileOf({ checkIns: { days: ['2100-02-29'] } }), 'damaged', 'checkIns'],
    ['a thirteenth month', fileOf({ notes: { days: { '2024-13-01': 'x' } } }), 'damaged', 'notes'],
    ['20,000 days', fileOf({ checkIns: { days: daysFrom('1970-01-01', 20_000) } }), 'damaged', 'checkIns'],
    [
      '20,000 notes',
      fileOf({ notes: { days: Object.fromEntries(daysFrom('1970-01-01', 20_000).map((d) => [d, 'x'])) } }),
      'damaged',
      'notes',
    ],
    [
      'a note over the stored length',
      fileOf({ notes: { days: { '2024-01-05': 'x'.repeat(4001) } } }),
      'damaged',
      'notes',
    ],
    ['an empty note', fileOf({ notes: { days: { '2024-01-05': '' } } }), 'damaged', 'notes'],
    [
      'a span that ends before it starts',
      fileOf({ away: { spans: [{ from: '2025-01-02', to: '2024-12-30' }] } }),
      'damaged',
      'away',
    ],
    [
      'a son born next year',
      fileOf({ settings: { ...GOOD.settings, sons: [{ birthYear: 2027 }] } }),
      'damaged',
      'settings',
    ],
    ['a language Closer doesn’t speak', fileOf({ language: 'fr' }), 'damaged', 'language'],
    [
      'a favourite twice',
      fileOf({ favourites: { tips: [GOOD.favourites.tips[0], GOOD.favourites.tips[0]] } }),
      'damaged',
      'favourites',
    ],
    [
      'a moment Closer doesn’t know',
      fileOf({ momentOfWeek: { moment: 'holidays', from: '2024-02-26' } }),
      'damaged',
      'momentOfWeek',
    ],
    ['an item that is null', fileOf({ pastTips: null }), 'damaged', 'pastTips'],
  ])('refuses %s', (_, text, problem, detail) => {
    const bytes = problem === 'too-large' ? 6 * 1024 * 1024 : text.length;
    expect(read(text, bytes)).toEqual({ ok: false, problem, ...(detail && { detail }) });
  });

  it('reads and plans ten years of days with a note each (linear: no list searched per day)', () => {
    const days = daysFrom('2016-01-01', 3650);
    const text = fileOf({
      checkIns: { days },
      notes: { days: Object.fromEntries(days.map((day) => [day, `We talked on ${day}.`])) },
      pastTips: { days: Object.fromEntries(days.map((day) => [day, 't1'])) },
    });
    const file = read(text);
    if (!file.ok) throw new Error(file.problem);
    const hers = { checkIns: { days: days.filter((_, i) => i % 2 === 0) }, notes: { days: { [days[0]!]: 'Hers.' } } };
    const { summary } = importPlan(hers, file.backup, 'merge', YEAR);
    expect(summary.added).toMatchObject({ checkIns: 1825, notes: 3649, pastTips: 3650 });
    expect(summary.notesChanged).toBe(1);
  });
});
