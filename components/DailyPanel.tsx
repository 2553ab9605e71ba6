import type { ComponentChildren } from 'preact';
import type { Daily } from './DailyPage';
import { t } from '@/utils/i18n/i18n';
import { CheckInButton } from './CheckInButton';
import { StreakCount } from './StreakCount';
import { TipCard } from './TipCard';

/**
 * The whole daily loop, as both the new tab and the popup show it. Nothing is drawn until
 * storage has answered, so the page appears whole in one paint and nothing moves after.
 * `top` comes first, drawn at once, whatever storage says (the new tab's search).
 */
export function DailyPanel({
  daily,
  compact = false,
  top,
}: {
  daily: Daily;
  compact?: boolean;
  top?: ComponentChildren;
}) {
  // Where questions.js puts the two questions, when it is loaded (after an update): kept in
  // place in both states, keyed, so Preact never confuses it with another element.
  const slot = !compact && <div key="questions" id="questions-slot" />;
  // In her language, drawn so from the first frame (before the app sets the page's own).
  const lang = t('pageLanguage');
  if (!daily.ready)
    return (
      <main class="daily" lang={lang} aria-busy="true">
        {top}
        {slot}
      </main>
    );
  return (
    <main class="daily" lang={lang}>
      {top}
      {slot}
      {/* Where notice.js says, when it is loaded, that something stored couldn't be read. */}
      <div key="notice" id="notice-slot" />
      <div class="heart">
        <TipCard
          tip={daily.tip}
          compact={compact}
          onAnother={compact ? undefined : daily.anotherTip}
          favourite={daily.favourite}
          onFavourite={daily.toggleFavourite}
          onNotForUs={daily.notForUs}
          setAside={daily.setAside !== undefined}
          onUndo={daily.undoNotForUs}
        />
        <section class="today">
          <CheckInButton
            connected={daily.streak?.connectedToday ?? false}
            name={daily.name}
            onToggle={daily.toggleToday}
          />
          <StreakCount streak={daily.streak} today={daily.today} />
        </section>
      </div>
      {daily.saveFailed && (
        <p class="save-failed" role="alert">
          {t('saveFailed')}
        </p>
      )}
    </main>
  );
}
