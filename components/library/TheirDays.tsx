import { useState } from 'preact/hooks';
import { AwayPanel } from '@/components/away/AwayPanel';
import { Calendar } from '@/components/calendar/Calendar';
import { DayPanel } from '@/components/calendar/DayPanel';
import type { Library } from '@/hooks/useLibrary';
import { isAwayOn } from '@/utils/days/away';
import { t, tCount } from '@/utils/i18n/i18n';
import { kinderCount } from '@/utils/days/kinder-count';
import { monthOf } from '@/utils/days/month-grid';
import { summarizeStreak } from '@/utils/days/streak';

/** "21 of the last 30 days", or, in her first month, of the days since she began. */
function lastThirty(connected: number, of: number): string {
  if (of >= 30) return t('daysLastThirty', connected);
  return of > 1 ? tCount('streakSinceStart', of, connected) : '';
}

/**
 * Their days: where she stands (the streak, a longer run before it, "of the last 30"), the calendar
 * of their days with the chosen day's panel (a day she forgot, her line about it), and "he's away".
 */
export function TheirDays({ library, language }: { library: Library; language: string }) {
  const { today, connectedDays, away, notes } = library;
  const [month, setMonth] = useState(() => monthOf(today));
  const [selected, setSelected] = useState(today);
  const isAway = (day: string) => isAwayOn(away, day);
  const days = [...connectedDays].sort();
  const streak = summarizeStreak(days, today, undefined, isAway);
  const thirty = kinderCount(connectedDays, today, 30, days[0] ?? today, isAway);

  return (
    <>
      <div class="days-counts" data-testid="days-counts">
        <p data-testid="days-streak">
          {streak.current > 0 ? tCount('streakDays', streak.current) : t('streakNone', 0)}
        </p>
        {/* As on the new tab: the longest run only when it says more than the current one. */}
        {streak.longest > streak.current && <p data-testid="days-longest">{tCount('longestDays', streak.longest)}</p>}
        <p data-testid="last-thirty">{lastThirty(thirty.connected, thirty.of)}</p>
      </div>
      <Calendar
        language={language}
        today={today}
        month={month}
        onMonth={setMonth}
        selected={selected}
        onSelect={setSelected}
        connected={connectedDays}
        isAway={isAway}
        notes={notes}
      />
      <DayPanel
        language={language}
        today={today}
        day={selected}
        connected={connectedDays.has(selected)}
        away={isAway(selected)}
        note={notes[selected]}
        onToggle={library.markDay}
        onNote={library.writeNote}
      />
      <h3 class="away-title">{t('awayTitle')}</h3>
      <AwayPanel language={language} today={today} spans={away} onStart={library.startAway} onEnd={library.endAway} />
    </>
  );
}
