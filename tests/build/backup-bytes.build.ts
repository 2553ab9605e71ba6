import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesLoadedBy } from '../../scripts/bundle-bytes';

/*
 * Her backup (components/backup, utils/backup-*) and valibot, which reads a file's envelope,
 * belong to the settings page alone: not one byte of them on the new tab or the popup.
 */
const BACKUP_MARKS = ['closer-backup', '~standard']; // the format's name; valibot's Standard Schema key

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (target) => {
  const build = path.resolve('.output', target);
  const text = (page: string) =>
    filesLoadedBy(build, page)
      .filter(({ file }) => file.endsWith('.js'))
      .map(({ file }) => readFileSync(path.join(build, file), 'utf8'))
      .join('\n');

  it.each(['newtab.html', 'popup.html'])('%s loads nothing of the backup, nor valibot', (page) => {
    const loaded = text(page);
    expect(BACKUP_MARKS.filter((mark) => loaded.includes(mark))).toEqual([]);
  });

  it.each(['newtab.html', 'popup.html'])('%s loads nothing of the calendar (her library has it)', (page) => {
    const marks = ['calendar-prev', 'day-panel', 'away-start'];
    expect(marks.filter((mark) => text(page).includes(mark))).toEqual([]);
    expect(marks.every((mark) => text('library.html').includes(mark))).toBe(true);
  });
});
