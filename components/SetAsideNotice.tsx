import { t } from '@/utils/i18n';

/** A calm word that something stored couldn't be read and was kept aside, untouched. */
export function SetAsideNotice({ onDismiss }: { onDismiss: () => void }) {
  return (
    <div class="notice" role="status">
      <p>{t('setAsideNotice')}</p>
      <button type="button" class="notice-dismiss" onClick={onDismiss}>
        {t('setAsideDismiss')}
      </button>
    </div>
  );
}
