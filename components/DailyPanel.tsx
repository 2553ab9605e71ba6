import type { Daily } from '@/hooks/useDaily';
import { t } from '@/utils/i18n';
import { CheckInButton } from './CheckInButton';
import { SetAsideNotice } from './SetAsideNotice';
import { StreakCount } from './StreakCount';
import { TipCard } from './TipCard';

/**
 * The whole daily loop, as both the new tab and the popup show it. Nothing is drawn until
 * storage has answered, so the page appears whole in one paint and nothing moves after.
 */
export function DailyPanel({ daily, compact = false }: { daily: Daily; compact?: boolean }) {
  if (!daily.ready) return <main class="daily" aria-busy="true" />;
  return (
    <main class="daily">
      {daily.showSetAsideNotice && <SetAsideNotice leftInPlace={daily.leftInPlace} onDismiss={daily.dismissNotice} />}
      <TipCard tip={daily.tip} compact={compact} />
      <section class="today">
        <CheckInButton connected={daily.streak?.connectedToday ?? false} onToggle={daily.toggleToday} />
        <StreakCount streak={daily.streak} today={daily.today} />
      </section>
      {daily.saveFailed && (
        <p class="save-failed" role="alert">
          {t('saveFailed')}
        </p>
      )}
    </main>
  );
}
