import type { KeptTip } from '@/utils/tips/favourites';
import { t } from '@/utils/i18n/i18n';
import type { PastDay } from '@/utils/tips/library-view';
import { TipLink } from './TipLink';
import { TipList } from './TipList';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A local date as she reads it: "Friday, 4 December 2026" in her language (one formatter a language: a page of days formats fast). */
export function longDate(day: string, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    formats.set(language, format);
  }
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return format.format(new Date(year, month - 1, date, 12));
}

/** Each day's tip, newest first, with whether they connected that day. */
export function PastTips({
  days,
  language,
  onOpen,
}: {
  days: PastDay[];
  language: string;
  onOpen: (tip: KeptTip) => void;
}) {
  return (
    <TipList
      rows={days}
      testId="past-tips"
      empty={t('libraryPastEmpty')}
      keyOf={({ day }) => day}
      renderRow={({ day, tip, connected }) => (
        <div class="past-day" data-past-day={day}>
          <span class="past-date">{longDate(day, language)}</span>
          {tip ? <TipLink tip={tip} onOpen={onOpen} /> : <span class="hint">{t('libraryTipGone')}</span>}
          <span class={connected ? 'past-connected connected' : 'past-connected'}>
            {t(connected ? 'libraryConnected' : 'libraryNotConnected')}
          </span>
        </div>
      )}
    />
  );
}
