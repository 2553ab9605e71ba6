import { t } from '@/utils/i18n/i18n';
import type { Son } from '@/utils/settings/settings';

interface Props {
  /** His place in her list: 0 is her first son (the fields the acceptance contract names). */
  index: number;
  son: Son | undefined;
  year: number;
  onBirthYear(typed: string): void;
  onAge(typed: string): void;
  onName(typed: string): void;
  onAway(away: boolean): void;
  onRemove?: () => void;
}

/** One son: the year he was born (or his age today), his first name, and whether he lives away. */
export function SonFields({ index, son, year, onBirthYear, onAge, onName, onAway, onRemove }: Props) {
  const id = (field: string) => (index === 0 ? `son-${field}` : `son-${field}-${index + 1}`);
  return (
    <fieldset class="son">
      <legend>{t(index === 0 ? 'settingsSonHeading' : 'settingsOtherSonHeading')}</legend>
      <div class="field-row">
        <label class="field">
          <span>{t('settingsBirthYear')}</span>
          <input
            id={id('birth-year')}
            data-testid={id('birth-year')}
            type="number"
            inputMode="numeric"
            min={1920}
            max={year}
            value={son?.birthYear ?? ''}
            onChange={(event) => onBirthYear(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('settingsAge')}</span>
          <input
            id={id('age')}
            type="number"
            inputMode="numeric"
            min={0}
            value={son ? year - son.birthYear : ''}
            onChange={(event) => onAge(event.currentTarget.value)}
          />
        </label>
      </div>
      <label class="field">
        <span>{t('settingsName')}</span>
        <input
          id={id('name')}
          data-testid={id('name')}
          type="text"
          autocomplete="off"
          maxLength={60}
          value={son?.name ?? ''}
          onChange={(event) => onName(event.currentTarget.value)}
        />
      </label>
      <label class="check">
        <input
          id={id('away')}
          data-testid={id('away')}
          type="checkbox"
          checked={son?.away ?? false}
          onChange={(event) => onAway(event.currentTarget.checked)}
        />
        <span>{t('settingsAway')}</span>
      </label>
      {onRemove && (
        <button type="button" class="quiet-button" onClick={onRemove}>
          {t('settingsRemoveSon')}
        </button>
      )}
    </fieldset>
  );
}
