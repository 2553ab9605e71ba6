import { t, type MessageName } from '@/utils/i18n/i18n';
import { DayMark } from './CalendarDay';
import type { DayState } from './day-words';

const ENTRIES: Array<[MessageName, Partial<DayState>, string]> = [
  ['calendarLegendConnected', { connected: true }, 'connected'],
  ['calendarLegendAway', { away: true }, 'away'],
  ['calendarLegendNote', { note: true }, 'note'],
  ['calendarLegendToday', { when: 'today' }, 'today'],
];

/** The key under the grid: each shape beside what it means. */
export function CalendarLegend() {
  return (
    <ul class="calendar-legend" aria-label={t('calendarLegend')}>
      {ENTRIES.map(([words, state, name]) => (
        <li key={name} data-legend={name}>
          <DayMark state={state}>
            <span class="calendar-number">3</span>
          </DayMark>
          {t(words)}
        </li>
      ))}
    </ul>
  );
}
