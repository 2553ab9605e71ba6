import { connectedLine } from '@/utils/connected-line';
import type { Day } from '@/utils/day';
import { t, tCount } from '@/utils/i18n';
import type { StreakSummary } from '@/utils/streak';

/**
 * The words of encouragement for where she is, never a count of what was missed: once they
 * have connected, the day's own line (a milestone's words on the day she reaches it).
 */
function cheer({ connectedToday, current, longest }: StreakSummary, today: Day): string {
  if (connectedToday) return t(connectedLine(today, current));
  if (current > 0) return t('cheerKeepGoing');
  return t(longest > 0 ? 'cheerFreshStart' : 'cheerFirstDay');
}

/** The current streak, the longest one, and a warm word (empty lines while `streak` is unknown). */
export function StreakCount({ streak, today }: { streak: StreakSummary | undefined; today: Day }) {
  return (
    <div class="streak" aria-live="polite">
      <p class="streak-current" data-testid="streak">
        {streak && tCount('streakDays', streak.current)}
      </p>
      <p class="streak-longest" data-testid="longest-streak">
        {streak && tCount('longestDays', streak.longest)}
      </p>
      <p class="streak-cheer">{streak && cheer(streak, today)}</p>
    </div>
  );
}
