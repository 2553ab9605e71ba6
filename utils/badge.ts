import { browser } from 'wxt/browser';
import { t, tCount } from './i18n';
import type { StreakSummary } from './streak';

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

export function badgeFor({ connectedToday, current }: StreakSummary): Badge {
  return {
    text: current > 0 ? String(current) : '',
    color: connectedToday ? BADGE_CONNECTED : BADGE_OPEN,
    title: current === 0 ? t('badgeStart') : tCount(connectedToday ? 'badgeConnected' : 'badgeOpen', current),
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
