import type { ImportSummary } from '@/utils/backup/backup-merge';
import { t } from '@/utils/i18n/i18n';
import { addedLines, removedLines } from './summary-lines';

interface Props {
  /** When the file was saved, in her words, if the file says. */
  savedOn: string | undefined;
  merge: ImportSummary;
  replace: ImportSummary;
  /** She clicked "Replace everything" and is asked again. */
  confirming: boolean;
  /** Given the element she looks at next: the heading, or the second question once asked. */
  focusRef(element: HTMLElement | null): void;
  onMerge(): void;
  onReplace(): void;
  onConfirmReplace(): void;
  onCancel(): void;
}

const List = ({ lines }: { lines: string[] }) => (
  <ul class="backup-lines">
    {lines.map((line) => (
      <li key={line}>{line}</li>
    ))}
  </ul>
);

/** What a chosen backup would change, before anything does: add it to hers, or (asked twice) replace hers with it. */
export function ImportPreview(props: Props) {
  const { savedOn, merge, replace, confirming, focusRef } = props;
  const adds = addedLines(merge);
  const removes = removedLines(replace);
  return (
    <div class="backup-preview" data-testid="import-preview" role="group" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" ref={confirming ? undefined : focusRef} tabIndex={-1}>
        {t('backupPreviewTitle')}
      </h3>
      {savedOn && <p class="hint">{t('backupPreviewSaved', savedOn)}</p>}
      {merge.unchanged ? (
        <p>{t('backupNothingNew')}</p>
      ) : adds.length > 0 ? (
        <>
          <p>{t('backupPreviewAdds')}</p>
          <List lines={adds} />
          <p class="hint">{t('backupMergeKeeps')}</p>
        </>
      ) : (
        <p>{t('backupSmallDetails')}</p>
      )}
      {confirming && (
        <div class="backup-confirm">
          <p id="replace-question" ref={focusRef} tabIndex={-1}>
            <strong>{t('backupReplaceQuestion')}</strong>
          </p>
          {removes.length > 0 && (
            <>
              <p>{t('backupReplaceRemoves')}</p>
              <List lines={removes} />
            </>
          )}
          <p>{t('backupReplaceRest')}</p>
        </div>
      )}
      <div class="backup-actions">
        {confirming ? (
          <button
            type="button"
            class="backup-primary"
            data-testid="import-replace-confirm"
            onClick={props.onConfirmReplace}
          >
            {t('backupReplaceConfirm')}
          </button>
        ) : (
          <>
            {!merge.unchanged && (
              <button type="button" class="backup-primary" data-testid="import-merge" onClick={props.onMerge}>
                {t('backupMerge')}
              </button>
            )}
            {!replace.unchanged && (
              <button type="button" class="quiet-button" data-testid="import-replace" onClick={props.onReplace}>
                {t('backupReplace')}
              </button>
            )}
          </>
        )}
        <button type="button" class="quiet-button" data-testid="import-cancel" onClick={props.onCancel}>
          {t('backupCancel')}
        </button>
      </div>
    </div>
  );
}
