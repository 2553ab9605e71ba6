import { useEffect, useRef } from 'preact/hooks';
import type { KeptTip } from '@/utils/tips/favourites';
import { t } from '@/utils/i18n/i18n';
import { themeMessage, type Theme, type Tip } from '@/utils/tips/tips';

interface Props {
  /** The tip open now, with the words she saw (a favourite keeps them), or nothing. */
  tip: KeptTip | undefined;
  favourite: boolean;
  onFavourite: () => void;
  /** "Make it today's tip", where it fits her (`undefined`: it doesn't, or it is today's already). */
  onMakeToday: (() => void) | undefined;
  isToday: boolean;
  onClose: () => void;
}

/** One tip, whole, in a modal dialog: its heart, and "make it today's tip" where it fits. */
export function TipDialog({ tip, favourite, onFavourite, onMakeToday, isToday, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (tip && element && !element.open) element.showModal();
    if (!tip && element?.open) element.close();
  }, [tip]);
  return (
    <dialog ref={dialog} class="tip-dialog" data-testid="tip-dialog" aria-labelledby="dialog-title" onClose={onClose}>
      {tip && (
        <article class="tip" data-tip-id={tip.id}>
          <div class="tip-top">
            <p class="tip-theme">{t(themeMessage(tip.theme as Theme))}</p>
            <button
              type="button"
              class="favourite"
              data-testid="dialog-favourite"
              aria-pressed={favourite ? 'true' : 'false'}
              aria-label={t('favourite')}
              onClick={onFavourite}
            >
              {'\u2665\ufe0e'}
            </button>
          </div>
          <h2 id="dialog-title" class="tip-title">
            {tip.headline}
          </h2>
          <p class="tip-body">{tip.body}</p>
          <div class="dialog-actions">
            {isToday && <p class="hint">{t('libraryIsToday')}</p>}
            {onMakeToday && (
              <button type="button" class="primary-button" data-testid="make-today" onClick={onMakeToday}>
                {t('libraryMakeToday')}
              </button>
            )}
            <button type="button" class="quiet-button" data-testid="close-tip" onClick={onClose}>
              {t('libraryClose')}
            </button>
          </div>
        </article>
      )}
    </dialog>
  );
}

/** Whether "make it today's tip" is offered for `tip`: it fits her, she hasn't set it aside, and it isn't today's. */
export function canMakeToday(tip: Tip | undefined, fits: (tip: Tip) => boolean, todaysTipId: string | undefined) {
  return tip !== undefined && tip.id !== todaysTipId && fits(tip);
}
