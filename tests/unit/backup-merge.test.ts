// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupV1 } from '@/utils/backup/backup-file';
import { BACKUP_KEYS, readItem, type BackupItems, type BackupKey } from '@/utils/backup/backup-items';
import { importPlan } from '@/utils/backup/backup-merge';
import { joinNote, saysNothing } from '@/utils/backup/backup-merge-items';
import { sameValue } from '@/utils/backup/same-value';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { applied, storageArb, valuesArb, YEAR } from '../support/backup-values';

const backupOf = (items: BackupItems): BackupV1 => ({
  format: 'closer-backup',
  version: 1,
  exported: '2026-03-01T09:30:00.000Z',
  items,
});
const merged = (current: Record<string, unknown>, items: BackupItems) =>
  importPlan(current, backupOf(items), 'merge', YEAR);
const replaced = (current: Record<string, unknown>, items: BackupItems) =>
  importPlan(current, backupOf(items), 'replace', YEAR);

const favourite = (id: string, keptOn: string) => ({ id, headline: `H${id}`, body: 'B', theme: 'listen', keptOn });
const aside = (id: string, setAsideOn: string) => ({ id, headline: `H${id}`, body: 'B', theme: 'play', setAsideOn });
const SETTINGS = { ...DEFAULT_SETTINGS, sons: [{ birthYear: 2012 }], asked: true };

/** Whether item `key` still holds all she had: every day, span and tip; her note first, whole; the rest as it was. */
function keeps(key: BackupKey, before: unknown, now: unknown): boolean {
  const b = { [key]: before } as Required<BackupItems>;
  const n = { [key]: now } as Required<BackupItems>;
  switch (key) {
    case 'checkIns': {
      const days = new Set(n.checkIns.days);
      return b.checkIns.days.every((day) => days.has(day));
    }
    case 'notes':
      return Object.entries(b.notes.days).every(([day, text]) => n.notes.days[day]?.startsWith(text));
    case 'pastTips':
      return Object.entries(b.pastTips.days).every(([day, id]) => n.pastTips.days[day] === id);
    case 'away':
      return b.away.spans.every((span) => n.away.spans.some((kept) => sameValue(span, kept)));
    case 'favourites':
    case 'notForUs':
      return b[key].tips.every((tip) => n[key].tips.some((kept: unknown) => sameValue(tip, kept)));
    case 'settings':
      // Settings that said nothing yet take the file's.
      return saysNothing(b.settings) || sameValue(b.settings, n.settings);
    default:
      return sameValue(b[key], n[key]);
  }
}

describe('importPlan, merging', () => {
  it('joins her days and the file’s, once each, across a leap day and a year end; where she last recorded stays hers', () => {
    const hers = { days: ['2023-12-31', '2024-02-29'], lastRecorded: { day: '2024-02-29', offset: 60 } };
    const file = { days: ['2023-12-31', '2024-01-01', '2024-03-01'], lastRecorded: { day: '2024-03-01', offset: 540 } };
    const { next, summary } = merged({ checkIns: hers }, { checkIns: file });
    expect(next).toEqual({
      checkIns: { days: ['2023-12-31', '2024-01-01', '2024-02-29', '2024-03-01'], lastRecorded: hers.lastRecorded },
    });
    expect(summary.added.checkIns).toBe(2);
  });

  it.each([
    ['a day only in the file is added', { a: 'Hers.' }, { b: 'File.' }, { a: 'Hers.', b: 'File.' }, 1, 0],
    ['the same text is nothing', { a: 'Same.' }, { a: 'Same.' }, { a: 'Same.' }, 0, 0],
    ['a different text keeps both, hers first', { a: 'Hers.' }, { a: 'File.' }, { a: 'Hers.\n\nFile.' }, 0, 1],
    [
      'a text already among hers is not added again',
      { a: 'Hers.\n\nFile.' },
      { a: 'File.' },
      { a: 'Hers.\n\nFile.' },
      0,
      0,
    ],
    ['only the new part of two texts is added', { a: 'Hers.' }, { a: 'Hers.\n\nFile.' }, { a: 'Hers.\n\nFile.' }, 0, 1],
  ])('notes: %s', (_, hers, file, after, added, changed) => {
    const day = (notes: Record<string, string>) => ({
      days: Object.fromEntries(
        Object.entries(notes).map(([key, text]) => [key === 'a' ? '2024-02-29' : '2024-03-01', text]),
      ),
    });
    const { next, summary } = merged({ notes: day(hers) }, { notes: day(file) });
    expect(applied({ notes: day(hers) }, next).notes).toEqual(day(after));
    expect([summary.added.notes, summary.notesChanged]).toEqual([added, changed]);
  });

  it('leaves out a text of the file that would not fit beside hers, and says so', () => {
    const hers = 'x'.repeat(3990);
    expect(joinNote(hers, 'A long note from the other computer.')).toEqual({ text: hers, cut: true });
    const { next, summary } = merged(
      { notes: { days: { '2024-02-29': hers } } },
      { notes: { days: { '2024-02-29': 'Too long to fit.' } } },
    );
    expect(next).toEqual({});
    expect(summary.notesCut).toBe(1);
  });

  it('joins away spans, an identical span once', () => {
    const hers = { spans: [{ from: '2024-12-30', to: '2025-01-02' }, { from: '2025-06-01' }] };
    const file = {
      spans: [
        { from: '2024-12-30', to: '2025-01-02' },
        { from: '2025-06-01', to: '2025-06-03' },
      ],
    };
    const { next, summary } = merged({ away: hers }, { away: file });
    expect(next).toEqual({ away: { spans: [...hers.spans, file.spans[1]] } });
    expect(summary.added.away).toBe(1);
  });

  it('joins favourites by id, her words kept where both have a tip, newest first', () => {
    const hers = { tips: [favourite('t1', '2024-03-01'), favourite('t2', '2024-01-01')] };
    const file = { tips: [{ ...favourite('t1', '2023-05-05'), headline: 'Old words' }, favourite('t3', '2024-02-29')] };
    const { next, summary } = merged({ favourites: hers }, { favourites: file });
    expect(next).toEqual({
      favourites: {
        tips: [favourite('t1', '2024-03-01'), favourite('t3', '2024-02-29'), favourite('t2', '2024-01-01')],
      },
    });
    expect(summary.added.favourites).toBe(1);
  });

  it('joins the tips set aside by id', () => {
    const { next, summary } = merged(
      { notForUs: { tips: [aside('t1', '2024-03-01')] } },
      { notForUs: { tips: [aside('t1', '2024-01-01'), aside('t2', '2024-02-01')] } },
    );
    expect(next).toEqual({ notForUs: { tips: [aside('t1', '2024-03-01'), aside('t2', '2024-02-01')] } });
    expect(summary.added.notForUs).toBe(1);
  });

  it('keeps her past tips, and fills her gaps with the file’s', () => {
    const { next, summary } = merged(
      { pastTips: { days: { '2024-02-29': 't1' } } },
      { pastTips: { days: { '2024-02-29': 't9', '2024-03-01': 't2' } } },
    );
    expect(next).toEqual({ pastTips: { days: { '2024-02-29': 't1', '2024-03-01': 't2' } } });
    expect(summary.added.pastTips).toBe(1);
  });

  it('keeps her settings, language and moment, and takes the file’s where she has none', () => {
    const file = { settings: SETTINGS, language: 'ru', momentOfWeek: { moment: 'exams', from: '2024-02-26' } } as const;
    const hers = {
      settings: { ...SETTINGS, way: 'words' },
      language: 'ja',
      momentOfWeek: { moment: 'his-day', from: '2024-03-01' },
    };
    expect(merged(hers, file)).toMatchObject({ next: {}, summary: { unchanged: true, taken: [] } });
    expect(merged({}, file)).toMatchObject({
      next: file,
      summary: { taken: ['settings', 'language', 'momentOfWeek'] },
    });
  });

  it('takes the file’s settings over hers that say nothing yet, and doesn’t ask her again what she answered', () => {
    const { next } = merged(
      { settings: { ...DEFAULT_SETTINGS, asked: true } },
      { settings: { ...SETTINGS, asked: false } },
    );
    expect(next).toEqual({ settings: { ...SETTINGS, asked: true } });
  });

  it('takes the file’s item in place of hers that can’t be read, and says so', () => {
    const { next, summary } = merged({ checkIns: 'junk', language: 42 }, { checkIns: { days: ['2024-02-29'] } });
    expect(next).toEqual({ checkIns: { days: ['2024-02-29'] } });
    expect(summary.unreadable).toEqual(['checkIns']);
  });

  it('says when a file adds nothing', () => {
    const hers = { checkIns: { days: ['2024-02-29'] }, notes: { days: { '2024-02-29': 'Hers.' } } };
    expect(merged(hers, { checkIns: { days: ['2024-02-29'] } })).toMatchObject({
      next: {},
      summary: { unchanged: true },
    });
  });

  it('never removes or changes anything of hers (property)', () => {
    fc.assert(
      fc.property(valuesArb, valuesArb, (hers, file) => {
        const { next, summary } = merged(hers, file as BackupItems);
        const after = applied(hers, next);
        expect(summary.removed).toEqual({ checkIns: 0, notes: 0, away: 0, favourites: 0, notForUs: 0, pastTips: 0 });
        expect(summary.dropped).toEqual([]);
        for (const key of BACKUP_KEYS) {
          const had = readItem(key, hers[key], YEAR);
          const has = readItem(key, after[key], YEAR);
          if (!('value' in had)) continue;
          if (!('value' in has)) throw new Error(`${key} became unreadable`);
          expect(keeps(key, had.value, has.value), key).toBe(true);
        }
      }),
    );
  });

  it('is idempotent: the same file merged twice changes nothing the second time (property)', () => {
    fc.assert(
      fc.property(storageArb, valuesArb, (hers, file) => {
        const once = applied(hers, merged(hers, file as BackupItems).next);
        expect(merged(once, file as BackupItems)).toMatchObject({ next: {}, summary: { unchanged: true } });
      }),
    );
  });

  it('never writes a key that is not one of her nine items (property)', () => {
    fc.assert(
      fc.property(
        storageArb,
        valuesArb,
        fc.constantFrom('merge', 'replace') as fc.Arbitrary<'merge' | 'replace'>,
        (hers, file, mode) => {
          const { next } = importPlan(hers, backupOf(file as BackupItems), mode, YEAR);
          expect(Object.keys(next).every((key) => (BACKUP_KEYS as readonly string[]).includes(key))).toBe(true);
        },
      ),
    );
  });
});

describe('importPlan, replacing', () => {
  it('makes her items exactly the file’s, removes those the file lacks, and counts what goes', () => {
    const hers = {
      checkIns: { days: ['2023-12-31', '2024-02-29'] },
      notes: { days: { '2023-12-31': 'Hers.', '2024-02-29': 'Also hers.' } },
      language: 'ja',
      rotation: { today: 't1' },
    };
    const file = {
      checkIns: { days: ['2024-02-29', '2024-03-01'] },
      notes: { days: { '2024-02-29': 'File.' } },
      settings: SETTINGS,
    };
    const { next, summary } = replaced(hers, file);
    expect(next).toEqual({ ...file, language: undefined });
    expect(applied(hers, next)).toEqual({ ...file, rotation: { today: 't1' } });
    expect(summary).toMatchObject({
      added: { checkIns: 1, notes: 0 },
      removed: { checkIns: 1, notes: 1 },
      notesChanged: 1,
      taken: ['settings'],
      dropped: ['language'],
      unchanged: false,
    });
  });

  it('removes her unreadable items the file lacks, and says so', () => {
    expect(replaced({ away: 'junk' }, {})).toMatchObject({
      next: { away: undefined },
      summary: { unreadable: ['away'] },
    });
  });
});
