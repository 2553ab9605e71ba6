import { t, tCount } from '@/utils/i18n';
import type { StreakSummary } from '@/utils/streak';

/** The words of encouragement for where she is: never a count of what was missed. */
function cheer({ connectedToday, current, longest }: StreakSummary): string {
  if (connectedToday) return t('cheerConnected');
  if (current > 0) return t('cheerKeepGoing');
  return t(longest > 0 ? 'cheerFreshStart' : 'cheerFirstDay');
}

/** The current streak, the longest one, and a warm word (empty lines while `streak` is unknown). */
export function StreakCount({ streak }: { streak: StreakSummary | undefined }) {
  return (
    <div class="streak" aria-live="polite">
      <p class="streak-current" data-testid="streak">
        {streak && tCount('streakDays', streak.current)}
      </p>
      <p class="streak-longest" data-testid="longest-streak">
        {streak && tCount('longestDays', streak.longest)}
      </p>
      <p class="streak-cheer">{streak && cheer(streak)}</p>
    </div>
  );
}
