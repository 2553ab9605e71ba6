import type { Daily } from '@/hooks/useDaily';
import { t } from '@/utils/i18n';
import { CheckInButton } from './CheckInButton';
import { SetAsideNotice } from './SetAsideNotice';
import { StreakCount } from './StreakCount';
import { TipCard } from './TipCard';

/** The whole daily loop, as both the new tab and the popup show it. */
export function DailyPanel({ daily, compact = false }: { daily: Daily; compact?: boolean }) {
  return (
    <main class="daily">
      {daily.showSetAsideNotice && <SetAsideNotice onDismiss={daily.dismissNotice} />}
      <TipCard tip={daily.tip} compact={compact} />
      <CheckInButton connected={daily.streak?.connectedToday} onToggle={daily.toggleToday} />
      {daily.saveFailed && (
        <p class="save-failed" role="alert">
          {t('saveFailed')}
        </p>
      )}
      <StreakCount streak={daily.streak} />
    </main>
  );
}
