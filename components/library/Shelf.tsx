import type { KeptTip } from '@/utils/tips/favourites';
import { t } from '@/utils/i18n/i18n';
import { lastDayOf, type MomentOfWeekV1 } from '@/utils/tips/moment-of-week';
import { MOMENTS, momentMessage, type Moment, type Tip } from '@/utils/tips/tips';
import { longDate } from './PastTips';
import { Group } from './Group';
import { TipLink } from './TipLink';
import { TipList } from './TipList';

interface Props {
  tips: readonly Tip[];
  chosen: MomentOfWeekV1 | undefined;
  language: string;
  onOpen: (tip: KeptTip) => void;
  onStart: (moment: Moment) => void;
  onEnd: (moment: Moment) => void;
}

/** The shelf "for when…": tips for moments, and a moment to choose for this week. */
export function Shelf({ tips, chosen, language, onOpen, onStart, onEnd }: Props) {
  return (
    <>
      {chosen && (
        <p class="notice moment-now" data-testid="moment-now">
          {t('libraryMomentNow', t(momentMessage(chosen.moment)), longDate(lastDayOf(chosen), language))}
          <button type="button" class="notice-dismiss" data-testid="end-moment" onClick={() => onEnd(chosen.moment)}>
            {t('libraryMomentEnd')}
          </button>
        </p>
      )}
      {MOMENTS.map((moment) => {
        const onShelf = tips.filter((tip) => tip.moment === moment);
        return (
          <Group
            key={moment}
            moment={moment}
            summary={
              <>
                {t(momentMessage(moment))} <span class="hint">({onShelf.length})</span>
              </>
            }
            renderContent={() => (
              <>
                {chosen?.moment !== moment && (
                  <button
                    type="button"
                    class="quiet-button"
                    data-testid={`choose-${moment}`}
                    onClick={() => onStart(moment)}
                  >
                    {t('libraryMomentChoose')}
                  </button>
                )}
                <TipList
                  rows={onShelf}
                  testId={`shelf-${moment}`}
                  empty=""
                  keyOf={({ id }) => id}
                  renderRow={(tip) => <TipLink tip={tip} onOpen={onOpen} />}
                />
              </>
            )}
          />
        );
      })}
    </>
  );
}
