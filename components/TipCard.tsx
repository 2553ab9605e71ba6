import { t } from '@/utils/i18n/i18n';
import { themeMessage, type Tip } from '@/utils/tips/tips';

interface Props {
  /** `undefined` while today's tip is being settled: the card keeps its place, empty. */
  tip: Tip | undefined;
  /** The popup shows the headline alone. */
  compact?: boolean;
  /** "Another tip for today" (the new tab's card has it; the popup's headline doesn't). */
  onAnother?: (() => void) | undefined;
  /** Today's tip is among her favourites: its heart is pressed. */
  favourite?: boolean;
  /** Keeps the tip among her favourites, or lets it go. */
  onFavourite?: (() => void) | undefined;
  /** "Not for us": the tip leaves her rotation (the new tab's card has it). */
  onNotForUs?: (() => void) | undefined;
  /** She just set a tip aside here: the card offers to undo it. */
  setAside?: boolean;
  onUndo?: (() => void) | undefined;
}

/** Today's tip: its theme, headline and the one small thing to do. */
export function TipCard({
  tip,
  compact = false,
  onAnother,
  favourite = false,
  onFavourite,
  onNotForUs,
  setAside = false,
  onUndo,
}: Props) {
  return (
    <article class="tip" aria-busy={tip ? undefined : 'true'} aria-labelledby="tip-title">
      <div class="tip-top">
        <p class="tip-theme">
          {/* The lead and its dot, one piece the popup keeps whole: the theme wraps after them. */}
          <span class="tip-lead">
            {t('tipOfTheDay')}
            {tip && '\u00a0·'}
          </span>
          {tip && ` ${t(themeMessage(tip.theme))}`}
        </p>
        {onFavourite && tip && (
          <button
            type="button"
            class="favourite"
            data-testid="favourite"
            aria-pressed={favourite ? 'true' : 'false'}
            aria-label={t('favourite')}
            onClick={onFavourite}
          >
            {/* A heart drawn as text, never as an emoji (U+FE0E). */}
            {'\u2665\ufe0e'}
          </button>
        )}
      </div>
      <h1 id="tip-title" class="tip-title" data-testid="tip-title" data-tip-id={tip?.id} elementtiming="tip-title">
        {tip?.headline}
      </h1>
      {!compact && <p class="tip-body">{tip?.body}</p>}
      {onAnother && tip && (
        <p class="tip-actions">
          <button type="button" class="another-tip" data-testid="another-tip" onClick={onAnother}>
            {t('anotherTip')}
          </button>
          <button type="button" class="not-for-us" data-testid="not-for-us" onClick={onNotForUs}>
            {t('notForUs')}
          </button>
        </p>
      )}
      {/* On the new tab, always in the card, so what comes into it is announced. */}
      {onAnother && (
        <div role="status" data-testid="not-for-us-note">
          {setAside && (
            <p class="notice">
              {t('notForUsDone')}
              <button type="button" class="notice-dismiss" data-testid="undo-not-for-us" onClick={onUndo}>
                {t('notForUsUndo')}
              </button>
            </p>
          )}
        </div>
      )}
    </article>
  );
}
