import { t } from '@/utils/i18n';

interface Props {
  /** Today is recorded. (The panel draws the button only once her check-ins are read.) */
  connected: boolean;
  onToggle: () => void;
}

/** "Did we connect today?": one toggle that records today, and undoes it when pressed again. */
export function CheckInButton({ connected, onToggle }: Props) {
  return (
    <div class="checkin">
      <p id="checkin-question" class="checkin-question">
        {t('checkinQuestion')}
      </p>
      <button
        type="button"
        class="checkin-button"
        data-testid="checkin"
        elementtiming="checkin"
        aria-pressed={connected ? 'true' : 'false'}
        aria-describedby="checkin-hint"
        onClick={onToggle}
      >
        <span class="checkin-mark" aria-hidden="true" />
        {t('checkinButton')}
      </button>
      <p id="checkin-hint" class="checkin-hint">
        {t(connected ? 'checkinHintDone' : 'checkinHintOpen')}
      </p>
    </div>
  );
}
