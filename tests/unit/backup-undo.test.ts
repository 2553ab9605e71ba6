// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupItems } from '@/utils/backup/backup-items';
import { importPlan, type ImportMode } from '@/utils/backup/backup-merge';
import { parseUndoCopy, restoreFrom, undoCopy } from '@/utils/backup/backup-undo';
import { applied, storageArb, valuesArb, YEAR } from '../support/backup-values';

const modeArb = fc.constantFrom<ImportMode>('merge', 'replace');

describe('undoCopy and restoreFrom', () => {
  it('keep each of her items as stored, null where she had none, and nothing else', () => {
    expect(undoCopy({ checkIns: { days: ['2024-02-29'] }, language: 'junk', rotation: { today: 't1' } })).toEqual({
      items: {
        checkIns: { days: ['2024-02-29'] },
        notes: null,
        away: null,
        settings: null,
        language: 'junk',
        favourites: null,
        notForUs: null,
        pastTips: null,
        momentOfWeek: null,
      },
    });
  });

  it('put her storage back exactly as it was before any import, junk and other keys included (property)', () => {
    fc.assert(
      fc.property(storageArb, valuesArb, modeArb, (hers, file, mode) => {
        const copy = structuredClone(undoCopy(hers));
        const backup = { format: 'closer-backup', version: 1, exported: '', items: file as BackupItems } as const;
        const imported = applied(hers, importPlan(hers, backup, mode, YEAR).next);
        expect(applied(imported, restoreFrom(copy))).toEqual(hers);
      }),
    );
  });

  it.each([
    ['a copy', undoCopy({ language: 'en' }), true],
    ['nothing', undefined, false],
    ['a copy missing an item', { items: { checkIns: null } }, false],
    ['items as a list', { items: [] }, false],
  ])('parseUndoCopy reads %s', (_, raw, readable) => {
    expect(parseUndoCopy(raw) !== undefined).toBe(readable);
  });
});
