import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '@/components/backup/BackupPanel';
import { saveFile } from '@/components/backup/download';
import type { BackupV1 } from '@/utils/backup/backup-file';
import type { ImportMode } from '@/utils/backup/backup-merge';

const YEAR = 2026;
const TODAY = '2026-03-01';
const EXPORTED = '2026-02-20T18:00:00.000Z';

/** Her storage now: two days, a note, her settings. */
const HERS = {
  checkIns: { days: ['2024-02-29', '2024-12-31'] },
  notes: { days: { '2024-02-29': 'A walk.' } },
  settings: { version: 1, sons: [{ birthYear: 2012 }], way: 'both', moreThemes: [], fewerThemes: [], asked: true },
  rotation: { today: 't1' },
};

const fileOf = (items: Record<string, unknown>, envelope: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'closer-backup', version: 1, exported: EXPORTED, items, ...envelope });

/** A backup from her laptop: one day she has, two she hasn't (a year end), a note of each kind, a favourite. */
const LAPTOP = {
  checkIns: { days: ['2024-12-31', '2025-01-01', '2025-01-02'] },
  notes: { days: { '2024-02-29': 'Tea after.', '2025-01-01': 'New year walk.' } },
  favourites: { tips: [{ id: 't1', headline: 'Listen', body: 'Just listen.', theme: 'listen', keptOn: '2025-01-01' }] },
};

function renderPanel(props: { values?: Record<string, unknown>; undoAvailable?: boolean } = {}) {
  const onImport = vi.fn<(mode: ImportMode, backup: BackupV1) => void>();
  const onUndo = vi.fn<() => void>();
  const view = render(
    <BackupPanel
      values={props.values ?? HERS}
      year={YEAR}
      today={TODAY}
      undoAvailable={props.undoAvailable ?? false}
      onImport={onImport}
      onUndo={onUndo}
      now={() => new Date(EXPORTED)}
    />,
  );
  return { ...view, onImport, onUndo };
}

/** She chooses `text` as her file (of `size` bytes, its own length unless said). */
function choose(text: string, size?: number) {
  const file = new File([text], 'closer-backup.json', { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('Import a backup file'), { target: { files: [file] } });
}

const lines = (element: HTMLElement) =>
  within(element)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('the backup panel', () => {
  it('has a labelled file field that takes .json files', () => {
    renderPanel();
    const input = screen.getByLabelText('Import a backup file') as HTMLInputElement;
    expect(input.dataset.testid).toBe('import-file');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,application/json');
  });

  it('shows what a good file adds, with plural-aware counts, and adds it to hers when she says so', async () => {
    const { onImport } = renderPanel();
    choose(fileOf(LAPTOP));
    const preview = await screen.findByTestId('import-preview');
    expect(lines(preview)).toEqual([
      '2 days you connected',
      '1 note',
      '1 day with a different note: both kept, yours first',
      '1 favourite',
    ]);
    expect(preview.textContent).toContain('Nothing you have is removed.');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Import this backup?' }));
    fireEvent.click(screen.getByTestId('import-merge'));
    expect(onImport).toHaveBeenCalledOnce();
    expect(onImport).toHaveBeenCalledWith('merge', expect.objectContaining({ format: 'closer-backup', items: LAPTOP }));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(screen.getByText('Imported.')).toBeTruthy();
  });

  it('asks a second time before it replaces everything, and says what would go', async () => {
    const { onImport } = renderPanel();
    choose(fileOf(LAPTOP));
    fireEvent.click(await screen.findByTestId('import-replace'));
    expect(onImport).not.toHaveBeenCalled();
    expect(screen.queryByTestId('import-merge')).toBeNull();
    const question = screen.getByText('Replace everything with this file?');
    expect(document.activeElement).toBe(question.parentElement);
    expect(lines(screen.getByTestId('import-preview')).slice(-3)).toEqual([
      '1 day you connected',
      '1 note of yours, replaced by the file’s',
      'Your settings: your son, your way, your themes',
    ]);
    fireEvent.click(screen.getByTestId('import-replace-confirm'));
    expect(onImport).toHaveBeenCalledWith('replace', expect.objectContaining({ items: LAPTOP }));
  });

  it('cancels, changing nothing, and takes her back to the file field', async () => {
    const { onImport } = renderPanel();
    choose(fileOf(LAPTOP));
    fireEvent.click(await screen.findByTestId('import-replace'));
    fireEvent.click(screen.getByTestId('import-cancel'));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('import-file'));
    expect(onImport).not.toHaveBeenCalled();
  });

  it('says when a file holds nothing she doesn’t have, and offers no merge', async () => {
    renderPanel();
    choose(fileOf({ checkIns: { days: ['2024-02-29'] } }));
    expect(await screen.findByText('You already have everything in this file.')).toBeTruthy();
    expect(screen.queryByTestId('import-merge')).toBeNull();
  });

  it.each([
    ['a 6 MB file', fileOf({}), 6 * 1024 * 1024, 'This file is too large to be a Closer backup (over 5 MB).'],
    ['a file that is not JSON', 'Dear diary', undefined, 'This file can’t be read as a Closer backup.'],
    ['another program’s file', '{"bookmarks": []}', undefined, 'This file wasn’t made by Closer.'],
    ['a newer backup', fileOf({}, { version: 2 }), undefined, 'This backup comes from a newer version of Closer.'],
    ['a backup cut short', fileOf(LAPTOP).slice(0, 120), undefined, 'This backup is damaged or incomplete'],
    [
      'a backup with Feb 29 of 2023',
      fileOf({ checkIns: { days: ['2023-02-29'] } }),
      undefined,
      'This backup is damaged in one part (the days you connected)',
    ],
    [
      'a backup with a day twice',
      fileOf({ checkIns: { days: ['2024-02-28', '2024-02-28'] } }),
      undefined,
      'This backup is damaged in one part (the days you connected)',
    ],
    [
      'a backup with a note over length',
      fileOf({ notes: { days: { '2024-02-29': 'x'.repeat(4001) } } }),
      undefined,
      'This backup is damaged in one part (your notes)',
    ],
  ])('refuses %s with a clear message, and never imports', async (_, text, size, message) => {
    const { onImport } = renderPanel();
    choose(text, size);
    const problem = await screen.findByRole('alert');
    expect(problem.dataset.testid).toBe('import-problem');
    expect(problem.textContent).toContain(message);
    expect(problem.textContent).toContain('Nothing was changed.');
    expect(document.activeElement).toBe(problem);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('offers to undo while a copy from before the import is kept', () => {
    const { onUndo } = renderPanel({ undoAvailable: true });
    expect(screen.getByText(/^Imported\./)).toBeTruthy();
    fireEvent.click(screen.getByTestId('import-undo'));
    expect(onUndo).toHaveBeenCalledOnce();
    expect(screen.getByText('Undone. Everything is as it was before the import.')).toBeTruthy();
  });

  it('offers no undo when no copy is kept', () => {
    renderPanel();
    expect(screen.queryByTestId('import-undo')).toBeNull();
  });
});

describe('the exports', () => {
  /** The file the page offers her: its name and its text. */
  function catchDownload() {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:closer/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    return {
      names,
      text: () => blobs[0]!.text(),
      bytes: async () => new Uint8Array(await blobs[0]!.arrayBuffer()),
    };
  }

  it('saves everything she has as a backup file named by the day', async () => {
    const download = catchDownload();
    renderPanel();
    fireEvent.click(screen.getByTestId('export-json'));
    expect(download.names).toEqual(['closer-backup-2026-03-01.json']);
    expect(JSON.parse(await download.text())).toEqual({
      format: 'closer-backup',
      version: 1,
      exported: EXPORTED,
      items: { checkIns: HERS.checkIns, notes: HERS.notes, settings: HERS.settings },
    });
    expect(screen.getByRole('status').textContent).toBe('Saved. You’ll find the file in your downloads.');
  });

  it('says what it left out because it couldn’t be read', () => {
    catchDownload();
    renderPanel({ values: { ...HERS, notes: 'junk', language: 42 } });
    fireEvent.click(screen.getByTestId('export-json'));
    expect(screen.getByRole('status').textContent).toBe(
      'Saved to your downloads, but without what Closer couldn’t read: your notes and your language.',
    );
  });

  it('saves her days and notes for a spreadsheet, readable as UTF-8', async () => {
    const download = catchDownload();
    renderPanel();
    fireEvent.click(screen.getByTestId('export-csv'));
    expect(download.names).toEqual(['closer-days-2026-03-01.csv']);
    const bytes = await download.bytes();
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]); // the byte order mark spreadsheets look for
    expect(new TextDecoder().decode(bytes)).toBe(
      'date,connected,note\r\n2024-02-29,yes,A walk.\r\n2024-12-31,yes,\r\n',
    );
  });

  it('lets the blob go once the download has begun', () => {
    vi.useFakeTimers();
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:closer/2');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    saveFile('a.json', 'application/json', '{}');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40_000);
    expect(revoke).toHaveBeenCalledWith('blob:closer/2');
    vi.useRealTimers();
  });
});
