import { connectedLine } from '@/utils/days/connected-line';
import type { Day } from '@/utils/days/day';
import { t, tCount } from '@/utils/i18n/i18n';
import type { KinderCount } from '@/utils/days/kinder-count';
import type { StreakSummary } from '@/utils/days/streak';

/**
 * The words of encouragement for where she is, never a count of what was missed: once they
 * have connected, the day's own line (a milestone's words on the day she reaches it).
 */
function cheer({ connectedToday, current, longest, away }: StreakSummary, today: Day): string {
  if (connectedToday) return t(connectedLine(today, current));
  if (away) return t('cheerAway');
  if (current > 0) return t('cheerKeepGoing');
  return t(longest > 0 ? 'cheerFreshStart' : 'cheerFirstDay');
}

/**
 * "5 of the last 7 days", beside the strict streak, so one missed day never reads as failing;
 * in her first week, of the days since she began (nothing on her first).
 */
function kinder({ connected, of }: KinderCount): string {
  if (of >= 7) return t('streakLastSeven', connected);
  return of > 1 ? tCount('streakSinceStart', of, connected) : '';
}

/**
 * The current streak, the longest one, and a warm word (empty lines while `streak` is unknown).
 * No streak yet reads "0 days so far", not a count of zeros in a row. The longest run is shown
 * only when it says something the current one doesn't; otherwise it stays in the page, with its
 * number, out of sight and out of the accessibility tree (`streak-same`).
 */
export function StreakCount({ streak, today }: { streak: StreakSummary | undefined; today: Day }) {
  const sameAsCurrent = streak !== undefined && streak.longest <= streak.current;
  return (
    <div class="streak" aria-live="polite">
      <p class="streak-current" data-testid="streak">
        {streak && (streak.current > 0 ? tCount('streakDays', streak.current) : t('streakNone', 0))}
      </p>
      <p
        class={sameAsCurrent ? 'streak-longest streak-same' : 'streak-longest'}
        data-testid="longest-streak"
        aria-hidden={sameAsCurrent ? 'true' : undefined}
      >
        {streak && tCount('longestDays', streak.longest)}
      </p>
      <p class="streak-kinder" data-testid="last-seven">
        {streak?.lastSeven && kinder(streak.lastSeven)}
      </p>
      <p class="streak-cheer">{streak && cheer(streak, today)}</p>
    </div>
  );
}
