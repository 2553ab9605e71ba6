import { t, type MessageName } from '@/utils/i18n/i18n';
import { WAYS, type Way } from '@/utils/settings/settings';

const LABELS: Record<Way, MessageName> = {
  words: 'settingsWayWords',
  deeds: 'settingsWayDeeds',
  both: 'settingsWayBoth',
};

/** How her family shows closeness: three radio buttons, `way-words`, `way-deeds`, `way-both`. */
export function WayChoice({ way, onChange }: { way: Way; onChange(way: Way): void }) {
  return (
    <fieldset class="choices">
      <legend>{t('settingsWayHeading')}</legend>
      {WAYS.map((choice) => (
        <label class="check" key={choice}>
          <input
            type="radio"
            name="way"
            id={`way-${choice}`}
            data-testid={`way-${choice}`}
            value={choice}
            checked={way === choice}
            onChange={() => onChange(choice)}
          />
          <span>{t(LABELS[choice])}</span>
        </label>
      ))}
    </fieldset>
  );
}
