import { longDate } from '@/components/library/PastTips';
import type { Day } from '@/utils/days/day';
import { t } from '@/utils/i18n/i18n';
import { stateWords, type DayState } from './day-words';

interface Props {
  day: Day;
  state: DayState;
  language: string;
  selected: boolean;
  /** The grid's one tab stop. */
  tabStop: boolean;
  onChoose: (day: Day) => void;
  onFocus: (day: Day) => void;
}

/** The shapes that tell a day's state apart without its colour: a disc, a dashed ring, a ring, a mark under the number. */
export function DayMark({ state, children }: { state: Partial<DayState>; children?: preact.ComponentChildren }) {
  return (
    <span
      class="calendar-mark"
      aria-hidden="true"
      data-connected={state.connected || undefined}
      data-away={state.away || undefined}
      data-today={state.when === 'today' || undefined}
      data-note={state.note || undefined}
    >
      {children}
      {state.note && <span class="calendar-note-mark" />}
    </span>
  );
}

/**
 * One day of the grid: a button named with its full date and state ("Thursday, 3 December
 * 2026: connected, with a note"). A day still to come is there to move through, not to choose
 * (`aria-disabled`, so the keys still reach it).
 */
export function CalendarDay({ day, state, language, selected, tabStop, onChoose, onFocus }: Props) {
  const ahead = state.when === 'ahead';
  return (
    <td role="gridcell" aria-selected={selected ? 'true' : 'false'}>
      <button
        type="button"
        class="calendar-day"
        data-day={day}
        data-connected={state.connected || undefined}
        data-away={state.away || undefined}
        data-note={state.note || undefined}
        data-today={state.when === 'today' || undefined}
        data-ahead={ahead || undefined}
        tabIndex={tabStop ? 0 : -1}
        aria-label={t('calendarDayName', longDate(day, language), stateWords(state))}
        aria-disabled={ahead ? 'true' : undefined}
        aria-current={state.when === 'today' ? 'date' : undefined}
        onFocus={() => onFocus(day)}
        onClick={() => {
          if (!ahead) onChoose(day);
        }}
      >
        <DayMark state={state}>
          <span class="calendar-number">{Number(day.slice(8))}</span>
        </DayMark>
      </button>
    </td>
  );
}
