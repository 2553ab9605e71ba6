import { t } from '@/utils/i18n';
import { themeMessage, type Tip } from '@/utils/tips';

interface Props {
  /** `undefined` while today's tip is being settled: the card keeps its place, empty. */
  tip: Tip | undefined;
  /** The popup shows the headline alone. */
  compact?: boolean;
  /** "Another tip for today" (the new tab's card has it; the popup's headline doesn't). */
  onAnother?: (() => void) | undefined;
}

/** Today's tip: its theme, headline and the one small thing to do. */
export function TipCard({ tip, compact = false, onAnother }: Props) {
  return (
    <article class="tip" aria-busy={tip ? undefined : 'true'} aria-labelledby="tip-title">
      <p class="tip-theme">
        {t('tipOfTheDay')}
        {tip && <span> · {t(themeMessage(tip.theme))}</span>}
      </p>
      <h1 id="tip-title" class="tip-title" data-testid="tip-title" data-tip-id={tip?.id} elementtiming="tip-title">
        {tip?.headline}
      </h1>
      {!compact && <p class="tip-body">{tip?.body}</p>}
      {onAnother && tip && (
        <button type="button" class="another-tip" data-testid="another-tip" onClick={onAnother}>
          {t('anotherTip')}
        </button>
      )}
    </article>
  );
}
