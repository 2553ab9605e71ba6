// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupOf } from '@/utils/backup/backup-file';
import { BACKUP_KEYS } from '@/utils/backup/backup-items';
import { addDays, type Day } from '@/utils/days/day';
import { refreshDay } from '@/utils/background/refresh-day';
import { IMPORT_REQUEST_KEY, IMPORT_UNDO_KEY } from '@/utils/storage/storage-keys';

const local = fakeBrowser.storage.local;
const TODAY: Day = '2026-12-04';
const NOW = new Date(2026, 11, 4, 12);
const refresh = () => refreshDay(NOW, () => 424_242);

/** Her items, as Closer stores them, ten years of days with a note on each. */
function herItems(): Record<string, unknown> {
  const days = Array.from({ length: 3650 }, (_, n) => addDays(TODAY, -n)).sort();
  return {
    checkIns: { days, lastRecorded: { day: TODAY, offset: 60 } },
    notes: { days: Object.fromEntries(days.map((day, n) => [day, `Day ${n}: a walk, “quotes”, commas`])) },
    away: { spans: [{ from: '2025-07-01', to: '2025-07-14' }] },
    favourites: { tips: [] },
    settings: { sons: [{ birthYear: 2012 }], way: 'both', themes: {}, asked: true },
  };
}

/** Everything Closer keeps of hers: the items a backup holds. */
async function herStorage(): Promise<Record<string, unknown>> {
  const all = await local.get(null);
  return Object.fromEntries(BACKUP_KEYS.filter((key) => all[key] !== undefined).map((key) => [key, all[key]]));
}

const ask = (request: object) => local.set({ [IMPORT_REQUEST_KEY]: JSON.stringify({ at: Date.now(), ...request }) });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('an import, carried out by the background', () => {
  it('export, clear, import: everything of hers comes back exactly', async () => {
    await local.set(herItems());
    await refresh();
    const before = await herStorage();
    const { backup } = backupOf(await local.get(null), new Date().toISOString(), 2026);

    const todaysTip = ((await local.get('rotation')).rotation as { tip: { id: string } }).tip.id;

    // Her browser's data wiped: the background starts afresh, with another tip for today.
    await local.clear();
    await refreshDay(NOW, () => 7);
    expect(((await local.get('rotation')).rotation as { tip: { id: string } }).tip.id).not.toBe(todaysTip);
    await ask({ intent: 'replace', text: JSON.stringify(backup) });
    await refresh();
    expect(await herStorage()).toEqual(before);
    expect(await local.get(IMPORT_REQUEST_KEY)).toEqual({});
    // The tip she had today comes back with the rest.
    expect(((await local.get('rotation')).rotation as { tip: { id: string } }).tip.id).toBe(todaysTip);
  });

  it('merges by default: her days and the file’s, a differing note keeping both texts; undo restores storage exactly', async () => {
    await local.set({ checkIns: { days: ['2026-12-01', '2026-12-02'] }, notes: { days: { '2026-12-01': 'Chess' } } });
    await refresh();
    const before = await herStorage();
    const file = {
      format: 'closer-backup',
      version: 1,
      exported: '2026-11-30T10:00:00.000Z',
      items: {
        checkIns: { days: ['2026-11-30', '2026-12-01'] },
        notes: { days: { '2026-12-01': 'Football', '2026-11-30': 'Soup' } },
      },
    };
    await ask({ intent: 'merge', text: JSON.stringify(file) });
    await refresh();
    const merged = await herStorage();
    expect(merged.checkIns).toMatchObject({ days: ['2026-11-30', '2026-12-01', '2026-12-02'] });
    expect(merged.notes).toEqual({ days: { '2026-12-01': 'Chess\n\nFootball', '2026-11-30': 'Soup' } });
    expect(await local.get(IMPORT_UNDO_KEY)).not.toEqual({});

    await ask({ intent: 'undo' });
    await refresh();
    expect(await herStorage()).toEqual(before);
    expect(await local.get(IMPORT_UNDO_KEY)).toEqual({});
  });

  it('a request whose file no longer reads changes nothing, and is kept aside', async () => {
    await local.set({ checkIns: { days: ['2026-12-01'] } });
    await refresh();
    const before = await herStorage();
    await ask({
      intent: 'replace',
      text: '{"format":"closer-backup","version":1,"items":{"checkIns":{"days":["2026-02-30"]}}}',
    });
    await refresh();
    expect(await herStorage()).toEqual(before);
    expect(await local.get('setAside')).toEqual({ setAside: [expect.stringMatching(/^unreadable\.importRequest\./)] });
  });
});
