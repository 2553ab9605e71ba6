import { t, type MessageName } from '@/utils/i18n/i18n';
import type { Settings } from '@/utils/settings/settings';
import { themeWish, type ThemeWish } from '@/utils/settings/settings-edit';
import { THEMES, themeMessage, type Theme } from '@/utils/tips/tips';

const WISHES: Array<[ThemeWish, MessageName]> = [
  ['fewer', 'settingsWishFewer'],
  ['usual', 'settingsWishUsual'],
  ['more', 'settingsWishMore'],
];

/** For each theme: fewer, as usual, or more, as a row of three radio buttons. */
export function ThemeWishes({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(theme: Theme, wish: ThemeWish): void;
}) {
  return (
    <section class="themes" aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t('settingsThemesHeading')}</h2>
      <p class="hint">{t('settingsThemesIntro')}</p>
      {THEMES.map((theme) => (
        <fieldset class="wishes" key={theme}>
          <legend>{t(themeMessage(theme))}</legend>
          {WISHES.map(([wish, label]) => (
            <label class="wish" key={wish}>
              <input
                type="radio"
                name={`theme-${theme}`}
                value={wish}
                checked={themeWish(settings, theme) === wish}
                onChange={() => onChange(theme, wish)}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
