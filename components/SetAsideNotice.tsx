import { t } from '@/utils/i18n';

interface Props {
  /** There was no room to keep a copy: the unreadable data was left where it was. */
  leftInPlace: boolean;
  onDismiss: () => void;
}

/** A calm word that something stored couldn't be read, and what Closer did with it: only what it truly did. */
export function SetAsideNotice({ leftInPlace, onDismiss }: Props) {
  return (
    <div class="notice" role="status">
      <p>{t(leftInPlace ? 'setAsideLeftInPlace' : 'setAsideNotice')}</p>
      <button type="button" class="notice-dismiss" onClick={onDismiss}>
        {t('setAsideDismiss')}
      </button>
    </div>
  );
}
