import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Day } from '@/utils/days/day';
import { t } from '@/utils/i18n/i18n';
import { addMonths, dayInMonth, firstWeekdayFor, monthOf, moveDay, weeksOf, type Month } from '@/utils/days/month-grid';
import { CalendarDay } from './CalendarDay';
import { CalendarLegend } from './CalendarLegend';
import { monthName, weekdayNames, whenOf } from './day-words';

export interface CalendarProps {
  /** Her language: the month's and days' names, and the week's first day. */
  language: string;
  today: Day;
  /** The month shown, `YYYY-MM`. */
  month: Month;
  onMonth: (month: Month) => void;
  /** The day the panel below shows. */
  selected: Day;
  onSelect: (day: Day) => void;
  connected: ReadonlySet<Day>;
  isAway: (day: Day) => boolean;
  notes: Readonly<Record<Day, string>>;
}

/**
 * The calendar of their days, a month at a time: the WAI-ARIA grid of the date picker, with one
 * tab stop, the arrows, Home and End, and Page Up and Page Down (with Shift, a year) to move,
 * and Enter, Space or a click to choose a day. Each day's state shows by shape as well as colour.
 */
export function Calendar(props: CalendarProps) {
  const { language, today, month, onMonth, selected, onSelect, connected, isAway, notes } = props;
  const firstWeekday = useMemo(() => firstWeekdayFor(language), [language]);
  const weeks = useMemo(() => weeksOf(month, firstWeekday), [month, firstWeekday]);
  const heads = useMemo(() => weekdayNames(language, firstWeekday), [language, firstWeekday]);
  const labelId = useId();

  // The day with the focus (or last with it); a new choice from the page moves it there.
  const [focused, setFocused] = useState(selected);
  const [lastSelected, setLastSelected] = useState(selected);
  if (selected !== lastSelected) {
    setLastSelected(selected);
    setFocused(selected);
  }
  const inMonth = (day: Day) => monthOf(day) === month;
  const tabStop = [focused, selected, today].find(inMonth) ?? dayInMonth(month, Number(focused.slice(8)));

  // A key moved the focus: it goes to its day once the grid shows it (after the page turns the month).
  const gridRef = useRef<HTMLTableElement>(null);
  const focusPendingRef = useRef(false);
  useEffect(() => {
    if (!focusPendingRef.current || tabStop !== focused) return;
    focusPendingRef.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-day="${focused}"]`)?.focus();
  });

  // Her click on a month button: the page turns, the focus stays on the button.
  const turn = (months: number) => {
    focusPendingRef.current = false;
    onMonth(addMonths(month, months));
  };

  function onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-day]')?.dataset.day ?? tabStop;
    const to = moveDay(from, event.key, firstWeekday, event.shiftKey);
    if (to === undefined) return;
    event.preventDefault();
    focusPendingRef.current = true;
    setFocused(to);
    if (!inMonth(to)) onMonth(monthOf(to));
  }

  return (
    <div class="calendar">
      <div class="calendar-header">
        <button
          type="button"
          class="calendar-step"
          data-testid="calendar-prev"
          aria-label={t('calendarPrevious')}
          onClick={() => turn(-1)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <h3 id={labelId} class="calendar-month" aria-live="polite">
          {monthName(month, language)}
        </h3>
        <button
          type="button"
          class="calendar-step"
          data-testid="calendar-next"
          aria-label={t('calendarNext')}
          onClick={() => turn(1)}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table ref={gridRef} role="grid" class="calendar-grid" aria-labelledby={labelId} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {heads.map(({ short, long }) => (
              <th key={long} scope="col" abbr={long}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find((cell) => cell !== null)}>
              {week.map((day, column) =>
                day === null ? (
                  <td key={`pad-${column}`} role="gridcell" />
                ) : (
                  <CalendarDay
                    key={day}
                    day={day}
                    language={language}
                    state={{
                      connected: connected.has(day),
                      away: isAway(day),
                      note: notes[day] !== undefined,
                      when: whenOf(day, today),
                    }}
                    selected={day === selected}
                    tabStop={day === tabStop}
                    onChoose={onSelect}
                    onFocus={setFocused}
                  />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <CalendarLegend />
    </div>
  );
}
