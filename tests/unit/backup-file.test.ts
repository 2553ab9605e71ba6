// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupOf } from '@/utils/backup/backup-file';
import { importPlan } from '@/utils/backup/backup-merge';
import { readBackup } from '@/utils/backup/backup-read';
import { applied, valuesArb, YEAR } from '../support/backup-values';

const EXPORTED = '2026-03-01T09:30:00.000Z';

/** A file as she saves it and opens it again: text, and its size in bytes. */
const asFile = (value: unknown) => {
  const text = JSON.stringify(value);
  return [text, new TextEncoder().encode(text).length] as const;
};

describe('backupOf', () => {
  it('writes the envelope and her readable items, as Closer reads them', () => {
    const { backup, unreadable } = backupOf(
      { checkIns: { days: ['2024-02-29', '2023-12-31'] }, language: 'ja', rotation: { today: 't1' } },
      EXPORTED,
      YEAR,
    );
    expect(backup).toEqual({
      format: 'closer-backup',
      version: 1,
      exported: EXPORTED,
      items: { checkIns: { days: ['2023-12-31', '2024-02-29'] }, language: 'ja' },
    });
    expect(unreadable).toEqual([]);
  });

  it('leaves out what can’t be read, and says which', () => {
    const { backup, unreadable } = backupOf(
      { checkIns: 'junk', notes: { days: { '2023-02-29': 'x' } }, settings: { version: 1 }, language: 'en' },
      EXPORTED,
      YEAR,
    );
    expect(backup.items).toEqual({ language: 'en' });
    expect(unreadable).toEqual(['checkIns', 'notes', 'settings']);
  });

  it('holds no items when she has none', () => {
    expect(backupOf({}, EXPORTED, YEAR).backup.items).toEqual({});
  });

  it.each([
    ['2026-03-01', 'closer-backup-2026-03-01.json'],
    ['2024-02-29', 'closer-backup-2024-02-29.json'],
  ])('names the file of %s %s', (day, name) => {
    expect(backupFileName(day)).toBe(name);
  });
});

describe('a backup, saved and read back', () => {
  it('replaced into an empty Closer gives exactly her values back', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const read = readBackup(...asFile(backupOf(values, EXPORTED, YEAR).backup), YEAR);
        if (!read.ok) throw new Error(read.problem);
        expect(applied({}, importPlan({}, read.backup, 'replace', YEAR).next)).toEqual(values);
      }),
    );
  });

  it('merged into an empty Closer gives exactly her values back', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const read = readBackup(...asFile(backupOf(values, EXPORTED, YEAR).backup), YEAR);
        if (!read.ok) throw new Error(read.problem);
        expect(applied({}, importPlan({}, read.backup, 'merge', YEAR).next)).toEqual(values);
      }),
    );
  });

  it('replaced into the same Closer changes nothing, and says so', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const read = readBackup(...asFile(backupOf(values, EXPORTED, YEAR).backup), YEAR);
        if (!read.ok) throw new Error(read.problem);
        const plan = importPlan(values, read.backup, 'replace', YEAR);
        expect(plan.next).toEqual({});
        expect(plan.summary.unchanged).toBe(true);
      }),
    );
  });
});
