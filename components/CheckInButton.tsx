import { t } from '@/utils/i18n/i18n';

interface Props {
  /** Today is recorded. (The panel draws the button only once her check-ins are read.) */
  connected: boolean;
  /** Her son's first name, if the question may use it. */
  name?: string | undefined;
  onToggle: () => void;
}

/**
 * "Did we connect today?": one toggle that records today, and undoes it when pressed again.
 * Its name stays "We connected today" in both states, as a toggle's should (WAI-ARIA: the
 * state is `aria-pressed`, not a new name). Pressed, it also shows what a click now does,
 * "Click to undo": out of the name (`aria-hidden`), into the description instead.
 */
export function CheckInButton({ connected, name, onToggle }: Props) {
  return (
    <div class="checkin">
      <p id="checkin-question" class="checkin-question">
        {name ? t('checkinQuestionNamed', name) : t('checkinQuestion')}
      </p>
      <button
        type="button"
        class="checkin-button"
        data-testid="checkin"
        elementtiming="checkin"
        aria-pressed={connected ? 'true' : 'false'}
        aria-describedby={connected ? 'checkin-hint checkin-undo' : 'checkin-hint'}
        onClick={onToggle}
      >
        <span class="checkin-mark" aria-hidden="true" />
        {t('checkinButton')}
        {connected && (
          <span id="checkin-undo" class="checkin-undo" aria-hidden="true">
            {t('checkinUndo')}
          </span>
        )}
      </button>
      <p id="checkin-hint" class="checkin-hint">
        {t(connected ? 'checkinHintDone' : 'checkinHintOpen')}
      </p>
    </div>
  );
}
