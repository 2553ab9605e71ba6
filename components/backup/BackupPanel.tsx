import { readClock } from '@/utils/days/clock';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkInsCsv, CSV_BYTE_ORDER_MARK, csvFileName } from '@/utils/backup/backup-csv';
import { backupFileName, backupOf, type BackupV1 } from '@/utils/backup/backup-file';
import { readableItems, type BackupKey } from '@/utils/backup/backup-items';
import { importPlan, type ImportMode } from '@/utils/backup/backup-merge';
import { MOST_BACKUP_BYTES, readBackup, type BackupProblem } from '@/utils/backup/backup-read';
import type { Day } from '@/utils/days/day';
import { t } from '@/utils/i18n/i18n';
import { NO_NOTES } from '@/utils/days/notes';
import { saveFile } from './download';
import { ImportPreview } from './ImportPreview';
import { PROBLEM_WORDS } from './problem-words';
import { ITEM_WORDS, itemList } from './summary-lines';

interface Props {
  /** Her `storage.local` values as they are now (at least her nine items). */
  values: Record<string, unknown>;
  /** This year on her calendar, and today's date: her sons' birth years are read with it, files named by it. */
  year: number;
  today: Day;
  /** A copy of her items from before the last import is kept, so it can be undone. */
  undoAvailable: boolean;
  /** She agreed to bring `backup` in: added to hers, or in place of hers. */
  onImport(mode: ImportMode, backup: BackupV1): void;
  onUndo(): void;
  /** The clock, read when she exports. */
  now?: () => Date;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'problem'; problem: BackupProblem; detail?: BackupKey }
  | { kind: 'preview'; backup: BackupV1; confirming: boolean }
  | { kind: 'imported' }
  | { kind: 'undone' };

/** The day a file says it was saved, in her words; nothing when it doesn't say clearly. */
function savedOn(exported: string): string | undefined {
  const date = new Date(exported);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(t('pageLanguage'), { dateStyle: 'long' }).format(date);
}

/**
 * Her backup, on the settings page: everything Closer keeps for her saved to a file (and her
 * days and notes for a spreadsheet); a file brought back in, added to hers or, asked twice,
 * in place of hers, after she has seen what it changes; and the import undone.
 */
export function BackupPanel({ values, year, today, undoAvailable, onImport, onUndo, now = readClock }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [leftOut, setLeftOut] = useState<BackupKey[]>();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const focusedRef = useRef<HTMLElement | null>(null);
  const focusHere = (element: HTMLElement | null) => {
    focusedRef.current = element;
  };
  const readsRef = useRef(0);

  const preview = step.kind === 'preview' ? step : undefined;
  const chosen = preview?.backup;
  // Worked out afresh as her storage changes while she looks (another page may write meanwhile).
  const plans = useMemo(
    () =>
      chosen && {
        merge: importPlan(values, chosen, 'merge', year).summary,
        replace: importPlan(values, chosen, 'replace', year).summary,
      },
    [values, chosen, year],
  );
  // Where she looks next: the problem, the preview's heading, the second question, or what was done.
  useLayoutEffect(() => focusedRef.current?.focus(), [step]);

  const exportJson = () => {
    const { backup, unreadable } = backupOf(values, now().toISOString(), year);
    saveFile(backupFileName(today), 'application/json', JSON.stringify(backup, null, 2));
    setLeftOut(unreadable);
  };
  const exportCsv = () => {
    const { items, unreadable } = readableItems(values, year);
    const csv = checkInsCsv(items.checkIns ?? { days: [] }, items.notes ?? NO_NOTES, {
      date: t('csvDate'),
      connected: t('csvConnected'),
      note: t('csvNote'),
      yes: t('csvYes'),
      no: t('csvNo'),
    });
    saveFile(csvFileName(today), 'text/csv;charset=utf-8', CSV_BYTE_ORDER_MARK + csv);
    setLeftOut(unreadable.filter((key) => key === 'checkIns' || key === 'notes'));
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const read = ++readsRef.current;
    // Never read a file far larger than any backup: its size is enough to refuse it.
    const text = file.size > MOST_BACKUP_BYTES ? '' : await file.text().catch(() => '');
    if (read !== readsRef.current) return;
    input.value = '';
    const result = readBackup(text, file.size, year);
    setStep(
      result.ok
        ? { kind: 'preview', backup: result.backup, confirming: false }
        : { kind: 'problem', problem: result.problem, ...(result.detail && { detail: result.detail }) },
    );
  };
  const bringIn = (mode: ImportMode) => {
    if (!preview) return;
    onImport(mode, preview.backup);
    setStep({ kind: 'imported' });
  };
  const cancel = () => {
    setStep({ kind: 'idle' });
    fileInputRef.current?.focus();
  };
  const undo = () => {
    onUndo();
    setStep({ kind: 'undone' });
  };

  return (
    <section class="backup" id="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupTitle')}</h2>
      <p class="hint">{t('backupIntro')}</p>
      <div class="backup-actions">
        <button type="button" class="backup-primary" data-testid="export-json" onClick={exportJson}>
          {t('backupExportJson')}
        </button>
        <button type="button" class="quiet-button" data-testid="export-csv" onClick={exportCsv}>
          {t('backupExportCsv')}
        </button>
      </div>
      <p class="status" role="status">
        {leftOut && (leftOut.length > 0 ? t('backupExportedWithout', itemList(leftOut)) : t('backupExported'))}
      </p>
      <div class="field">
        <label for="import-file">{t('backupImportLabel')}</label>
        <input
          ref={fileInputRef}
          id="import-file"
          data-testid="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(event) => void choose(event.currentTarget)}
        />
        <p class="hint" id="import-hint">
          {t('backupImportHint')}
        </p>
      </div>
      {step.kind === 'problem' && (
        <p class="backup-problem" role="alert" tabIndex={-1} ref={focusHere} data-testid="import-problem">
          {step.detail ? t('backupProblemDamagedIn', t(ITEM_WORDS[step.detail])) : t(PROBLEM_WORDS[step.problem])}
        </p>
      )}
      {preview && plans && (
        <ImportPreview
          savedOn={savedOn(preview.backup.exported)}
          merge={plans.merge}
          replace={plans.replace}
          confirming={preview.confirming}
          focusRef={focusHere}
          onMerge={() => bringIn('merge')}
          onReplace={() => setStep({ ...preview, confirming: true })}
          onConfirmReplace={() => bringIn('replace')}
          onCancel={cancel}
        />
      )}
      {step.kind === 'undone' && (
        <p class="status" tabIndex={-1} ref={focusHere}>
          {t('backupUndone')}
        </p>
      )}
      {!preview && (step.kind === 'imported' || undoAvailable) && step.kind !== 'undone' && (
        <p class="backup-done" tabIndex={-1} ref={step.kind === 'imported' ? focusHere : undefined}>
          {t('backupImported')}{' '}
          {undoAvailable && (
            <button type="button" class="quiet-button" data-testid="import-undo" onClick={undo}>
              {t('backupUndo')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
