import { browser } from 'wxt/browser';
import { t, tCount } from './i18n';
import type { StreakSummary } from './streak';

/** What the toolbar button shows. All badge state lives in this module. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** Deep green once today is recorded; warm amber while today is still open. Both carry white text at AA contrast. */
export const BADGE_CONNECTED = '#2e6b4f';
export const BADGE_OPEN = '#9c4f12';

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
