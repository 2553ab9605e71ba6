import { browser } from 'wxt/browser';
import { t, tCount } from '../i18n/i18n';
import type { StreakSummary } from '../days/streak';

/** What the toolbar button shows. All badge state lives in this module. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * A warm rose once they have connected today; a calm slate blue-grey while today is still
 * open (never amber or red: an open day is no warning). Both carry white text at AA contrast
 * (6.8:1 and 5.2:1, `tests/unit/badge.test.ts`), and the tooltip says the same in words.
 */
export const BADGE_CONNECTED = '#983a56';
export const BADGE_OPEN = '#5e6e7f';

/** The tooltip: where today stands, in words (a day he is away says so, and that the run waits). */
function titleFor({ connectedToday, current, away }: StreakSummary): string {
  if (away) return current === 0 ? t('badgeAwayStart') : tCount('badgeAway', current);
  return current === 0 ? t('badgeStart') : tCount(connectedToday ? 'badgeConnected' : 'badgeOpen', current);
}

export function badgeFor(streak: StreakSummary): Badge {
  return {
    text: streak.current > 0 ? String(streak.current) : '',
    color: streak.connectedToday ? BADGE_CONNECTED : BADGE_OPEN,
    title: titleFor(streak),
  };
}

export async function showBadge(badge: Badge): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setBadgeTextColor?.({ color: '#ffffff' }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}
